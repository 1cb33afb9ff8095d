import Testing
import YakugoCore
@testable import YakugoTerms

/// A name spelled out in full meets a gloss that gives only its initialism, and the reverse.
@Suite struct SpelledOutInitialismTests {
    func evidence(_ entries: [(String, String)]) -> TranslationEvidence {
        TranslationEvidence(lexicon: TermFixtures.lexicon(entries))
    }

    @Test func theFullNameMeetsAnInitialismGloss() {
        let found = evidence([("米国", "USA")]).match(english: TermFixtures.englishCandidate("United States", name: true),
                                                      japanese: TermFixtures.japaneseCandidate("米国"))
        #expect(found?.strength == 1)
    }

    @Test func aFullNameInALongerNameMeetsAnInitialismGloss() {
        // 国連安全保障理事会 is glossed "UN Security Council"; the English spells the U.N. out.
        let found = evidence([("国連安全保障理事会", "UN Security Council")])
            .match(english: TermFixtures.englishCandidate("United Nations Security Council", name: true),
                   japanese: TermFixtures.japaneseCandidate("国連安全保障理事会"))
        #expect(found?.strength == 1)
    }

    @Test func theFoldIsOneWordInTheCoverage() {
        #expect(TranslationEvidence.coverageWords("United States Navy") == ["us", "navy"])
        #expect(TranslationEvidence.coverageWords("United Kingdom") == ["britain"])
    }

    @Test func unitedBeforeAnyOtherWordStaysAWord() {
        #expect(TranslationEvidence.coverageWords("United Front") == ["unit", "front"])
        #expect(TranslationEvidence.coverageWords("states united") == ["stat", "unit"])
        #expect(TranslationEvidence.coverageWords("United") == ["unit"])
    }

    @Test func anUnrelatedGlossIsNoMatch() {
        let found = evidence([("州", "state")]).match(english: TermFixtures.englishCandidate("United States", name: true),
                                                     japanese: TermFixtures.japaneseCandidate("州"))
        #expect((found?.strength ?? 0) < 0.5)
    }
}
