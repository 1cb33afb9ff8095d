import Testing
import YakugoCore
import YakugoText
@testable import YakugoTerms

/// A Korean or Chinese name in kanji meets its English form through the bracketed reading's
/// family name.
@Suite struct BracketReadingNameTests {
    static let lexicon = TermFixtures.lexicon([("韓国", "South Korea"), ("大統領", "president"), ("会談", "talks")])

    @Test func theReadingIsAnAliasOfTheNameNotOfAPhrase() {
        let found = JapaneseCandidateExtractor().extract("韓国の尹錫悦（ユン・ソンニョル）大統領と会談した。")
        #expect(found.aliases["尹錫悦"] == ["ユン・ソンニョル"])
        #expect(found.aliases["韓国の尹錫悦"] == nil)
    }

    @Test func theFamilyNameSpelledAlikeLinksTheName() {
        // ソンニョル is no "Suk Yeol", but ユン spells Yoon and ソ starts like Suk.
        let pairs = TermFixtures.extractor(Self.lexicon).extract([SegmentPair(
            id: "k#1", english: "He held talks with South Korean President Yoon Suk Yeol.",
            japanese: "韓国の尹錫悦（ユン・ソンニョル）大統領と会談した。")])
        #expect(TermFixtures.has(pairs, "Yoon Suk Yeol", "尹錫悦"))
    }

    @Test func anotherFamilyNameOrGivenNameDoesNotLink() {
        // Moon is no ユン; and Yoon Jae Ho's given name does not start like ソンニョル.
        for english in ["He met President Moon Jae In.", "He met President Yoon Jae Ho."] {
            let pairs = TermFixtures.extractor(Self.lexicon).extract([SegmentPair(
                id: "k#1", english: english, japanese: "尹錫悦（ユン・ソンニョル）大統領と会談した。")])
            #expect(!pairs.contains { $0.japanese == "尹錫悦" }, "\(english)")
        }
    }
}
