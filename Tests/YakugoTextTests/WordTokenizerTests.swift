import Testing
import YakugoCore
@testable import YakugoText

private func words(_ text: String, _ language: Language) -> [String] {
    WordTokenizer(language: language).units(in: text).filter(\.isWord).map(\.text)
}

@Suite("Word units")
struct WordTokenizerTests {
    @Test func englishCompoundsStayWhole() {
        #expect(words("The Japan Air Self-Defense Force flew F-35Bs under the Japan-U.S. treaty with Korea's help.", .english) ==
            ["The", "Japan", "Air", "Self-Defense", "Force", "flew", "F-35Bs", "under", "the", "Japan-U.S.", "treaty", "with", "Korea's", "help"])
    }

    @Test func englishCurlyApostropheAndInitialisms() {
        #expect(words("North Korea’s launch worried the U.N. at 7 a.m. on Oct. 4.", .english) ==
            ["North", "Korea’s", "launch", "worried", "the", "U.N.", "at", "7", "a.m.", "on", "Oct.", "4"])
    }

    @Test func englishNumbersKeepSeparators() {
        #expect(words("It flew 4,600 km, or 2.5 times farther.", .english) == ["It", "flew", "4,600", "km", "or", "2.5", "times", "farther"])
    }

    @Test func englishSentenceFinalPeriodIsNotPartOfAWord() {
        let units = WordTokenizer(language: .english).units(in: "They met Biden.")
        #expect(units.map(\.text) == ["They", "met", "Biden", "."])
        #expect(units.last?.script == .punctuation)
    }

    @Test func japaneseKatakanaNamesAreOneUnit() {
        let result = words("バイデン大統領とユン・ソンニョル大統領", .japanese)
        #expect(result.contains("バイデン"))
        #expect(result.contains("ユン・ソンニョル"))
    }

    @Test func japaneseNumbersTakeTheirCounters() {
        let result = words("約25分間電話した。4発を発射し、120万人が", .japanese)
        #expect(result.contains("25分間"))
        #expect(result.contains("4発"))
        #expect(result.contains("120万人"))
    }

    @Test func japaneseDatesChain() {
        #expect(words("2022年10月4日夜に", .japanese).first == "2022年10月4日")
        // ICU alone splits full-width ４|日夜.
        #expect(words("１０月４日夜", .japanese).first == "１０月４日")
    }

    @Test func japaneseLatinDesignationsAreOneUnit() {
        let result = words("F35B戦闘機とICBM、F-15が", .japanese)
        #expect(result.contains("F35B"))
        #expect(result.contains("ICBM"))
        #expect(result.contains("F-15"))
    }

    @Test func scriptClassesOfUnits() {
        let units = WordTokenizer(language: .japanese).units(in: "防衛省はミサイルをF35Bで25分")
        let byText = Dictionary(units.map { ($0.text, $0.script) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["ミサイル"] == .katakana)
        #expect(byText["F35B"] == .latin)
        #expect(byText["は"] == .hiragana)
        #expect(byText["25分"] == .mixed)
    }

    @Test func offsetsPointIntoTheOriginal() {
        let text = "𠮷野家で、バイデン氏は25分"
        let scalars = ScalarText(text)
        for unit in WordTokenizer(language: .japanese).units(in: text) {
            #expect(scalars[unit.range] == unit.text)
        }
    }

    @Test func emptyAndSpaceOnly() {
        #expect(WordTokenizer(language: .english).units(in: "").isEmpty)
        #expect(WordTokenizer(language: .japanese).units(in: " \u{3000} ").isEmpty)
    }
}
