import YakugoCore

/// Writes glossaries as CSV or TSV with the fixed header of `GlossaryCSVColumn`, UTF-8, one
/// concept a row, LF line ends; a field is quoted (RFC 4180, `"` doubled) when it contains the
/// delimiter, a quote or a line break, or starts with `#` in the first column.
///
/// The columns cannot hold everything the model can: English short forms are written as
/// abbreviations and Japanese abbreviations as short forms; per-term statuses other than the
/// row's status (except forbidden variants, which have their own columns), term notes,
/// contexts after the first and context segments are lost; scores keep 3 decimals. Each loss
/// is reported in `warnings` (one line per kind, with a count).
public enum GlossaryCSVWriter {
    public static func render(_ glossary: Glossary, delimiter: Character = ",") -> (text: String, warnings: [String]) {
        var losses: [String: Int] = [:]
        var out = GlossaryCSVColumn.allCases.map(\.rawValue).joined(separator: String(delimiter)) + "\n"
        for concept in glossary.concepts {
            let values = row(for: concept, losses: &losses)
            out += GlossaryCSVColumn.allCases.enumerated().map { index, column in
                quote(values[column] ?? "", delimiter: delimiter, first: index == 0)
            }.joined(separator: String(delimiter)) + "\n"
        }
        let warnings = losses.sorted { $0.key < $1.key }.map { "\($0.value) × \($0.key)" }
        return (out, warnings)
    }

    static func quote(_ field: String, delimiter: Character, first: Bool) -> String {
        let needsQuotes = field.contains(delimiter) || field.contains("\"") || field.unicodeScalars.contains { $0 == "\n" || $0 == "\r" }
            || (first && field.hasPrefix("#"))
            || field.first.map { $0.isWhitespace } == true || field.last.map { $0.isWhitespace } == true
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrencesForCSV("\"", with: "\"\"") + "\""
    }

    /// A score with at most three decimals, trailing zeros dropped (`0.9`, `0.875`, `1`).
    public static func formatScore(_ score: Double) -> String {
        let milli = (score * 1000).rounded()
        guard milli.isFinite, abs(milli) < 9e15 else { return "\(score)" }
        let value = Int64(milli)
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        var text = sign + String(magnitude / 1000)
        var fraction = String(magnitude % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        if !fraction.isEmpty { text += "." + fraction }
        return text
    }

    static func row(for concept: Concept, losses: inout [String: Int]) -> [GlossaryCSVColumn: String] {
        var values: [GlossaryCSVColumn: String] = [:]
        let english = concept.terms(in: .english), japanese = concept.terms(in: .japanese)
        let preferredEnglish = english.first { $0.usage == .preferred } ?? english.first { $0.status != .forbidden }
        let preferredJapanese = japanese.first { $0.usage == .preferred } ?? japanese.first { $0.status != .forbidden }
        // The row status: the preferred forms' (English first).
        let status = preferredEnglish?.status ?? preferredJapanese?.status ?? .approved
        values[.english] = preferredEnglish?.text
        values[.japanese] = preferredJapanese?.text
        values[.status] = status.rawValue
        var lists: [GlossaryCSVColumn: [String]] = [:]
        func lose(_ what: String) { losses[what, default: 0] += 1 }
        for term in concept.terms {
            if term == preferredEnglish || term == preferredJapanese {
                if term.note != nil { lose("term notes dropped (CSV has no column for them)") }
                continue
            }
            if term.note != nil { lose("term notes dropped (CSV has no column for them)") }
            if term.status == .forbidden && status != .forbidden || term.status == .forbidden && term.usage == .variant {
                if term.usage != .variant { lose("forbidden abbreviations or short forms written as forbidden variants") }
                lists[term.language == .english ? .forbiddenEnglish : .forbiddenJapanese, default: []].append(term.text)
                continue
            }
            if term.status != status { lose("terms whose status differs from the row's written with the row's status") }
            let column: GlossaryCSVColumn
            switch (term.language, term.usage) {
            case (.english, .preferred), (.english, .variant): column = .englishVariants
                if term.usage == .preferred { lose("second preferred terms written as variants") }
            case (.english, .abbreviation): column = .englishAbbreviations
            case (.english, .shortForm): column = .englishAbbreviations; lose("English short forms written as abbreviations")
            case (.japanese, .preferred), (.japanese, .variant): column = .japaneseVariants
                if term.usage == .preferred { lose("second preferred terms written as variants") }
            case (.japanese, .shortForm): column = .japaneseShortForms
            case (.japanese, .abbreviation): column = .japaneseShortForms; lose("Japanese abbreviations written as short forms")
            }
            lists[column, default: []].append(term.text)
        }
        for (column, texts) in lists {
            if texts.contains(where: { $0.contains(GlossaryCSVColumn.valueSeparator) }) { lose("values containing | split on reading") }
            values[column] = texts.joined(separator: String(GlossaryCSVColumn.valueSeparator))
        }
        if let score = concept.score {
            values[.score] = formatScore(score)
            if Double(values[.score]!) != score { lose("scores rounded to 3 decimals") }
        }
        values[.frequency] = concept.frequency.map(String.init)
        values[.category] = concept.category?.rawValue
        if let context = concept.contexts.first {
            values[.example] = context.english + GlossaryCSVColumn.exampleSeparator + context.japanese
            if context.segment != nil { lose("context segments dropped") }
        }
        if concept.contexts.count > 1 { lose("contexts after the first dropped") }
        values[.domain] = concept.domain
        values[.note] = concept.note
        values[.id] = concept.id
        values[.sources] = concept.sources.joined(separator: "|")
        values[.evidence] = concept.evidence.joined(separator: "|")
        if concept.sources.contains(where: { $0.contains("|") }) || concept.evidence.contains(where: { $0.contains("|") }) {
            lose("values containing | split on reading")
        }
        return values
    }
}

extension String {
    var nilIfEmptyCSV: String? { isEmpty ? nil : self }

    func replacingOccurrencesForCSV(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
