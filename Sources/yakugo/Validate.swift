import ArgumentParser
import Foundation
import Yams
import YakugoAlign
import YakugoCore
import YakugoFormats
import YakugoQA
import YakugoText

extension Yakugo {
    /// `yakugo validate`: check English–Japanese segment pairs against each other and a glossary.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check translated segments for term, number, date, name, punctuation and consistency errors.",
            discussion: """
                Input is a TMX file (the --source-lang and --target-lang variants of each unit), an XLIFF 1.2 or 2.x file (.xlf or .xliff; the version is sniffed; units without a target are skipped), a TSV or CSV table of segment pairs (a header naming id, english or source, japanese or target, other columns ignored; without a header the columns are id, english, japanese), or two articles, English then Japanese (.txt or .html), segmented and aligned as `yakugo align` does, each bead with both sides one segment NAME#N (sentences without a counterpart are counted on standard error, not checked). Other file names, and - for standard input, are sniffed: XML with a <tmx> or <xliff> root, else a table.

                Every check runs unless --checks or --skip (or the config file) says otherwise; `yakugo checks` lists them and Docs/CHECKS.md describes them with examples. The YAML config file (--config) sets enabled checks, severities, style options and suppressions of known false positives; command-line flags win over it. See Docs/VALIDATION.md.

                Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or input error (nothing is written to -o).

                EXAMPLES:
                  yakugo validate out/samples.tmx --glossary Glossaries/defense-diplomacy.en-ja.tbx
                  yakugo validate pairs.tsv --checks date-mismatch,number-mismatch
                  yakugo validate job.xlf --config qa.yaml --format junit -o qa.xml
                  yakugo validate article.en.txt article.ja.txt --skip length-ratio --format json
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, junit }

        @Argument(help: "A TMX, XLIFF, TSV or CSV file of segment pairs, or an English and a Japanese article.")
        var files: [String] = []

        @Option(help: "A glossary (TBX, CSV, TSV or JSON; any format `yakugo glossary` reads); repeatable, merged into one.")
        var glossary: [String] = []

        @Option(help: "Run only these checks (comma-separated ids; repeatable).")
        var checks: [String] = []

        @Option(help: "Do not run these checks (comma-separated ids; repeatable).")
        var skip: [String] = []

        @Option(help: "A YAML config file: checks, severities, options, suppressions (see Docs/VALIDATION.md).")
        var config: String?

        @Option(help: "Output format: text, json or junit.")
        var format: Format = .text

        @Option(name: .shortAndLong, help: "Write the report to this file (atomically) instead of standard output.")
        var output: String?

        @Option(help: "Exit with 1 when a finding has this severity or a higher one: error, warning or info.")
        var failOn: Severity = .error

        @Option(help: "Language tag of the English side in TMX and XLIFF files (a bare language matches any region).")
        var sourceLang: String = "en"

        @Option(help: "Language tag of the Japanese side in TMX and XLIFF files.")
        var targetLang: String = "ja"

        @Flag(help: "Articles: each input line is one segment (do not re-segment).")
        var presegmented = false

        @Flag(help: "Articles: do not use the EDICT dictionary for alignment even when it is installed.")
        var noDictionary = false

        func validate() throws {
            if files.isEmpty || files.count > 2 {
                throw ValidationError("give one file of segment pairs (TMX, XLIFF, TSV, CSV) or an English and a Japanese article")
            }
            if files.count == 2, let table = files.first(where: { Self.InputKind(path: $0) != nil }) {
                throw ValidationError("\(table) is a file of segment pairs: validate it alone, or give two articles")
            }
            if files.count == 1, ["txt", "html", "htm"].contains(URL(fileURLWithPath: files[0]).pathExtension.lowercased()) {
                throw ValidationError("\(files[0]) looks like an article: give the English and the Japanese article, or a TMX, XLIFF, TSV or CSV file of pairs")
            }
            if Language(tag: sourceLang) != .english { throw ValidationError("--source-lang must be an English tag (en, en-US…)") }
            if Language(tag: targetLang) != .japanese { throw ValidationError("--target-lang must be a Japanese tag (ja, ja-JP…)") }
        }

        func run() throws {
            // Configuration first: a typo in an option should not wait for a long alignment.
            let configuration = try makeConfiguration()
            let glossary = try readGlossaries()
            var segments = try files.count == 2 ? articleSegments(glossary: glossary) : fileSegments(files[0])
            Self.makeIDsUnique(&segments)

            let report = Validator(glossary: glossary, configuration: configuration).validate(segments)
            // A suppression naming no segment of this input is stale (the ids changed) or a typo.
            let ids = Set(segments.map(\.id))
            for suppression in configuration.suppressions.sorted(by: { ($0.segment, $0.check) < ($1.segment, $1.check) })
            where suppression.segment != "*" && !ids.contains(suppression.segment) {
                CLI.warn("suppression of \(suppression.check) for segment \"\(suppression.segment)\": no segment has that id")
            }
            let rendered: String
            switch format {
            case .text:
                let colour = (output == nil || output == "-") && isatty(1) != 0
                    && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
                rendered = TextReporter(colour: colour).report(report)
            case .json:
                rendered = JSONReporter(pretty: true).report(report)
            case .junit:
                rendered = JUnitReporter(failOn: failOn).report(report)
            }
            try CLI.emit(rendered, to: output)
            // The text report ends with the summary; other formats (and files) get it on stderr.
            if format != .text || (output != nil && output != "-") {
                FileHandle.standardError.write(Data("yakugo: \(TextReporter().summary(report))\n".utf8))
            }
            if report.hasFindings(atLeast: failOn) { throw ExitCode(1) }
        }

        // MARK: Configuration

        /// The config file's settings with the command-line flags on top: `--checks` replaces the
        /// file's `enable` list, `--skip` adds to its `disable` list, and a check named in
        /// `--checks` runs even when the file disables it.
        func makeConfiguration() throws -> ValidationConfiguration {
            let file = try config.map(ValidationConfigFile.read) ?? ValidationConfigFile()
            let flagChecks = Self.ids(checks)
            let flagSkip = Self.ids(skip)
            let only = flagChecks.isEmpty ? file.enable : flagChecks
            let skipped = flagSkip + file.disable.filter { !flagChecks.contains($0) }
            do {
                return try ValidationConfiguration(only: only, skip: skipped, severityOverrides: file.severity,
                                                   suppressions: file.suppressions, options: file.options)
            } catch let error as QAError {
                throw CLIError(error.description)
            }
        }

        /// Comma-separated ids of repeated options, trimmed, empty pieces dropped.
        static func ids(_ values: [String]) -> [String] {
            values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        /// Every --glossary read (warnings on stderr) and merged into one; forbidden forms kept.
        func readGlossaries() throws -> Glossary {
            var inputs: [(source: String, glossary: Glossary)] = []
            for path in glossary { inputs.append((path, try Yakugo.GlossaryCommand.read(path))) }
            if inputs.count < 2 { return inputs.first?.glossary ?? Glossary() }
            let (merged, conflicts) = GlossaryMerger.merge(inputs)
            if !conflicts.isEmpty {
                CLI.warn("\(conflicts.count) conflict(s) between the glossaries (see `yakugo glossary merge`); the earlier file wins")
            }
            return merged
        }

        // MARK: Inputs

        /// What a file of segment pairs is, by extension.
        enum InputKind: Equatable {
            case tmx, xliff, table

            init?(path: String) {
                switch URL(fileURLWithPath: path).pathExtension.lowercased() {
                case "tmx": self = .tmx
                case "xlf", "xliff": self = .xliff
                case "tsv", "csv", "tab": self = .table
                default: return nil
                }
            }

            /// By content: XML with a `<tmx>` or `<xliff>` root, else a table.
            init(sniffing bytes: [UInt8], source: String) throws {
                var start = 0
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
                while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
                guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else {
                    self = .table
                    return
                }
                if XLIFFReader.sniff(bytes) {
                    self = .xliff
                } else if String(decoding: bytes.prefix(4096), as: UTF8.self).contains("<tmx") {
                    self = .tmx
                } else {
                    throw CLIError("\(source): XML, but neither TMX (<tmx>) nor XLIFF (<xliff>); give a .tmx, .xlf, .tsv or .csv file")
                }
            }
        }

        func fileSegments(_ path: String) throws -> [QASegment] {
            let source = path == "-" ? "(standard input)" : path
            var bytes: [UInt8]?
            let kind: InputKind
            if path != "-", let byName = InputKind(path: path) {
                kind = byName
            } else {
                let read = try FileIO.readBytes(path)
                if read.isEmpty { throw FormatError.emptyInput(source: source) }
                bytes = read
                kind = try InputKind(sniffing: read, source: source)
            }
            switch kind {
            case .tmx:
                let reader = try bytes.map { try TMXStreamReader(bytes: $0, source: source) } ?? Yakugo.TMXCommand.open(path)
                var units: [TranslationUnit] = []
                while let unit = try reader.next() { units.append(unit) }
                Yakugo.TMXCommand.reportWarnings(reader)
                return try segments(of: units, source: source)
            case .xliff:
                let document = try bytes.map { try XLIFFReader.read($0, source: source) } ?? XLIFFReader.read(path: path)
                for warning in document.warnings.prefix(Yakugo.TMXCommand.shownWarnings) { CLI.warn(warning) }
                if document.warnings.count > Yakugo.TMXCommand.shownWarnings {
                    CLI.warn("\(source): \(document.warnings.count - Yakugo.TMXCommand.shownWarnings) more warnings not shown")
                }
                var untranslatable = 0
                var units: [TranslationUnit] = []
                for var unit in document.units {
                    if unit.property(XLIFFReader.translateProperty) == "no" {
                        untranslatable += 1
                        continue
                    }
                    // A file that declares no language: its source is English, its target Japanese.
                    if unit.variants[0].language.isEmpty { unit.variants[0].language = sourceLang }
                    if unit.variants.count > 1, unit.variants[1].language.isEmpty { unit.variants[1].language = targetLang }
                    units.append(unit)
                }
                if untranslatable > 0 { CLI.warn("\(source): \(untranslatable) unit(s) marked translate=\"no\" skipped") }
                return try segments(of: units, source: source)
            case .table:
                let text = try TextDecoder.decode(try bytes ?? FileIO.readBytes(path), source: source)
                let table = try SegmentTableReader.read(text, source: source, delimiter: SegmentTableReader.delimiter(forPath: path, text: text))
                for warning in table.warnings.prefix(Yakugo.TMXCommand.shownWarnings) { CLI.warn(warning) }
                return table.rows.map { QASegment(id: $0.id, placeholderSource: $0.english, placeholderTarget: $0.japanese) }
            }
        }

        /// Units with both languages as segments (placeholders for inline codes); units lacking
        /// one are counted on stderr, and none at all is an input error.
        func segments(of units: [TranslationUnit], source: String) throws -> [QASegment] {
            var out: [QASegment] = []
            var missing = 0
            for (index, unit) in units.enumerated() {
                let id = unit.id.flatMap { $0.isEmpty ? nil : $0 } ?? String(index + 1)
                guard let segment = QASegment(unit: unit, fallbackID: id, sourceTag: sourceLang, targetTag: targetLang,
                                              document: unit.property(TMXFormat.documentProperty)) else {
                    missing += 1
                    continue
                }
                out.append(segment)
            }
            if out.isEmpty {
                throw CLIError("\(source): no unit has both \(sourceLang) and \(targetLang) text (\(units.count) unit(s) read); see --source-lang and --target-lang")
            }
            if missing > 0 {
                CLI.warn("\(source): \(missing) of \(units.count) unit(s) without both \(sourceLang) and \(targetLang) text (or not translated yet) skipped")
            }
            return out
        }

        /// The article pair segmented and aligned as `yakugo align` does (the glossary's allowed
        /// pairs and EDICT as anchors); each two-sided bead is one segment `NAME#N`, N numbered
        /// over all beads as align numbers its TMX units.
        func articleSegments(glossary: Glossary) throws -> [QASegment] {
            var configuration = AlignerConfiguration()
            configuration.glossary = glossary.allowedPairs
            if !noDictionary { configuration.lexicon = Yakugo.Align.loadDictionary() }
            let name = Yakugo.Align.pairName(files[0])
            let english = try Yakugo.Align.readDocument(files[0], language: .english, presegmented: presegmented)
            let japanese = try Yakugo.Align.readDocument(files[1], language: .japanese, presegmented: presegmented)
            let beads = SentenceAligner(configuration: configuration).align(DocumentPair(english: english, japanese: japanese, name: name))
            var out: [QASegment] = []
            var oneSided = 0
            for (index, bead) in beads.enumerated() {
                if bead.isOneSided {
                    oneSided += 1
                    continue
                }
                let texts = Yakugo.Align.texts(of: bead, english: english, japanese: japanese)
                out.append(QASegment(id: "\(name)#\(index + 1)", source: texts.english, target: texts.japanese, document: name))
            }
            if oneSided > 0 {
                CLI.warn("\(oneSided) sentence(s) without a counterpart in the other article (one-sided beads) not checked")
            }
            if out.isEmpty { throw CLIError("\(files[0]), \(files[1]): no sentence pair could be aligned") }
            return out
        }

        /// Ids repeated in the input (two XLIFF files in one, a hand-made table) get `~2`, `~3`…,
        /// because findings and suppressions name segments by id.
        static func makeIDsUnique(_ segments: inout [QASegment]) {
            var seen: [String: Int] = [:]
            var renamed = 0
            for index in segments.indices {
                let id = segments[index].id
                seen[id, default: 0] += 1
                if let count = seen[id], count > 1 {
                    var candidate = "\(id)~\(count)"
                    var extra = count
                    while seen[candidate] != nil {
                        extra += 1
                        candidate = "\(id)~\(extra)"
                    }
                    seen[candidate] = 1
                    segments[index].id = candidate
                    renamed += 1
                }
            }
            if renamed > 0 { CLI.warn("\(renamed) repeated segment id(s) renamed ID~2, ID~3… to keep findings apart") }
        }
    }
}

extension Severity: ExpressibleByArgument {}

/// The YAML config file of `yakugo validate`: every key optional, unknown keys refused.
///
/// ```yaml
/// checks: {enable: [...], disable: [...]}
/// severity: {length-ratio: info}
/// options: {length_ratio_factor: 3, allowed_latin_words: [iPhone]}
/// suppress: [{segment: "kishida#4", check: untranslated}]
/// ```
struct ValidationConfigFile {
    var enable: [String]?
    var disable: [String] = []
    var severity: [String: Severity] = [:]
    var options = QAOptions()
    var suppressions: [Suppression] = []

    /// The option keys (snake case; kebab case is read too) and what they set.
    static let optionKeys = [
        "length_ratio_factor", "length_ratio_minimum_source", "length_ratio_minimum_segments", "length_ratio_expected",
        "allowed_latin_words", "allow_mixed_parentheses",
    ]

    static func read(_ path: String) throws -> ValidationConfigFile {
        let bytes = try FileIO.readBytes(path)
        // An empty file sets nothing, like a file of comments.
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return ValidationConfigFile() }
        return try parse(try TextDecoder.decode(bytes, source: path), source: path)
    }

    static func parse(_ text: String, source: String) throws -> ValidationConfigFile {
        var file = ValidationConfigFile()
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw CLIError(describe(error, source: source))
        }
        guard let root else { return file }
        func fail(_ node: Node?, _ message: String) -> CLIError {
            CLIError("\(source)\(node?.mark.map { ":\($0.line)" } ?? ""): \(message)")
        }
        guard let top = root.mapping else { throw fail(root, "expected a mapping of checks, severity, options, suppress") }
        let known = Checks.ids
        func checkID(_ text: String?, at node: Node, in key: String) throws -> String {
            guard let id = text, known.contains(id) else {
                throw fail(node, "\(key): unknown check \"\(text ?? "?")\" (known checks: \(known.joined(separator: ", ")))")
            }
            return id
        }
        func checkID(_ node: Node, in key: String) throws -> String {
            try checkID(node.scalar?.string, at: node, in: key)
        }
        func checkList(_ node: Node, in key: String) throws -> [String] {
            if let list = node.sequence { return try list.map { try checkID($0, in: key) } }
            if let scalar = node.scalar {
                let pieces = scalar.string.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                return try pieces.map { try checkID($0, at: node, in: key) }
            }
            throw fail(node, "\(key): expected a list of check ids")
        }
        for (keyNode, value) in top {
            let key = keyNode.scalar?.string ?? ""
            switch key {
            case "checks":
                guard let mapping = value.mapping else { throw fail(value, "checks: expected a mapping with enable and/or disable") }
                for (subKey, list) in mapping {
                    switch subKey.scalar?.string {
                    case "enable": file.enable = try checkList(list, in: "checks.enable")
                    case "disable": file.disable = try checkList(list, in: "checks.disable")
                    default: throw fail(subKey, "unknown key \"checks.\(subKey.scalar?.string ?? "?")\" (known: enable, disable)")
                    }
                }
            case "severity":
                guard let mapping = value.mapping else { throw fail(value, "severity: expected a mapping of check id to error, warning or info") }
                for (idNode, levelNode) in mapping {
                    let id = try checkID(idNode, in: "severity")
                    guard let level = levelNode.scalar.flatMap({ Severity(rawValue: $0.string.lowercased()) }) else {
                        throw fail(levelNode, "severity.\(id): expected error, warning or info, not \"\(levelNode.scalar?.string ?? "a list")\"")
                    }
                    file.severity[id] = level
                }
            case "options":
                guard let mapping = value.mapping else { throw fail(value, "options: expected a mapping") }
                for (optionNode, optionValue) in mapping {
                    try file.setOption(optionNode, optionValue, fail: fail)
                }
            case "suppress":
                guard let list = value.sequence else { throw fail(value, "suppress: expected a list of {segment, check}") }
                for item in list {
                    guard let entry = item.mapping else { throw fail(item, "suppress: each entry needs segment and check") }
                    var segment: String?
                    var check: String?
                    for (entryKey, entryValue) in entry {
                        switch entryKey.scalar?.string {
                        case "segment":
                            guard let text = entryValue.scalar?.string, !text.isEmpty else { throw fail(entryValue, "suppress.segment: expected a segment id (or *)") }
                            segment = text
                        case "check": check = try checkID(entryValue, in: "suppress.check")
                        default: throw fail(entryKey, "unknown key \"suppress.\(entryKey.scalar?.string ?? "?")\" (known: segment, check)")
                        }
                    }
                    guard let segment, let check else { throw fail(item, "suppress: each entry needs both segment and check") }
                    file.suppressions.append(Suppression(segment: segment, check: check))
                }
            default:
                throw fail(keyNode, "unknown key \"\(key)\" (known: checks, severity, options, suppress)")
            }
        }
        return file
    }

    private mutating func setOption(_ keyNode: Node, _ value: Node, fail: (Node?, String) -> CLIError) throws {
        let raw = keyNode.scalar?.string ?? ""
        let key = raw.replacingOccurrences(of: "-", with: "_")
        func number(min: Double, inclusive: Bool = true) throws -> Double {
            guard let scalar = value.scalar, let number = Double(scalar.string), number.isFinite,
                  inclusive ? number >= min : number > min else {
                throw fail(value, "options.\(raw): expected a number \(inclusive ? "of at least" : "above") \(Self.format(min)), not \"\(value.scalar?.string ?? "a list")\"")
            }
            return number
        }
        func integer(min: Int) throws -> Int {
            guard let scalar = value.scalar, let number = Int(scalar.string), number >= min else {
                throw fail(value, "options.\(raw): expected a whole number of at least \(min), not \"\(value.scalar?.string ?? "a list")\"")
            }
            return number
        }
        switch key {
        case "length_ratio_factor": options.lengthRatioFactor = try number(min: 1)
        case "length_ratio_minimum_source": options.lengthRatioMinimumSource = try integer(min: 0)
        case "length_ratio_minimum_segments": options.lengthRatioMinimumSegments = try integer(min: 1)
        case "length_ratio_expected": options.lengthRatioExpected = try number(min: 0, inclusive: false)
        case "allowed_latin_words":
            guard let list = value.sequence, list.allSatisfy({ $0.scalar != nil }) else {
                throw fail(value, "options.\(raw): expected a list of words")
            }
            options.allowedLatinWords = list.compactMap { $0.scalar?.string }
        case "allow_mixed_parentheses":
            guard let flag = value.scalar.flatMap({ ["true": true, "yes": true, "false": false, "no": false][$0.string.lowercased()] }) else {
                throw fail(value, "options.\(raw): expected true or false, not \"\(value.scalar?.string ?? "a list")\"")
            }
            options.allowMixedParentheses = flag
        default:
            throw fail(keyNode, "unknown key \"options.\(raw)\" (known: \(Self.optionKeys.joined(separator: ", ")))")
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// One line for a YAML syntax error: file, line, column and libyaml's problem.
    static func describe(_ error: YamlError, source: String) -> String {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return "\(source):\(mark.line):\(mark.column): invalid YAML: \(problem)"
        case let .reader(problem, _, _, _):
            return "\(source): invalid YAML: \(problem)"
        case let .duplicatedKeysInMapping(duplicates, _):
            return "\(source): invalid YAML: key \(duplicates.joined(separator: ", ")) appears twice"
        default:
            return "\(source): invalid YAML: \(String(describing: error).split(separator: "\n").first ?? "")"
        }
    }
}
