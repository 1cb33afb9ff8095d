import YakugoCore

/// A translation check: a description plus a function from one segment to findings.
///
/// Checks are stateless values; everything they need beyond the segment (glossary index,
/// options) comes in the `CheckContext`.
public protocol Check: Sendable {
    /// The check's documentation and examples; `description.id` is its stable id.
    static var description: CheckDescription { get }
    /// The parts of the shared `SegmentAnalysis` the check reads, for the validator to compute
    /// once per segment; empty by default.
    static var analysisParts: SegmentAnalysis.Parts { get }
    init()
    /// The findings for one segment, with the check's default severity (the validator applies
    /// overrides). Empty when the segment passes.
    func check(_ segment: QASegment, context: CheckContext) -> [Finding]
}

/// A check that needs every segment of the file at once (`inconsistent`, `length-ratio`).
public protocol FileCheck: Check {
    /// The findings for a whole file, in any order.
    func check(file segments: [QASegment], context: CheckContext) -> [Finding]
}

extension FileCheck {
    /// A file check sees nothing wrong in one segment alone.
    public func check(_ segment: QASegment, context: CheckContext) -> [Finding] { [] }
}

extension Check {
    public static var analysisParts: SegmentAnalysis.Parts { [] }

    /// The check's id, for finding construction.
    public var id: String { Self.description.id }

    /// A finding of this check with its default severity.
    func finding(_ segment: QASegment, _ message: String, source: TextRange? = nil, target: TextRange? = nil,
                 suggestion: String? = nil) -> Finding {
        Finding(segment: segment.id, check: Self.description.id, severity: Self.description.defaultSeverity,
                message: message, sourceSpan: source, targetSpan: target, suggestion: suggestion)
    }
}

/// What every check may consult besides the segment: the glossary, indexed once, options, and
/// the shared analyses of the segments the validator is checking.
public struct CheckContext: Sendable {
    public let glossary: Glossary
    public let terms: GlossaryIndex
    public let options: QAOptions
    /// Set by the validator: the current segment's analysis for segment checks, every segment's
    /// (with only the parts file checks read) for file checks, found by segment id.
    var analyses: [SegmentAnalysis] = []
    var analysisIndex: [String: Int] = [:]

    public init(glossary: Glossary = Glossary(), options: QAOptions = QAOptions()) {
        self.glossary = glossary
        self.terms = GlossaryIndex(glossary)
        self.options = options
    }

    /// The shared analysis of `segment`: the validator's, or one that computes parts as read.
    func analysis(of segment: QASegment) -> SegmentAnalysis {
        // A segment check's context holds its segment's analysis alone, a file check's every one.
        if analyses.count == 1, analyses[0].segment == segment { return analyses[0] }
        if let k = analysisIndex[segment.id], analyses[k].segment == segment { return analyses[k] }
        return SegmentAnalysis(segment, terms: terms, parts: [])
    }
}

/// Style options of the checks (the config file's `options:`), with news-style defaults.
public struct QAOptions: Hashable, Sendable, Codable {
    /// `length-ratio`: a segment is an outlier when its target/source length ratio is more than
    /// this factor above or below the file's median ratio.
    public var lengthRatioFactor: Double
    /// `length-ratio`: sources shorter than this (in characters) are not judged: short lines
    /// (headlines, datelines) vary too much.
    public var lengthRatioMinimumSource: Int
    /// `length-ratio`: with fewer judged segments than this the file's median is not trusted and
    /// `lengthRatioExpected` is used instead.
    public var lengthRatioMinimumSegments: Int
    /// `length-ratio`: the Japanese/English character ratio of news translation (about 0.5).
    public var lengthRatioExpected: Double
    /// `untranslated`: Latin words the target may keep (brand names, house style), compared
    /// case-insensitively, on top of acronyms and the glossary's Latin forms.
    public var allowedLatinWords: [String]
    /// `punctuation`: whether ASCII or full-width parentheses may pair with each other.
    public var allowMixedParentheses: Bool

    public init(lengthRatioFactor: Double = 2.5, lengthRatioMinimumSource: Int = 30, lengthRatioMinimumSegments: Int = 8,
                lengthRatioExpected: Double = 0.5, allowedLatinWords: [String] = [], allowMixedParentheses: Bool = false) {
        self.lengthRatioFactor = lengthRatioFactor
        self.lengthRatioMinimumSource = lengthRatioMinimumSource
        self.lengthRatioMinimumSegments = lengthRatioMinimumSegments
        self.lengthRatioExpected = lengthRatioExpected
        self.allowedLatinWords = allowedLatinWords
        self.allowMixedParentheses = allowMixedParentheses
    }
}
