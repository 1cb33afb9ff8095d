import YakugoCore
import YakugoText

/// The same number carries a different unit in the target (25 minutes → 25時間).
///
/// Units are compared after recognition: minutes/分, hours/時間, days/日間, km/kilometers/キロ,
/// meters/メートル, miles/マイル, nautical miles/カイリ/海里, tons/トン, yen/円, dollars/ドル,
/// percent/%/パーセント, percentage points/ポイント/％ポイント (percent and points differ: 16.5
/// percent is not 16.5ポイント). A converted measure is not a mismatch (200 nautical miles = 約370キロ),
/// and counters (人, 機, 隻, 発) are not units: "1,000 troops" may be 千人 or 千の部隊.
public struct UnitMismatchCheck: Check {
    public static let description = CheckDescription(
        id: "unit-mismatch",
        title: "Unit differs between source and translation",
        category: .numbers,
        defaultSeverity: .error,
        rationale: """
            Nautical miles turned into kilometers, dollars into yen or minutes into hours keep \
            the figure and change the fact; a number check that compares values alone misses \
            them. A rise of 16.5 percent is not a rise of 16.5 percentage points (16.5ポイント), \
            so percent and points are told apart. Conversions that keep the quantity pass.
            """,
        triggeringExamples: [
            CheckExample("The missile flew for 25 minutes.", "ミサイルは1️⃣25時間飛行した。"),
            CheckExample("It landed 200 nautical miles off the coast.", "沿岸から1️⃣200キロの地点に落下した。"),
            CheckExample("Japan pledged $1.5 billion.", "日本は1️⃣15億円を拠出すると表明した。"),
            CheckExample("Spending rose 16.5 percent.", "支出は1️⃣16.5ポイント増えた。"),
        ],
        nonTriggeringExamples: [
            CheckExample("The missile flew for about 25 minutes.", "ミサイルは約25分間飛行した。"),
            CheckExample("It landed 200 nautical miles off the coast.", "沿岸から200カイリの地点に落下した。"),
            CheckExample("It landed 200 nautical miles off the coast.", "沿岸から約370キロの地点に落下した。"),
            CheckExample("Japan pledged $1.5 billion.", "日本は15億ドルを拠出すると表明した。"),
            CheckExample("Inflation rose 3 percentage points to 5%.", "インフレ率は3ポイント上昇し5％となった。"),
            CheckExample("Support fell 2.5 percentage points.", "支持率は2.5％ポイント低下した。"),
        ])

    public static let analysisParts: SegmentAnalysis.Parts = [.numbers]

    public init() {}

    public func check(_ segment: QASegment, context: CheckContext) -> [Finding] {
        let comparison = context.analysis(of: segment).numbers
        return comparison.unitConflicts.map { conflict in
            finding(segment, "\"\(conflict.source.text)\" is rendered as \"\(conflict.target.text)\", a different unit",
                    source: TextRange(conflict.source.range), target: TextRange(conflict.target.range),
                    suggestion: JapaneseRendering.value(conflict.source.value))
        }
    }
}
