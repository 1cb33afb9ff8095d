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

    @Test func aConfigurationThatLeavesNoCheckIsAnError() {
        #expect(throws: QAError.noChecks) { try ValidationConfiguration(only: ["date-mismatch"], skip: ["date-mismatch"]) }
        #expect(throws: QAError.noChecks) { try ValidationConfiguration(skip: Checks.ids) }
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

/// The validator computes what checks share (numbers, glossary matches, folded texts) once per
/// segment; these tests pin that the sharing changes no finding.
@Suite struct SharedAnalysisTests {
    static let glossary = Glossary(concepts: [
        Concept(english: "Defense Ministry", japanese: "防衛省", category: .organization),
        Concept(english: "ballistic missile", japanese: "弾道ミサイル"),
        Concept(terms: [Term("Fumio Kishida", language: .english), Term("岸田文雄", language: .japanese),
                        Term("岸田", language: .japanese, usage: .shortForm)], category: .person),
    ])
    // Repeated ids with other texts: an analysis must never be used for another segment.
    static let segments = [
        QASegment(id: "1", source: "The Defense Ministry said two ballistic missiles flew 1,000 km on Oct. 4.",
                  target: "国防当局によると、弾道弾3発が10月14日に1000マイル飛行した。"),
        QASegment(id: "2", source: "Kishida met the president.", target: "岸本首相が大統領と会談した。"),
        QASegment(id: "1", source: "The drill ended on Friday.", target: "訓練は金曜日に終わった。"),
        QASegment(id: "3", source: "The drill ended on Friday.", target: "演習は金曜日に終了した。"),
        QASegment(id: "4", source: "The missile fell into the sea.", target: "The missile fell into the sea."),
    ]

    static let silencedByUntranslated = Precondition.table.first { $0.check == "untranslated" }!.silenced

    @Test func allChecksTogetherFindWhatEachFindsAlone() throws {
        let together = Validator(glossary: Self.glossary).validate(Self.segments).findings
        #expect(!together.isEmpty)
        for id in Checks.ids {
            let alone = Validator(glossary: Self.glossary, configuration: try ValidationConfiguration(only: [id]))
                .validate(Self.segments).findings
            // Alone, a check is not silenced by `untranslated` (the copied segment 4).
            let expected = alone.filter { !(Self.silencedByUntranslated.contains(id) && $0.segment == "4") }
            #expect(together.filter { $0.check == id } == expected, "\(id)")
        }
    }

    @Test func checksCalledDirectlyFindWhatTheValidatorFinds() {
        let context = CheckContext(glossary: Self.glossary)
        for type in Checks.all {
            let check = type.init()
            guard !(check is any FileCheck) else { continue }
            let direct = Self.segments.flatMap { check.check($0, context: context) }
            let validated = Validator(glossary: Self.glossary, configuration: try! ValidationConfiguration(only: [check.id]))
                .validate(Self.segments).findings
            #expect(Set(direct) == Set(validated), "\(check.id)")
        }
    }
}
