import YakugoCore

/// The columns of Yakugo's glossary CSV/TSV, in the order the writer puts them.
public enum GlossaryCSVColumn: String, CaseIterable, Sendable {
    case english, japanese, score, frequency, category, status, example
    case englishVariants = "english_variants"
    case englishAbbreviations = "english_abbreviations"
    case japaneseVariants = "japanese_variants"
    case japaneseShortForms = "japanese_short_forms"
    case forbiddenJapanese = "forbidden_japanese"
    case forbiddenEnglish = "forbidden_english"
    case replacement, domain, note, id, sources, evidence

    /// Columns holding several values separated by `|`.
    public var isMultiValued: Bool {
        switch self {
        case .englishVariants, .englishAbbreviations, .japaneseVariants, .japaneseShortForms,
             .forbiddenJapanese, .forbiddenEnglish, .sources, .evidence: return true
        default: return false
        }
    }

    /// The column a header cell names: the column name in any case, with spaces or hyphens for
    /// underscores, or one of the usual alternatives (`en`/`source`/`term` for english,
    /// `ja`/`target`/`translation` for japanese).
    public init?(header: String) {
        let key = String(header.trimmingSpacesForTBX().lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
        switch key {
        case "en", "source", "term", "english_term", "source_term": self = .english
        case "ja", "target", "translation", "japanese_term", "target_term": self = .japanese
        case "organisation": self = .category
        case "context": self = .example
        case "comment", "notes": self = .note
        default: self.init(rawValue: key)
        }
    }

    public static let valueSeparator: Character = "|"
    /// Separates the English and the Japanese sentence of the `example` column.
    public static let exampleSeparator = " ⇔ "
}
