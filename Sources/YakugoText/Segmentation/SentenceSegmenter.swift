import YakugoCore

/// Splits a text into paragraphs and sentences in English or Japanese.
///
/// Paragraph ends are always sentence ends: headlines, captions and list items without final
/// punctuation stay units of their own.
public struct SentenceSegmenter: Sendable {
    public var language: Language
    /// Which rules split a paragraph. `.icuOnly` is ICU's sentence iterator alone, kept as the
    /// baseline that evaluations compare against.
    public var rules: Rules

    /// How paragraphs are split into sentences.
    public enum Rules: String, Sendable, CaseIterable {
        case yakugo
        case icuOnly = "icu"
    }

    public init(language: Language, rules: Rules = .yakugo) {
        self.language = language
        self.rules = rules
    }

    /// Segments text whose paragraphs are already known (from an HTML page or a reader).
    public func segment(_ source: SourceText) -> Document {
        let text = ScalarText(source.text)
        var sentences: [Sentence] = []
        for (index, paragraph) in source.paragraphs.enumerated() {
            for range in split(text.scalars, paragraph: paragraph) {
                sentences.append(Sentence(text: text[range], range: range, paragraph: index))
            }
        }
        return Document(language: language, text: source.text, paragraphs: source.paragraphs, sentences: sentences, source: source.source)
    }

    /// Segments a plain text, finding its paragraphs first.
    public func segment(text: String, source: String? = nil) -> Document {
        let paragraphs = ParagraphSplitter.paragraphs(in: ScalarText(text))
        return segment(SourceText(text: text, paragraphs: paragraphs, source: source))
    }

    /// Treats each unit of the source (a line of pre-segmented input) as exactly one sentence.
    /// Paragraphs are what sentence-per-line files mark them with: a blank line between two
    /// units starts a new one, so a file without blank lines is one paragraph.
    public func unsegmented(_ source: SourceText) -> Document {
        let text = ScalarText(source.text)
        var paragraph = 0
        var sentences: [Sentence] = []
        sentences.reserveCapacity(source.paragraphs.count)
        for (index, range) in source.paragraphs.enumerated() {
            if index > 0 {
                let gap = max(0, min(source.paragraphs[index - 1].end, text.count))..<max(0, min(range.start, text.count))
                if text.scalars[gap].lazy.filter({ $0 == "\n" }).count >= 2 { paragraph += 1 }
            }
            sentences.append(Sentence(text: text[range], range: range, paragraph: paragraph))
        }
        return Document(language: language, text: source.text, paragraphs: source.paragraphs, sentences: sentences, source: source.source)
    }

    func split(_ scalars: [Unicode.Scalar], paragraph: TextRange) -> [TextRange] {
        if rules == .icuOnly { return icuSplit(scalars, paragraph: paragraph) }
        switch language {
        case .english: return EnglishSentenceSplitter().split(scalars, paragraph: paragraph)
        case .japanese: return JapaneseSentenceSplitter().split(scalars, paragraph: paragraph)
        }
    }

    private func icuSplit(_ scalars: [Unicode.Scalar], paragraph: TextRange) -> [TextRange] {
        let locale = language == .english ? "en_US" : "ja"
        let result = ICUBreakIterator.sentencePieces(scalars, paragraph: paragraph, locale: locale)
        return result.isEmpty ? [paragraph] : result
    }
}
