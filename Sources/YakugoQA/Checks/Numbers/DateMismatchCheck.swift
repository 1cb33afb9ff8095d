import YakugoCore
import YakugoText

/// A date or time of the source is absent from the target or given differently.
///
/// Partial dates are compatible when the fields both give agree: Oct. 4 = 10月4日 = 4日,
/// September 30 = 9月30日, fiscal 2023 = 2023年度 (but not 2023年), 令和5年 = 2023, 7:30 a.m. =
/// 午前7時半, Tuesday = 火曜日. A weekday a translator replaced by the day of the month (Tuesday →
/// 4日, Japanese news style) passes, and so does a date written relatively (同日, 今月).
public struct DateMismatchCheck: Check {
    public static let description = CheckDescription(
        id: "date-mismatch",
        title: "Date or time differs between source and translation",
        category: .numbers,
        defaultSeverity: .error,
        rationale: """
            Dates and times anchor news events; Oct. 4 rendered as 10月14日 passes a digit-by-digit \
            comparison (both contain 10 and 4) but is wrong. Dates are compared as calendar \
            values, including fiscal years, Japanese era years and the 12-hour clock.
            """,
        triggeringExamples: [
            CheckExample("North Korea fired the missile on Oct. 4.", "北朝鮮は1️⃣10月14日にミサイルを発射した。"),
            CheckExample("The budget for fiscal 2023 was approved.", "1️⃣2024年度予算が成立した。"),
            CheckExample("The launch came at 7:30 a.m.", "発射は1️⃣午後7時半だった。"),
            CheckExample("The talks were held on 1️⃣September 30.", "会談が行われた。"),
            CheckExample("The treaty took effect in 2019.", "条約は1️⃣平成30年に発効した。"),
            CheckExample("The line opened in November, 1873.", "路線は1️⃣1874年11月に開業した。"),
        ],
        nonTriggeringExamples: [
            CheckExample("North Korea fired the missile on Oct. 4.", "北朝鮮は10月4日にミサイルを発射した。"),
            CheckExample("North Korea fired the missile on Tuesday.", "北朝鮮は4日、ミサイルを発射した。"),
            CheckExample("The talks were held on September 30.", "会談は9月30日に行われた。"),
            CheckExample("The budget for fiscal 2023 was approved.", "2023年度予算が成立した。"),
            CheckExample("The launch came at 7:30 a.m. on Tuesday, Oct. 4.", "発射は10月4日（火）午前7時半だった。"),
            CheckExample("The treaty took effect in 2023.", "条約は令和5年に発効した。"),
            CheckExample("The treaty took effect in 2019.", "条約は平成31年に発効した。"),
            CheckExample("The line opened in November, 1873.", "路線は1873年11月に開業した。"),
            CheckExample("The plan runs from 2024 to 2026.", "計画は2024～26年に実施される。"),
        ])

    public static let analysisParts: SegmentAnalysis.Parts = [.numbers]

    public init() {}

    public func check(_ segment: QASegment, context: CheckContext) -> [Finding] {
        let comparison = context.analysis(of: segment).numbers
        return comparison.dateMismatches.map { miss in
            let expected = JapaneseRendering.value(miss.source.value)
            if let wrong = miss.target {
                return finding(segment, "\"\(miss.source.text)\" is rendered as \"\(wrong.text)\", a different date or time",
                               source: TextRange(miss.source.range), target: TextRange(wrong.range), suggestion: expected)
            }
            return finding(segment, "\"\(miss.source.text)\" has no counterpart in the translation",
                           source: TextRange(miss.source.range), suggestion: expected)
        }
    }
}
