import Testing
import YakugoText

/// ICU transforms behind name matching: Katakana-Latin for loanwords and names, Han-Latin for
/// Chinese names written in kanji.
@Suite struct TransliterationTests {
    @Test func chineseCharactersReadAsPinyinSyllables() {
        #expect(Transliteration.hanToPinyin("張軍") == "zhang jun")
        #expect(Transliteration.hanToPinyin("王毅") == "wang yi")
        #expect(Transliteration.hanToPinyin("") == "")
    }

    @Test func katakanaReadsAsLatin() {
        #expect(Transliteration.katakanaToLatin("バイデン") == "baiden")
    }

    @Test func zBeforeIAndAVowelSoundsLikeJapaneseJ() throws {
        // ネベンジャ is Nebenzia: Japanese writes z before i and a vowel with ジ, as it writes j
        // (and zh: ジューコフ Zhukov starts like ジョン John).
        #expect(Transliteration.skeleton("Zhukov").first == Transliteration.skeleton("John").first)
        for (katakana, english) in [("ネベンジャ", "Nebenzia")] {
            let latin = try #require(Transliteration.katakanaToLatin(katakana))
            #expect(Transliteration.skeleton(latin) == Transliteration.skeleton(english), "\(katakana) → \(latin)")
        }
        // Elsewhere z stays an s sound (ゼレンスキー Zelensky, ジョーンズ Jones keeps its s).
        #expect(Transliteration.skeleton("Zelensky") == Transliteration.skeleton(try #require(Transliteration.katakanaToLatin("ゼレンスキー"))))
        #expect(Transliteration.skeleton("zone") != Transliteration.skeleton("jone"))
    }
}
