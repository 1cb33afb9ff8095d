import ArgumentParser
import Foundation
import YakugoAlign
import YakugoCore
import YakugoFormats
import YakugoTerms

extension Yakugo {
    /// `yakugo extract`: a bilingual glossary of candidate term pairs from article pairs or a TMX file.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract English–Japanese term pairs from article pairs or a translation memory.",
            discussion: """
                Input is a pair of articles (plain text or HTML), or with --corpus a folder whose pairs are found by name as for align (NAME.en.txt|html with NAME.ja.txt|html), or with --tmx a memory of already aligned segments (each unit's en-* and ja-* variants; units lacking either are skipped). Articles are segmented and aligned first; one extraction runs over every segment of the input. Pairs are ranked best first with a score in [0, 1]; pairs a --glossary holds are approved, the others candidates for review.

                Output is a glossary in any format `yakugo glossary` reads: --format, else the extension of -o, else TSV on standard output. TSV and CSV have the header english, japanese, score, frequency, category, status, example, … (see Docs/GLOSSARY.md). A one-line summary goes to standard error. See Docs/TERMS.md.

                EXAMPLES:
                  yakugo extract Samples/missile-over-japan-2022.en.txt Samples/missile-over-japan-2022.ja.txt
                  yakugo extract --corpus Samples -o out/glossary.tbx
                  yakugo extract --tmx out/samples.tmx --top 50 --format csv
                  yakugo extract --corpus Samples --glossary terms.csv --min-score 0.7 -o out/glossary.json
                """
        )

        @Argument(help: "The English article and the Japanese article (omit with --corpus or --tmx).")
        var files: [String] = []

        @Option(help: "Extract from every NAME.en/NAME.ja pair in this folder.")
        var corpus: String?

        @Option(help: "Extract from the en/ja segments of this TMX file (already aligned).")
        var tmx: String?

        @Flag(help: "Each input line is one segment: do not re-segment the articles.")
        var presegmented = false

        @Option(help: "Output format: tbx (TBX v2), tbx3, csv, tsv or json (default: from -o, else tsv).")
        var format: GlossaryFormat?

        @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
        var output: String?

        @Option(help: "A glossary (any format `yakugo glossary` reads) whose pairs are known: they anchor the alignment and come out approved; repeatable.")
        var glossary: [String] = []

        @Flag(help: "Do not use the EDICT dictionary even when it is installed.")
        var noDictionary = false

        /// The extractor's own threshold, shown in the help and used when --min-score is not given.
        static let defaultMinScore = TermExtractor(evidence: TranslationEvidence(lexicon: nil)).minScore

        @Option(help: "Leave out pairs scoring below this, 0…1 (default \(GlossaryCSVWriter.formatScore(Extract.defaultMinScore))).")
        var minScore: Double?

        @Option(help: "Keep only the N best pairs.")
        var top: Int?

        func validate() throws {
            let modes = (files.isEmpty ? 0 : 1) + (corpus == nil ? 0 : 1) + (tmx == nil ? 0 : 1)
            if modes != 1 { throw ValidationError("give an English and a Japanese file, or --corpus DIR, or --tmx FILE (one of them)") }
            if !files.isEmpty && files.count != 2 { throw ValidationError("give two files: the English article and the Japanese article") }
            if tmx != nil && presegmented { throw ValidationError("--presegmented applies to articles; TMX segments are used as they are") }
            if let minScore, !(0...1).contains(minScore) { throw ValidationError("--min-score must be between 0 and 1") }
            if let top, top < 1 { throw ValidationError("--top must be at least 1") }
            _ = try outputFormat()
        }

        /// --format, else the extension of -o, else TSV (on standard output).
        func outputFormat() throws -> GlossaryFormat {
            if let format { return format }
            guard let output, output != "-" else { return .tsv }
            guard let byName = GlossaryFormat.forPath(output) else {
                throw ValidationError("cannot tell the format from \(output); pass --format tbx|tbx3|csv|tsv|json")
            }
            return byName
        }

        func run() throws {
            var knownPairs: [(english: String, japanese: String)] = []
            var approved: Set<String> = []
            for path in glossary {
                let read = try Yakugo.GlossaryCommand.read(path)
                knownPairs += read.allowedPairs
                // Pairs of approved forms, also in a concept that holds candidates beside them
                // (a curated glossary merged with earlier extraction output).
                for concept in read.concepts {
                    for en in concept.approved(in: .english) {
                        for ja in concept.approved(in: .japanese) { approved.insert(en.text + "\t" + ja.text) }
                    }
                }
            }
            // ENAMDICT loads on another thread meanwhile; it is needed only after alignment.
            let namesLoading = noDictionary ? nil : Prefetch { Self.loadNames() }
            let lexicon = noDictionary ? nil : Yakugo.Align.loadDictionary(consequence: "extracting without dictionary evidence", readings: true)

            let input: (segments: [SegmentPair], documents: Int, skipped: Int)
            if let tmx {
                let read = try Self.tmxSegments(tmx)
                input = (read.segments, read.documents, 0)
            } else {
                input = try articleSegments(lexicon: lexicon, knownPairs: knownPairs)
            }

            let showProgress = isatty(2) != 0
            if showProgress { FileHandle.standardError.write(Data("extracting terms from \(input.segments.count) segments…".utf8)) }
            // Person and place readings (ENAMDICT) pair kanji names with their romanisation.
            let names = lexicon == nil ? nil : namesLoading?.value
            // Only approved pairs count as known: a candidate list fed back in stays a candidate list.
            let approvedPairs = knownPairs.filter { pair in approved.contains(pair.english + "\t" + pair.japanese) }
            var extractor = TermExtractor(evidence: TranslationEvidence(lexicon: lexicon, names: names, knownPairs: approvedPairs))
            if let minScore { extractor.minScore = minScore }
            var pairs = extractor.extract(input.segments)
            if let top { pairs = Array(pairs.prefix(top)) }
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }

            let format = try outputFormat()
            let rendered = try GlossaryWriter.render(pairs.glossary(segments: input.segments), format: format)
            // CSV and TSV losses (one example kept, no segment ids) are by design and documented
            // in Docs/TERMS.md; TBX repairs (characters XML does not allow) are worth knowing.
            if format == .tbx || format == .tbx3 {
                for warning in rendered.warnings { CLI.warn("\(format.displayName) output: \(warning)") }
            }
            if let output, output != "-" {
                try FileIO.writeAtomically(rendered.bytes, to: output)
            } else {
                FileHandle.standardOutput.write(Data(rendered.bytes))
            }
            let summary = "\(Self.count(pairs.count, "pair")) from \(Self.count(input.segments.count, "segment")) (\(Self.count(input.documents, "document")))"
            FileHandle.standardError.write(Data("yakugo: \(summary)\n".utf8))
            if input.skipped > 0 { throw ExitCode(2) }
        }

        /// Segments of the article pairs: each pair aligned as `yakugo align` does, every bead with
        /// both sides one segment, numbered `NAME#N` by bead as align numbers its TMX units.
        /// ENAMDICT's person and place readings, or nil with a warning when the package is absent.
        static func loadNames() -> BilingualLexicon? {
            guard FileManager.default.fileExists(atPath: EDICTReader.namesPath) else {
                CLI.warn("ENAMDICT not found at \(EDICTReader.namesPath) (Debian package enamdict); names are paired by transliteration and co-occurrence only")
                return nil
            }
            return try? EDICTReader.readNames()
        }

        func articleSegments(lexicon: BilingualLexicon?, knownPairs: [(english: String, japanese: String)]) throws -> (segments: [SegmentPair], documents: Int, skipped: Int) {
            var configuration = AlignerConfiguration()
            configuration.glossary = knownPairs
            configuration.lexicon = lexicon
            let aligner = SentenceAligner(configuration: configuration)
            let pairs = try corpus.map { try Yakugo.Align.corpusPairs($0) }
                ?? [(name: Yakugo.Align.pairName(files[0]), english: files[0], japanese: files[1])]
            var segments: [SegmentPair] = []
            let showProgress = corpus != nil && isatty(2) != 0
            var skipped = 0
            for (index, pair) in pairs.enumerated() {
                if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K[\(index + 1)/\(pairs.count)] \(pair.name)".utf8)) }
                guard let (english, japanese) = try Yakugo.Align.readPair(pair, presegmented: presegmented, inCorpus: corpus != nil) else {
                    skipped += 1
                    continue
                }
                let (beads, support) = aligner.alignWithSupport(DocumentPair(english: english, japanese: japanese, name: pair.name))
                Yakugo.Align.warnIfUnrelated(pair.name, support: support)
                // One-sided beads stay, with their empty side: their terms may find a translation
                // in the neighbouring segment (the aligner left a split translation apart).
                for (number, bead) in beads.enumerated() {
                    let texts = Yakugo.Align.texts(of: bead, english: english, japanese: japanese)
                    segments.append(SegmentPair(id: "\(pair.name)#\(number + 1)", english: texts.english, japanese: texts.japanese,
                                                document: pair.name))
                }
            }
            if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            try Yakugo.Align.checkSkipped(skipped, of: pairs.count, corpus: corpus)
            return (segments, pairs.count - skipped, skipped)
        }

        /// Segments of a TMX file: each unit's English and Japanese plain text (any region, an
        /// exact `en`/`ja` first), id its tuid or `FILE#N` (N its 1-based position). Documents are
        /// told apart by align's x-yakugo-document property; a memory without it is one document.
        static func tmxSegments(_ path: String) throws -> (segments: [SegmentPair], documents: Int) {
            let reader = try Yakugo.TMXCommand.open(path)
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            var segments: [SegmentPair] = []
            var documents: Set<String> = []
            var units = 0, skipped = 0
            while let unit = try reader.next() {
                units += 1
                let english = unit.variant(for: "en")?.plainText.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                let japanese = unit.variant(for: "ja")?.plainText.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                if english.isEmpty || japanese.isEmpty {
                    skipped += 1
                    continue
                }
                let id = unit.id.flatMap { $0.isEmpty ? nil : $0 } ?? "\(stem)#\(units)"
                // Units of a document Yakugo wrote keep its order; other memories' units may not.
                let document = unit.property(TMXFormat.documentProperty)
                segments.append(SegmentPair(id: id, english: english, japanese: japanese, document: document))
                documents.insert(document ?? "")
            }
            Yakugo.TMXCommand.reportWarnings(reader)
            if segments.isEmpty {
                throw CLIError("\(reader.source): no translation unit has both an English (en-*) and a Japanese (ja-*) segment (\(count(units, "unit")) read)")
            }
            if skipped > 0 {
                CLI.warn("\(reader.source): \(count(skipped, "unit")) without both an English and a Japanese segment skipped")
            }
            return (segments, documents.count)
        }

        /// "1 pair", "3 pairs".
        static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
    }
}
