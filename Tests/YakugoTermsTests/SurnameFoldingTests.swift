import Testing
import YakugoCore
@testable import YakugoTerms

/// A person named in full and then by surname is one concept, not two pairs.
@Suite struct SurnameFoldingTests {
    func pair(_ english: String, _ japanese: String, frequency: Int = 1, category: ConceptCategory? = nil) -> ExtractedTermPair {
        ExtractedTermPair(english: english, japanese: japanese, englishKey: english.lowercased(), japaneseKey: japanese,
                          score: 0.9, frequency: frequency, cooccurrence: frequency, evidence: ["dictionary"],
                          segments: ["a#1"], isKnown: false, englishTermhood: 0, japaneseTermhood: 0, category: category)
    }

    @Test func kanjiSurnameFoldsIntoTheFullName() {
        let folded = TermExtractor.foldingSurnames([pair("Hirokazu Matsuno", "松野博一", category: .person), pair("Matsuno", "松野", frequency: 2)])
        #expect(folded.count == 1)
        #expect(folded[0].englishShortForms == ["Matsuno"])
        #expect(folded[0].japaneseShortForms == ["松野"])
        #expect(folded[0].frequency == 3)
        #expect(folded[0].category == .person)
    }

    @Test func katakanaSurnameFoldsWhetherOrNotTheJapaneseDiffers() {
        let same = TermExtractor.foldingSurnames([pair("Joe Biden", "バイデン"), pair("Biden", "バイデン")])
        #expect(same.count == 1 && same[0].japaneseShortForms.isEmpty)
        let dotted = TermExtractor.foldingSurnames([pair("Antony Blinken", "アントニー・ブリンケン"), pair("Blinken", "ブリンケン")])
        #expect(dotted.count == 1 && dotted[0].japaneseShortForms == ["ブリンケン"])
    }

    @Test func aHyphenatedSurnameIsOneWord() {
        let folded = TermExtractor.foldingSurnames([pair("Linda Thomas-Greenfield", "トーマスグリーンフィールド"),
                                                    pair("Thomas-Greenfield", "トーマスグリーンフィールド", frequency: 2)])
        #expect(folded.count == 1)
        #expect(folded[0].english == "Linda Thomas-Greenfield")
        #expect(folded[0].englishShortForms == ["Thomas-Greenfield"])
        // A hyphen alone or at the end of a word is no name.
        let odd = TermExtractor.foldingSurnames([pair("Linda Thomas-", "トーマス"), pair("Thomas-", "トーマス")])
        #expect(odd.count == 2)
    }

    @Test func aNameThatIsNoPersonHasNoSurname() {
        // "Defense Ministry" is two capitalised words, but an organisation written in kanji.
        let pairs = [pair("Defense Ministry", "防衛省", category: .organization), pair("Ministry", "防衛省")]
        #expect(TermExtractor.foldingSurnames(pairs).count == 2)
    }

    @Test func otherPairsStayApart() {
        // Not a person's name (lower case), and a last word whose Japanese is unrelated.
        let pairs = [pair("ballistic missile", "弾道ミサイル"), pair("missile", "ミサイル"),
                     pair("Pacific Dragon", "パシフィック・ドラゴン"), pair("Dragon", "竜")]
        #expect(TermExtractor.foldingSurnames(pairs).count == 4)
    }
}
