import ArgumentParser
import YakugoCore
import YakugoFormats
import YakugoText

/// Language choice on the command line.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case en, ja, auto
}

extension Yakugo {
    /// `yakugo segment`: split an article into sentences.
    struct Segment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split an article (plain text or saved HTML page) into sentences.",
            discussion: """
                Paragraph ends (blank lines; one line per paragraph in files without blank lines)
                always end a sentence, so headlines and captions stay units of their own.
                Offsets in jsonl output count Unicode code points in the text after any byte-order
                mark; for HTML input they point into the extracted text (paragraphs joined by
                blank lines).

                EXAMPLES:
                  yakugo segment Samples/missile-over-japan-2022.en.txt
                  yakugo segment Samples/missile-over-japan-2022.ja.txt --paragraphs
                  yakugo segment page.html --lang ja --format jsonl -o page.jsonl
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case lines, jsonl }

        @Argument(help: "The article to segment: .txt (UTF-8) or .html; - reads standard input.")
        var file: String

        @Option(help: "Language of the article: en, ja or auto (decided by script).")
        var lang: LanguageOption = .auto

        @Option(help: "Output format: lines (one sentence per line) or jsonl (one JSON object per sentence).")
        var format: Format = .lines

        @Flag(help: "With lines output, print a blank line between paragraphs.")
        var paragraphs = false

        @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
        var output: String?

        func run() throws {
            let source = try ArticleReader.read(path: file)
            let language = try resolveLanguage(lang, for: source)
            let document = SentenceSegmenter(language: language).segment(source)
            try CLI.emit(render(document), to: output)
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

/// The language to use: the one asked for, or the one the text's scripts show. A language
/// asked for that the scripts contradict is used, with a warning: the user may know better
/// (a Japanese article quoting English), but a swapped pair of files is a common mistake.
func resolveLanguage(_ option: LanguageOption, for source: SourceText) throws -> Language {
    let detected = LanguageDetector.detect(source.text)
    switch option {
    case .en, .ja:
        let asked: Language = option == .en ? .english : .japanese
        if let detected, detected != asked {
            CLI.warn("\(source.source ?? "input"): --lang \(asked.rawValue) given, but the text looks \(detected == .japanese ? "Japanese" : "English")")
        }
        return asked
    case .auto:
        guard let language = detected else {
            throw CLIError("\(source.source ?? "input"): cannot tell the language (too few letters); pass --lang en or --lang ja")
        }
        return language
    }
}
