import YakugoCore

/// The two TBX generations Yakugo reads and writes.
public enum TBXVersion: String, Sendable, CaseIterable {
    /// TBX v2 (ISO 30042:2008, LISA): root `<martif>`, `termEntry`/`langSet`/`tig`.
    case v2
    /// TBX v3 (ISO 30042:2019), DCA style: root `<tbx>`, `conceptEntry`/`langSec`/`termSec`.
    case v3
}

/// What the TBX reader and writer share: how statuses and usages map to TBX-Basic data
/// categories, and the `yakugo-…:` notes that carry what TBX-Basic has no category for.
///
/// See Docs/GLOSSARY.md for the whole mapping.
public enum TBXFormat {
    /// Prefix of the `<note>` texts Yakugo writes for its own fields (`yakugo-score: 0.92`).
    public static let notePrefix = "yakugo-"

    /// Keys of Yakugo's notes. Entry level: category, score, frequency, evidence, id (an id that
    /// is not an XML ID), note (a note that itself starts with `yakugo-`). Term level: status
    /// (`candidate`), note.
    public enum NoteKey: String, CaseIterable, Sendable {
        case category, score, frequency, evidence, id, note, status
    }

    /// Start of the `<sourceDesc><p>` Yakugo writes. Files that carry it keep their whitespace
    /// exactly on reading; in other files the layout whitespace inside notes, contexts and terms
    /// (line breaks and indentation from pretty-printing) is collapsed to single spaces.
    public static let ownSourceDescription = "Yakugo glossary"

    public static let namespaceV3 = "urn:iso:std:iso:30042:ed-2"

    // MARK: Usage ↔ termType

    /// The `termType` value written for a usage.
    public static func termType(for usage: TermUsage) -> String {
        switch usage {
        case .preferred: return "fullForm"
        case .variant: return "variant"
        case .abbreviation: return "abbreviation"
        case .shortForm: return "shortForm"
        }
    }

    /// The usage a `termType` value means; nil for values that say nothing about it
    /// (`phrase`, `partNumber`…). `entryTerm` (old LISA files) is the main form.
    public static func usage(forTermType value: String) -> TermUsage? {
        switch value.trimmingSpacesForTBX().lowercased() {
        case "fullform", "entryterm", "mainentryterm", "full form": return .preferred
        case "acronym", "abbreviation", "initialism", "abbreviatedform": return .abbreviation
        case "shortform", "clippedterm", "short form": return .shortForm
        case "variant", "synonym", "quasisynonym", "internationalism", "transliteratedform",
             "transcribedform", "romanizedform", "commonname", "orthographicvariant": return .variant
        default: return nil
        }
    }

    // MARK: Status ↔ administrativeStatus

    public static let preferredStatus = "preferredTerm-admn-sts"
    public static let admittedStatus = "admittedTerm-admn-sts"
    public static let deprecatedStatus = "deprecatedTerm-admn-sts"
    public static let supersededStatus = "supersededTerm-admn-sts"

    /// The `administrativeStatus` written for a term: approved preferred → preferredTerm,
    /// approved other → admittedTerm, candidate → admittedTerm (plus a `yakugo-status:
    /// candidate` note), forbidden → deprecatedTerm.
    public static func administrativeStatus(for term: Term) -> String {
        switch term.status {
        case .forbidden: return deprecatedStatus
        case .candidate: return admittedStatus
        case .approved: return term.usage == .preferred ? preferredStatus : admittedStatus
        }
    }

    /// The status an `administrativeStatus` (or `normativeAuthorization`) value means.
    public static func status(forAdministrativeStatus value: String) -> TermStatus? {
        let folded = value.trimmingSpacesForTBX().lowercased()
        if folded.hasPrefix("deprecated") || folded.hasPrefix("superseded") { return .forbidden }
        if folded.hasPrefix("preferred") || folded.hasPrefix("admitted") || folded.hasPrefix("standardized")
            || folded.hasPrefix("legal") || folded.hasPrefix("regulated") { return .approved }
        return nil
    }

    // MARK: Notes

    /// `yakugo-key: value`.
    static func note(_ key: NoteKey, _ value: String) -> String { notePrefix + key.rawValue + ": " + value }

    /// The key and value of one of our notes, or nil for any other note.
    static func parseNote(_ text: String) -> (key: NoteKey, value: String)? {
        guard text.hasPrefix(notePrefix), let colon = text.firstIndex(of: ":") else { return nil }
        let keyText = text[text.index(text.startIndex, offsetBy: notePrefix.count)..<colon]
        guard let key = NoteKey(rawValue: String(keyText)) else { return nil }
        var value = text[text.index(after: colon)...]
        if value.first == " " { value = value.dropFirst() }
        return (key, String(value))
    }

    /// Whether a string can be an XML `ID` attribute value (an NCName).
    static func isXMLID(_ text: String) -> Bool {
        TMXFormat.isXMLName(text) && !text.contains(":")
    }
}

extension StringProtocol {
    /// Runs of white space that contain a line break become one space; the ends are trimmed.
    func collapsingLayoutWhitespace() -> String {
        var out = String.UnicodeScalarView()
        var pending = String.UnicodeScalarView()
        var pendingHasBreak = false
        for scalar in Substring(self).unicodeScalars {
            if scalar.properties.isWhitespace {
                pending.append(scalar)
                if scalar == "\n" || scalar == "\r" { pendingHasBreak = true }
            } else {
                if !pending.isEmpty, !out.isEmpty {
                    if pendingHasBreak { out.append(" ") } else { out.append(contentsOf: pending) }
                }
                pending = String.UnicodeScalarView()
                pendingHasBreak = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    func trimmingSpacesForTBX() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
