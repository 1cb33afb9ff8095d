/// A text in one language split into paragraphs and sentences.
///
/// `text` is the decoded input (a byte-order mark removed, line endings kept) or, for HTML
/// input, the extracted headline and paragraphs joined by blank lines; every range points into it.
public struct Document: Hashable, Sendable {
    public var language: Language
    public var text: String
    /// Paragraph spans in `text`, trimmed of surrounding whitespace, in order.
    public var paragraphs: [TextRange]
    public var sentences: [Sentence]
    /// Where the document came from (a path or a name), for messages and exports.
    public var source: String?

    public init(language: Language, text: String, paragraphs: [TextRange], sentences: [Sentence] = [], source: String? = nil) {
        self.language = language
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.source = source
    }
}

/// An English article and its Japanese counterpart.
public struct DocumentPair: Hashable, Sendable {
    public var english: Document
    public var japanese: Document
    /// A short name for the pair (the file stem), used as document id in exports.
    public var name: String

    public init(english: Document, japanese: Document, name: String) {
        self.english = english
        self.japanese = japanese
        self.name = name
    }
}
