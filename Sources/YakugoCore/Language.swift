/// A language Yakugo works with; the raw value is its BCP 47 primary subtag.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case english = "en"
    case japanese = "ja"
}

extension Language {
    /// The default regional tag written into exchange formats (TMX, TBX, XLIFF).
    public var defaultTag: String {
        switch self {
        case .english: return "en-US"
        case .japanese: return "ja-JP"
        }
    }

    /// Reads a language tag such as `en`, `EN-us`, `ja_JP` or `jpn`; nil when it is neither language.
    public init?(tag: String) {
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        switch primary {
        case "en", "eng": self = .english
        case "ja", "jpn", "jp": self = .japanese
        default: return nil
        }
    }
}
