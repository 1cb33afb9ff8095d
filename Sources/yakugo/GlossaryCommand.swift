import ArgumentParser
import Foundation
import YakugoCore
import YakugoFormats

extension Yakugo {
    /// `yakugo glossary`: convert, merge, look up and count glossaries.
    struct GlossaryCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "glossary",
            abstract: "Convert, merge, look up and summarize English–Japanese glossaries.",
            discussion: """
                Formats: tbx (TBX v2, TBX-Basic <martif>), tbx3 (TBX v3, <tbx style="dca">), csv, tsv, json. On reading, the format comes from the extension and the content (a .tbx file is sniffed for v2 or v3; a .txt or unknown name is sniffed for JSON, TBX, TSV or CSV). See Docs/GLOSSARY.md.

                EXAMPLES:
                  yakugo glossary convert terms.csv -o out/terms.tbx
                  yakugo glossary convert terms.tbx --format csv
                  yakugo glossary merge curated.csv extracted.json -o merged.tbx
                  yakugo glossary lookup JASDF
                  yakugo glossary lookup 敵基地攻撃能力 --glossary terms.tbx --format json
                  yakugo glossary stats Glossaries/defense-diplomacy.en-ja.csv
                """,
            subcommands: [Convert.self, Merge.self, Lookup.self, Stats.self]
        )

        /// The glossary `lookup` uses when no --glossary is given (relative to the current directory).
        static let defaultGlossary = "Glossaries/defense-diplomacy.en-ja.csv"

        /// Reads a glossary, printing its warnings on standard error.
        static func read(_ path: String) throws -> Glossary {
            let result = try GlossaryReader.readWithReport(path: path)
            for warning in result.warnings.prefix(10) { CLI.warn(warning) }
            if result.warnings.count > 10 { CLI.warn("\(path): \(result.warnings.count - 10) more warnings not shown") }
            if !result.skippedLanguages.isEmpty {
                let languages = result.skippedLanguages.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
                CLI.warn("\(path): terms in other languages than English and Japanese left out: \(languages)")
            }
            if result.skippedEntries > 0 {
                CLI.warn("\(path): \(result.skippedEntries) entries without an English or Japanese term left out")
            }
            return result.glossary
        }

        /// Renders and writes (atomically) or prints a glossary; losses are warned about.
        static func emit(_ glossary: Glossary, format: GlossaryFormat?, output: String?) throws {
            let chosen: GlossaryFormat
            if let format {
                chosen = format
            } else if let output, output != "-" {
                guard let byName = GlossaryFormat.forPath(output) else {
                    throw CLIError("cannot tell the format from \(output); pass --format tbx|tbx3|csv|tsv|json")
                }
                chosen = byName
            } else {
                chosen = .csv
            }
            let rendered = try GlossaryWriter.render(glossary, format: chosen)
            for warning in rendered.warnings { CLI.warn("\(chosen.displayName) output: \(warning)") }
            if let output, output != "-" {
                try FileIO.writeAtomically(rendered.bytes, to: output)
            } else {
                FileHandle.standardOutput.write(Data(rendered.bytes))
            }
        }
    }
}

extension GlossaryFormat: ExpressibleByArgument {}

extension Yakugo.GlossaryCommand {
    /// `yakugo glossary convert`.
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a glossary between TBX v2, TBX v3, CSV, TSV and JSON.",
            discussion: """
                The output format is --format, else the extension of -o (.tbx is TBX v2; use --format tbx3 for v3), else CSV on standard output. What the output format cannot carry (CSV has no term notes, for instance) is listed as warnings on standard error.

                EXAMPLES:
                  yakugo glossary convert terms.csv -o terms.tbx
                  yakugo glossary convert terms.tbx --format tbx3 -o terms.v3.tbx
                  yakugo glossary convert terms.tbx --format json
                """
        )

        @Argument(help: "The glossary to read; - reads standard input.")
        var input: String

        @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
        var output: String?

        @Option(help: "Output format: tbx, tbx3, csv, tsv or json.")
        var format: GlossaryFormat?

        func run() throws {
            let glossary = try Yakugo.GlossaryCommand.read(input)
            try Yakugo.GlossaryCommand.emit(glossary, format: format, output: output)
        }
    }

    /// `yakugo glossary merge`.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge glossaries into one, reporting conflicts.",
            discussion: """
                Concepts are the same when they share an id, the preferred English form (ignoring case and width), or both an English and a Japanese form. Their forms, sources, evidence and contexts are united; a form keeps its strongest status (forbidden over approved over candidate). Conflicts (different preferred forms, a form approved in one file and forbidden in another, different categories) are printed on standard error with a count; the merge still succeeds (exit 0).

                EXAMPLES:
                  yakugo glossary merge curated.csv extracted.json -o merged.tbx
                  yakugo glossary merge a.tbx b.tbx --format csv
                """
        )

        @Argument(help: "Two or more glossaries; earlier files win ties (their preferred forms and notes are kept).")
        var inputs: [String]

        @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
        var output: String?

        @Option(help: "Output format: tbx, tbx3, csv, tsv or json.")
        var format: GlossaryFormat?

        func validate() throws {
            if inputs.count < 2 { throw ValidationError("give at least two glossaries to merge") }
        }

        func run() throws {
            var inputsRead: [(source: String, glossary: Glossary)] = []
            for path in inputs { inputsRead.append((path, try Yakugo.GlossaryCommand.read(path))) }
            let (merged, conflicts) = GlossaryMerger.merge(inputsRead)
            let total = inputsRead.map(\.glossary.count).reduce(0, +)
            try Yakugo.GlossaryCommand.emit(merged, format: format, output: output)
            for conflict in conflicts { CLI.warn("conflict: \(conflict)") }
            FileHandle.standardError.write(Data("yakugo: merged \(total) concepts from \(inputs.count) files into \(merged.count); \(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s")\n".utf8))
        }
    }

    /// `yakugo glossary lookup`.
    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Look a term up in glossaries, in English or Japanese.",
            discussion: """
                Matches any form of a concept (variants, abbreviations, short forms and forbidden forms too), ignoring case and character width (ＪＡＳＤＦ finds JASDF). Exact matches come first, then forms starting with the term, then forms containing it. Without --glossary, ./Glossaries/defense-diplomacy.en-ja.csv is used when it exists.

                Exit codes: 0 when something matched, 1 when nothing did (so scripts can test it), 2 on a usage or input error.

                EXAMPLES:
                  yakugo glossary lookup JASDF
                  yakugo glossary lookup 空自 --glossary terms.tbx
                  yakugo glossary lookup "counterstrike" --format json
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: "The term to look up (English or Japanese).")
        var term: String

        @Option(help: "A glossary to search; repeatable.")
        var glossary: [String] = []

        @Option(help: "Output format: text or json (one JSON array).")
        var format: Format = .text

        @Option(help: "Show at most this many concepts.")
        var limit: Int = 20

        func validate() throws {
            // An empty term would match every form by substring; it is a usage error.
            if term.allSatisfy(\.isWhitespace) { throw ValidationError("give a term to look up (it is empty)") }
            if limit < 1 { throw ValidationError("--limit must be at least 1") }
        }

        func run() throws {
            var paths = glossary
            if paths.isEmpty {
                guard FileManager.default.fileExists(atPath: Yakugo.GlossaryCommand.defaultGlossary) else {
                    throw CLIError("no glossary: pass --glossary FILE (or run from the repository, where \(Yakugo.GlossaryCommand.defaultGlossary) is used)")
                }
                paths = [Yakugo.GlossaryCommand.defaultGlossary]
            }
            var glossaries: [Glossary] = []
            for path in paths { glossaries.append(try Yakugo.GlossaryCommand.read(path)) }
            let matches = GlossaryLookup.find(term, in: glossaries)
            if matches.isEmpty {
                if format == .json { print("[]") }
                FileHandle.standardError.write(Data("yakugo: no match for \(term)\n".utf8))
                throw ExitCode(1)
            }
            let shown = matches.prefix(max(1, limit))
            switch format {
            case .text:
                var out = ""
                for match in shown { out += Self.describe(match.concept) }
                if matches.count > shown.count { out += "(\(matches.count - shown.count) more; use --limit)\n" }
                FileHandle.standardOutput.write(Data(out.utf8))
            case .json:
                var items: [String] = []
                for match in shown {
                    items.append(JSONText.object([
                        ("match", JSONText.quote(match.kind.rawValue)),
                        ("matched", JSONText.quote(match.term.text)),
                        ("glossary", JSONText.quote(paths[match.glossary])),
                        ("concept", try GlossaryJSON.renderConcept(match.concept)),
                    ]))
                }
                print("[" + items.joined(separator: ",\n") + "]")
            }
        }

        /// `english ⇔ japanese  [category, status]` and the other forms, indented.
        static func describe(_ concept: Concept) -> String {
            let english = concept.preferred(in: .english)?.text ?? "—"
            let japanese = concept.preferred(in: .japanese)?.text ?? "—"
            var out = "\(english) ⇔ \(japanese)  [\(concept.category?.rawValue ?? "-"), \(concept.status.rawValue)]\n"
            func list(_ label: String, _ terms: [Term]) {
                // Concept.status is candidate as soon as one term is, so ask for approved terms:
                // a candidate beside them (merged from extraction) must stand out.
                let reviewed = concept.terms.contains { $0.status == .approved }
                let texts = terms.map { $0.status == .candidate && reviewed ? "\($0.text) (candidate)" : $0.text }
                if !texts.isEmpty { out += "  \(label): \(texts.joined(separator: ", "))\n" }
            }
            for language in [Language.english, .japanese] {
                let preferred = concept.preferred(in: language)
                let others = concept.allowed(in: language).filter { $0 != preferred }
                let name = language == .english ? "English" : "Japanese"
                list("\(name) variants", others.filter { $0.usage == .variant || $0.usage == .preferred })
                list("\(name) abbreviations", others.filter { $0.usage == .abbreviation })
                list("\(name) short forms", others.filter { $0.usage == .shortForm })
            }
            for language in [Language.english, .japanese] {
                let replacement = concept.preferred(in: language)?.text
                for term in concept.forbidden(in: language) {
                    out += "  forbidden: \(term.text)" + (replacement.map { " → use \($0)" } ?? "") + (term.note.map { " (\(Self.oneLine($0)))" } ?? "") + "\n"
                }
            }
            if let domain = concept.domain { out += "  domain: \(domain)\n" }
            if let note = concept.note { out += "  note: \(oneLine(note))\n" }
            return out
        }

        static func oneLine(_ text: String) -> String {
            text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).joined(separator: " / ")
        }
    }

    /// `yakugo glossary stats`.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count a glossary's concepts and terms by language, category and status.",
            discussion: """
                EXAMPLES:
                  yakugo glossary stats Glossaries/defense-diplomacy.en-ja.csv
                  yakugo glossary stats terms.tbx --format json
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: "The glossary; - reads standard input.")
        var file: String

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        func run() throws {
            let glossary = try Yakugo.GlossaryCommand.read(file)
            let stats = GlossaryStatistics(glossary)
            let categories = stats.byCategory.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            let statuses = TermStatus.allCases.map { ($0.rawValue, stats.byStatus[$0] ?? 0) }
            var out = ""
            switch format {
            case .text:
                out += "concepts: \(stats.concepts)\n"
                out += "terms: en \(stats.englishTerms), ja \(stats.japaneseTerms)\n"
                out += "forbidden forms: en \(stats.forbiddenEnglish), ja \(stats.forbiddenJapanese)\n"
                out += "missing a language: en \(stats.missingEnglish), ja \(stats.missingJapanese)\n"
                out += "by status:\n"
                for (status, count) in statuses { out += "  \(status)\t\(count)\n" }
                out += "by category:\n"
                for (category, count) in categories { out += "  \(category)\t\(count)\n" }
            case .json:
                out = JSONText.object([
                    ("concepts", String(stats.concepts)),
                    ("terms", JSONText.object([("en", String(stats.englishTerms)), ("ja", String(stats.japaneseTerms))])),
                    ("forbidden", JSONText.object([("en", String(stats.forbiddenEnglish)), ("ja", String(stats.forbiddenJapanese))])),
                    ("missing", JSONText.object([("en", String(stats.missingEnglish)), ("ja", String(stats.missingJapanese))])),
                    ("status", JSONText.object(statuses.map { ($0.0, String($0.1)) })),
                    ("category", JSONText.object(categories.map { ($0.key, String($0.value)) })),
                ]) + "\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}
