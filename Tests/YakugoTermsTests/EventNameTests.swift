import Testing
import YakugoCore
@testable import YakugoTerms

/// Event names with a particle and an okurigana noun: 船橋の戦い "Battle of Funabashi".
@Suite struct EventNameTests {
    static let lexicon = TermFixtures.lexicon([("船橋", "Funabashi"), ("戦い", "battle"), ("至る", "to lead to")])

    @Test func aKanjiWordWithOkuriganaEndsAPhrase() {
        let found = JapaneseCandidateExtractor(lexicon: Self.lexicon).extract("対立は船橋の戦いに至った。").candidates
        #expect(found.contains { $0.surface == "船橋の戦い" && $0.isPhrase })
        // A verb form is no noun of a phrase.
        #expect(!found.contains { $0.surface.hasSuffix("至った") })
    }

    @Test func theBattleLinks() {
        let pairs = TermFixtures.extractor(Self.lexicon).extract([SegmentPair(
            id: "b#1", english: "The rivalry led to the Battle of Funabashi.", japanese: "対立は船橋の戦いに至った。")])
        #expect(TermFixtures.has(pairs, "Battle of Funabashi", "船橋の戦い"))
    }

    @Test func aPlaceGlossedWithTheWholeNameLeavesTheHeadNothingOfItsOwn() {
        // EDICT glosses 関ヶ原 "Battle of Sekigahara"; 戦い then explains no word of its own,
        // the same shape as 北海の海域 "the sea area of the North Sea", so the phrase is held back.
        let lexicon = TermFixtures.lexicon([("関ヶ原", "Battle of Sekigahara"), ("戦い", "battle")])
        let pairs = TermFixtures.extractor(lexicon).extract([SegmentPair(
            id: "b#1", english: "It led to the Battle of Sekigahara.", japanese: "関ヶ原の戦いに至った。")])
        #expect(!pairs.contains { $0.japanese == "関ヶ原の戦い" })
    }
}
