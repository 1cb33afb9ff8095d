import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import YakugoCore
import YakugoQA

@Suite struct ReporterTests {
    static let report: ValidationReport = {
        Validator().validate([
            QASegment(id: "tsv-1", source: "Oct. 4", target: "10月14日"),
            QASegment(id: "tsv-2", source: "1,000 troops", target: "千人の部隊"),
            QASegment(id: "x<&>\"'\u{1}", source: "The \"missile\" fell.", target: "ミサイルが落下した."),
        ])
    }()

    @Test func jsonHasTheDocumentedShape() throws {
        let json = JSONReporter().report(Self.report)
        #expect(json.hasPrefix("{\"findings\":[{\"segment\":\"tsv-1\",\"check\":\"date-mismatch\",\"severity\":\"error\",\"message\":"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        #expect(findings[0]["source_span"] as? [Int] == [0, 6])
        #expect(findings[0]["target_span"] as? [Int] == [0, 6])
        #expect(findings[0]["suggestion"] as? String == "10月4日")
        #expect(findings[1]["segment"] as? String == "x<&>\"'\u{1}")
        #expect(findings[1]["source_span"] is NSNull)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["segments"] as? Int == 3)
        #expect((summary["by_severity"] as? [String: Int])?["error"] == 1)
        #expect((summary["by_check"] as? [String: Int])?["punctuation"] == 1)
    }

    @Test func textMarksTheSpan() {
        let text = TextReporter().report(Self.report)
        #expect(text.contains("segment tsv-1\n  error [date-mismatch]"))
        #expect(text.contains("    ja: ⟦10月14日⟧\n"))
        #expect(text.contains("3 segments checked: 1 error, 1 warning"))
        #expect(!text.contains("\u{1B}["))
        #expect(TextReporter(colour: true).report(Self.report).contains("\u{1B}[4;31m"))
    }

    @Test func aLongSegmentShowsThePartAroundTheFinding() {
        let filler = String(repeating: "The ships sailed on. ", count: 40)
        let report = Validator(configuration: try! ValidationConfiguration(only: ["number-mismatch"])).validate([QASegment(id: "long", source: filler + "It lasted 5 hours. " + filler,
                                                     target: "艦船は航行を続けた。" + "それは6時間続いた。" + "艦船は航行を続けた。")])
        let text = TextReporter().report(report)
        let line = text.split(separator: "\n").first { $0.hasPrefix("    en: ") } ?? ""
        #expect(line.contains("⟦5 hours⟧"))
        #expect(line.hasPrefix("    en: …") && line.hasSuffix("…"))
        #expect(line.count < 2 * TextReporter.context + 40)
    }

    @Test func manyNumbersInOneSegmentStillFindTheChangedOne() {
        // A table pasted into one cell: thousands of numbers, compared near their position.
        let values = (0..<3000).map { ($0 * 37) % 1000 + 1 }
        var japanese = values.map { "\($0)円" }
        japanese[1500] = "\(values[1500] + 1)円"
        let report = Validator(configuration: try! ValidationConfiguration(only: ["number-mismatch"])).validate([
            QASegment(id: "table", source: values.map { "\($0) yen" }.joined(separator: ", "), target: japanese.joined(separator: "、")),
        ])
        #expect(report.findings.count == 1)
    }

    @Test func junitIsWellFormedWithOneCasePerSegment() throws {
        let xml = JUnitReporter(failOn: .error).report(Self.report)
        #expect(xml.components(separatedBy: "<testcase ").count - 1 == 3)
        #expect(xml.components(separatedBy: "<failure ").count - 1 == 1)
        #expect(xml.contains("<system-out>warning [punctuation]"))
        #expect(xml.contains("name=\"x&lt;&amp;&gt;&quot;&apos;\u{FFFD}\""))
        // Foundation's parser as a well-formedness check; xmllint too when installed.
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        let xmllint = "/usr/bin/xmllint"
        if FileManager.default.isExecutableFile(atPath: xmllint) {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("yakugo-junit-\(UUID().uuidString).xml")
            try xml.write(to: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: file) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: xmllint)
            process.arguments = ["--noout", file.path]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
    }
}
