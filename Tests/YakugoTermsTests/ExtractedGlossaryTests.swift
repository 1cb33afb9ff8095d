import Testing
import YakugoCore
@testable import YakugoTerms

@Suite struct ExtractedGlossaryTests {
    func pair(_ english: String, _ japanese: String, score: Double = 0.8, segments: [String] = ["drill#1"],
              known: Bool = false, category: ConceptCategory? = nil) -> ExtractedTermPair {
        ExtractedTermPair(english: english, japanese: japanese, englishKey: EnglishCandidateExtractor.key(of: english),
                          japaneseKey: japanese, score: score, frequency: segments.count, cooccurrence: segments.count,
                          evidence: ["dictionary"], segments: segments, isKnown: known,
                          englishTermhood: 0.5, japaneseTermhood: 0.5, category: category)
    }

    func segment(_ id: String) -> SegmentPair {
        SegmentPair(id: id, english: "English of \(id)", japanese: "\(id)の日本語")
    }

    @Test func anUnknownPairIsACandidateOnBothSides() {
        let concept = pair("joint drill", "共同訓練").concept()
        #expect(concept.terms.map(\.status) == [.candidate, .candidate])
        #expect(concept.status == .candidate)
    }

    @Test func aPairTheGlossaryKnowsIsApproved() {
        let concept = pair("joint drill", "共同訓練", known: true).concept()
        #expect(concept.terms.map(\.status) == [.approved, .approved])
    }

    @Test func theConceptHoldsTheEnglishThenTheJapaneseTerm() {
        let concept = pair("joint drill", "共同訓練").concept()
        #expect(concept.terms.map(\.text) == ["joint drill", "共同訓練"])
        #expect(concept.terms.map(\.language) == [.english, .japanese])
    }

    @Test func theScoreIsRoundedToThreeDecimals() {
        #expect(pair("joint drill", "共同訓練", score: 0.72549).concept().score == 0.725)
    }

    @Test func frequencyCategoryAndEvidenceAreCarriedOver() {
        let concept = pair("joint drill", "共同訓練", segments: ["a#1", "a#2"], category: .event).concept()
        #expect(concept.frequency == 2)
        #expect(concept.category == .event)
        #expect(concept.evidence == ["dictionary"])
    }

    @Test func examplesAreLimitedToThreeInSegmentOrder() {
        let ids = ["drill#1", "drill#2", "drill#3", "drill#4"]
        let contexts = Dictionary(uniqueKeysWithValues: ids.map { ($0, segment($0)) })
        let concept = pair("joint drill", "共同訓練", segments: ids).concept(contexts: contexts)
        #expect(concept.contexts.map(\.segment) == ["drill#1", "drill#2", "drill#3"])
        #expect(concept.contexts.first == TermContext(english: "English of drill#1", japanese: "drill#1の日本語", segment: "drill#1"))
    }

    @Test func examplesShowingTheTermAsWrittenComeFirst() {
        // The pair was also linked through its short form; that segment is about another person.
        let contexts = [
            "h#1": SegmentPair(id: "h#1", english: "Matsudaira Taro led the army.", japanese: "松平太郎が軍を率いた。"),
            "h#2": SegmentPair(id: "h#2", english: "Katamori Matsudaira guarded Kyoto.", japanese: "松平容保は京都を守った。"),
            "h#3": SegmentPair(id: "h#3", english: "Matsudaira returned.", japanese: "松平は戻った。"),
        ]
        let concept = pair("Katamori Matsudaira", "松平容保", segments: ["h#1", "h#2", "h#3"]).concept(contexts: contexts)
        #expect(concept.contexts.map(\.segment) == ["h#2", "h#1", "h#3"])
    }

    @Test func examplesNeedTheirSegmentText() {
        let concept = pair("joint drill", "共同訓練", segments: ["drill#1", "drill#2"]).concept(contexts: ["drill#2": segment("drill#2")])
        #expect(concept.contexts.map(\.segment) == ["drill#2"])
    }

    @Test func sourcesAreTheDocumentsOfTheSegmentIdsOnceEachSorted() {
        let concept = pair("joint drill", "共同訓練", segments: ["talks#2", "drill#1", "drill#3"]).concept()
        #expect(concept.sources == ["drill", "talks"])
    }

    @Test func aSegmentIdWithoutNumberIsItsOwnSource() {
        let concept = pair("joint drill", "共同訓練", segments: ["unit-7"]).concept()
        #expect(concept.sources == ["unit-7"])
    }

    @Test func glossaryIdsFollowRankOrder() {
        let pairs = [pair("ballistic missile", "弾道ミサイル", score: 1), pair("joint drill", "共同訓練", score: 0.9),
                     pair("navy", "海軍", score: 0.6)]
        let glossary = pairs.glossary(segments: [])
        #expect(glossary.concepts.map(\.id) == ["t1", "t2", "t3"])
        #expect(glossary.concepts.map { $0.terms.first?.text } == ["ballistic missile", "joint drill", "navy"])
    }

    @Test func glossaryExamplesComeFromTheGivenSegments() {
        let glossary = [pair("joint drill", "共同訓練", segments: ["drill#1"])].glossary(segments: [segment("drill#1")])
        #expect(glossary.concepts[0].contexts.map(\.english) == ["English of drill#1"])
    }

    @Test func aRepeatedSegmentIdUsesItsFirstText() {
        let first = SegmentPair(id: "drill#1", english: "first", japanese: "最初")
        let second = SegmentPair(id: "drill#1", english: "second", japanese: "二番目")
        let glossary = [pair("joint drill", "共同訓練", segments: ["drill#1"])].glossary(segments: [first, second])
        #expect(glossary.concepts[0].contexts.map(\.english) == ["first"])
    }

    @Test func anEmptyListIsAnEmptyGlossary() {
        #expect([ExtractedTermPair]().glossary(segments: []).isEmpty)
    }

    @Test func aKnownPairFoundInTheTextComesOutApproved() {
        let extractor = TermExtractor(evidence: TranslationEvidence(lexicon: nil, knownPairs: [(english: "joint drill", japanese: "共同訓練")]))
        let segments = [SegmentPair(id: "drill#1", english: "The navies began a joint drill.", japanese: "両海軍が共同訓練を始めた。")]
        let glossary = extractor.extract(segments).glossary(segments: segments)
        let concept = glossary.concepts.first { $0.terms.first?.text == "joint drill" }
        #expect(concept?.status == .approved)
        #expect(concept?.evidence == ["glossary"])
        #expect(concept?.sources == ["drill"])
    }
}
