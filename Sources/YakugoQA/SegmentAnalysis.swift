import YakugoCore
import YakugoText

/// What several checks read from one segment, worked out once per segment by the validator and
/// passed in the `CheckContext`.
///
/// Recognizing numbers, folding texts (NFKC via ICU) and matching the glossary are the costly
/// steps of validation, and several checks need the same result: `number-`, `date-` and
/// `unit-mismatch` one pairing of numbers; `term-missing`, `term-forbidden` and `name-mismatch`
/// one glossary match of the source and one folded target; `untranslated` and `inconsistent`
/// the match keys of both sides. The validator computes the parts its enabled checks declare
/// (`Check.analysisParts`); a part not computed is worked out when read, so a check is right
/// whatever it declares, only slower.
public struct SegmentAnalysis: Sendable {
    /// The parts of an analysis a check reads.
    public struct Parts: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Numbers, dates and times of both sides put in correspondence (`NumericComparison`).
        public static let numbers = Parts(rawValue: 1 << 0)
        /// The words of the source, as `EnglishTokenizer` splits them.
        public static let sourceWords = Parts(rawValue: 1 << 1)
        /// The glossary terms of the source (and its words).
        public static let sourceTerms = Parts(rawValue: 1 << 2)
        /// The target folded for substring search (`JapaneseMatchText`).
        public static let targetText = Parts(rawValue: 1 << 3)
        /// The match keys of both sides (`TextNormalizer.matchKey`).
        public static let matchKeys = Parts(rawValue: 1 << 4)
    }

    /// The segment analysed: an analysis answers for this segment only.
    public let segment: QASegment
    private let terms: GlossaryIndex
    private let storedNumbers: NumericComparison?
    private let storedSourceWords: GlossaryIndex.SourceWords?
    private let storedSourceTerms: [GlossaryIndex.SourceMatch]?
    private let storedTarget: JapaneseMatchText?
    private let storedKeys: MatchKeys?

    /// The match keys of both sides as strings.
    struct MatchKeys: Sendable {
        let source: String
        let target: String
    }

    /// Computes `parts` now; the others are computed when read.
    init(_ segment: QASegment, terms: GlossaryIndex, parts: Parts) {
        self.segment = segment
        self.terms = terms
        storedNumbers = parts.contains(.numbers) ? NumericComparison(source: segment.source, target: segment.target) : nil
        let words = parts.isDisjoint(with: [.sourceWords, .sourceTerms]) ? nil : GlossaryIndex.SourceWords(segment.source)
        storedSourceWords = words
        storedSourceTerms = parts.contains(.sourceTerms) ? words.map(terms.matches(in:)) : nil
        // The target's match key serves both the folded target and the key: fold it once.
        let targetKey = parts.isDisjoint(with: [.targetText, .matchKeys]) ? nil : TextNormalizer.matchKey(segment.target)
        storedTarget = parts.contains(.targetText) ? targetKey.map { JapaneseMatchText(segment.target, matchKey: $0) } : nil
        storedKeys = parts.contains(.matchKeys)
            ? MatchKeys(source: TextNormalizer.matchKey(segment.source).string, target: targetKey!.string) : nil
    }

    private init(copying other: SegmentAnalysis, keeping parts: Parts) {
        segment = other.segment
        terms = other.terms
        storedNumbers = parts.contains(.numbers) ? other.storedNumbers : nil
        storedSourceWords = parts.isDisjoint(with: [.sourceWords, .sourceTerms]) ? nil : other.storedSourceWords
        storedSourceTerms = parts.contains(.sourceTerms) ? other.storedSourceTerms : nil
        storedTarget = parts.contains(.targetText) ? other.storedTarget : nil
        storedKeys = parts.contains(.matchKeys) ? other.storedKeys : nil
    }

    /// The same analysis with only `parts` kept: what the validator holds on to for file checks.
    func keeping(_ parts: Parts) -> SegmentAnalysis {
        SegmentAnalysis(copying: self, keeping: parts)
    }

    var numbers: NumericComparison {
        storedNumbers ?? NumericComparison(source: segment.source, target: segment.target)
    }

    var sourceWords: GlossaryIndex.SourceWords {
        storedSourceWords ?? GlossaryIndex.SourceWords(segment.source)
    }

    /// Glossary forms of the source, as `GlossaryIndex.matches(inSource:)` gives them.
    var sourceTerms: [GlossaryIndex.SourceMatch] {
        storedSourceTerms ?? terms.matches(in: sourceWords)
    }

    var target: JapaneseMatchText {
        storedTarget ?? JapaneseMatchText(segment.target)
    }

    /// `TextNormalizer.matchKey(segment.source).string`.
    var sourceKey: String {
        storedKeys?.source ?? TextNormalizer.matchKey(segment.source).string
    }

    /// `TextNormalizer.matchKey(segment.target).string`.
    var targetKey: String {
        storedKeys?.target ?? TextNormalizer.matchKey(segment.target).string
    }
}
