import Testing
import YakugoCore
@testable import YakugoTerms

/// Japanese writes a Chinese person's name in kanji and English in pinyin; and of two
/// overlapping dictionary words the longer one decides where a name ends.
@Suite struct ChineseNameTests {
    private func english(_ phrase: String) -> TermCandidate { TermFixtures.englishCandidate(phrase, name: true) }
    private func japanese(_ surface: String) -> TermCandidate { TermFixtures.japaneseCandidate(surface) }

    @Test func aKanjiNameWhoseMandarinReadingSpellsTheEnglishNameMatches() {
        let evidence = TranslationEvidence(lexicon: nil)
        #expect(evidence.match(english: english("Zhang Jun"), japanese: japanese("張軍")) == TranslationEvidence.Match(strength: 0.9, signal: "transliteration"))
        #expect(evidence.match(english: english("Wang Yi"), japanese: japanese("王毅"))?.strength == 0.9)
    }

    @Test func aReadingThatSpellsAnotherNameOrPartOfItIsNoMatch() {
        let evidence = TranslationEvidence(lexicon: nil)
        #expect(evidence.match(english: english("Wang Yi"), japanese: japanese("張軍")) == nil)
        // Every syllable must be spelled: "Zhang" alone is not 張軍.
        #expect(evidence.match(english: english("Zhang"), japanese: japanese("張軍")) == nil)
        // A Japanese name is read the Japanese way, never in pinyin.
        #expect(evidence.match(english: english("Fumio Kishida"), japanese: japanese("岸田文雄")) == nil)
    }

    @Test func aChinesePlaceIsOneWordInPinyin() {
        let evidence = TranslationEvidence(lexicon: TermFixtures.lexicon([("旅行", "travel")]))
        #expect(evidence.match(english: english("Lushun"), japanese: japanese("旅順"))?.strength == 0.9)
        #expect(evidence.match(english: english("Liaoning"), japanese: japanese("遼寧"))?.strength == 0.9)
        #expect(evidence.match(english: english("Xian"), japanese: japanese("西安"))?.strength == 0.9)
        // An English word is no pinyin: "Dating" is not 大亭 (da ting) where glosses use it.
        #expect(evidence.match(english: english("Dating"), japanese: japanese("大亭"))?.strength == 0.9)
        let dating = TranslationEvidence(lexicon: TermFixtures.lexicon([("交際", "dating"), ("デート", "dating"), ("逢引", "dating")]))
        #expect(dating.match(english: english("Dating"), japanese: japanese("大亭")) == nil)
        // Nor is one kanji, one syllable, enough to tell.
        #expect(evidence.match(english: english("Shan"), japanese: japanese("山")) == nil)
    }

    @Test func theLongerOfTwoOverlappingWordsDecidesTheCut() {
        // 軍国 "militarism" spans 張軍|国連大使, but 国連大使 reaches past it: 張軍 ends at the cut.
        let lexicon = TermFixtures.lexicon([("軍国", "militarism"), ("国連", "United Nations"), ("国連大使", "UN ambassador"), ("大使", "ambassador")])
        let surfaces = JapaneseCandidateExtractor(lexicon: lexicon).extract("中国の張軍国連大使が発言した。").candidates.map(\.surface)
        #expect(surfaces.contains("張軍"))
        #expect(surfaces.contains("国連大使"))
    }
}
