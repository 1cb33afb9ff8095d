import Testing
import YakugoCore
@testable import YakugoTerms

/// English writes a compound closed, hyphenated or open, and the dictionary glosses one spelling.
@Suite struct CompoundSpellingTests {
    private func english(_ phrase: String) -> TermCandidate { TermFixtures.englishCandidate(phrase, name: false) }
    private func japanese(_ surface: String) -> TermCandidate { TermFixtures.japaneseCandidate(surface) }

    @Test func aClosedCompoundIsExplainedByTheGlossesOfItsTwoWords() {
        let evidence = TranslationEvidence(lexicon: TermFixtures.lexicon([("サイバー", "cyber"), ("空間", "space")]))
        let match = evidence.match(english: english("cyberspace"), japanese: japanese("サイバー空間"))
        #expect(match?.strength == 1)
        #expect(match?.signal == "composition")
    }

    @Test func aHyphenatedWordMeetsTheClosedGloss() {
        let evidence = TranslationEvidence(lexicon: TermFixtures.lexicon([("対潜水艦", "antisubmarine")]))
        #expect(evidence.match(english: english("anti-submarine"), japanese: japanese("対潜水艦"))?.strength == 1)
    }

    @Test func aSplitWithAnUnexplainedHalfIsNoReading() {
        // Without a gloss for 空間, cyber|space leaves "space" unexplained: no half match either.
        let evidence = TranslationEvidence(lexicon: TermFixtures.lexicon([("サイバー", "cyber")]))
        #expect(evidence.match(english: english("cyberspace"), japanese: japanese("サイバー空間")) == nil)
    }

    @Test func theSpellingsAreJoinsOfHyphenatedWordsAndSplitsAfterAGlossWord() {
        let tokens = TranslationEvidence.coverageTokens("anti-submarine warfare")
        let spellings = TranslationEvidence.compoundSpellings("anti-submarine warfare", tokens, optional: [false, false, false], glossed: [])
        #expect(spellings.map(\.words) == [["antisubmarin", "warfar"]])
        // Words side by side without a hyphen are two words, not one compound.
        let open = TranslationEvidence.coverageTokens("missile warning")
        #expect(TranslationEvidence.compoundSpellings("missile warning", open, optional: [false, false], glossed: []).isEmpty)
        // A closed word is cut only after a word the Japanese glosses.
        let closed = TranslationEvidence.coverageTokens("cyberspace")
        let split = TranslationEvidence.compoundSpellings("cyberspace", closed, optional: [false], glossed: ["cyber"])
        #expect(split.contains { $0.words == ["cyber", "spac"] && $0.added == ["cyber", "spac"] })
        #expect(TranslationEvidence.compoundSpellings("cyberspace", closed, optional: [false], glossed: []).isEmpty)
    }
}
