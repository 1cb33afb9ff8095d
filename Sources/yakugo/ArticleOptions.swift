import ArgumentParser
import YakugoCore
import YakugoFormats
import YakugoText

/// Language choice on the command line.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case en, ja, auto
}

/// The options every command that reads one article shares: the file, its language, the output.
struct ArticleOptions: ParsableArguments {
    @Argument(help: "The article: .txt (UTF-8) or .html; - reads standard input.")
    var file: String

    @Option(help: "Language of the article: en, ja or auto (decided by script).")
    var lang: LanguageOption = .auto

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    /// Reads the article and segments it into sentences in its language.
    func readDocument() throws -> Document {
        let source = try ArticleReader.read(path: file)
        let language = try resolveLanguage(lang, for: source)
        return SentenceSegmenter(language: language).segment(source)
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
