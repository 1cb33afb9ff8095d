import Testing
import YakugoCore
@testable import YakugoTerms

/// Name readings meet English names written without their long vowels (Ito for 伊藤 "itou").
@Suite struct LongVowelReadingTests {
    @Test(arguments: [
        ("itou", "ito"), ("toujou", "tojo"), ("ooshima", "oshima"), ("tarō", "taro"), ("yuuki", "yuki"),
        ("katsura tarou", "katsura taro"), ("saigou takamori", "saigo takamori"),
        ("kishida", "kishida"), ("inoue", "inoe"), ("", ""), ("ōu", "o"), ("tōō", "to"), ("ōno", "ono"),
    ])
    func readingsLoseTheirLongVowels(reading: String, folded: String) {
        #expect(TranslationEvidence.withoutLongVowels(reading) == folded)
    }

    func evidence(names: [(String, String)]) -> TranslationEvidence {
        TranslationEvidence(lexicon: BilingualLexicon(), names: TermFixtures.lexicon(names))
    }

    @Test func aFullNameReadingMeetsTheEnglishSpelling() {
        let found = evidence(names: [("伊藤博文", "itou hirobumi")])
            .match(english: TermFixtures.englishCandidate("Hirobumi Ito", name: true), japanese: TermFixtures.japaneseCandidate("伊藤博文"))
        #expect(found?.strength == 1)
    }

    @Test func namePartsComposeWithoutTheirLongVowels() {
        let found = evidence(names: [("桂", "katsura"), ("太郎", "tarou")])
            .match(english: TermFixtures.englishCandidate("Taro Katsura", name: true), japanese: TermFixtures.japaneseCandidate("桂太郎"))
        #expect((found?.strength ?? 0) >= 0.9)
    }

    @Test func theReadingAsWrittenStillMatches() {
        let found = evidence(names: [("井上", "inoue")])
            .match(english: TermFixtures.englishCandidate("Inoue", name: true), japanese: TermFixtures.japaneseCandidate("井上"))
        #expect(found?.strength == 1)
    }

    @Test func dictionaryGlossesAreNotFolded() {
        // Folding "good" would make it "god"; only name readings are folded.
        let evidence = TranslationEvidence(lexicon: TermFixtures.lexicon([("善", "good")]))
        #expect(evidence.match(english: TermFixtures.englishCandidate("god"), japanese: TermFixtures.japaneseCandidate("善")) == nil)
    }
}
