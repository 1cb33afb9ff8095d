import Testing
import YakugoCore
import YakugoQA

/// Only reviewed glossary entries are rules; unreviewed candidates never raise findings.
@Suite struct GlossaryStatusTests {
    @Test func candidateConceptsAreNotRequired() {
        let candidate = Concept(english: "new", japanese: "通信", status: .candidate)
        #expect(run("term-missing", "A new era began.", "新時代が始まった。", glossary: [candidate]).isEmpty)
    }

    @Test func approvedConceptsAreRequired() {
        let approved = Concept(english: "Joint Staff Office", japanese: "統合幕僚監部", status: .approved)
        #expect(run("term-missing", "The Joint Staff Office said so.", "防衛省はこう述べた。", glossary: [approved]).count == 1)
    }

    @Test func realDataKeepsKeycapEmoji() {
        let segment = QASegment(id: "1", placeholderSource: "Test 1️⃣ here", placeholderTarget: "テスト1️⃣です")
        #expect(segment.target == "テスト1️⃣です")
        #expect(segment.source == "Test 1️⃣ here")
    }
}
