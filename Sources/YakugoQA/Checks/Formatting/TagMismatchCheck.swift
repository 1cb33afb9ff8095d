import YakugoCore

/// Inline codes (TMX/XLIFF tags) of the source missing from the target, added to it, or
/// closed before they open.
///
/// Codes are compared by placeholder (`{1}`, `{/1}`, `{2/}`): each must occur as often in the
/// target as in the source. Their order may change, since Japanese reorders phrases, but a
/// pair must still open before it closes.
public struct TagMismatchCheck: Check {
    public static let description = CheckDescription(
        id: "tag-mismatch",
        title: "Inline codes differ between source and translation",
        category: .formatting,
        defaultSeverity: .error,
        rationale: """
            Inline codes carry bold text, links and line breaks of the original document; a \
            code lost or duplicated in translation breaks the document rebuilt from the \
            translation memory. Reordering is allowed, because Japanese word order differs.
            """,
        triggeringExamples: [
            CheckExample("The {1}1️⃣Defense Ministry{/1} said so.", "防衛省がそう述べた。"),
            CheckExample("The Defense Ministry said so.", "防衛省が{1/}1️⃣そう述べた。"),
            CheckExample("The {1}Defense Ministry{/1} said so.", "{/1}1️⃣防衛省{1}がそう述べた。"),
        ],
        nonTriggeringExamples: [
            CheckExample("The {1}Defense Ministry{/1} said so.", "{1}防衛省{/1}がそう述べた。"),
            CheckExample("{1}Kishida{/1} met {2}Biden{/2}.", "{2}バイデン{/2}氏と{1}岸田{/1}首相が会談した。"),
        ])

    public init() {}

    public func check(_ segment: QASegment, context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        var sourceCount: [String: Int] = [:]
        var targetCount: [String: Int] = [:]
        for tag in segment.sourceTags { sourceCount[tag.placeholder, default: 0] += 1 }
        for tag in segment.targetTags { targetCount[tag.placeholder, default: 0] += 1 }
        for tag in segment.sourceTags where (targetCount[tag.placeholder] ?? 0) < (sourceCount[tag.placeholder] ?? 0) {
            out.append(finding(segment, "inline code \(tag.placeholder) is missing from the translation",
                               source: TextRange(start: tag.offset, end: tag.offset), suggestion: tag.placeholder))
            targetCount[tag.placeholder, default: 0] += 1
        }
        var seenExtra: [String: Int] = [:]
        for tag in segment.targetTags {
            seenExtra[tag.placeholder, default: 0] += 1
            if seenExtra[tag.placeholder]! > (sourceCount[tag.placeholder] ?? 0) {
                out.append(finding(segment, "inline code \(tag.placeholder) is not in the source",
                                   target: TextRange(start: tag.offset, end: tag.offset)))
            }
        }
        var open: [String: Int] = [:]
        for tag in segment.targetTags {
            switch tag.role {
            case .opening: open[tag.name, default: 0] += 1
            case .closing:
                if (open[tag.name] ?? 0) == 0, segment.sourceTags.contains(where: { $0.role == .opening && $0.name == tag.name }) {
                    out.append(finding(segment, "inline code \(tag.placeholder) closes before it opens",
                                       target: TextRange(start: tag.offset, end: tag.offset)))
                } else if (open[tag.name] ?? 0) > 0 {
                    open[tag.name]! -= 1
                }
            case .standalone: break
            }
        }
        return out
    }
}
