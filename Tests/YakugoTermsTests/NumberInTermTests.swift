import Testing
import YakugoCore
@testable import YakugoTerms

private func japanese(_ text: String) -> [String] { JapaneseCandidateExtractor().extract(text).candidates.map(\.surface) }
private func english(_ text: String) -> [String] { EnglishCandidateExtractor().extract(text).candidates.map(\.surface) }

/// A number inside a term names one of a kind (第9条, 第7艦隊, 関連2法案); dates and counts are no terms.
@Suite struct NumberInTermTests {
    @Test func anOrdinalStaysWithTheNameItNumbers() {
        let found = japanese("第7艦隊が第9条を説明した。")
        #expect(found.contains("第7艦隊"))
        #expect(found.contains("第9条"))
        #expect(!found.contains("第7"))
    }

    @Test func aBareNumberBetweenTwoWordsIsPartOfTheCompound() {
        let found = japanese("政府は安保関連2法案を提出した。")
        #expect(found.contains("安保関連2法案"))
        #expect(!found.contains { $0.hasPrefix("2") })
    }

    @Test func countersAndDatesStillEndTheRun() {
        let found = japanese("5月3日に巡航ミサイル2発を発射した。")
        #expect(!found.contains { $0.contains(where: { $0.isASCII && $0.isNumber }) })
        #expect(found.contains("巡航ミサイル"))
    }

    @Test func aKanjiNumeralWordIsNoNumber() {
        #expect(japanese("九州で訓練した。").contains("九州"))
    }

    @Test func aKanjiOrdinalAfter第IsANumber() {
        #expect(TermNumbers.japanese("第二次世界大戦").ordinals == [2])
        #expect(TermNumbers.japanese("第一列島線").ordinals == [1])
        #expect(TermNumbers.japanese("第十二軍").ordinals == [12] && TermNumbers.japanese("第二十一師団").ordinals == [21])
        // Elsewhere a kanji numeral is part of a word; hundreds and 〇 are read whole.
        #expect(TermNumbers.japanese("九州").all.isEmpty && TermNumbers.japanese("統一").all.isEmpty)
        #expect(TermNumbers.japanese("第二百連隊").ordinals == [200] && TermNumbers.japanese("第一〇一空挺師団").ordinals == [101])
        // A digit ordinal is a digit number, as before.
        #expect(TermNumbers.japanese("第5条") == TermNumbers.JapaneseNumbers(digits: [5], ordinals: []))
        #expect(TermNumbers.agree(english: "Second World War", japanese: "第二次世界大戦"))
        #expect(!TermNumbers.agree(english: "First World War", japanese: "第二次世界大戦"))
    }

    @Test func aKanjiOrdinalAsksForANumberOnlyWhereEnglishWritesOne() {
        // Roman numerals are read; English without any number keeps the pair possible.
        #expect(TermNumbers.agree(english: "World War II", japanese: "第二次世界大戦"))
        #expect(!TermNumbers.agree(english: "World War III", japanese: "第二次世界大戦"))
        #expect(TermNumbers.agree(english: "front line", japanese: "第一線"))
        #expect(!TermNumbers.agree(english: "front line", japanese: "第一線3"))
        #expect(TermNumbers.romanNumeral("XXI") == 21 && TermNumbers.romanNumeral("IV") == 4)
        #expect(TermNumbers.romanNumeral("I") == nil && TermNumbers.romanNumeral("VX") == nil && TermNumbers.romanNumeral("ii") == nil)
        // A Roman numeral is a number the Japanese must carry (Nicholas II ⇔ ニコライ2世).
        #expect(TermNumbers.agree(english: "Nicholas II", japanese: "ニコライ2世"))
        #expect(!TermNumbers.agree(english: "Nicholas II", japanese: "ニコライ"))
    }

    @Test func worldWarIIPairsWithItsKanjiOrdinal() {
        let pairs = TermFixtures.pairs([("第二次世界大戦", "World War II")],
                                       english: "The treaty ended World War II in 1945.", japanese: "条約は1945年に第二次世界大戦を終わらせた。")
        #expect(TermFixtures.has(pairs, "World War II", "第二次世界大戦"))
    }

    @Test func englishNumbersOpenOrCloseATermButAreNoTermAlone() {
        let found = english("Officials cited Article 9 and the new 7th Fleet plan in two defense bills.")
        #expect(found.contains("Article 9"))
        #expect(found.contains("7th Fleet"))
        #expect(!found.contains("new 7th Fleet"))
        #expect(found.contains("two defense bill"))
        #expect(!found.contains("two"))
        #expect(!found.contains("7th"))
    }

    @Test func aDateIsNoNameNumber() {
        #expect(!english("Talks began on Oct. 4 in Tokyo.").contains { $0.contains("4") })
    }

    @Test func aJapaneseNumberPairsOnlyWithTheSameEnglishNumber() {
        #expect(TermNumbers.agree(english: "Article 9", japanese: "第9条"))
        #expect(TermNumbers.agree(english: "two defense bills", japanese: "安保関連2法案"))
        #expect(TermNumbers.agree(english: "7th Fleet", japanese: "第7艦隊"))
        #expect(!TermNumbers.agree(english: "Article 6", japanese: "第9条"))
        #expect(!TermNumbers.agree(english: "defense bill", japanese: "安保関連2法案"))
        #expect(!TermNumbers.agree(english: "two defense bills", japanese: "法案"))
        // A number inside an English name may be dropped in Japanese.
        #expect(TermNumbers.agree(english: "COVID-19", japanese: "新型コロナ"))
    }

    @Test func theSameNumberAnchorsACompositionThatExplainsMost() {
        var lexicon = BilingualLexicon()
        for (ja, en) in [("条", "article"), ("安保", "security"), ("関連", "related"), ("法案", "bill")] { lexicon.add(japanese: ja, english: en) }
        let evidence = TranslationEvidence(lexicon: lexicon)
        func candidate(_ text: String) -> TermCandidate { EnglishCandidateExtractor().extract(text).candidates.max { $0.units.count < $1.units.count }! }
        func ja(_ s: String) -> TermCandidate { TermCandidate(surface: s, key: s, units: 0..<1, parts: [s], isName: false) }
        // The number sits where each language puts it: no crossed-order penalty.
        #expect((evidence.match(english: candidate("Article 9"), japanese: ja("第9条"))?.strength ?? 0) >= 0.99)
        #expect((evidence.match(english: candidate("two security bills"), japanese: ja("安保関連2法案"))?.strength ?? 0) >= 0.9)
    }
}
