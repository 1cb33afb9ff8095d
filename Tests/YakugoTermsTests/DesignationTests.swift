import Testing
import YakugoCore
@testable import YakugoTerms

/// A designation keeps its number in translation even when its name is read another way.
@Suite struct DesignationTests {
    func candidate(_ english: String) -> TermCandidate {
        EnglishCandidateExtractor().extract(english).candidates.first { $0.surface == english }!
    }

    func japanese(_ text: String) -> TermCandidate {
        JapaneseCandidateExtractor().extract(text).candidates.max { $0.units.count < $1.units.count }!
    }

    @Test func theSameTrailingNumberPairsADesignation() {
        let match = TranslationEvidence(lexicon: BilingualLexicon()).match(english: candidate("Hwasong-18"), japanese: japanese("火星18"))
        #expect(match == TranslationEvidence.Match(strength: 0.7, signal: "designation"))
    }

    @Test func anotherNumberIsNoEvidence() {
        #expect(TranslationEvidence(lexicon: BilingualLexicon()).match(english: candidate("Hwasong-18"), japanese: japanese("火星15")) == nil)
    }

    @Test func aDesignationBesideAnotherNameIsNoFragment() {
        let found = EnglishCandidateExtractor().extract("North Korea fired a Hwasong-18 ICBM.").candidates
        #expect(found.first { $0.surface == "Hwasong-18" }?.isNameFragment == false)
    }
}
