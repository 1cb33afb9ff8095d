import ArgumentParser
import Foundation
import YakugoAlign
import YakugoCore
import YakugoFormats
import YakugoText

extension Yakugo {
    /// `yakugo align`: align an English article with its Japanese counterpart.
    struct Align: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Align the sentences of English–Japanese article pairs.",
            discussion: """
                Input is a pair of articles (plain text or HTML) or, with --corpus, a folder whose pairs are found by name: NAME.en.txt|html with NAME.ja.txt|html (a pair that cannot be read is named and skipped, and the exit code is then 2). Each bead links consecutive English sentences to consecutive Japanese ones (shapes 1-1, 2-1, 1-2, 2-2, 1-3, 3-1, and 1-0/0-1 for a sentence with no counterpart) with a confidence in [0, 1]; beads below --low-confidence are flagged. jsonl: one object per bead with 0-based sentence indices; tsv: the same fields as columns with a header.

                EXAMPLES:
                  yakugo align Samples/missile-over-japan-2022.en.txt Samples/missile-over-japan-2022.ja.txt
                  yakugo align --corpus Samples --format jsonl -o out/samples.jsonl
                  yakugo align a.en.txt a.ja.txt --presegmented --glossary terms.tsv --format tsv
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case tsv, jsonl, tmx }

        @Argument(help: "The English article and the Japanese article (omit with --corpus).")
        var files: [String] = []

        @Option(help: "Align every NAME.en/NAME.ja pair in this folder.")
        var corpus: String?

        @Flag(help: "Each input line is one segment: do not re-segment (to compare aligners on identical units).")
        var presegmented = false

        @Option(name: .customLong("format"), help: "Output format: tsv, jsonl or tmx (TMX 1.4b) (default: from the extension of -o, else jsonl).")
        var formatOption: Format?

        /// --format, else the extension of -o (.tsv or .tmx), else JSONL: a file named out.tmx
        /// should hold TMX.
        var format: Format {
            if let formatOption { return formatOption }
            switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
            case "tsv": return .tsv
            case "tmx": return .tmx
            default: return .jsonl
            }
        }

        @Flag(help: "With tmx output, also write beads that have only one side.")
        var includeUnaligned = false

        @Option(help: "With tmx output, the language tags of the two sides.")
        var tags: String = "en-US,ja-JP"

        @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
        var output: String?

        @Option(help: "A glossary (TBX, CSV, TSV, JSON, or a hand-written english,japanese list) whose allowed pairs are anchors; repeatable.")
        var glossary: [String] = []

        @Flag(help: "Do not use the EDICT dictionary even when it is installed.")
        var noDictionary = false

        @Flag(help: "Length-only baseline: no anchors at all.")
        var lengthOnly = false

        @Option(help: "Beads with a confidence below this are flagged (default 0.5).")
        var lowConfidence: Double = 0.5

        func validate() throws {
            if corpus == nil && files.count != 2 {
                throw ValidationError("give an English and a Japanese file, or --corpus DIR")
            }
            if corpus != nil && !files.isEmpty {
                throw ValidationError("give either two files or --corpus DIR, not both")
            }
            if !(0...1).contains(lowConfidence) { throw ValidationError("--low-confidence must be between 0 and 1") }
            let parts = tags.split(separator: ",")
            if parts.count != 2 || Language(tag: String(parts[0])) != .english || Language(tag: String(parts[1])) != .japanese {
                throw ValidationError("--tags takes an English and a Japanese tag, such as en-US,ja-JP")
            }
        }

        func run() throws {
            var configuration = AlignerConfiguration()
            configuration.useAnchors = !lengthOnly
            configuration.lowConfidence = lowConfidence
            for path in glossary { configuration.glossary += try SimpleGlossaryReader.read(path: path) }
            if !lengthOnly && !noDictionary { configuration.lexicon = Self.loadDictionary() }
            let aligner = SentenceAligner(configuration: configuration)

            let pairs = try corpus.map { try Self.corpusPairs($0) } ?? [(name: Self.pairName(files[0]), english: files[0], japanese: files[1])]
            var out = format == .tsv ? "document\ten\tja\tshape\tscore\tflag\ten_text\tja_text\n" : ""
            var units: [TranslationUnit] = []
            var lowCount = 0
            let showProgress = corpus != nil && isatty(2) != 0
            var skipped = 0
            for (index, pair) in pairs.enumerated() {
                if showProgress { FileHandle.standardError.write(Data("\r[\(index + 1)/\(pairs.count)] \(pair.name)".utf8)) }
                guard let (english, japanese) = try Self.readPair(pair, presegmented: presegmented, inCorpus: corpus != nil) else {
                    skipped += 1
                    continue
                }
                let (beads, support) = aligner.alignWithSupport(DocumentPair(english: english, japanese: japanese, name: pair.name))
                Self.warnIfUnrelated(pair.name, support: support)
                lowCount += beads.filter { $0.confidence < lowConfidence }.count
                if format == .tmx {
                    units += translationUnits(beads, english: english, japanese: japanese, name: pair.name)
                } else {
                    out += render(beads, english: english, japanese: japanese, name: pair.name, lowConfidence: lowConfidence)
                }
            }
            if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            try Self.checkSkipped(skipped, of: pairs.count, corpus: corpus)
            if lowCount > 0 { CLI.warn("\(lowCount) bead(s) below confidence \(lowConfidence): check them (flagged in tsv/jsonl, x-yakugo-score in tmx)") }
            if format == .tmx {
                try writeTMX(units)
            } else {
                try CLI.emit(out, to: output)
            }
            if skipped > 0 { throw ExitCode(2) }
        }

        /// Both sides of a pair, read and segmented. In a corpus an unreadable pair (empty,
        /// binary, invalid UTF-8) is reported and skipped (nil), so one bad file does not cost
        /// the whole run; the command still exits 2, as `grep -r` does past an unreadable file.
        static func readPair(_ pair: (name: String, english: String, japanese: String), presegmented: Bool,
                             inCorpus: Bool) throws -> (english: Document, japanese: Document)? {
            do {
                return (try readDocument(pair.english, language: .english, presegmented: presegmented),
                        try readDocument(pair.japanese, language: .japanese, presegmented: presegmented))
            } catch let error as FormatError where inCorpus {
                CLI.report("\(error.description); pair \(pair.name) skipped")
                return nil
            }
        }

        /// After a corpus run: nothing is written when no pair could be read, and the skipped
        /// pairs are counted once more under the progress output.
        static func checkSkipped(_ skipped: Int, of total: Int, corpus: String?) throws {
            guard skipped > 0, let corpus else { return }
            if skipped == total { throw CLIError("\(corpus): none of the \(total) pair(s) could be read; nothing written") }
            CLI.warn("\(corpus): \(skipped) of \(total) pair(s) skipped (errors above); the output holds the other \(total - skipped), and the exit code is 2")
        }

        /// One TMX unit per bead (one-sided beads only with --include-unaligned), with the
        /// document, confidence and bead shape as properties.
        func translationUnits(_ beads: [Bead], english: Document, japanese: Document, name: String) -> [TranslationUnit] {
            let tagParts = tags.split(separator: ",").map(String.init)
            return beads.enumerated().compactMap { index, bead in
                if bead.isOneSided && !includeUnaligned { return nil }
                var variants: [TranslationVariant] = []
                let texts = Self.texts(of: bead, english: english, japanese: japanese)
                if !bead.english.isEmpty { variants.append(TranslationVariant(language: tagParts[0], text: texts.english)) }
                if !bead.japanese.isEmpty { variants.append(TranslationVariant(language: tagParts[1], text: texts.japanese)) }
                return TranslationUnit(id: "\(name)#\(index + 1)", variants: variants, properties: [
                    .init(type: TMXFormat.documentProperty, value: name),
                    .init(type: TMXFormat.scoreProperty, value: String(format: "%.3f", bead.confidence)),
                    .init(type: TMXFormat.beadProperty, value: bead.shape),
                ])
            }
        }

        func writeTMX(_ units: [TranslationUnit]) throws {
            let header = TranslationMemoryHeader(
                creationTool: "Yakugo", creationToolVersion: Yakugo.version, dataType: "plaintext", segType: "sentence",
                adminLang: "en-US", srcLang: String(tags.split(separator: ",")[0]), oTmf: "Yakugo", creationDate: TMXFormat.now())
            let memory = TranslationMemory(header: header, units: units)
            let removed: Int
            if let output, output != "-" {
                removed = try TMXWriter.write(memory, to: output)
            } else {
                let result = try TMXWriter.bytes(for: memory)
                removed = result.removedCharacters
                FileHandle.standardOutput.write(Data(result.bytes))
            }
            if removed > 0 { CLI.warn("removed \(removed) character(s) that XML 1.0 does not allow") }
        }

        func readDocument(_ path: String, language: Language) throws -> Document {
            try Self.readDocument(path, language: language, presegmented: presegmented)
        }

        /// Reads and segments one side of a pair (each line one segment with `presegmented`),
        /// warning when the text looks like the other language.
        static func readDocument(_ path: String, language: Language, presegmented: Bool) throws -> Document {
            let source = try ArticleReader.read(path: path, lines: presegmented)
            if let detected = LanguageDetector.detect(source.text), detected != language {
                CLI.warn("\(path): expected \(language == .english ? "English" : "Japanese") but the text looks \(detected == .english ? "English" : "Japanese") (are the files swapped?)")
            }
            let segmenter = SentenceSegmenter(language: language)
            guard presegmented else { return segmenter.segment(source) }
            // One unit per line; a blank line between lines marks a paragraph boundary.
            return segmenter.unsegmented(source)
        }

        func render(_ beads: [Bead], english: Document, japanese: Document, name: String, lowConfidence: Double) -> String {
            var out = ""
            for bead in beads {
                let (en, ja) = Self.texts(of: bead, english: english, japanese: japanese)
                let score = String(format: "%.3f", bead.confidence)
                let low = bead.confidence < lowConfidence
                switch format {
                case .jsonl:
                    var fields: [(String, String)] = [
                        ("document", JSONText.quote(name)),
                        ("en", "[" + bead.english.map(String.init).joined(separator: ",") + "]"),
                        ("ja", "[" + bead.japanese.map(String.init).joined(separator: ",") + "]"),
                        ("score", score),
                        ("en_text", JSONText.quote(en)), ("ja_text", JSONText.quote(ja)),
                    ]
                    if low { fields.append(("low_confidence", "true")) }
                    out += JSONText.object(fields) + "\n"
                case .tsv, .tmx:
                    let indices = { (r: Range<Int>) in r.map(String.init).joined(separator: ",") }
                    out += [name, indices(bead.english), indices(bead.japanese), bead.shape, score, low ? "low" : "",
                            TSVText.cell(en), TSVText.cell(ja)].joined(separator: "\t") + "\n"
                }
            }
            return out
        }

        /// A bead's English sentences joined by spaces and its Japanese sentences joined as
        /// written (Japanese puts no space between sentences).
        /// Warns when two articles look unrelated (`SentenceAligner.alignWithSupport`): the
        /// aligner finds a path through any two texts, so the beads alone do not show it.
        static func warnIfUnrelated(_ name: String, support: Double?) {
            guard let support, support < SentenceAligner.minimumSupport else { return }
            CLI.warn("\(name): the two files share few anchors along the alignment (\(String(format: "%.2f", support)) nats a bead more than sentences paired at random, below \(SentenceAligner.minimumSupport); translations of news have 7 or more): are they translations of each other?")
        }

        static func texts(of bead: Bead, english: Document, japanese: Document) -> (english: String, japanese: String) {
            (bead.english.map { english.sentences[$0].text }.joined(separator: " "),
             bead.japanese.map { japanese.sentences[$0].text }.joined())
        }

        static func pairName(_ path: String) -> String {
            var name = URL(fileURLWithPath: path).lastPathComponent
            for suffix in [".txt", ".html", ".htm", ".en", ".ja"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
            return name
        }

        /// Pairs NAME.en.(txt|html) with NAME.ja.(txt|html); unpaired files are reported.
        static func corpusPairs(_ directory: String) throws -> [(name: String, english: String, japanese: String)] {
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
                throw FormatError.unreadable(path: directory, reason: "not a readable folder")
            }
            var english: [String: String] = [:], japanese: [String: String] = [:]
            for file in files.sorted() {
                for ext in [".txt", ".html", ".htm"] where file.hasSuffix(".en" + ext) || file.hasSuffix(".ja" + ext) {
                    let stem = String(file.dropLast(3 + ext.count))
                    let path = directory + "/" + file
                    if file.hasSuffix(".en" + ext) {
                        if english[stem] == nil { english[stem] = path }
                    } else if japanese[stem] == nil {
                        japanese[stem] = path
                    }
                }
            }
            for stem in Set(english.keys).symmetricDifference(japanese.keys).sorted() {
                CLI.warn("\(directory): \(english[stem] ?? japanese[stem]!) has no \(english[stem] == nil ? "English" : "Japanese") counterpart; skipped")
            }
            let pairs = english.keys.filter { japanese[$0] != nil }.sorted().map { (name: $0, english: english[$0]!, japanese: japanese[$0]!) }
            if pairs.isEmpty { throw FormatError.noText(source: directory, format: "corpus folder (no NAME.en/NAME.ja pairs)") }
            return pairs
        }

        /// EDICT from Debian's package, or nil with one warning when it is absent; `consequence`
        /// tells the user what the command does without it.
        static func loadDictionary(consequence: String = "aligning without dictionary anchors", readings: Bool = false) -> BilingualLexicon? {
            guard FileManager.default.fileExists(atPath: EDICTReader.defaultPath) else {
                CLI.warn("EDICT not found at \(EDICTReader.defaultPath) (Debian package edict); \(consequence)")
                return nil
            }
            do { return try EDICTReader.read(readings: readings) } catch {
                CLI.warn("EDICT could not be read (\(error)); \(consequence)")
                return nil
            }
        }
    }
}
