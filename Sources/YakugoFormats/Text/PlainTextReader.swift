import YakugoCore
import YakugoText

/// Reads a plain-text article: UTF-8 (BOM and CRLF allowed), paragraphs separated by blank lines.
public enum PlainTextReader {
    public static func read(_ bytes: [UInt8], source: String) throws(FormatError) -> SourceText {
        let text = try TextDecoder.decode(bytes, source: source)
        let paragraphs = ParagraphSplitter.paragraphs(in: ScalarText(text))
        guard !paragraphs.isEmpty else { throw .emptyInput(source: source) }
        return SourceText(text: text, paragraphs: paragraphs, source: source)
    }

    /// Pre-segmented input: each non-blank line is one unit, whatever its punctuation.
    public static func readLines(_ bytes: [UInt8], source: String) throws(FormatError) -> SourceText {
        let text = try TextDecoder.decode(bytes, source: source)
        let scalars = Array(text.unicodeScalars)
        var lines: [TextRange] = []
        var start = 0
        for (i, s) in scalars.enumerated() where s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" || s == "\u{85}" {
            if let line = ParagraphSplitter.trim(TextRange(start: start, end: i), in: scalars) { lines.append(line) }
            start = i + 1
        }
        if let line = ParagraphSplitter.trim(TextRange(start: start, end: scalars.count), in: scalars) { lines.append(line) }
        guard !lines.isEmpty else { throw .emptyInput(source: source) }
        return SourceText(text: text, paragraphs: lines, source: source)
    }
}
