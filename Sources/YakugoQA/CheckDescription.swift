import YakugoCore

/// The area of translation quality a check covers; Docs/CHECKS.md groups checks by it.
public enum CheckCategory: String, Sendable, Hashable, CaseIterable, Codable {
    case terminology, numbers, names, completeness, punctuation, consistency, formatting
}

/// What a check is and how it behaves, as documentation and as the specification its own test
/// runs: every triggering example must fire at its marker, no non-triggering example may fire.
public struct CheckDescription: Sendable {
    /// Stable kebab-case id used on the command line, in configs and in reports.
    public let id: String
    /// One line, sentence case, no final period.
    public let title: String
    public let category: CheckCategory
    public let defaultSeverity: Severity
    /// Why the check exists and what it deliberately lets through.
    public let rationale: String
    /// Pairs the check must report, each with a marker (1️⃣) where the finding points.
    public let triggeringExamples: [CheckExample]
    /// Pairs the check must not report: correct translations that differ in form.
    public let nonTriggeringExamples: [CheckExample]

    public init(id: String, title: String, category: CheckCategory, defaultSeverity: Severity, rationale: String,
                triggeringExamples: [CheckExample], nonTriggeringExamples: [CheckExample]) {
        self.id = id
        self.title = title
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.rationale = rationale
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}

/// A source/target pair used as a check's example, with the glossary rows it needs.
///
/// Markers (1️⃣ 2️⃣ …, keycap emoji) inside `source` or `target` say where a finding must point:
/// a marker in the target is the start of the finding's `targetSpan`, one in the source the
/// start of its `sourceSpan`. Markers are removed before the check sees the text.
public struct CheckExample: Sendable {
    public let source: String
    public let target: String
    public let glossary: [Concept]
    /// Further segments of the same file, for file-level checks (`inconsistent`, `length-ratio`);
    /// the example's own pair is checked after them.
    public let context: [CheckExample]
    /// Where the example is written, so a failing example names its line.
    public let file: String
    public let line: Int

    public init(_ source: String, _ target: String, glossary: [Concept] = [], context: [CheckExample] = [],
                file: String = #fileID, line: Int = #line) {
        self.source = source
        self.target = target
        self.glossary = glossary
        self.context = context
        self.file = file
        self.line = line
    }

    /// The source without markers and placeholders, and the markers' offsets.
    public var markedSource: MarkedText { MarkedText(source, placeholders: true) }
    /// The target without markers and placeholders, and the markers' offsets.
    public var markedTarget: MarkedText { MarkedText(target, placeholders: true) }

    /// The segments the example stands for: its context pairs, then itself (id `example`).
    public func segments() -> [QASegment] {
        var out: [QASegment] = []
        for (index, pair) in context.enumerated() {
            out.append(QASegment(id: "context-\(index + 1)", placeholderSource: pair.source, placeholderTarget: pair.target))
        }
        let source = markedSource
        let target = markedTarget
        out.append(QASegment(id: "example", source: source.text, target: target.text, sourceTags: source.tags, targetTags: target.tags))
        return out
    }
}
