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
}
