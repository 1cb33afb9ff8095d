import YakugoCore

/// The target is empty or white space only (the ideographic space U+3000 included).
public struct EmptyTargetCheck: Check {
    public static let description = CheckDescription(
        id: "empty-target",
        title: "Translation is empty",
        category: .completeness,
        defaultSeverity: .error,
        rationale: """
            A segment left empty is a missing translation. White space alone counts as empty, \
            including the full-width space of Japanese input methods. When this check fires the \
            other content checks stay silent for the segment (see the precondition table).
            """,
        triggeringExamples: [
            CheckExample("1️⃣The missile fell into the sea.", ""),
            CheckExample("1️⃣The missile fell into the sea.", "\u{3000} "),
        ],
        nonTriggeringExamples: [
            CheckExample("The missile fell into the sea.", "ミサイルは海に落下した。"),
            CheckExample("", ""),
        ])

    public init() {}

    public func check(_ segment: QASegment, context: CheckContext) -> [Finding] {
        guard Self.isBlank(segment.target), !Self.isBlank(segment.source) else { return [] }
        return [finding(segment, "the translation is empty",
                        source: TextRange(start: 0, end: segment.source.unicodeScalars.count))]
    }

    static func isBlank(_ text: String) -> Bool { text.unicodeScalars.allSatisfy(Scalars.isSpace) }
}
