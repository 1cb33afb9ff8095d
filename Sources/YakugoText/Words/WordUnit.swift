import YakugoCore

/// A word-level unit of a text: an English word (compounds kept whole) or a Japanese
/// dictionary token or rebuilt run, with its script class and place in the text.
public struct WordUnit: Hashable, Sendable, Codable {
    public var text: String
    public var range: TextRange
    public var script: ScriptClass

    public init(text: String, range: TextRange, script: ScriptClass) {
        self.text = text
        self.range = range
        self.script = script
    }

    /// Whether the unit is a word (letters or digits), not punctuation or a symbol.
    public var isWord: Bool { script != .punctuation && script != .symbol && script != .space }
}
