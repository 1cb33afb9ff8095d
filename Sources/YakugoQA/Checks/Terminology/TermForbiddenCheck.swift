import YakugoCore

/// The target uses a Japanese form the glossary forbids for a concept the source names.
///
/// Reported only when the source mentions the concept, because a form forbidden for one
/// concept can be right for another (国防省 is wrong for Japan's Defense Ministry but right
/// inside 中国国防省); a forbidden form inside an allowed form of any concept is not reported,
/// nor one beside as many approved renderings as the source has mentions of the concept.
public struct TermForbiddenCheck: Check {
    public static let description = CheckDescription(
        id: "term-forbidden",
        title: "Forbidden Japanese form used instead of the approved one",
        category: .terminology,
        defaultSeverity: .error,
        rationale: """
            Glossaries record forms that must not be used: outdated names (防衛庁 for the ministry \
            since 2007, キエフ for Kyiv since 2022) and offensive ones. The finding names the \
            approved replacement. An old form beside as many approved renderings as the source \
            has mentions of the concept translates something else the source names (the Defense \
            Agency, the ministry's name before 2007), and is not reported.
            """,
        triggeringExamples: [
            CheckExample("The Defense Ministry said the missile fell outside the EEZ.",
                         "1️⃣防衛庁は、ミサイルがEEZ外に落下したと発表した。", glossary: [TermMissingCheck.ministry]),
            CheckExample("Russian forces shelled Kiev again.", "ロシア軍が再び1️⃣キエフを砲撃した。",
                         glossary: [TermForbiddenCheck.kyiv]),
        ],
        nonTriggeringExamples: [
            CheckExample("Russian forces shelled Kiev again.", "ロシア軍が再びキーウを砲撃した。",
                         glossary: [TermForbiddenCheck.kyiv]),
            CheckExample("China's Defense Ministry protested.", "中国国防省が抗議した。",
                         glossary: [TermMissingCheck.ministry,
                                    Concept(english: "China's Defense Ministry", japanese: "中国国防省")]),
            CheckExample("The agency was renamed in 2007.", "防衛庁は2007年に改称された。",
                         glossary: [TermMissingCheck.ministry]),
            CheckExample("The Defense Agency became the Defense Ministry in 2007.", "防衛庁は2007年に防衛省になった。",
                         glossary: [TermMissingCheck.ministry]),
        ])

    static let kyiv = Concept(terms: [
        Term("Kyiv", language: .english), Term("Kiev", language: .english, usage: .variant),
        Term("キーウ", language: .japanese), Term("キエフ", language: .japanese, status: .forbidden),
    ], category: .place)

    public static let analysisParts: SegmentAnalysis.Parts = [.sourceTerms, .targetText]

    /// How many times the target renders a concept with its allowed forms: each stretch of text
    /// once (インド太平洋軍 inside 米インド太平洋軍 is one rendering), and a long form with its
    /// short form in brackets right after it (統合幕僚監部（統幕）) one too.
    static func renderings(_ keys: [[Unicode.Scalar]], in target: JapaneseMatchText) -> Int {
        let ranges = keys.flatMap { target.occurrences(of: $0) }
            .sorted { $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.count > $1.count }
        var count = 0
        var end = -1
        for range in ranges {
            // Overlapping, or a short form in brackets right after its long form.
            if range.lowerBound <= end || end >= 0 && range.lowerBound == end + 1 && "（(".unicodeScalars.contains(target.key[end]) {
                end = max(end, range.upperBound)
                continue
            }
            count += 1
            end = range.upperBound
        }
        return count
    }

    public init() {}

    public func check(_ segment: QASegment, context: CheckContext) -> [Finding] {
        guard !context.terms.isEmpty else { return [] }
        let analysis = context.analysis(of: segment)
        let matches = analysis.sourceTerms
        guard !matches.isEmpty else { return [] }
        let target = analysis.target
        var out: [Finding] = []
        var seen: Set<Int> = []
        let mentions = Dictionary(grouping: matches, by: \.entry).mapValues(\.count)
        for match in matches where seen.insert(match.entry).inserted {
            let entry = context.terms.entries[match.entry]
            let hits = context.terms.forbiddenOccurrences(entry, in: target)
            guard !hits.isEmpty else { continue }
            // When the approved form already renders every mention of the concept, the old form
            // translates something else the source names: "The Defense Agency became the Defense
            // Ministry" ⇔ 防衛庁は防衛省になった.
            if Self.renderings(entry.allowedKeys, in: target) >= mentions[match.entry, default: 1] { continue }
            for hit in hits {
                let replacement = entry.replacement.map { "; use \($0)" } ?? ""
                out.append(finding(segment, "\"\(hit.form)\" is a forbidden form for \"\(match.text)\"\(replacement)",
                                   source: TextRange(match.range), target: target.originalRange(hit.range),
                                   suggestion: entry.replacement))
            }
        }
        return out.sorted { ($0.targetSpan?.start ?? 0) < ($1.targetSpan?.start ?? 0) }
    }
}
