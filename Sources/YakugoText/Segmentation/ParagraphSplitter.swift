import YakugoCore

/// Splits a plain text into paragraphs.
///
/// A paragraph ends at a blank line (only whitespace between two line breaks) or at U+2029.
/// When a text has no blank line between its lines and at least half of them end a sentence,
/// each line is a paragraph: such files (one paragraph or segment per line) are common exports,
/// and joining their lines would glue headlines to the first sentence. When most lines stop
/// mid-sentence, the text is one hard-wrapped paragraph. Line breaks are LF, CRLF, CR, NEL and U+2028.
public enum ParagraphSplitter {
    public static func paragraphs(in text: ScalarText) -> [TextRange] {
        let scalars = text.scalars
        // Lines as (start, end) without their terminators.
        var lines: [(start: Int, end: Int)] = []
        var hardBreakAfterLine: Set<Int> = []
        var lineStart = 0
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "\r" || s == "\n" || s == "\u{85}" || s == "\u{2028}" || s == "\u{2029}" {
                lines.append((lineStart, i))
                if s == "\u{2029}" { hardBreakAfterLine.insert(lines.count - 1) }
                if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                lineStart = i + 1
            }
            i += 1
        }
        lines.append((lineStart, scalars.count))

        func isBlank(_ line: (start: Int, end: Int)) -> Bool {
            scalars[line.start..<line.end].allSatisfy { $0.properties.isWhitespace }
        }
        // Only a blank line between two lines of text separates paragraphs: the empty "line"
        // after a file's final line break, or blank lines around the text, say nothing about
        // how the file marks its paragraphs.
        let firstContent = lines.firstIndex { !isBlank($0) }
        let lastContent = lines.lastIndex { !isBlank($0) }
        let hasBlankLine = firstContent.map { first in lines[first...lastContent!].contains(where: isBlank) } ?? false
        let contentLines = lines.filter { !isBlank($0) }
        // Without blank lines, a file is one paragraph or segment per line (an export: most of
        // its lines end a sentence) or one hard-wrapped paragraph (most lines stop mid-sentence).
        let endingSentence = contentLines.filter { line in
            guard let last = scalars[line.start..<line.end].last(where: { !$0.properties.isWhitespace }) else { return false }
            return Self.sentenceEnds.contains(last)
        }.count
        let linePerParagraph = !hasBlankLine && contentLines.count > 1 && 2 * endingSentence >= contentLines.count

        var paragraphs: [TextRange] = []
        var current: (start: Int, end: Int)? = nil
        func flush() {
            if let c = current, let trimmed = trim(TextRange(start: c.start, end: c.end), in: scalars) {
                paragraphs.append(trimmed)
            }
            current = nil
        }
        for (index, line) in lines.enumerated() {
            if isBlank(line) {
                flush()
                continue
            }
            if current == nil { current = line } else { current!.end = line.end }
            if linePerParagraph || hardBreakAfterLine.contains(index) { flush() }
        }
        flush()
        return paragraphs
    }

    /// Characters that end a line which ends a sentence (closing quotes and brackets included).
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "。", "！", "？", "」", "』", "”", "\"", "’", ")", "）", "…", ":", "："]

    /// The span without leading and trailing whitespace; nil when nothing is left.
    public static func trim(_ range: TextRange, in scalars: [Unicode.Scalar]) -> TextRange? {
        var start = range.start
        var end = range.end
        while start < end, scalars[start].properties.isWhitespace || scalars[start] == "\u{FEFF}" { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return start < end ? TextRange(start: start, end: end) : nil
    }
}
