import ArgumentParser
import YakugoCore
import YakugoFormats

extension Yakugo {
    /// `yakugo tmx`: look into and convert TMX translation memories.
    struct TMXCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tmx",
            abstract: "Summarize a TMX translation memory or convert it to TSV or JSON Lines.",
            discussion: """
                Reads TMX 1.1 to 1.4b (UTF-8 or UTF-16), streaming, so large memories are fine. Problems that do not stop reading (a unit without variants, an empty segment, an unknown element) are printed as warnings on standard error; XML that is not well-formed is an error (exit 2) with its line and column.

                EXAMPLES:
                  yakugo tmx stats memory.tmx
                  yakugo tmx stats memory.tmx --format json
                  yakugo tmx convert memory.tmx --to tsv --source en --target ja -o pairs.tsv
                  yakugo tmx convert memory.tmx --to jsonl
                """,
            subcommands: [Stats.self, Convert.self]
        )

        /// Warnings shown on standard error; the rest are only counted, so a broken large file
        /// does not bury the terminal.
        static let shownWarnings = 10

        static func open(_ path: String) throws -> TMXStreamReader {
            if path == "-" { return try TMXStreamReader(bytes: try FileIO.readBytes("-"), source: "(standard input)") }
            return try TMXStreamReader(path: path)
        }

        static func reportWarnings(_ reader: TMXStreamReader) {
            for warning in reader.warnings.prefix(shownWarnings) { CLI.warn(warning.description) }
            if reader.warningCount > shownWarnings {
                CLI.warn("\(reader.source): \(reader.warningCount - shownWarnings) more warnings not shown")
            }
        }
    }
}

extension Yakugo.TMXCommand {
    /// `yakugo tmx stats`: what a memory holds.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count the units and languages of a TMX file and show its header.",
            discussion: """
                Languages are counted per variant (<tuv>) and shown in their usual spelling (JA-jp and ja-jp both count as ja-JP), most frequent first.

                EXAMPLES:
                  yakugo tmx stats memory.tmx
                  yakugo tmx stats memory.tmx --format json
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: "The TMX file; - reads standard input.")
        var file: String

        @Option(help: "Output format: text (one field per line) or json (one object).")
        var format: Format = .text

        @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
        var output: String?

        func run() throws {
            let reader = try Yakugo.TMXCommand.open(file)
            var units = 0
            var variants = 0
            var counts: [String: Int] = [:]
            var order: [String] = []
            while let unit = try reader.next() {
                units += 1
                for variant in unit.variants {
                    variants += 1
                    let tag = LanguageTagMatch.canonical(variant.language)
                    if counts[tag] == nil { order.append(tag) }
                    counts[tag, default: 0] += 1
                }
            }
            Yakugo.TMXCommand.reportWarnings(reader)
            let languages = order.enumerated().sorted { a, b in
                counts[a.element]! != counts[b.element]! ? counts[a.element]! > counts[b.element]! : a.offset < b.offset
            }.map { ($0.element, counts[$0.element]!) }
            let header = reader.header
            var out = ""
            switch format {
            case .text:
                func line(_ label: String, _ value: String?) { out += label + ": " + (value ?? "-") + "\n" }
                line("file", reader.source)
                line("version", reader.version)
                line("creation tool", [header.creationTool, header.creationToolVersion].compactMap { $0 }.joined(separator: " ").nilIfEmpty)
                line("source language", header.srcLang)
                line("segment type", header.segType)
                line("units", String(units))
                line("variants", String(variants))
                out += "languages:\n"
                for (tag, count) in languages { out += "  \(tag.isEmpty ? "(none)" : tag)\t\(count)\n" }
                line("warnings", String(reader.warningCount))
            case .json:
                func string(_ value: String?) -> String { value.map(JSONText.quote) ?? "null" }
                out = JSONText.object([
                    ("file", JSONText.quote(reader.source)),
                    ("version", string(reader.version)),
                    ("creationTool", string(header.creationTool)),
                    ("creationToolVersion", string(header.creationToolVersion)),
                    ("srcLang", string(header.srcLang)),
                    ("segType", string(header.segType)),
                    ("units", String(units)),
                    ("variants", String(variants)),
                    ("languages", "[" + languages.map { JSONText.object([("tag", JSONText.quote($0.0)), ("count", String($0.1))]) }.joined(separator: ",") + "]"),
                    ("warnings", String(reader.warningCount)),
                ]) + "\n"
            }
            try CLI.emit(out, to: output)
        }
    }

    /// `yakugo tmx convert`: a memory as tab-separated pairs or JSON Lines.
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a TMX file to TSV (one language pair) or JSON Lines (every language).",
            discussion: """
                TSV has the header id<TAB>source<TAB>target and one line per unit; the two languages are chosen by tag, case-insensitively, a bare language matching any region (--source en finds en-US) and an exact region preferred. A unit lacking one of them gets an empty cell (and a warning with the count); when no unit has one of them, the tag is wrong: an error (exit 2) naming the file's languages, and nothing is written. In cells, backslash, tab, line feed and carriage return are written \\\\, \\t, \\n and \\r. JSON Lines has one object per unit: {"id":…,"variants":[{"lang":…,"text":…},…]}.

                Inline codes are shown as placeholders: {1}…{/1} for a paired code (bpt/ept, numbered by i), {N} or {/N} for a code whose partner lies in another segment (it), {N/} for a standalone code (ph, ut), and {N}…{/N} around highlighted text (hi); N is the code's x when it has one, else its position. The id is the unit's tuid, or its 1-based position when it has none.

                EXAMPLES:
                  yakugo tmx convert memory.tmx
                  yakugo tmx convert memory.tmx --to tsv --source en --target ja -o pairs.tsv
                  yakugo tmx convert memory.tmx --to jsonl -o memory.jsonl
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case tsv, jsonl }

        @Argument(help: "The TMX file; - reads standard input.")
        var file: String

        @Option(help: "Output format: tsv (one language pair, with a header) or jsonl (every language).")
        var to: Format = .tsv

        @Option(help: "Source language tag for TSV (default: the header's srclang, or en when it is *all*).")
        var source: String?

        @Option(help: "Target language tag for TSV.")
        var target: String = "ja"

        @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
        var output: String?

        func run() throws {
            let reader = try Yakugo.TMXCommand.open(file)
            let sourceTag = source ?? reader.header.srcLang.flatMap { $0 == "*all*" || $0.isEmpty ? nil : $0 } ?? "en"
            if to == .tsv, LanguageTagMatch.folded(sourceTag) == LanguageTagMatch.folded(target) {
                throw CLIError("--source and --target are the same language (\(sourceTag)); pass --source and --target explicitly")
            }
            // Streamed unit by unit: converting a memory of any size holds one unit at a time.
            let out = try StreamingFileWriter(path: output)
            if to == .tsv { try out.write("id\tsource\ttarget\n") }
            var index = 0
            var missingSource = 0
            var missingTarget = 0
            var languages: Set<String> = []
            while let unit = try reader.next() {
                index += 1
                if to == .tsv { for variant in unit.variants { languages.insert(variant.language) } }
                let id = unit.id ?? String(index)
                switch to {
                case .tsv:
                    let sourceVariant = unit.variant(for: sourceTag)
                    let targetVariant = unit.variant(for: target)
                    if sourceVariant == nil { missingSource += 1 }
                    if targetVariant == nil { missingTarget += 1 }
                    try out.write(Self.cell(id) + "\t" + Self.cell(sourceVariant?.placeholderText ?? "") + "\t" + Self.cell(targetVariant?.placeholderText ?? "") + "\n")
                case .jsonl:
                    let variants = unit.variants.map {
                        JSONText.object([("lang", JSONText.quote($0.language)), ("text", JSONText.quote($0.placeholderText))])
                    }
                    try out.write(JSONText.object([("id", JSONText.quote(id)), ("variants", "[" + variants.joined(separator: ",") + "]")]) + "\n")
                }
            }
            Yakugo.TMXCommand.reportWarnings(reader)
            // No unit in a language at all is a wrong tag, not a sparse memory: a file of empty
            // cells would look like success.
            for (tag, missing) in [(sourceTag, missingSource), (target, missingTarget)] where index > 0 && missing == index {
                throw CLIError("\(reader.source): no unit has a \(tag) variant; the file's languages are \(languages.sorted().joined(separator: ", ")) (pass --source and --target)")
            }
            if missingSource > 0 { CLI.warn("\(reader.source): \(missingSource) of \(index) units have no \(sourceTag) variant (empty source cells)") }
            if missingTarget > 0 { CLI.warn("\(reader.source): \(missingTarget) of \(index) units have no \(target) variant (empty target cells)") }
            try out.commit()
        }

        /// One TSV cell (see `TSVText.cell`).
        static func cell(_ text: String) -> String { TSVText.cell(text) }
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
