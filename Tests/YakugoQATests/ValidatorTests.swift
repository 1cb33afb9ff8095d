import Testing
import YakugoCore
import YakugoQA

@Suite struct ValidatorTests {
    @Test func emptyTargetSilencesTheOtherChecks() {
        let report = Validator().validate([QASegment(id: "1", source: "1,000 troops on Oct. 4.", target: "\u{3000}")])
        #expect(report.findings.map(\.check) == ["empty-target"])
    }

    @Test func untranslatedSilencesPunctuationAndNumbers() {
        let report = Validator().validate([QASegment(id: "1", source: "It fell on Oct. 4, he said.", target: "It fell on Oct. 4, he said.")])
        #expect(report.findings.map(\.check) == ["untranslated"])
    }

    @Test func preconditionTableNamesOnlyKnownChecks() {
        for row in Precondition.table {
            #expect(Checks.named(row.check) != nil)
            #expect(row.silenced.allSatisfy { Checks.named($0) != nil })
        }
    }

    @Test func suppressionRemovesOneSegmentsFinding() throws {
        let segments = [QASegment(id: "a", source: "Oct. 4", target: "10月14日"), QASegment(id: "b", source: "Oct. 5", target: "10月15日")]
        let configuration = try ValidationConfiguration(suppressions: [Suppression(segment: "a", check: "date-mismatch")])
        let report = Validator(configuration: configuration).validate(segments)
        #expect(report.findings.map(\.segment) == ["b"])
        #expect(report.suppressedCount == 1)
    }

    @Test func severityOverrideApplies() throws {
        let configuration = try ValidationConfiguration(severityOverrides: ["date-mismatch": .warning])
        let report = Validator(configuration: configuration).validate([QASegment(id: "a", source: "Oct. 4", target: "10月14日")])
        #expect(report.findings.first?.severity == .warning)
        #expect(!report.hasFindings(atLeast: .error))
        #expect(report.hasFindings(atLeast: .warning))
    }

    @Test func checksAndSkipSelect() throws {
        #expect(try ValidationConfiguration(only: ["date-mismatch", "punctuation"], skip: ["punctuation"]).enabledChecks == ["date-mismatch"])
        #expect(try ValidationConfiguration(skip: ["length-ratio"]).enabledChecks.count == Checks.all.count - 1)
    }

    @Test func unknownCheckIsAConfigurationError() {
        #expect(throws: QAError.self) { try ValidationConfiguration(only: ["number-mismatches"]) }
        #expect(throws: QAError.self) { try ValidationConfiguration(skip: ["nope"]) }
        #expect(throws: QAError.self) { try ValidationConfiguration(suppressions: [Suppression(segment: "1", check: "nope")]) }
    }

    @Test func findingsAreInSegmentOrder() {
        let report = Validator().validate([
            QASegment(id: "z", source: "Oct. 4", target: "10月14日"),
            QASegment(id: "a", source: "", target: "本文"),
            QASegment(id: "m", source: "Oct. 5", target: "10月15日"),
        ])
        #expect(report.findings.map(\.segment) == ["z", "m"])
        #expect(report.segments.count == 3)
    }
}
