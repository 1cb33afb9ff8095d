import Testing
import YakugoCore
@testable import YakugoTerms

/// An initialism's pair is entered under the spelled-out name when the text uses it.
@Suite struct SpelledOutFormTests {
    func pair(_ english: String, _ japanese: String, frequency: Int = 1, score: Double = 0.9) -> ExtractedTermPair {
        ExtractedTermPair(english: english, japanese: japanese, englishKey: EnglishCandidateExtractor.key(of: english), japaneseKey: japanese,
                          score: score, frequency: frequency, cooccurrence: frequency, evidence: ["dictionary"],
                          segments: ["s#\(frequency)"], isKnown: false, englishTermhood: 0, japaneseTermhood: 0, category: nil)
    }

    @Test func theInitialismBecomesAShortFormOfTheFullName() {
        let result = TermExtractor.preferringSpelledOut([pair("U.S.", "米国", frequency: 3)]) { $0 == "United States" ? "United States" : nil }
        #expect(result.count == 1)
        #expect(result[0].english == "United States")
        #expect(result[0].englishKey == EnglishCandidateExtractor.key(of: "United States"))
        #expect(result[0].englishShortForms == ["U.S."])
        #expect(result[0].frequency == 3)
    }

    @Test func itMergesWithTheFullNamesOwnPair() {
        let result = TermExtractor.preferringSpelledOut([pair("United States", "米国", frequency: 1, score: 0.8), pair("U.S.", "米国", frequency: 2, score: 0.95)]) { $0 }
        #expect(result.count == 1)
        #expect(result[0].english == "United States" && result[0].englishShortForms == ["U.S."])
        #expect(result[0].frequency == 3 && result[0].score == 0.95)
        #expect(result[0].segments == ["s#1", "s#2"])
    }

    @Test func withoutTheFullNameInTheTextNothingChanges() {
        let pairs = [pair("U.S.", "米国"), pair("U.N.", "国連")]
        let result = TermExtractor.preferringSpelledOut(pairs) { _ in nil }
        #expect(result.map(\.english) == ["U.S.", "U.N."])
        #expect(result.allSatisfy { $0.englishShortForms.isEmpty })
    }

    @Test func otherPairsAreLeftAlone() {
        let result = TermExtractor.preferringSpelledOut([pair("NATO", "NATO"), pair("U.S. Navy", "米海軍")]) { $0 }
        #expect(result.map(\.english) == ["NATO", "U.S. Navy"])
    }

    @Test func theExtractorUsesTheFormTheTextSpellsOut() {
        let lexicon = TermFixtures.lexicon([("米国", "United States"), ("米国", "U.S."), ("支持", "support")])
        let pairs = TermFixtures.extractor(lexicon).extract([
            SegmentPair(id: "u#1", english: "The United States supports it.", japanese: "米国はそれを支持する。"),
            SegmentPair(id: "u#2", english: "The U.S. supports it.", japanese: "米国はそれを支持する。"),
        ])
        let country = pairs.first { $0.japanese == "米国" }
        #expect(country?.english == "United States")
        #expect(country?.englishShortForms == ["U.S."])
        #expect(country?.frequency == 2)
    }
}
