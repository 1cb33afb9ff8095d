/// Text read from an input file, before sentence segmentation: the text and its paragraphs.
public struct SourceText: Hashable, Sendable {
    public var text: String
    /// Paragraph spans in `text`, trimmed of surrounding whitespace, in order.
    public var paragraphs: [TextRange]
    public var source: String?

    public init(text: String, paragraphs: [TextRange], source: String? = nil) {
        self.text = text
        self.paragraphs = paragraphs
        self.source = source
    }
}
