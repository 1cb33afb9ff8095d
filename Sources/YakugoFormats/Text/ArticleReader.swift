import YakugoCore

/// Reads an article from a file: plain text or a saved HTML page, chosen by extension and,
/// for other names, by sniffing the first bytes.
public enum ArticleReader {
    public enum Kind: String, Sendable { case text, html }

    public static func kind(ofPath path: String, bytes: [UInt8]) -> Kind {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") { return .text }
        return HTMLReader.looksLikeHTML(bytes) ? .html : .text
    }

    /// Reads and decodes a file; with `lines`, each line of a text file is one unit.
    public static func read(path: String, lines: Bool = false) throws(FormatError) -> SourceText {
        let bytes = try FileIO.readBytes(path)
        let source = path == "-" ? "<stdin>" : path
        switch kind(ofPath: path, bytes: bytes) {
        case .html: return try HTMLReader.read(bytes, source: source)
        case .text: return lines ? try PlainTextReader.readLines(bytes, source: source) : try PlainTextReader.read(bytes, source: source)
        }
    }
}
