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
    /// underscores, or one of the usual alternatives (`en`/`source`/`term`/英語 for english,
    /// `ja`/`target`/`translation`/日本語 for japanese). Japanese names matter because glossaries
    /// made in Japan head their columns 日本語, 英語 (the NICT Kyoto lexicon does).
    public init?(header: String) {
        let key = String(header.trimmingSpacesForTBX().lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
        switch key {
        case "en", "eng", "source", "term", "english_term", "source_term", "英語", "英文", "英訳": self = .english
        case "ja", "jp", "jpn", "target", "translation", "japanese_term", "target_term", "日本語", "和文", "和訳", "訳語": self = .japanese
        case "organisation": self = .category
        case "context": self = .example
        case "comment", "notes", "備考", "メモ", "注記": self = .note
        default: self.init(rawValue: key)
        }
    }

    public static let valueSeparator: Character = "|"
    /// Separates the English and the Japanese sentence of the `example` column.
    public static let exampleSeparator = " ⇔ "
}
