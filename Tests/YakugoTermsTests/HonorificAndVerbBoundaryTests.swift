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

/// Word forms whose final s is no plural.
@Suite struct SingularInSTests {
    @Test func newsIsNotThePluralOfNew() {
        #expect(EnglishWordForms.stem("news") == "news")
        #expect(EnglishWordForms.stem("News") == "news")
        #expect(EnglishWordForms.stem("new") != EnglishWordForms.stem("news"))
        #expect(EnglishWordForms.stem("drills") == EnglishWordForms.stem("drill"))
    }

    @Test func aNameWithNewsDoesNotMeetNew() {
        let news = EnglishCandidateExtractor.key(of: "News")
        let new = EnglishCandidateExtractor.key(of: "New")
        #expect(news != new)
    }
}

/// Transliteration pairs names and new loanwords, not everyday English words.
@Suite struct EverydayTransliterationTests {
    @Test func anEverydayWordDoesNotPairBySound() {
        // "worse" is used in the glosses of many entries; ロシア is absent from this lexicon, so
        // only sound could pair them.
        var entries: [(String, String)] = (0..<12).map { ("悪\($0)", "worse \($0)") }
        entries.append(("事態", "situation"))
        let extractor = TermFixtures.extractor(TermFixtures.lexicon(entries))
        // The English leaves the speaker out, so ロシア has no partner but "worse" by sound.
        let pairs = extractor.extract([SegmentPair(id: "t#1", english: "The envoy said sanctions would make the situation worse.",
                                                   japanese: "ロシアの大使は制裁が事態を悪化させると述べた。")])
        #expect(!pairs.contains { $0.japanese == "ロシア" })
        // A name still pairs by sound.
        let names = extractor.extract([SegmentPair(id: "t#2", english: "Russia said the situation was worse.",
                                                   japanese: "ロシアは事態が悪化したと述べた。")])
        #expect(TermFixtures.has(names, "Russia", "ロシア"))
    }

    @Test func aRareWordStillPairsBySound() {
        let extractor = TermFixtures.extractor(TermFixtures.lexicon([("事態", "situation")]))
        let pairs = extractor.extract([SegmentPair(id: "t#1", english: "The hotline was tested.", japanese: "ホットラインを試験した。")])
        #expect(TermFixtures.has(pairs, "hotline", "ホットライン"))
    }
}
