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
        let found = hits.compactMap { hit -> NumericMention? in
            guard let value = hit.value else { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[hit.start..<hit.end])
            return NumericMention(range: hit.start..<hit.end, text: String(view), value: value)
        }
        return language == .japanese ? inheritingTimeOfDay(found, in: scalars) : found
    }

    /// What joins the two times of a range (午後5時から8時半, 午後1時～3時).
    static let rangeJoiners: Set<String> = ["から", "～", "〜", "-", "－", "–", "—", "ー"]

    /// A time range names 午後 once, on its first time: 午後5時から8時半 ends at 20:30. The second
    /// time, written without 午前 or 午後, takes the afternoon when it is joined to the first by
    /// から, ～ or a dash and would otherwise come before it (8:30 before 17:00).
    static func inheritingTimeOfDay(_ mentions: [NumericMention], in scalars: [Unicode.Scalar]) -> [NumericMention] {
        var result = mentions
        for index in result.indices.dropFirst() {
            guard case .time(let first) = result[index - 1].value, case .time(var second) = result[index].value,
                  result[index - 1].text.hasPrefix("午後"), !result[index].text.hasPrefix("午前"), !result[index].text.hasPrefix("午後"),
                  second.hour < 12, (second.hour, second.minute) < (first.hour, first.minute),
                  (second.hour + 12, second.minute) > (first.hour, first.minute) else { continue }
            var between = String.UnicodeScalarView()
            between.append(contentsOf: scalars[result[index - 1].range.upperBound..<result[index].range.lowerBound])
            guard rangeJoiners.contains(String(between).filter { !$0.isWhitespace }) else { continue }
            second.hour += 12
            result[index].value = .time(second)
        }
        return result
    }

    /// The values only, in text order.
    public static func values(in text: String, language: Language) -> [NumericValue] {
        mentions(in: text, language: language).map(\.value)
    }
}
