import YakugoCore

/// One problem a check found in one segment: a plain value, never a thrown error.
public struct Finding: Hashable, Sendable {
    /// The segment's id (`QASegment.id`).
    public var segment: String
    /// The check's kebab-case id (`number-mismatch`).
    public var check: String
    public var severity: Severity
    /// One sentence a reviewer can act on.
    public var message: String
    /// The offending span of the English source, in Unicode-scalar offsets; nil when none.
    public var sourceSpan: TextRange?
    /// The offending span of the Japanese target, in Unicode-scalar offsets; nil when none
    /// (a term that is missing has no place in the target).
    public var targetSpan: TextRange?
    /// What to write instead, when the check knows (the glossary's approved form, `10月4日`).
    public var suggestion: String?

    public init(segment: String, check: String, severity: Severity, message: String,
                sourceSpan: TextRange? = nil, targetSpan: TextRange? = nil, suggestion: String? = nil) {
        self.segment = segment
        self.check = check
        self.severity = severity
        self.message = message
        self.sourceSpan = sourceSpan
        self.targetSpan = targetSpan
        self.suggestion = suggestion
    }
}
