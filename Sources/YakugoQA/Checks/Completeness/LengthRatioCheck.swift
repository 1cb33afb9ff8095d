import YakugoCore

/// A target much shorter or longer than the file's usual target/source length ratio.
///
/// The reference is the median ratio of the file's own segments (Japanese runs at about half
/// the characters of English in news, but a file's style moves that), so a translation that
/// dropped a clause or carries a neighbour's sentence stands out. Short sources are not judged.
public struct LengthRatioCheck: FileCheck {
    public static let description = CheckDescription(
        id: "length-ratio",
        title: "Translation length is an outlier",
        category: .completeness,
        defaultSeverity: .warning,
        rationale: """
            Omitted clauses and segments shifted by one are invisible to term and number \
            checks; a length ratio far from the file's median is their cheapest symptom. The \
            factor and minimum length are options (`lengthRatioFactor`, \
            `lengthRatioMinimumSource`).
            """,
        triggeringExamples: [
            CheckExample("The Defense Ministry said the missile flew about 1,000 kilometers before falling into the sea.",
                         "1️⃣防衛省が発表した。"),
        ],
        nonTriggeringExamples: [
            CheckExample("The Defense Ministry said the missile flew about 1,000 kilometers before falling into the sea.",
                         "防衛省によると、ミサイルは約1000キロ飛行した後、海に落下した。"),
            CheckExample("Seoul", "ソウル"),
        ])

    public init() {}

    public func check(file segments: [QASegment], context: CheckContext) -> [Finding] {
        let options = context.options
        let judged = segments.compactMap { segment -> (QASegment, Double)? in
            let source = Self.length(segment.source)
            let target = Self.length(segment.target)
            guard source >= options.lengthRatioMinimumSource, target > 0 else { return nil }
            return (segment, Double(target) / Double(source))
        }
        guard !judged.isEmpty else { return [] }
        let reference: Double
        if judged.count >= options.lengthRatioMinimumSegments {
            let sorted = judged.map(\.1).sorted()
            reference = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        } else {
            reference = options.lengthRatioExpected
        }
        let factor = max(options.lengthRatioFactor, 1)
        return judged.compactMap { segment, ratio in
            guard ratio > reference * factor || ratio < reference / factor else { return nil }
            let direction = ratio < reference ? "short" : "long"
            return finding(segment, "the translation is unusually \(direction): length ratio \(Self.format(ratio)) against \(Self.format(reference)) for the file",
                           target: TextRange(start: 0, end: segment.target.unicodeScalars.count))
        }
    }

    /// Characters that carry content: white space does not count.
    static func length(_ text: String) -> Int { text.unicodeScalars.lazy.filter { !Scalars.isSpace($0) }.count }

    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
