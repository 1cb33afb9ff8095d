import ArgumentParser
import YakugoCore
import YakugoFormats
import YakugoText

extension Yakugo {
    /// `yakugo numbers`: list the numbers, dates, times and quantities of an article.
    struct Numbers: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the numbers, dates, times and quantities of an article, normalized.",
            discussion: """
                Each mention is shown with its sentence, its offsets in the document (code points), its kind (number, quantity, date, time) and its normalized value, so "Oct. 4" and "10月4日" both read date(M10 D4), "1.2 million" and "120万" number(1200000).

                EXAMPLES:
                  yakugo numbers Samples/icbm-eez-hokkaido-2022.en.txt
                  yakugo numbers Samples/icbm-eez-hokkaido-2022.ja.txt --format jsonl
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case tsv, jsonl }

        @OptionGroup var article: ArticleOptions

        @Option(help: "Output format: tsv (with a header) or jsonl.")
        var format: Format = .tsv

        func run() throws {
            let document = try article.readDocument()
            let language = document.language
            var out = format == .tsv ? "sentence\tstart\tend\ttext\tkind\tvalue\n" : ""
            for (index, sentence) in document.sentences.enumerated() {
                for mention in NumberRecognizer.mentions(in: sentence.text, language: language) {
                    let start = sentence.range.start + mention.range.lowerBound
                    let end = sentence.range.start + mention.range.upperBound
                    let kind = Self.kind(of: mention.value)
                    switch format {
                    case .tsv:
                        out += "\(index)\t\(start)\t\(end)\t\(Segment.singleLine(mention.text))\t\(kind)\t\(mention.value)\n"
                    case .jsonl:
                        out += JSONText.object([
                            ("sentence", String(index)), ("start", String(start)), ("end", String(end)),
                            ("text", JSONText.quote(mention.text)), ("kind", JSONText.quote(kind)),
                            ("value", JSONText.quote(mention.value.description)),
                        ]) + "\n"
                    }
                }
            }
            try CLI.emit(out, to: article.output)
        }

        static func kind(of value: NumericValue) -> String {
            switch value {
            case .number: return "number"
            case .quantity: return "quantity"
            case .date: return "date"
            case .time: return "time"
            }
        }
    }
}
