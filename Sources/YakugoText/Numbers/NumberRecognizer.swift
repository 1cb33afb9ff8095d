import YakugoCore

/// Finds numbers, quantities, dates and times in English or Japanese text.
/// `Docs/NUMBERS.md` lists exactly what is recognised and the known limits.
public enum NumberRecognizer {
    /// All numeric mentions in `text`, sorted by range and non-overlapping:
    /// the scan is leftmost-first and each expression is read greedily, so the
    /// longest reading wins ("2022年10月4日" is one date, not three numbers).
    /// Ranges are Unicode-scalar offsets into `text`.
    public static func mentions(in text: String, language: Language) -> [NumericMention] {
        mentions(inScalars: Array(text.unicodeScalars), language: language)
    }

    /// Same as `mentions(in:language:)` for callers that already hold the
    /// text's Unicode scalars; ranges index into `scalars`.
    public static func mentions(inScalars scalars: [Unicode.Scalar], language: Language) -> [NumericMention] {
        let hits = NumberScanner(scalars: scalars, language: language).scan()
        return hits.compactMap { hit in
            guard let value = hit.value else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[hit.start..<hit.end])
            return NumericMention(range: hit.start..<hit.end, text: String(view), value: value)
        }
    }

    /// The values only, in text order.
    public static func values(in text: String, language: Language) -> [NumericValue] {
        mentions(in: text, language: language).map(\.value)
    }
}
