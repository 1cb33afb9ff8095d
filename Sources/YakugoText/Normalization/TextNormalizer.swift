import YakugoCore

/// Foldings that make texts comparable while the original is kept for output.
///
/// - `nfkc`: Unicode NFKC (ICU): compatibility characters to their plain forms — full-width
///   Latin and digits to ASCII, half-width katakana to full width, ① to 1, ㍻ to 平成.
/// - `foldWidth`: the narrow Japanese width folding: full-width ASCII letters, digits and the
///   symbols used inside numbers and codes to half width; half-width katakana and punctuation
///   to full width. Unlike NFKC it keeps Japanese punctuation（）「」、。and ideographic space,
///   and unlike ICU's Fullwidth-Halfwidth transform it never turns katakana half-width.
/// - `collapseWhitespace`: every run of white space (ideographic space, no-break space, line
///   breaks) becomes one ASCII space; leading and trailing space is dropped.
/// - `matchKey`: NFKC with case folding, then collapsed whitespace: the key for equality tests.
public enum TextNormalizer {
    public static func nfkc(_ text: String) -> NormalizedText {
        normalize(ScalarText(text), with: .nfkc)
    }

    public static func matchKey(_ text: String) -> NormalizedText {
        normalize(ScalarText(text), with: .nfkcCasefold).then(collapseWhitespace)
    }

    public static func foldWidth(_ text: String) -> NormalizedText {
        foldWidth(ScalarText(text))
    }

    public static func collapseWhitespace(_ text: String) -> NormalizedText {
        collapseWhitespace(ScalarText(text))
    }

    static func normalize(_ text: ScalarText, with normalizer: ICUNormalizer) -> NormalizedText {
        var builder = NormalizedText.Builder()
        let scalars = text.scalars
        var start = 0
        while start < scalars.count {
            var end = start + 1
            // Every ASCII character starts a normalization segment (none combines), so ICU is
            // asked only about the others: most of a news text is ASCII.
            while end < scalars.count, !scalars[end].isASCII, !normalizer.hasBoundaryBefore(scalars[end]) { end += 1 }
            if end == start + 1, scalars[start].isASCII {
                // ASCII is its own NFKC form; only case folding changes letters.
                let s = scalars[start]
                if normalizer.foldsCase, ("A"..."Z").contains(s) {
                    builder.append(CollectionOfOne(Unicode.Scalar(s.value + 32)!), from: start..<end)
                } else {
                    builder.append(CollectionOfOne(s), from: start..<end)
                }
            } else {
                builder.append(normalizer.normalize(scalars[start..<end]), from: start..<end)
            }
            start = end
        }
        return builder.build(original: text)
    }

    static func foldWidth(_ text: ScalarText) -> NormalizedText {
        var builder = NormalizedText.Builder()
        let scalars = text.scalars
        var i = 0
        while i < scalars.count {
            let v = scalars[i].value
            if let folded = WidthTable.narrow(scalars[i]) {
                builder.append(CollectionOfOne(folded), from: i..<(i + 1))
                i += 1
            } else if (0xFF61...0xFF9F).contains(v) {
                // Half-width katakana with its voicing marks (ｶﾞ) composes to one full-width kana.
                var end = i + 1
                while end < scalars.count, scalars[end].value == 0xFF9E || scalars[end].value == 0xFF9F { end += 1 }
                builder.append(ICUNormalizer.nfkc.normalize(scalars[i..<end]), from: i..<end)
                i = end
            } else {
                builder.append(CollectionOfOne(scalars[i]), from: i..<(i + 1))
                i += 1
            }
        }
        return builder.build(original: text)
    }

    /// White space as `collapseWhitespace` reads it, answered for ASCII without a property lookup.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{0B}" || s == "\u{0C}" }
        return s.properties.isWhitespace || s == "\u{200B}" || s == "\u{FEFF}"
    }

    static func collapseWhitespace(_ text: ScalarText) -> NormalizedText {
        var builder = NormalizedText.Builder()
        let scalars = text.scalars
        var i = 0
        while i < scalars.count {
            if isSpace(scalars[i]) {
                var end = i + 1
                while end < scalars.count, isSpace(scalars[end]) { end += 1 }
                if i > 0, end < scalars.count { builder.append(CollectionOfOne(" "), from: i..<end) }
                i = end
            } else {
                builder.append(CollectionOfOne(scalars[i]), from: i..<(i + 1))
                i += 1
            }
        }
        return builder.build(original: text)
    }
}

/// The width table behind `TextNormalizer.foldWidth`.
enum WidthTable {
    /// Full-width forms folded to ASCII: letters, digits and the symbols that occur inside
    /// numbers, codes and Latin names (％ ＋ － ． ， ： ／ ＆ ＠ ＃ ＄ ＿ ＇ ＂ ＝). Japanese
    /// brackets and the ideographic space stay as they are: they are correct Japanese.
    static func narrow(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return Unicode.Scalar(v - 0xFEE0)
        case 0xFF05, 0xFF0B, 0xFF0D, 0xFF0E, 0xFF0C, 0xFF1A, 0xFF0F, 0xFF06, 0xFF20, 0xFF03, 0xFF04, 0xFF3F, 0xFF07, 0xFF02, 0xFF1D:
            return Unicode.Scalar(v - 0xFEE0)
        case 0x2212: return "-"   // minus sign, as word processors write it in figures
        default: return nil
        }
    }
}
