import Testing
import YakugoCore
import YakugoText
@testable import YakugoTerms

/// Boundaries a term does not cross: a Japanese honorific after a name (unless the English
/// translates it), and an English verb in "-ed" before its named object.
@Suite struct HonorificAndVerbBoundaryTests {
    @Test func aNameWithAnHonorificPairsWithoutIt() {
        let lexicon = TermFixtures.lexicon([("氏", "Mr."), ("述べる", "to state")])
        let pairs = TermFixtures.extractor(lexicon).extract([SegmentPair(
            id: "t#1", english: "Mr. Thomas-Greenfield stated it.", japanese: "トーマスグリーンフィールド氏が述べた。")])
        #expect(TermFixtures.has(pairs, "Thomas-Greenfield", "トーマスグリーンフィールド"))
        #expect(!pairs.contains { $0.japanese.hasSuffix("氏") })
    }

    @Test func anHonorificTheEnglishTranslatesStays() {
        // 氏 is also "clan": 徳川氏 is the Tokugawa clan.
        let lexicon = TermFixtures.lexicon([("徳川", "Tokugawa"), ("氏", "clan"), ("支配", "rule")])
        let pairs = TermFixtures.extractor(lexicon).extract([SegmentPair(
            id: "t#1", english: "The Tokugawa clan ruled Edo.", japanese: "徳川氏が江戸を支配した。")])
        #expect(TermFixtures.has(pairs, "Tokugawa clan", "徳川氏"))
    }

    @Test func anEdVerbBeforeANameEndsTheRun() {
        let found = TermFixtures.englishCandidates("The envoy commended Germany's decision and welcomed Canada.").map(\.surface)
        #expect(!found.contains("commended Germany"))
        #expect(!found.contains("welcomed Canada"))
        #expect(found.contains("Germany"))
        #expect(found.contains("Canada"))
    }

    @Test func anEdParticipleBeforeACommonNounStays() {
        let found = TermFixtures.englishCandidates("They shared classified information and guided missiles.").map(\.surface)
        #expect(found.contains("classified information"))
        #expect(found.contains("guided missile"))
    }
}
