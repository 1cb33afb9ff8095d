import Testing
import YakugoCore
@testable import YakugoTerms

/// The one word and the one piece a composition leaves unexplained, in the same slot, pair up.
@Suite struct ResidualPairTests {
    // 誘導 "guided", ミサイル "missile", 艦 glossed only "warship", 新型 "new model".
    let evidence = TranslationEvidence(lexicon: TermFixtures.lexicon([
        ("誘導", "guided"), ("ミサイル", "missile"), ("艦", "warship"), ("新型", "new model"),
    ]))

    func strength(_ english: String, _ japanese: String) -> Double {
        evidence.match(english: TermFixtures.englishCandidate(english), japanese: TermFixtures.japaneseCandidate(japanese))?.strength ?? 0
    }

    @Test func theLooseHeadsOfAKnownCompoundCountHalf() {
        // guided + missile explained (2 of 3 words, 6 of 7 characters); vessel ⇔ 艦 half:
        // 2.5/3 × 6.5/7.
        #expect(abs(strength("guided missile vessel", "誘導ミサイル艦") - 2.5 / 3 * 6.5 / 7) < 1e-9)
        // So the whole compound beats the shorter form that leaves "vessel" out (2/3 × 1).
        #expect(strength("guided missile vessel", "誘導ミサイル艦") > strength("guided missile vessel", "誘導ミサイル"))
    }

    @Test func aLoosePieceOpeningTheCompoundGetsNothing() {
        // advanced ⇔ 新型 would be the opening slot, where loose pieces are mostly boundary
        // errors: 2/3 words × 6/8 characters, no credit.
        #expect(abs(strength("advanced guided missile", "新型誘導ミサイル") - 2.0 / 3 * 6 / 8) < 1e-9)
    }

    @Test func oneExplainedWordIsNotEnoughSupport() {
        // missile alone explained: 1/2 × 4/5.
        #expect(abs(strength("missile vessel", "ミサイル艦") - 1.0 / 2 * 4 / 5) < 1e-9)
    }

    @Test func twoLooseWordsGetNothing() {
        // guided and missile explained, "attack" and "vessel" loose against 艦 alone: 2/4 × 6/7.
        #expect(abs(strength("guided missile attack vessel", "誘導ミサイル艦") - 2.0 / 4 * 6 / 7) < 1e-9)
    }
}
