import YakugoCore

/// JUnit XML for CI systems: one `testsuite` per document (one in all when segments name none),
/// one `testcase` per segment, one `failure` per finding at or above `failOn`; findings below
/// it go to the test case's `system-out`, so CI shows them without failing.
public struct JUnitReporter: Sendable {
    public var failOn: Severity
    /// The suite name when segments carry no document.
    public var suiteName: String

    public init(failOn: Severity = .error, suiteName: String = "yakugo-validate") {
        self.failOn = failOn
        self.suiteName = suiteName
    }

    public func report(_ report: ValidationReport) -> String {
        var byDocument: [(name: String, segments: [QASegment])] = []
        for segment in report.segments {
            let name = segment.document ?? suiteName
            if let index = byDocument.firstIndex(where: { $0.name == name }) {
                byDocument[index].segments.append(segment)
            } else {
                byDocument.append((name, [segment]))
            }
        }
        var findings: [String: [Finding]] = [:]
        for finding in report.findings { findings[finding.segment, default: []].append(finding) }
        let totalFailures = report.findings.filter { $0.severity >= failOn }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(XMLEscaper.attribute(suiteName))\" tests=\"\(report.segments.count)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
        for document in byDocument {
            let failing = document.segments.flatMap { findings[$0.id] ?? [] }.filter { $0.severity >= failOn }.count
            out += "  <testsuite name=\"\(XMLEscaper.attribute(document.name))\" tests=\"\(document.segments.count)\" failures=\"\(failing)\" errors=\"0\" skipped=\"0\">\n"
            var seen: Set<String> = []
            for segment in document.segments where seen.insert(segment.id).inserted {
                let own = findings[segment.id] ?? []
                out += "    <testcase classname=\"\(XMLEscaper.attribute(document.name))\" name=\"\(XMLEscaper.attribute(segment.id))\""
                if own.isEmpty {
                    out += "/>\n"
                    continue
                }
                out += ">\n"
                var notes: [String] = []
                for finding in own {
                    let body = "\(finding.message)\nen: \(segment.source)\nja: \(segment.target)"
                        + (finding.suggestion.map { "\nsuggestion: \($0)" } ?? "")
                    if finding.severity >= failOn {
                        out += "      <failure type=\"\(XMLEscaper.attribute(finding.check))\" message=\"\(XMLEscaper.attribute("\(finding.severity.rawValue): \(finding.message)"))\">"
                        out += XMLEscaper.text(body) + "</failure>\n"
                    } else {
                        notes.append("\(finding.severity.rawValue) [\(finding.check)] \(finding.message)")
                    }
                }
                if !notes.isEmpty {
                    out += "      <system-out>" + XMLEscaper.text(notes.joined(separator: "\n")) + "</system-out>\n"
                }
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }
}
