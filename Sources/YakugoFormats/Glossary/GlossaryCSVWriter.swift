import YakugoCore

/// Writes glossaries as CSV or TSV with the fixed header of `GlossaryCSVColumn`, UTF-8, one
/// concept a row, LF line ends; a field is quoted (RFC 4180, `"` doubled) when it contains the
/// delimiter, a quote or a line break, or starts with `#` in the first column.
///
/// The columns cannot hold everything the model can: English short forms are written as
/// abbreviations and Japanese abbreviations as short forms; per-term statuses other than the
/// row's status (except forbidden variants, which have their own columns, and candidates
/// beside approved terms, below), term notes, contexts after the first and context segments are
/// lost; scores keep 3 decimals; control characters are removed. Each loss is reported in
/// `warnings` (one line per kind, with a count).
///
/// A concept whose allowed terms are partly approved and partly candidates (what merging
/// `yakugo extract` output into a curated glossary gives) is written as two rows sharing one id:
/// the approved terms (with the forbidden ones) under status approved, then a row with empty
/// `english` and `japanese` holding the candidates in the other term columns under status
/// candidate. The reader joins such rows again, so a candidate is never promoted.
public enum GlossaryCSVWriter {
    /// The CSV (or TSV) text of a glossary and one warning line per kind of loss.
    public static func render(_ glossary: Glossary, delimiter: Character = ",") -> (text: String, warnings: [String]) {
        var losses: [String: Int] = [:]
        var out = GlossaryCSVColumn.allCases.map(\.rawValue).joined(separator: String(delimiter)) + "\n"
        var usedIDs = Set(glossary.concepts.compactMap(\.id))
        var removedControls = 0
        func write(_ values: [GlossaryCSVColumn: String]) {
            out += GlossaryCSVColumn.allCases.enumerated().map { index, column in
                let (field, removed) = removingControlCharacters(values[column] ?? "")
                removedControls += removed
                return quote(field, delimiter: delimiter, first: index == 0)
            }.joined(separator: String(delimiter)) + "\n"
        }
        for (position, concept) in glossary.concepts.enumerated() {
            let allowedStatuses = Set(concept.terms.lazy.filter { $0.status != .forbidden }.map(\.status))
            guard allowedStatuses.count > 1 else {
                write(row(for: concept, losses: &losses))
                continue
            }
            // The second row finds its concept by id, so a concept without one gets one.
            var approved = concept
            if approved.id == nil {
                var id = "c\(position + 1)"
                var suffix = 2
                while usedIDs.contains(id) { id = "c\(position + 1)-\(suffix)"; suffix += 1 }
                usedIDs.insert(id)
                approved.id = id
                losses["ids given to concepts without one, so their candidate terms can follow in a second row", default: 0] += 1
            }
            // Not a loss, but a reader of the file should know why a row has no english or japanese.
            losses["concepts with candidate terms beside approved ones written as two rows sharing an id (the second with status candidate)", default: 0] += 1
            approved.terms = concept.terms.filter { $0.status != .candidate }
            let candidates = Concept(id: approved.id, terms: concept.terms.filter { $0.status == .candidate })
            write(row(for: approved, losses: &losses, status: .approved))
            write(row(for: candidates, losses: &losses, status: .candidate))
        }
        if removedControls > 0 {
            losses["control characters removed (a reader would take the file for a binary one)", default: 0] += removedControls
        }
        let warnings = losses.sorted { $0.key < $1.key }.map { "\($0.value) × \($0.key)" }
        return (out, warnings)
    }

    /// The text without the control characters `TextDecoder` refuses as binary (C0 controls
    /// other than tab, line feed and carriage return, and DEL), and how many were removed, so
    /// that every file written can be read back (form feed and escape go too: no term holds them).
    static func removingControlCharacters(_ text: String) -> (text: String, removed: Int) {
        func isControl(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" || scalar.value == 0x7F
        }
        guard text.unicodeScalars.contains(where: isControl) else { return (text, 0) }
        var kept = String.UnicodeScalarView()
        var removed = 0
        for scalar in text.unicodeScalars {
            if isControl(scalar) { removed += 1 } else { kept.append(scalar) }
        }
        return (String(kept), removed)
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

    /// One row. With a `status` given (one of the two rows of a split concept), only preferred
    /// terms go to the `english` and `japanese` columns, so the reader, joining the rows, gives
    /// each term back its usage; a row of approved terms without a preferred one still needs one,
    /// and the candidates' row has none (that is what marks it as a continuation).
    static func row(for concept: Concept, losses: inout [String: Int], status given: TermStatus? = nil) -> [GlossaryCSVColumn: String] {
        var values: [GlossaryCSVColumn: String] = [:]
        let english = concept.terms(in: .english), japanese = concept.terms(in: .japanese)
        var preferredEnglish = english.first { $0.usage == .preferred && $0.status != .forbidden && given == .approved }
        var preferredJapanese = japanese.first { $0.usage == .preferred && $0.status != .forbidden && given == .approved }
        if given == nil || given == .approved && preferredEnglish == nil && preferredJapanese == nil {
            preferredEnglish = english.first { $0.usage == .preferred } ?? english.first { $0.status != .forbidden }
            preferredJapanese = japanese.first { $0.usage == .preferred } ?? japanese.first { $0.status != .forbidden }
        }
        // The row status: the preferred forms' (English first).
        let status = given ?? preferredEnglish?.status ?? preferredJapanese?.status ?? .approved
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
                if term.usage == .preferred { lose(given == .candidate ? "candidate preferred terms beside approved ones written as variants" : "second preferred terms written as variants") }
            case (.english, .abbreviation): column = .englishAbbreviations
            case (.english, .shortForm): column = .englishAbbreviations; lose("English short forms written as abbreviations")
            case (.japanese, .preferred), (.japanese, .variant): column = .japaneseVariants
                if term.usage == .preferred { lose(given == .candidate ? "candidate preferred terms beside approved ones written as variants" : "second preferred terms written as variants") }
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
