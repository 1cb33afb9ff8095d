// Character classes over Unicode scalars. Pure functions, no allocation.

/// Namespace for the recognizer's character classes (kept out of the module's
/// global namespace so the integrator's other YakugoText files cannot clash).
enum NumberCharClass {
    @inline(__always)
    static func decimalDigit(_ c: Unicode.Scalar) -> Int? {
        let v = c.value
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }   // full-width ０-９
        return nil
    }

    @inline(__always)
    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    @inline(__always)
    static func isUppercaseLatin(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x41 && v <= 0x5A) || (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xC0 && v <= 0xDE && v != 0xD7)
    }

    /// Latin letters: ASCII, full-width Ａ-Ｚ/ａ-ｚ, Latin-1 and Latin Extended-A/B letters.
    @inline(__always)
    static func isLatinLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { return true }
        if v < 0xC0 { return false }
        if v <= 0x24F { return v != 0xD7 && v != 0xF7 }
        return (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xFF41 && v <= 0xFF5A)
    }

    /// CJK ideographs (incl. extensions, compatibility) and the iteration mark 々.
    @inline(__always)
    static func isIdeograph(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF)
            || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x20000 && v <= 0x3FFFF) || v == 0x3005
    }

    @inline(__always)
    static func isKatakana(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x30A1 && v <= 0x30FA) || v == 0x30FC || (v >= 0xFF66 && v <= 0xFF9D)
    }

    @inline(__always)
    static func isHorizontalSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09, 0xA0, 0x2009, 0x202F, 0x2002, 0x2003, 0x3000: return true
        default: return false
        }
    }

    /// ASCII lowercase; other scalars unchanged.
    @inline(__always)
    static func asciiLowercased(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20)! }
        if v >= 0xFF21 && v <= 0xFF3A { return Unicode.Scalar(v - 0xFF21 + 0x61)! }
        if v >= 0xFF41 && v <= 0xFF5A { return Unicode.Scalar(v - 0xFF41 + 0x61)! }
        return c
    }

    @inline(__always)
    static func isCurrencySymbol(_ c: Unicode.Scalar) -> Bool {
        c == "$" || c == "¥" || c == "￥" || c == "€" || c == "＄" || c == "₩" || c == "￦" || c == "£" || c == "￡"
    }

    static func currencyUnit(for c: Unicode.Scalar) -> QuantityUnit {
        switch c {
        case "¥", "￥": return .yen
        case "€": return .euro
        case "£", "￡": return .pound
        case "₩", "￦": return .won
        default: return .dollar
        }
    }
}
