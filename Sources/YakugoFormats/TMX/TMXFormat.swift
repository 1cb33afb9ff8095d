import FoundationEssentials
import YakugoCore

/// What the TMX reader and writer share: the property names Yakugo writes, the TMX date form and
/// the XML 1.0 character rule.
public enum TMXFormat {
    /// Property types Yakugo writes on units (`x-` is TMX's prefix for tool-defined types).
    public static let documentProperty = "x-yakugo-document"
    public static let scoreProperty = "x-yakugo-score"
    public static let beadProperty = "x-yakugo-bead"

    /// The `segtype` values TMX 1.4b allows; anything else makes the file invalid.
    public static let segmentTypes: Set<String> = ["block", "paragraph", "sentence", "phrase"]

    /// A date in TMX form (`YYYYMMDDThhmmssZ`, ISO 8601 basic, UTC) for seconds since 1970.
    public static func date(secondsSince1970 seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        // Days to civil date (Howard Hinnant's algorithm): avoids depending on Foundation's
        // calendars, which FoundationEssentials does not carry.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int64, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return pad(year, 4) + pad(month, 2) + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2)
            + pad(secondOfDay % 3600 / 60, 2) + pad(secondOfDay % 60, 2) + "Z"
    }

    /// The current time in TMX form.
    public static func now() -> String {
        date(secondsSince1970: Int64(Date().timeIntervalSince1970.rounded(.down)))
    }

    /// Whether a string has the TMX date form `YYYYMMDDThhmmssZ` (digits in place, not a calendar check).
    public static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else { return false }
        return bytes.enumerated().allSatisfy { index, byte in index == 8 || index == 15 || (byte >= 0x30 && byte <= 0x39) }
    }

    /// Whether XML 1.0 allows this character in a document: tab, LF, CR, and everything from
    /// U+0020 except U+FFFE and U+FFFF (surrogates cannot occur in a Swift string).
    public static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// The text without the characters XML 1.0 forbids, and how many were removed.
    public static func removingForbiddenCharacters(_ text: String) -> (text: String, removed: Int) {
        // Fast path: forbidden characters are C0 bytes or EF BF BE / EF BF BF in UTF-8.
        var suspicious = false
        for byte in text.utf8 where (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0xBF {
            suspicious = true
            break
        }
        guard suspicious else { return (text, 0) }
        var view = String.UnicodeScalarView()
        var removed = 0
        for scalar in text.unicodeScalars {
            if isAllowedInXML(scalar) { view.append(scalar) } else { removed += 1 }
        }
        return (String(view), removed)
    }

    /// Whether a string is an XML name (as attribute and element names must be), checked
    /// against the XML 1.0 (5th edition) NameStartChar and NameChar ranges.
    public static func isXMLName(_ name: String) -> Bool {
        var first = true
        for scalar in name.unicodeScalars {
            let v = scalar.value
            let start = scalar == ":" || scalar == "_" || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                || (0xC0...0xD6).contains(v) || (0xD8...0xF6).contains(v) || (0xF8...0x2FF).contains(v)
                || (0x370...0x37D).contains(v) || (0x37F...0x1FFF).contains(v) || (0x200C...0x200D).contains(v)
                || (0x2070...0x218F).contains(v) || (0x2C00...0x2FEF).contains(v) || (0x3001...0xD7FF).contains(v)
                || (0xF900...0xFDCF).contains(v) || (0xFDF0...0xFFFD).contains(v) || (0x10000...0xEFFFF).contains(v)
            let other = scalar == "-" || scalar == "." || (v >= 0x30 && v <= 0x39) || v == 0xB7
                || (0x300...0x36F).contains(v) || (0x203F...0x2040).contains(v)
            if first ? !start : !(start || other) { return false }
            first = false
        }
        return !first
    }
}

/// A recoverable oddity met while reading (a unit without variants, an unknown element, an
/// empty segment): the file is still read, and the caller decides whether to show it.
public struct TMXWarning: Hashable, Sendable, CustomStringConvertible {
    public var source: String
    /// 1-based line in the file, when libxml2 knows it.
    public var line: Int?
    public var message: String

    public init(source: String, line: Int?, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(source)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
