/// One sentence (or headline, caption, list item) of a document, with its place in the text.
public struct Sentence: Hashable, Sendable, Codable {
    /// The sentence exactly as it stands in the document, without surrounding whitespace.
    public var text: String
    /// Where the sentence stands in the document text, in Unicode scalars.
    public var range: TextRange
    /// The 0-based paragraph the sentence belongs to.
    public var paragraph: Int

    public init(text: String, range: TextRange, paragraph: Int) {
        self.text = text
        self.range = range
        self.paragraph = paragraph
    }
}
