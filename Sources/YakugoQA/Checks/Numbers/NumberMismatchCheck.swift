import YakugoCore
import YakugoText

/// A number of the source has no number of the same value in the target.
///
/// Values, not spellings, are compared: 1,000 = 1000 = 千 = １０００, 1.2 million = 120万,
/// Thirteen = 13, 30 percent = 3割, 15-nation = 十五理事国. Numbers are matched one to one, so a
/// value the target repeats cannot stand in for a changed one (three leaders → 4首脳 beside an
/// added 3か国). A pronoun "one" ("including one believed to be an ICBM") is compared with a count
/// the target states (2発 is wrong) and may be left implicit. Tolerated: conversions in brackets
/// (200カイリ（約370キロ）), rates (1ドル＝150円), a day of the month as an ordinal (the 9th =
/// 9日), a number the target writes inside a name or code the recognizer reads as no number
/// (マグニチュード7.5, 国道41号), a day count Japanese writes as a day (within 30 days = 30日以内,
/// 10 to 14 days = 10～14日), a range written as its two ends (1937-1945 = 1937年から1945年まで),
/// numbers the translator adds (ミサイル1発 for
/// "a missile"), rounding of an exact figure (¥7.95 trillion = 7兆9496億円, but not of a hedged
/// one: about 4,600 ≠ 約4601), and the same value with another unit, which `unit-mismatch`
/// reports. Dates and times are `date-mismatch`'s.
public struct NumberMismatchCheck: Check {
    public static let description = CheckDescription(
        id: "number-mismatch",
        title: "Number differs between source and translation",
        category: .numbers,
        defaultSeverity: .error,
        rationale: """
            A wrong figure in defense news (troop numbers, budgets, ranges) is the costliest \
            translation error. Numbers are recognized in both languages and compared by value, \
            so Japanese numerals, 万/億 scales, full-width digits and English number words meet \
            their source, one to one (a repeated value does not hide a changed one); a number missing from the target or written with a different value \
            is reported, pointing at the target number most likely meant.
            """,
        triggeringExamples: [
            CheckExample("The budget reached 12 million dollars.", "予算は1️⃣120万ドルに達した。"),
            CheckExample("1,000 troops took part.", "1️⃣100人の部隊が参加した。"),
            CheckExample("Thirteen members voted for it.", "1️⃣12カ国が賛成した。"),
            CheckExample("The drill involved 1️⃣42 fighters.", "訓練には戦闘機が参加した。"),
            CheckExample("The 1️⃣three leaders met.", "4首脳が会談し、3か国の協力を確認した。"),
            CheckExample("It fired two missiles, including 1️⃣one believed to be new.", "新型とみられる2発を含むミサイル2発を発射した。"),
            CheckExample("National Route 1️⃣41 was closed.", "国道42号が閉鎖された。"),
            CheckExample("The F-35 unit lost 1️⃣35 in the crash.", "F35部隊は墜落で失った。"),
            CheckExample("Returns must be made within 1️⃣30 days.", "返品は20日以内に行う必要がある。"),
            CheckExample("A 30-year-old man was arrested.", "1️⃣三十一歳の男が逮捕された。"),
            CheckExample("The war lasted 1️⃣1937-1945.", "戦争は1937年から1946年まで続いた。"),
        ],
        nonTriggeringExamples: [
            CheckExample("1,000 troops took part.", "千人の部隊が参加した。"),
            CheckExample("1,000 troops took part.", "１０００人の部隊が参加した。"),
            CheckExample("The budget reached 1.2 million dollars.", "予算は120万ドルに達した。"),
            CheckExample("Thirteen members voted for it.", "13カ国が賛成した。"),
            CheckExample("The missile flew about 200 nautical miles.", "ミサイルは約200カイリ（約370キロ）飛行した。"),
            CheckExample("The yen weakened to 150 against the dollar.", "円相場は1ドル＝150円まで下落した。"),
            CheckExample("North Korea fired a ballistic missile.", "北朝鮮が弾道ミサイル1発を発射した。"),
            CheckExample("Support rose to 30 percent.", "支持率は3割に上昇した。"),
            CheckExample("The 15-nation council met within 10 working days.", "十五理事国は十営業日以内に会合を開いた。"),
            CheckExample("It fired two missiles, including one believed to be new.", "新型とみられる1発を含むミサイル2発を発射した。"),
            CheckExample("It fired two missiles, including one believed to be new.", "新型を含むミサイル2発を発射した。"),
            CheckExample("The talks resumed on the 9th.", "協議は9日に再開した。"),
            CheckExample("A 7.5 magnitude quake hit.", "マグニチュード7.5の地震が起きた。"),
            CheckExample("National Route 41 was closed.", "国道41号が閉鎖された。"),
            CheckExample("Returns must be made within 30 days.", "返品は30日以内に行う必要がある。"),
            CheckExample("It takes about 30 minutes on foot.", "徒歩で約三十分かかる。"),
            CheckExample("A 30-year-old man was arrested.", "三十歳の男が逮捕された。"),
            CheckExample("The war lasted 1937-1945.", "戦争は1937年から1945年まで続いた。"),
            CheckExample("It was built between 1937 and 1945.", "1937～1945年に建てられた。"),
        ])

    public static let analysisParts: SegmentAnalysis.Parts = [.numbers]

    public init() {}

    public func check(_ segment: QASegment, context: CheckContext) -> [Finding] {
        let comparison = context.analysis(of: segment).numbers
        return comparison.amountMismatches.map { miss in
            let expected = JapaneseRendering.value(miss.source.value)
            if let wrong = miss.target {
                return finding(segment, "\"\(miss.source.text)\" is rendered as \"\(wrong.text)\", a different number",
                               source: TextRange(miss.source.range), target: TextRange(wrong.range), suggestion: expected)
            }
            return finding(segment, "\"\(miss.source.text)\" has no counterpart in the translation",
                           source: TextRange(miss.source.range), suggestion: expected)
        }
    }
}
