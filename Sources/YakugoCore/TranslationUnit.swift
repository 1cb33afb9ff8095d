/// One aligned unit: the same segment in several languages, as every memory format stores it.
///
/// Format-neutral on purpose: TMX today and XLIFF later read into and write from this model.
public struct TranslationUnit: Hashable, Sendable {
    /// A typed key/value note on a unit, variant or header; order kept, as TMX repeats types.
    public struct Property: Hashable, Sendable {
        public var type: String
        public var value: String

        public init(type: String, value: String) {
            self.type = type
            self.value = value
        }
    }

    /// The unit's identifier (TMX `tuid`); nil when the file gave none.
    public var id: String?
    /// One variant per language, in file order (the source language is not necessarily first).
    public var variants: [TranslationVariant]
    public var properties: [Property]
    public var notes: [String]
    /// The creation date exactly as the file states it (TMX form `YYYYMMDDThhmmssZ`); kept as
    /// text so a date in an unexpected form is carried through rather than lost.
    public var creationDate: String?

    public init(id: String? = nil, variants: [TranslationVariant], properties: [Property] = [], notes: [String] = [], creationDate: String? = nil) {
        self.id = id
        self.variants = variants
        self.properties = properties
        self.notes = notes
        self.creationDate = creationDate
    }

    /// The variant for a language tag, compared case-insensitively with `_` read as `-`:
    /// an exact match wins, then a variant without region for a tag with one (or the reverse:
    /// `ja` finds `ja-JP`), then any variant of the same primary language (`en-GB` for `en-US`),
    /// each time the first in file order. Memories mix `ja`, `ja-JP` and `JA-jp` freely, so
    /// lookups must not depend on how a tool spelled the tag.
    public func variant(for tag: String) -> TranslationVariant? {
        LanguageTagMatch.best(for: tag, among: variants.map(\.language)).map { variants[$0] }
    }

    /// The value of the first property of this type.
    public func property(_ type: String) -> String? {
        properties.first { $0.type == type }?.value
    }
}

/// The text of one unit in one language, with its inline markup kept apart from the words.
public struct TranslationVariant: Hashable, Sendable {
    /// The language tag exactly as written in the file (`en-US`, `JA-jp`, `ja`).
    public var language: String
    public var content: [InlineElement]
    public var properties: [TranslationUnit.Property]
    public var notes: [String]

    public init(language: String, content: [InlineElement], properties: [TranslationUnit.Property] = [], notes: [String] = []) {
        self.language = language
        self.content = content
        self.properties = properties
        self.notes = notes
    }

    /// A variant of plain text with no markup.
    public init(language: String, text: String) {
        self.init(language: language, content: text.isEmpty ? [] : [.text(text)])
    }

    /// The words a reader sees: text parts joined, including the text a `hi` code highlights
    /// (it is translatable), but not the native codes of `bpt`/`ept`/`it`/`ph`/`ut` nor `sub`
    /// flows (a link title inside a tag is not part of the sentence).
    public var plainText: String {
        var out = ""
        InlineElement.appendPlain(content, to: &out)
        return out
    }

    /// The text with every code as a short placeholder, so markup survives into tab-separated
    /// or JSON output without its native code; see `InlineCode.placeholderNumber` for the scheme.
    /// `{1}`…`{/1}` for a `bpt`/`ept` pair (by `i`), `{N}` / `{/N}` for an `it` that begins /
    /// ends a pair outside the segment, `{N/}` for `ph` and `ut`, and `{N}`highlighted`{/N}`
    /// around a `hi`'s text. Literal braces in the text are not escaped.
    public var placeholderText: String {
        var ordinal = 0
        var out = ""
        InlineElement.appendPlaceholders(content, ordinal: &ordinal, to: &out)
        return out
    }
}

/// A piece of segment content: words, or an inline code standing for formatting or an object.
public enum InlineElement: Hashable, Sendable {
    case text(String)
    case code(InlineCode)

    static func appendPlain(_ elements: [InlineElement], to out: inout String) {
        for element in elements {
            switch element {
            case let .text(text): out += text
            case let .code(code) where code.kind == .hi: appendPlain(code.content, to: &out)
            case .code: break
            }
        }
    }

    static func appendPlaceholders(_ elements: [InlineElement], ordinal: inout Int, to out: inout String) {
        for element in elements {
            switch element {
            case let .text(text): out += text
            case let .code(code):
                ordinal += 1
                let number = code.placeholderNumber(ordinal: ordinal)
                switch code.kind {
                case .bpt: out += "{\(number)}"
                case .ept: out += "{/\(number)}"
                case .it: out += code.attribute("pos") == "end" ? "{/\(number)}" : "{\(number)}"
                case .ph, .ut: out += "{\(number)/}"
                case .hi:
                    out += "{\(number)}"
                    appendPlaceholders(code.content, ordinal: &ordinal, to: &out)
                    out += "{/\(number)}"
                case .sub: break
                }
            }
        }
    }
}

/// An inline code (`bpt`, `ept`, `it`, `ph`, `hi`, `ut`, `sub`) kept whole, so markup survives a rewrite.
public struct InlineCode: Hashable, Sendable {
    /// The TMX inline element kinds; the raw value is the element name.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case bpt, ept, it, ph, hi, ut, sub
    }

    /// An attribute as written (`i`, `x`, `type`, `pos`, `assoc`, `datatype`…), in file order.
    public struct Attribute: Hashable, Sendable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public var kind: Kind
    public var attributes: [Attribute]
    /// For `bpt`/`ept`/`it`/`ph`/`ut`, the native code (`<b>`, `{\b `) with any `sub` flows;
    /// for `hi` and `sub`, translatable text that may hold codes in turn.
    public var content: [InlineElement]

    public init(kind: Kind, attributes: [Attribute] = [], content: [InlineElement] = []) {
        self.kind = kind
        self.attributes = attributes
        self.content = content
    }

    /// The value of the first attribute with this name.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The number a placeholder shows: `i` for `bpt`/`ept` (TMX pairs them by `i`), otherwise
    /// `x` (TMX's cross-language link, so the same code gets the same number in both
    /// languages), otherwise the code's 1-based position among the segment's codes.
    public func placeholderNumber(ordinal: Int) -> String {
        let key = kind == .bpt || kind == .ept ? "i" : "x"
        if let value = attribute(key), !value.isEmpty, !value.contains(where: { $0 == "{" || $0 == "}" || $0 == "/" }) {
            return value
        }
        return String(ordinal)
    }
}

/// Who made a memory and from which source language; optional fields, as other tools omit some.
public struct TranslationMemoryHeader: Hashable, Sendable {
    public var creationTool: String?
    public var creationToolVersion: String?
    public var dataType: String?
    public var segType: String?
    public var adminLang: String?
    /// The source language tag, or `*all*` when any variant may serve as source.
    public var srcLang: String?
    public var oTmf: String?
    /// As written in the file (TMX form `YYYYMMDDThhmmssZ`, UTC).
    public var creationDate: String?
    public var properties: [TranslationUnit.Property]
    public var notes: [String]

    public init(
        creationTool: String? = nil, creationToolVersion: String? = nil, dataType: String? = nil, segType: String? = nil,
        adminLang: String? = nil, srcLang: String? = nil, oTmf: String? = nil, creationDate: String? = nil,
        properties: [TranslationUnit.Property] = [], notes: [String] = []
    ) {
        self.creationTool = creationTool
        self.creationToolVersion = creationToolVersion
        self.dataType = dataType
        self.segType = segType
        self.adminLang = adminLang
        self.srcLang = srcLang
        self.oTmf = oTmf
        self.creationDate = creationDate
        self.properties = properties
        self.notes = notes
    }
}

/// A whole translation memory in memory; large files are better streamed unit by unit.
public struct TranslationMemory: Hashable, Sendable {
    /// The format version the file declared (TMX `version`), nil when written by us or absent.
    public var version: String?
    public var header: TranslationMemoryHeader
    public var units: [TranslationUnit]

    public init(version: String? = nil, header: TranslationMemoryHeader, units: [TranslationUnit]) {
        self.version = version
        self.header = header
        self.units = units
    }
}

/// Language-tag comparison that survives tools' spellings (`ja`, `ja-JP`, `JA-jp`, `ja_JP`).
///
/// BCP 47 tags are case-insensitive, and a missing region is read as a wildcard.
public enum LanguageTagMatch {
    /// Lowercased, `_` read as `-`.
    public static func folded(_ tag: String) -> String {
        String(tag.lowercased().map { $0 == "_" ? "-" : $0 })
    }

    /// The primary language subtag, lowercased (`ja` for `JA-jp`).
    public static func primary(_ tag: String) -> String {
        let folded = folded(tag)
        return folded.split(separator: "-", maxSplits: 1).first.map(String.init) ?? folded
    }

    /// The tag in its usual spelling: language lowercase, script title case, region uppercase
    /// (`JA-jp` → `ja-JP`, `zh-hant-tw` → `zh-Hant-TW`), so counts do not split by spelling.
    public static func canonical(_ tag: String) -> String {
        let parts = folded(tag).split(separator: "-", omittingEmptySubsequences: false)
        return parts.enumerated().map { index, part in
            if index == 0 { return String(part) }
            if part.count == 2 { return part.uppercased() }
            if part.count == 4, part.allSatisfy(\.isLetter) { return part.prefix(1).uppercased() + part.dropFirst() }
            return String(part)
        }.joined(separator: "-")
    }

    /// The index of the best match for `tag` among `candidates`, by the rule of
    /// `TranslationUnit.variant(for:)`; nil when no candidate has the same primary language.
    public static func best(for tag: String, among candidates: [String]) -> Int? {
        let wanted = folded(tag)
        let wantedPrimary = primary(tag)
        guard !wantedPrimary.isEmpty else { return nil }
        var bestIndex: Int?
        var bestRank = Int.max
        for (index, candidate) in candidates.enumerated() {
            let folded = folded(candidate)
            let rank: Int
            if folded == wanted {
                rank = 0
            } else if primary(candidate) == wantedPrimary {
                // A bare language on either side is a wildcard for the region; two different
                // regions are only a fallback.
                rank = (folded == wantedPrimary || wanted == wantedPrimary) ? 1 : 2
            } else {
                continue
            }
            if rank < bestRank {
                bestRank = rank
                bestIndex = index
                if rank == 0 { break }
            }
        }
        return bestIndex
    }
}
