import YakugoCore

/// Machine-readable report, one JSON object (key order fixed, so output diffs cleanly):
///
/// ```json
/// {"findings":[{"segment":"12","check":"number-mismatch","severity":"error","message":"…",
///   "source_span":[4,9],"target_span":[3,7],"suggestion":"1000人"}],
///  "summary":{"segments":40,"findings":1,"suppressed":0,
///   "by_severity":{"error":1,"warning":0,"info":0},"by_check":{"number-mismatch":1}}}
/// ```
/// Spans are `[start, end]` in Unicode-scalar offsets (code points) of the segment's text, or
/// `null`; `suggestion` is a string or `null`. `by_check` lists only checks with findings.
public struct JSONReporter: Sendable {
    /// One finding per line, for reading by eye and line-based diffs.
    public var pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    public func report(_ report: ValidationReport) -> String {
        let separator = pretty ? ",\n  " : ","
        var out = "{\"findings\":[" + (pretty && !report.findings.isEmpty ? "\n  " : "")
        out += report.findings.map(Self.object).joined(separator: separator)
        out += (pretty && !report.findings.isEmpty ? "\n" : "") + "],"
        out += pretty ? "\n" : ""
        let severities = report.countsBySeverity
        let bySeverity = Severity.allCases.reversed().map { "\(Self.string($0.rawValue)):\(severities[$0] ?? 0)" }.joined(separator: ",")
        let counts = report.countsByCheck
        let byCheck = Checks.ids.compactMap { id in counts[id].map { "\(Self.string(id)):\($0)" } }.joined(separator: ",")
        out += "\"summary\":{\"segments\":\(report.segments.count),\"findings\":\(report.findings.count),"
        out += "\"suppressed\":\(report.suppressedCount),\"by_severity\":{\(bySeverity)},\"by_check\":{\(byCheck)}}}"
        return out + "\n"
    }

    static func object(_ finding: Finding) -> String {
        "{\"segment\":\(string(finding.segment)),\"check\":\(string(finding.check)),"
            + "\"severity\":\(string(finding.severity.rawValue)),\"message\":\(string(finding.message)),"
            + "\"source_span\":\(span(finding.sourceSpan)),\"target_span\":\(span(finding.targetSpan)),"
            + "\"suggestion\":\(finding.suggestion.map(string) ?? "null")}"
    }

    static func span(_ range: TextRange?) -> String {
        range.map { "[\($0.start),\($0.end)]" } ?? "null"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped; everything
    /// else, Japanese included, written as is (UTF-8).
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
