import CSV
import YakugoCore
import YakugoText

/// Reads glossaries written as CSV (RFC 4180, through CSV.swift) or TSV.
///
/// Two shapes are accepted:
/// - **with a header** naming at least `english` and `japanese` (any order, other columns from
///   `GlossaryCSVColumn` optional, unknown columns ignored with a warning);
/// - **hand-written**, no header: `english, japanese[, status[, replacement]]` by position.
///   When most rows have Japanese script in the first column and none in the second, the file
///   was written `japanese, english`: the two columns are read swapped, with a warning.
///
/// `#` comment lines and blank lines are skipped (a `#` inside a quoted field is text). The
/// delimiter is a tab when the first non-comment line contains one, else a comma (or as
/// forced by `delimiter`). Fields are trimmed. Multi-valued columns are split on `|`.
///
/// Statuses: `candidate`, `approved`, `forbidden` (also `preferred`/`ok`, `deprecated`/`banned`/`ng`,
/// `proposed`/`draft`; empty is approved). A `forbidden` row with a `replacement` means "this
/// Japanese form is wrong, use the replacement": the replacement becomes the approved preferred
/// Japanese term and the row's Japanese a forbidden variant.
public enum GlossaryCSVReader {
    public struct Result: Sendable {
        public var glossary: Glossary
        public var warnings: [String]
        /// Whether the file had a recognised header row.
        public var hadHeader: Bool
    }

    public static func read(_ text: String, source: String, delimiter forced: UnicodeScalar? = nil) throws(FormatError) -> Result {
        let (body, firstLine) = blankingComments(text)
        guard let firstLine else { throw .noText(source: source, format: "glossary") }
        let delimiter: UnicodeScalar = forced ?? (firstLine.contains("\t") ? "\t" : ",")
        let format = delimiter == "\t" ? "TSV glossary" : "CSV glossary"
        let reader: CSVReader
        do {
            reader = try CSVReader(string: body, hasHeaderRow: false, trimFields: true, delimiter: delimiter)
        } catch {
            throw .malformed(source: source, format: format, line: nil, column: nil, reason: "\(error)")
        }
        var warnings: [String] = []
        var columns: [GlossaryCSVColumn: Int]?
        var concepts: [Concept] = []
        // Rows repeating an id with no english and japanese continue that concept (how the
        // writer keeps candidates apart from approved terms).
        var latestByID: [String: Int] = [:]
        var simpleRows: [(fields: [String], line: Int)] = []
        var namedWidth = 0, unnamedValues = 0
        var line = 1
        var sawRow = false
        while let raw = reader.next() {
            let rowLine = line
            line += 1 + raw.reduce(0) { $0 + $1.unicodeScalars.filter { $0 == "\n" }.count }
            let fields = raw.map { $0.trimmingSpacesForTBX() }
            if fields.allSatisfy(\.isEmpty) { continue }
            if !sawRow {
                sawRow = true
                let named = fields.map(GlossaryCSVColumn.init(header:))
                if named.contains(.english), named.contains(.japanese) {
                    var map: [GlossaryCSVColumn: Int] = [:]
                    for (index, column) in named.enumerated() {
                        if column == nil, fields[index].isEmpty {
                            // A trailing delimiter on the header (`"日本語","英語",`) is no column.
                            if index != fields.count - 1 { warnings.append("\(source):\(rowLine): column \(index + 1) has no name; ignored") }
                            continue
                        }
                        guard let column else {
                            warnings.append("\(source):\(rowLine): unknown column \"\(fields[index])\" ignored")
                            continue
                        }
                        if map[column] != nil {
                            throw .malformed(source: source, format: format, line: rowLine, column: index + 1, reason: "column \"\(column.rawValue)\" appears twice in the header")
                        }
                        map[column] = index
                    }
                    columns = map
                    namedWidth = fields.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? 0
                    continue
                }
            }
            let concept: Concept
            if columns != nil, fields[min(namedWidth, fields.count)...].contains(where: { !$0.isEmpty }) {
                // Editorial notes past the last named column (the Kyoto lexicon has some): counted,
                // so a user learns they were not read without a line per row.
                unnamedValues += 1
            }
            if let columns {
                func field(_ column: GlossaryCSVColumn) -> String { columns[column].flatMap { $0 < fields.count ? fields[$0] : nil } ?? "" }
                let id = field(.id)
                // Only a row without english and japanese continues (such a row was an error
                // before): two full rows sharing an id stay two concepts, as TBX keeps them, and
                // a continuation joins the latest concept with its id (the writer puts it right
                // after its concept), not the first.
                if !id.isEmpty, field(.english).isEmpty, field(.japanese).isEmpty, let latest = latestByID[id] {
                    let more = try row(fields, columns: columns, source: source, format: format, line: rowLine, continuing: true)
                    join(more, into: &concepts[latest])
                    continue
                }
                concept = try row(fields, columns: columns, source: source, format: format, line: rowLine)
                if !id.isEmpty { latestByID[id] = concepts.count }
            } else {
                // Which column is English is known only once every row is seen.
                simpleRows.append((fields, rowLine))
                continue
            }
            concepts.append(concept)
        }
        if let error = reader.error {
            throw .malformed(source: source, format: format, line: line, column: nil, reason: "\(error)")
        }
        if unnamedValues > 0 {
            warnings.append("\(source): \(unnamedValues) rows have values in columns the header does not name; ignored")
        }
        if !simpleRows.isEmpty {
            let (swapped, japaneseFirst, judged) = columnsLookSwapped(simpleRows.map(\.fields))
            if swapped {
                warnings.append("\(source): \(japaneseFirst) of \(judged) rows have Japanese in the first column and none in the second; read as japanese, english (a header row `japanese,english` says so and silences this)")
            }
            for (fields, rowLine) in simpleRows {
                var fields = fields
                if swapped, fields.count >= 2 { fields.swapAt(0, 1) }
                concepts.append(try simpleRow(fields, source: source, format: format, line: rowLine))
            }
        }
        return Result(glossary: Glossary(concepts: concepts), warnings: warnings, hadHeader: columns != nil)
    }

    /// The text with `#` comment lines replaced by empty lines (so line numbers stay right),
    /// and the first line that is neither a comment nor blank. Quotes are followed so that a
    /// line inside a quoted field is never taken for a comment.
    static func blankingComments(_ text: String) -> (String, Substring?) {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var first: Substring?
        var inQuotes = false
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        for (index, line) in lines.enumerated() {
            if index > 0 { out += "\n" }
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if !inQuotes, trimmed.hasPrefix("#") { continue }
            if !inQuotes, first == nil, !trimmed.isEmpty { first = line }
            out += line
            for character in line where character == "\"" { inQuotes.toggle() }
        }
        return (out, first)
    }

    static func status(_ text: String) -> TermStatus?? {
        switch text.lowercased() {
        case "": return .some(nil)
        case "approved", "preferred", "ok", "admitted": return .approved
        case "candidate", "proposed", "draft", "new": return .candidate
        case "forbidden", "deprecated", "banned", "ng", "do not use": return .forbidden
        default: return nil
        }
    }

    static func category(_ text: String) -> ConceptCategory?? {
        let key = text.lowercased()
        if key.isEmpty { return .some(nil) }
        if key == "organization" || key == "organisation" { return .organization }
        guard let category = ConceptCategory(rawValue: key) else { return nil }
        return category
    }

    /// `English ⇔ Japanese` split at the first ⇔ (the spaces around it are optional on reading).
    static func splitExample(_ text: String) -> (String, String)? {
        guard let index = text.firstIndex(of: "⇔") else { return nil }
        return (String(text[..<index]).trimmingSpacesForTBX(), String(text[text.index(after: index)...]).trimmingSpacesForTBX())
    }

    static func values(_ text: String) -> [String] {
        text.split(separator: GlossaryCSVColumn.valueSeparator).map { $0.trimmingSpacesForTBX() }.filter { !$0.isEmpty }
    }

    private static func badStatus(_ text: String, source: String, format: String, line: Int, column: Int?) -> FormatError {
        .malformed(source: source, format: format, line: line, column: column,
                   reason: "unknown status \"\(text)\" (expected candidate, approved or forbidden)")
    }

    /// Adds a continuation row's terms to the concept its id names: each keeps the status of
    /// its own row, a form already there is left as it is, and a second preferred form of a
    /// language becomes a variant; concept fields fill only what the first row left empty.
    static func join(_ more: Concept, into concept: inout Concept) {
        for var term in more.terms where !concept.terms.contains(where: { $0.language == term.language && $0.text == term.text }) {
            if term.usage == .preferred, concept.terms.contains(where: { $0.language == term.language && $0.usage == .preferred && $0.status != .forbidden }) {
                term.usage = .variant
            }
            // Keep the terms grouped by language, as every reader gives them.
            let position = concept.terms.lastIndex { $0.language == term.language }.map { $0 + 1 } ?? concept.terms.endIndex
            concept.terms.insert(term, at: position)
        }
        if concept.category == nil { concept.category = more.category }
        if concept.domain == nil { concept.domain = more.domain }
        if concept.note == nil { concept.note = more.note }
        if concept.score == nil { concept.score = more.score }
        if concept.frequency == nil { concept.frequency = more.frequency }
        for value in more.sources where !concept.sources.contains(value) { concept.sources.append(value) }
        for value in more.evidence where !concept.evidence.contains(value) { concept.evidence.append(value) }
        for value in more.contexts where !concept.contexts.contains(value) { concept.contexts.append(value) }
    }

    /// One row of a file with a header. A `continuing` row (its id repeats an earlier row's)
    /// leaves `english` and `japanese` empty and names its terms in the other columns.
    static func row(_ fields: [String], columns: [GlossaryCSVColumn: Int], source: String, format: String, line: Int,
                    continuing: Bool = false) throws(FormatError) -> Concept {
        func value(_ column: GlossaryCSVColumn) -> String {
            guard let index = columns[column], index < fields.count else { return "" }
            return fields[index]
        }
        func fail(_ column: GlossaryCSVColumn, _ reason: String) -> FormatError {
            .malformed(source: source, format: format, line: line, column: columns[column].map { $0 + 1 }, reason: reason)
        }
        let english = value(.english), japanese = value(.japanese)
        guard let parsedStatus = status(value(.status)) else { throw badStatus(value(.status), source: source, format: format, line: line, column: columns[.status].map { $0 + 1 }) }
        let rowStatus = parsedStatus ?? .approved
        guard let category = category(value(.category)) else {
            throw fail(.category, "unknown category \"\(value(.category))\" (expected one of \(ConceptCategory.allCases.map(\.rawValue).joined(separator: ", ")), or organization)")
        }
        if english.isEmpty && japanese.isEmpty && !continuing {
            throw fail(.english, "a row needs an english or a japanese term")
        }
        var concept = Concept(id: value(.id).nilIfEmptyCSV, terms: [], category: category, domain: value(.domain).nilIfEmptyCSV,
                              note: value(.note).nilIfEmptyCSV)
        if !value(.score).isEmpty {
            guard let score = Double(value(.score)), score.isFinite else { throw fail(.score, "score \"\(value(.score))\" is not a number") }
            concept.score = score
        }
        if !value(.frequency).isEmpty {
            guard let frequency = Int(value(.frequency)) else { throw fail(.frequency, "frequency \"\(value(.frequency))\" is not a whole number") }
            concept.frequency = frequency
        }
        concept.sources = values(value(.sources))
        concept.evidence = values(value(.evidence))
        let example = value(.example)
        if !example.isEmpty {
            if let (english, japanese) = splitExample(example) {
                concept.contexts = [TermContext(english: english, japanese: japanese)]
            } else {
                throw fail(.example, "example must be written `English sentence ⇔ Japanese sentence`")
            }
        }
        let replacement = value(.replacement)
        // "Forbidden, use X instead": the row's Japanese is the wrong form.
        let replacing = rowStatus == .forbidden && !replacement.isEmpty
        if !replacement.isEmpty && rowStatus != .forbidden {
            throw fail(.replacement, "a replacement is only meaningful when the status is forbidden")
        }
        let formStatus: TermStatus = replacing ? .approved : rowStatus
        func add(_ texts: [String], _ language: Language, _ usage: TermUsage, _ status: TermStatus) {
            for text in texts where !concept.terms.contains(where: { $0.language == language && $0.text == text }) {
                concept.terms.append(Term(text, language: language, usage: usage, status: status))
            }
        }
        // Terms grouped by language (as TBX groups them), each language: preferred, variants,
        // abbreviations or short forms, forbidden forms.
        if !english.isEmpty { add([english], .english, .preferred, formStatus) }
        add(values(value(.englishVariants)), .english, .variant, formStatus)
        add(values(value(.englishAbbreviations)), .english, .abbreviation, formStatus)
        add(values(value(.forbiddenEnglish)), .english, .variant, .forbidden)
        if replacing {
            add([replacement], .japanese, .preferred, .approved)
        } else if !japanese.isEmpty {
            add([japanese], .japanese, .preferred, formStatus)
        }
        add(values(value(.japaneseVariants)), .japanese, .variant, formStatus)
        add(values(value(.japaneseShortForms)), .japanese, .shortForm, formStatus)
        if replacing, !japanese.isEmpty { add([japanese], .japanese, .variant, .forbidden) }
        add(values(value(.forbiddenJapanese)), .japanese, .variant, .forbidden)
        if concept.terms.isEmpty {
            throw fail(.english, "a row needs at least one term")
        }
        return concept
    }

    /// Whether a headerless file was written `japanese, english`: more rows have Japanese
    /// script (kana or kanji) in the first column and none in the second than the other way
    /// round. Rows with Japanese on both sides or neither do not count.
    static func columnsLookSwapped(_ rows: [[String]]) -> (swapped: Bool, japaneseFirst: Int, judged: Int) {
        func hasJapanese(_ text: String) -> Bool {
            text.unicodeScalars.contains {
                let script = ScriptClass.of($0)
                return script == .kanji || script == .hiragana || script == .katakana
            }
        }
        var japaneseFirst = 0, englishFirst = 0
        for fields in rows where fields.count >= 2 {
            let first = hasJapanese(fields[0]), second = hasJapanese(fields[1])
            if first && !second { japaneseFirst += 1 }
            if second && !first { englishFirst += 1 }
        }
        return (japaneseFirst > englishFirst, japaneseFirst, japaneseFirst + englishFirst)
    }

    /// One row of a hand-written file: english, japanese[, status[, replacement]]; a category
    /// may stand in any column after the Japanese (the gold `english<TAB>japanese<TAB>category`
    /// term lists of Samples/ read as glossaries this way).
    static func simpleRow(_ fields: [String], source: String, format: String, line: Int) throws(FormatError) -> Concept {
        guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
            throw .malformed(source: source, format: format, line: line, column: nil,
                             reason: "expected `english<TAB>japanese` or `english,japanese` (optionally followed by status and replacement), or a header row naming english and japanese")
        }
        var columns: [GlossaryCSVColumn: Int] = [.english: 0, .japanese: 1]
        for index in 2..<fields.count where !fields[index].isEmpty {
            let field = fields[index]
            if columns[.status] == nil, let known = status(field), known != nil {
                columns[.status] = index
            } else if columns[.category] == nil, let known = category(field), known != nil {
                columns[.category] = index
            } else if columns[.replacement] == nil, let statusIndex = columns[.status], status(fields[statusIndex]) == .forbidden {
                columns[.replacement] = index
            } else {
                throw .malformed(source: source, format: format, line: line, column: index + 1,
                                 reason: "\"\(field)\" is neither a status (candidate, approved, forbidden) nor a category (\(ConceptCategory.allCases.map(\.rawValue).joined(separator: ", "))); a file with more columns needs a header row naming them (english,japanese,note; unknown names are ignored)")
            }
        }
        return try row(fields, columns: columns, source: source, format: format, line: line)
    }
}
