import ArgumentParser
import YakugoCore
import YakugoFormats
import YakugoText

extension Yakugo {
    /// `yakugo segment`: split an article into sentences.
    struct Segment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split an article (plain text or saved HTML page) into sentences.",
            discussion: """
                Paragraph ends (blank lines; one line per paragraph in files without blank lines) always end a sentence, so headlines and captions stay units of their own. Offsets in jsonl output count Unicode code points in the text after any byte-order mark; for HTML input they point into the extracted text (paragraphs joined by blank lines).

                EXAMPLES:
                  yakugo segment Samples/missile-over-japan-2022.en.txt
                  yakugo segment Samples/missile-over-japan-2022.ja.txt --paragraphs
                  yakugo segment page.html --lang ja --format jsonl -o page.jsonl
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case lines, jsonl }

        @OptionGroup var article: ArticleOptions

        @Option(help: "Output format: lines (one sentence per line) or jsonl (one JSON object per sentence).")
        var format: Format = .lines

        @Flag(help: "With lines output, print a blank line between paragraphs.")
        var paragraphs = false

        func run() throws {
            try CLI.emit(render(try article.readDocument()), to: article.output)
        }

        func render(_ document: Document) -> String {
            var out = ""
            switch format {
            case .lines:
                var lastParagraph = document.sentences.first?.paragraph ?? 0
                for sentence in document.sentences {
                    if paragraphs, sentence.paragraph != lastParagraph { out += "\n" }
                    lastParagraph = sentence.paragraph
                    // A sentence never spans lines in this format: inner line breaks become spaces.
                    out += Self.singleLine(sentence.text) + "\n"
                }
            case .jsonl:
                for sentence in document.sentences {
                    out += JSONText.object([
                        ("text", JSONText.quote(sentence.text)),
                        ("paragraph", String(sentence.paragraph)),
                        ("start", String(sentence.range.start)),
                        ("end", String(sentence.range.end)),
                    ]) + "\n"
                }
            }
            return out
        }

        static func singleLine(_ text: String) -> String {
            guard text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" }) else { return text }
            var view = String.UnicodeScalarView()
            var lastWasBreak = false
            for s in text.unicodeScalars {
                if s == "\n" || s == "\r" || s == "\u{2028}" {
                    if !lastWasBreak { view.append(" ") }
                    lastWasBreak = true
                } else {
                    lastWasBreak = false
                    view.append(s)
                }
            }
            return String(view)
        }
    }
}
