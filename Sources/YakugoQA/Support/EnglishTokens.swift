import YakugoCore

/// An English word of a source text and where it stands.
struct EnglishToken: Hashable, Sendable {
    /// The word as written ("Japan's", "U.S", "Self-Defense"); a final period is not part of it.
    let text: String
    /// Unicode-scalar offsets in the text.
    let range: Range<Int>
}

/// Splits English into words: runs of letters and digits, joined by `.` `'` `’` `-` `&` only
/// when a letter or digit follows, so "U.S." gives "U.S" and "Self-Defense" stays one word.
/// The same split is applied to glossary terms, so both sides meet whatever the punctuation.
enum EnglishTokenizer {
    static let joiners: Set<Unicode.Scalar> = [".", "'", "\u{2019}", "-", "\u{2010}", "\u{2011}", "&"]

    /// With `latinOnly`, words are made of Latin letters and ASCII digits only, so English
    /// inside Japanese text ("Freedom Edge演習") is cut where the Japanese starts.
    static func tokens(_ text: String, latinOnly: Bool = false) -> [EnglishToken] {
        tokens(Array(text.unicodeScalars), latinOnly: latinOnly)
    }

    static func tokens(_ scalars: [Unicode.Scalar], latinOnly: Bool = false) -> [EnglishToken] {
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            if latinOnly { return Scalars.isLatinLetter(s) || ("0"..."9").contains(s) }
            // ASCII answered without the Unicode property tables (the same answer, much faster).
            if s.isASCII { return ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) }
            return s.properties.isAlphabetic || s.properties.numericType != nil
        }
        var out: [EnglishToken] = []
        var i = 0
        while i < scalars.count {
            guard isWordScalar(scalars[i]) else { i += 1; continue }
            let start = i
            var end = i + 1
            while end < scalars.count {
                if isWordScalar(scalars[end]) { end += 1; continue }
                if joiners.contains(scalars[end]), end + 1 < scalars.count, isWordScalar(scalars[end + 1]) { end += 2; continue }
                break
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            out.append(EnglishToken(text: String(view), range: start..<end))
            i = end
        }
        return out
    }
}

/// Character classes the checks use, on single scalars.
enum Scalars {
    static func isKatakana(_ s: Unicode.Scalar) -> Bool {
        (0x30A1...0x30FA).contains(s.value) || s.value == 0x30FC || (0x31F0...0x31FF).contains(s.value)
    }

    static func isHiragana(_ s: Unicode.Scalar) -> Bool { (0x3041...0x309F).contains(s.value) }

    static func isKanji(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
            || (0xF900...0xFAFF).contains(s.value) || s.value == 0x3005 || s.value == 0x3007
            || (0x20000...0x2FFFF).contains(s.value)
    }

    static func isHalfWidthKatakana(_ s: Unicode.Scalar) -> Bool { (0xFF65...0xFF9F).contains(s.value) }

    /// Kana or kanji: a character of Japanese running text.
    static func isJapaneseLetter(_ s: Unicode.Scalar) -> Bool {
        isKatakana(s) || isHiragana(s) || isKanji(s) || isHalfWidthKatakana(s)
    }

    static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || (0xFF21...0xFF3A).contains(s.value)
            || (0xFF41...0xFF5A).contains(s.value) || (0xC0...0x24F).contains(s.value) && s.properties.isAlphabetic
    }

    /// White space including the ideographic space U+3000 and no-break space.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        // ASCII white space is tab to carriage return and the space (the property's answer, faster).
        if s.isASCII { return (0x09...0x0D).contains(s.value) || s == " " }
        return s.properties.isWhitespace || s.value == 0x3000 || s.value == 0xFEFF
    }
}

extension String {
    /// The text of a span of Unicode-scalar offsets, clamped.
    func scalarSlice(_ range: Range<Int>) -> String {
        ScalarText(self)[TextRange(range)]
    }
}

extension String {
    /// The string without leading and trailing characters of `set` (no Foundation here).
    func trimmingCharacters(in set: String) -> String {
        let unwanted = Set(set)
        guard let start = firstIndex(where: { !unwanted.contains($0) }) else { return "" }
        let end = lastIndex(where: { !unwanted.contains($0) })!
        return String(self[start...end])
    }
}
