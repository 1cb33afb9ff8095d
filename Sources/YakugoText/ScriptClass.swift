internal import CICU

/// The writing system of a character or word unit, as term extraction and alignment need it.
public enum ScriptClass: String, Sendable, Hashable, Codable, CaseIterable {
    case kanji, hiragana, katakana, latin, digit, hangul, punctuation, symbol, space, other
    /// A unit made of several classes ("F-35B" is latin; "25分" is mixed).
    case mixed

    /// The class of one scalar. The prolonged sound mark ー and the iteration marks 々ゝヽ
    /// belong to the script they extend (ー to katakana, 々 to kanji) because compounds are
    /// rebuilt from runs of one class.
    public static func of(_ scalar: Unicode.Scalar) -> ScriptClass {
        switch scalar.value {
        case 0x30FC, 0xFF70, 0x30FD, 0x30FE: return .katakana
        case 0x3005, 0x3006, 0x3007, 0x303B: return .kanji   // 々 〆 〇 〻
        case 0x309D, 0x309E: return .hiragana
        default: break
        }
        let props = scalar.properties
        if props.isWhitespace { return .space }
        if props.numericType == .decimal { return .digit }
        let script = yk_script(Int32(bitPattern: scalar.value))
        switch script {
        case yk_script_han(): return .kanji
        case yk_script_hiragana(): return .hiragana
        case yk_script_katakana(): return .katakana
        case yk_script_latin(): return .latin
        case yk_script_hangul(): return .hangul
        default: break
        }
        switch props.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return .symbol
        case .otherNumber, .letterNumber:
            return .digit
        default:
            return props.isAlphabetic ? .other : .symbol
        }
    }

    /// The class of a unit: the common class of its scalars, ignoring joiners that belong to
    /// words (hyphens, apostrophes, periods and ・ between letters).
    public static func of<S: Sequence>(unit scalars: S) -> ScriptClass where S.Element == Unicode.Scalar {
        var result: ScriptClass? = nil
        for scalar in scalars {
            var c = of(scalar)
            if c == .punctuation, result != nil, Self.wordJoiners.contains(scalar) { continue }
            if c == .digit, result == .latin { c = .latin }            // F-35B
            if c == .latin, result == .digit { result = .latin }       // 3D
            if result == nil { result = c } else if result != c { return .mixed }
        }
        return result ?? .other
    }

    static let wordJoiners: Set<Unicode.Scalar> = ["-", "'", "\u{2019}", ".", "\u{30FB}", "\u{2010}", "\u{2011}", "&", "/"]
}
