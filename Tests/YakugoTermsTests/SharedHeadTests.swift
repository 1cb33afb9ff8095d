import Testing
import YakugoCore
@testable import YakugoTerms

/// Coordinated modifiers share their head noun ("nuclear and missile tests").
@Suite struct SharedHeadTests {
    @Test func eachModifierGetsTheHead() {
        let found = TermFixtures.englishCandidates("Officials raised corporate, income and tobacco taxes.")
        let shared = found.filter(\.isPhrase).map(\.surface)
        #expect(shared.contains("corporate tax"))
        #expect(shared.contains("income tax"))
        // The last conjunct is an ordinary candidate already.
        #expect(found.contains { $0.surface == "tobacco tax" && !$0.isPhrase })
    }

    @Test func aSharedHeadCandidateCoversOnlyItsModifier() {
        let found = TermFixtures.englishCandidates("They condemned nuclear and missile tests.")
        let nuclear = found.first { $0.surface == "nuclear test" }
        #expect(nuclear != nil)
        #expect(nuclear?.units.count == 1)
        #expect(nuclear?.key == EnglishCandidateExtractor.key(of: "nuclear tests"))
    }

    @Test func namesAndSingleWordsShareNothing() {
        // Capitalised conjuncts are names; a one-word right side has no head to share.
        let names = TermFixtures.englishCandidates("Japan and South Korea navies met.").map(\.surface)
        #expect(!names.contains { $0.hasPrefix("Japan ") && $0 != "Japan" })
        let single = TermFixtures.englishCandidates("They seek peace and stability.").map(\.surface)
        #expect(!single.contains("peace stability"))
    }

    @Test func theSharedHeadPairsOnSureEvidence() {
        let lexicon = TermFixtures.lexicon([("核実験", "nuclear test"), ("ミサイル", "missile"), ("相次ぐ", "to happen in succession")])
        let pairs = TermFixtures.extractor(lexicon).extract([SegmentPair(
            id: "s#1", english: "It followed nuclear and missile tests.", japanese: "核実験とミサイル発射が相次いだ。")])
        #expect(TermFixtures.has(pairs, "nuclear test", "核実験"))
        #expect(!pairs.contains { $0.english == "test" && $0.japanese == "核実験" })
    }
}

/// A country's institution is a name: its head is not linked beside it.
@Suite struct CountryInstitutionHeadTests {
    @Test func aCountrysInstitutionKeepsItsHeadOut() {
        let entries = [("米海兵隊", "U.S. Marine Corps"), ("海兵隊", "Marine Corps"), ("米", "America"), ("沖縄", "Okinawa")]
        let pairs = TermFixtures.pairs(entries, english: "The U.S. Marine Corps will reorganize in Okinawa.", japanese: "米海兵隊は沖縄で改編する。")
        #expect(TermFixtures.has(pairs, "U.S. Marine Corps", "米海兵隊"))
        #expect(!TermFixtures.has(pairs, "Marine Corps", "海兵隊"))
    }

    @Test func aTitleAfterACountryIsStillLinked() {
        let entries = [("前大統領", "former president"), ("大統領", "president")]
        let pairs = TermFixtures.pairs(entries, english: "The former President spoke.", japanese: "前大統領が演説した。")
        #expect(TermFixtures.has(pairs, "President", "大統領"))
    }
}
