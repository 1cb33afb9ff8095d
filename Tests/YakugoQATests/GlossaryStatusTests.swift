import Testing
import YakugoCore
import YakugoQA

/// Only reviewed glossary forms are rules; unreviewed candidates never raise findings and are
/// never accepted in place of an approved form.
@Suite struct GlossaryStatusTests {
    @Test func candidateConceptsAreNotRequired() {
        let candidate = Concept(english: "new", japanese: "通信", status: .candidate)
        #expect(run("term-missing", "A new era began.", "新時代が始まった。", glossary: [candidate]).isEmpty)
    }

    @Test func approvedConceptsAreRequired() {
        let approved = Concept(english: "Joint Staff Office", japanese: "統合幕僚監部", status: .approved)
        #expect(run("term-missing", "The Joint Staff Office said so.", "防衛省はこう述べた。", glossary: [approved]).count == 1)
    }

    /// 国会 approved, 議会 merged in from `yakugo extract` output as a candidate variant.
    static let dietWithCandidate = Concept(id: "diet", terms: [
        Term("Diet", language: .english), Term("国会", language: .japanese),
        Term("議会", language: .japanese, usage: .variant, status: .candidate),
    ], category: .organization)

    @Test func aCandidateFormOfAnApprovedConceptIsNoAcceptedRendering() {
        let findings = run("term-missing", "The Diet passed the bill.", "議会は法案を可決した。", glossary: [Self.dietWithCandidate])
        #expect(findings.count == 1)
        #expect(findings.first?.suggestion == "国会")
        #expect(findings.first?.message.contains("議会 is a candidate, not approved yet") == true)
    }

    @Test func theApprovedFormsOfAConceptWithCandidatesStillPass() {
        #expect(run("term-missing", "The Diet passed the bill.", "国会は法案を可決した。", glossary: [Self.dietWithCandidate]).isEmpty)
    }

    @Test func aCandidateEnglishFormDoesNotMakeTheConceptRequired() {
        let concept = Concept(terms: [Term("Self-Defense Forces", language: .english), Term("SDF", language: .english, usage: .abbreviation, status: .candidate),
                                      Term("自衛隊", language: .japanese)])
        #expect(run("term-missing", "The SDF left.", "部隊が出発した。", glossary: [concept]).isEmpty)
        #expect(run("term-missing", "The Self-Defense Forces left.", "部隊が出発した。", glossary: [concept]).count == 1)
    }

    @Test func aCandidatePreferredFormIsNotSuggested() {
        let concept = Concept(terms: [Term("Diet", language: .english), Term("議会", language: .japanese, status: .candidate),
                                      Term("国会", language: .japanese, usage: .variant)])
        #expect(run("term-missing", "The Diet met.", "議会が開かれた。", glossary: [concept]).first?.suggestion == "国会")
    }

    @Test func forbiddenFormsOfAConceptWithCandidatesAreStillReported() {
        var concept = Self.dietWithCandidate
        concept.terms.append(Term("帝国議会", language: .japanese, usage: .variant, status: .forbidden))
        #expect(run("term-forbidden", "The Diet met.", "帝国議会が開かれた。", glossary: [concept]).count == 1)
    }

    @Test func realDataKeepsKeycapEmoji() {
        let segment = QASegment(id: "1", placeholderSource: "Test 1️⃣ here", placeholderTarget: "テスト1️⃣です")
        #expect(segment.target == "テスト1️⃣です")
        #expect(segment.source == "Test 1️⃣ here")
    }
}
