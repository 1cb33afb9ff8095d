import Testing
import YakugoCore
@testable import YakugoTerms

/// A one-word English term linked once on half a match is a fragment, scored down.
@Suite struct HalfExplainedWordTests {
    func pair(_ english: String, strength: Double, frequency: Int = 1, evidence: [String] = ["dictionary"], known: Bool = false) -> ExtractedTermPair {
        ExtractedTermPair(english: english, japanese: "記者会見", englishKey: english, japaneseKey: "記者会見", score: strength,
                          frequency: frequency, cooccurrence: frequency, evidence: evidence, segments: ["h#1"], isKnown: known,
                          englishTermhood: 0, japaneseTermhood: 0, category: nil, evidenceStrength: strength)
    }

    @Test func aOneWordHalfMatchSeenOnceIsAFragment() {
        #expect(TermExtractor.isHalfExplainedWord(pair("conference", strength: 0.5)))
        #expect(TermExtractor.isHalfExplainedWord(pair("Conference", strength: 0.33)))
    }

    @Test func moreEvidenceMoreWordsRepetitionOrKnowledgeKeepIt() {
        #expect(!TermExtractor.isHalfExplainedWord(pair("conference", strength: 0.67)))
        #expect(!TermExtractor.isHalfExplainedWord(pair("news conference", strength: 0.5)))
        #expect(!TermExtractor.isHalfExplainedWord(pair("J-Alert", strength: 0.5)))
        #expect(!TermExtractor.isHalfExplainedWord(pair("conference", strength: 0.5, frequency: 2)))
        #expect(!TermExtractor.isHalfExplainedWord(pair("conference", strength: 0.5, known: true)))
        #expect(!TermExtractor.isHalfExplainedWord(pair("conference", strength: 0.5, evidence: ["dictionary", "association"])))
    }

    @Test func theExtractorScoresItBelowTheDefaultThreshold() {
        // 記者会見 "press conference": "conference" explains half of it.
        let lexicon = TermFixtures.lexicon([("記者会見", "press conference"), ("首相", "prime minister")])
        let segments = [SegmentPair(id: "h#1", english: "The conference was short.", japanese: "記者会見は短かった。")]
        let all = TermFixtures.extractor(lexicon).extract(segments)
        let found = all.first { $0.english == "conference" && $0.japanese == "記者会見" }
        #expect(found != nil)
        #expect((found?.score ?? 1) < 0.5)
        let exported = TermExtractor(evidence: TranslationEvidence(lexicon: lexicon)).extract(segments)
        #expect(!exported.contains { $0.english == "conference" })
    }
}
