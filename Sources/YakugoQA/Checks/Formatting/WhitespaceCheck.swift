import YakugoCore

/// White space the source does not justify: leading or trailing space, doubled spaces, and a
/// space next to Japanese punctuation (述べた 。, 「 対応).
///
/// A single space between words is left alone: around Latin words and numbers (日本の EEZ) it is
/// usual, and Japanese headlines separate phrases with one (合意 キャンプ・デービッドで…).
public struct WhitespaceCheck: Check {
    public static let description = CheckDescription(
        id: "whitespace",
        title: "Unexpected white space",
        category: .formatting,
        defaultSeverity: .warning,
        rationale: """
            Japanese is written without word spaces; a space between kana or kanji is a \
            leftover of word-by-word translation or of a line break. Leading and trailing \
            white space that the source lacks breaks concatenation in layouts and subtitles.
            """,
        triggeringExamples: [
            CheckExample("The Defense Ministry said so.", "防衛省がそう述べた1️⃣ 。"),
            CheckExample("The missile fell into the sea.", "ミサイルは海に落下した。1️⃣ "),
            CheckExample("The missile fell into the sea.", "ミサイルは1️⃣  海に落下した。"),
        ],
        nonTriggeringExamples: [
            CheckExample("It fell inside Japan's EEZ.", "日本の EEZ 内に落下した。"),
            CheckExample(" Leading space kept. ", " 先頭の空白を保つ。 "),
            CheckExample("Kishida to visit U.S.", "岸田首相\u{3000}訪米へ"),
            CheckExample("Leaders agree at Camp David", "首脳が合意 キャンプ・デービッドで会談"),
        ])

    /// Marks a space must not precede (。、」）) or follow (「（、。).
    static let closingMarks: Set<Unicode.Scalar> = ["\u{3002}", "\u{3001}", "\u{300D}", "\u{300F}", "\u{FF09}"]
    static let openingMarks: Set<Unicode.Scalar> = ["\u{300C}", "\u{300E}", "\u{FF08}", "\u{3001}", "\u{3002}"]

    public init() {}

    public func check(_ segment: QASegment, context: CheckContext) -> [Finding] {
        let scalars = Array(segment.target.unicodeScalars)
        let source = Array(segment.source.unicodeScalars)
        guard !scalars.isEmpty, !scalars.allSatisfy(Scalars.isSpace) else { return [] }
        var out: [Finding] = []
        var leading = 0
        while leading < scalars.count, Scalars.isSpace(scalars[leading]) { leading += 1 }
        // A leading ideographic space is the Japanese paragraph indent (字下げ).
        let indent = scalars[0..<leading].allSatisfy { $0 == "\u{3000}" }
        if leading > 0, !indent, !(source.first.map(Scalars.isSpace) ?? false) {
            out.append(finding(segment, "leading white space", target: TextRange(start: 0, end: leading), suggestion: ""))
        }
        var trailing = scalars.count
        while trailing > leading, Scalars.isSpace(scalars[trailing - 1]) { trailing -= 1 }
        if trailing < scalars.count, !(source.last.map(Scalars.isSpace) ?? false) {
            out.append(finding(segment, "trailing white space", target: TextRange(start: trailing, end: scalars.count), suggestion: ""))
        }
        var i = leading
        while i < trailing {
            guard scalars[i] == " " || scalars[i] == "\t" else { i += 1; continue }
            var end = i + 1
            while end < trailing, scalars[end] == " " || scalars[end] == "\t" { end += 1 }
            if end - i >= 2, !segment.source.contains("  ") {
                out.append(finding(segment, "\(end - i) spaces in a row", target: TextRange(start: i, end: end), suggestion: " "))
            } else if end < scalars.count && Self.closingMarks.contains(scalars[end]) || i > 0 && Self.openingMarks.contains(scalars[i - 1]) {
                out.append(finding(segment, "space next to Japanese punctuation", target: TextRange(start: i, end: end), suggestion: ""))
            }
            i = end
        }
        return out
    }
}
