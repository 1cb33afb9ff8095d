import YakugoCore
import YakugoText

/// The same source translated differently across the file, one translation used for different
/// sources, or one name written in two variants inside a target (フリーダム・エッジ and フリーダムエッジ).
///
/// Texts are compared on normalized keys (NFKC, case, white space, final punctuation), so a
/// full-width digit or a missing final 。 is not an inconsistency. Findings point at the later
/// segment and name the earlier one.
public struct InconsistentCheck: FileCheck {
    public static let description = CheckDescription(
        id: "inconsistent",
        title: "Inconsistent translation",
        category: .consistency,
        defaultSeverity: .warning,
        rationale: """
            Translation memories are reused: two translations of one sentence leave a reviewer \
            guessing which is right, and one translation for two different sentences means one \
            of them is wrong. Inside one target, a name written with and without the middle dot \
            ・ is a house-style slip.
            """,
        triggeringExamples: [
            CheckExample("The drill ended on Friday.", "1️⃣訓練は金曜日に終わった。",
                         context: [CheckExample("The drill ended on Friday.", "演習は金曜日に終了した。")]),
            CheckExample("The drill began on Thursday.", "1️⃣演習は金曜日に終了した。",
                         context: [CheckExample("The drill ended on Friday.", "演習は金曜日に終了した。")]),
            CheckExample("Freedom Edge followed an earlier Freedom Edge drill.",
                         "フリーダム・エッジは先の1️⃣フリーダムエッジ演習に続くものだ。"),
        ],
        nonTriggeringExamples: [
            CheckExample("The drill ended on Friday.", "演習は金曜日に終了した",
                         context: [CheckExample("The drill ended on Friday.", "演習は金曜日に終了した。")]),
            CheckExample("Freedom Edge followed an earlier Freedom Edge drill.",
                         "フリーダム・エッジは先のフリーダム・エッジ演習に続くものだ。"),
        ])

    public static let analysisParts: SegmentAnalysis.Parts = [.matchKeys]

    public init() {}

    public func check(file segments: [QASegment], context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        var firstBySource: [String: (segment: QASegment, target: String)] = [:]
        var firstByTarget: [String: (segment: QASegment, source: String)] = [:]
        for segment in segments {
            let analysis = context.analysis(of: segment)
            let source = Self.key(matchKey: analysis.sourceKey)
            let target = Self.key(matchKey: analysis.targetKey)
            out += variantsInside(segment)
            guard !source.isEmpty, !target.isEmpty else { continue }
            if let first = firstBySource[source] {
                if first.target != target {
                    out.append(finding(segment, "the same source is translated differently in segment \(first.segment.id): \"\(first.segment.target)\"",
                                       target: TextRange(start: 0, end: segment.target.unicodeScalars.count),
                                       suggestion: first.segment.target))
                }
            } else {
                firstBySource[source] = (segment, target)
            }
            if let first = firstByTarget[target] {
                // Only translations long enough to be specific: a short answer may serve two sources.
                if first.source != source, target.unicodeScalars.count >= 8 {
                    out.append(finding(segment, "the same translation is used for a different source in segment \(first.segment.id): \"\(first.segment.source)\"",
                                       target: TextRange(start: 0, end: segment.target.unicodeScalars.count)))
                }
            } else {
                firstByTarget[target] = (segment, source)
            }
        }
        return out
    }

    /// Katakana words written both with and without the name joiner (or a space) in one target.
    func variantsInside(_ segment: QASegment) -> [Finding] {
        let scalars = Array(segment.target.unicodeScalars)
        var firstSpelling: [String: String] = [:]
        var out: [Finding] = []
        var i = 0
        while i < scalars.count {
            guard Scalars.isKatakana(scalars[i]) else { i += 1; continue }
            var end = i + 1
            while end < scalars.count {
                if Scalars.isKatakana(scalars[end]) { end += 1; continue }
                if Japanese.nameJoiners.contains(scalars[end]) || scalars[end] == " " || scalars[end] == "\u{3000}",
                   end + 1 < scalars.count, Scalars.isKatakana(scalars[end + 1]) {
                    end += 2
                    continue
                }
                break
            }
            let written = segment.target.scalarSlice(i..<end)
            let key = String(String.UnicodeScalarView(scalars[i..<end].filter(Scalars.isKatakana)))
            if let first = firstSpelling[key] {
                if first != written {
                    out.append(finding(segment, "\"\(written)\" is also written \"\(first)\" in this translation",
                                       target: TextRange(start: i, end: end), suggestion: first))
                }
            } else {
                firstSpelling[key] = written
            }
            i = end
        }
        return out
    }

    /// Normalized comparison key: NFKC, case folded, white space collapsed (the text's match
    /// key, `TextNormalizer.matchKey(text).string`), final punctuation dropped.
    static func key(matchKey: String) -> String {
        let finals: Set<Unicode.Scalar> = [".", "\u{3002}", "!", "?", "\u{FF01}", "\u{FF1F}", " "]
        var scalars = matchKey.unicodeScalars
        while let last = scalars.last, finals.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
