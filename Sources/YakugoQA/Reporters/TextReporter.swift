import YakugoCore

/// Human-readable report: findings grouped by segment, each with the source and target lines
/// and the offending span marked ⟦ ⟧ (or coloured on a terminal), then a summary line.
public struct TextReporter: Sendable {
    /// ANSI colours; the CLI turns them on only when standard output is a terminal.
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func report(_ report: ValidationReport) -> String {
        var out = ""
        let byID = Dictionary(report.segments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var current: String?
        // The current segment's texts as flat scalars, made once for all its findings.
        var texts: (source: [Unicode.Scalar], target: [Unicode.Scalar])?
        for finding in report.findings {
            if finding.segment != current {
                if current != nil { out += "\n" }
                current = finding.segment
                texts = byID[finding.segment].map { (Self.flat($0.source), Self.flat($0.target)) }
                out += paint("segment \(finding.segment)", "1") + "\n"
            }
            let label = paint(finding.severity.rawValue, Self.colourCode(finding.severity))
            out += "  \(label) [\(finding.check)] \(finding.message)\n"
            if let texts {
                out += "    en: " + marked(texts.source, finding.sourceSpan) + "\n"
                out += "    ja: " + marked(texts.target, finding.targetSpan) + "\n"
            }
            if let suggestion = finding.suggestion, !suggestion.isEmpty {
                out += "    suggestion: \(suggestion)\n"
            }
        }
        if !report.findings.isEmpty { out += "\n" }
        out += summary(report) + "\n"
        return out
    }

    /// One line: segments checked and findings by severity and by check.
    public func summary(_ report: ValidationReport) -> String {
        let counts = report.countsBySeverity
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        var line = "\(count(report.segments.count, "segment")) checked: \(count(counts[.error] ?? 0, "error")), "
            + "\(count(counts[.warning] ?? 0, "warning")), \(count(counts[.info] ?? 0, "note"))"
        let byCheck = report.countsByCheck
        if !byCheck.isEmpty {
            line += " (" + Checks.ids.compactMap { id in byCheck[id].map { "\(id) \($0)" } }.joined(separator: ", ") + ")"
        }
        if report.suppressedCount > 0 { line += "; \(report.suppressedCount) suppressed" }
        return line
    }

    /// A segment's text on one line: line breaks and tabs as spaces.
    static func flat(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 }
    }

    /// The text with the span marked, cut to the part around it when the text is long.
    func marked(_ scalars: [Unicode.Scalar], _ span: TextRange?) -> String {
        func piece(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }
        guard let span else {
            // No span: the opening of a long text is enough to recognise the segment.
            return scalars.count > 2 * Self.context ? piece(0..<(2 * Self.context)) + "…" : piece(0..<scalars.count)
        }
        let start = max(0, min(span.start, scalars.count))
        let end = max(start, min(span.end, scalars.count))
        let inner = piece(start..<end)
        let highlighted = colour ? "\u{1B}[4;31m" + (inner.isEmpty ? "‸" : inner) + "\u{1B}[0m" : "⟦" + inner + "⟧"
        // A long segment (a table pasted into one cell) shows the part around the finding: the
        // whole text under every finding made the report grow with the square of the segment.
        let before = max(0, start - Self.context), after = min(scalars.count, end + Self.context)
        return (before > 0 ? "…" : "") + piece(before..<start) + highlighted + piece(end..<after) + (after < scalars.count ? "…" : "")
    }

    /// Scalars shown on either side of a marked span; a sentence or two of news.
    public static let context = 200

    func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }

    static func colourCode(_ severity: Severity) -> String {
        switch severity {
        case .error: return "1;31"
        case .warning: return "1;33"
        case .info: return "1;36"
        }
    }
}
