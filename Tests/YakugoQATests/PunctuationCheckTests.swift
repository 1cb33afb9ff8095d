import Testing
import YakugoCore
import YakugoQA

@Suite struct PunctuationCheckTests {
    @Test(arguments: [
        "1,000人が参加した。",
        "U.S.と日本が合意した。",
        "「対応する」と述べた。",
        "約370キロ（200カイリ）だ。",
        "『防衛白書』（2023年版）を読んだ。",
        "F-35B戦闘機が飛行した…",
    ])
    func correctPunctuationPasses(target: String) {
        #expect(run("punctuation", "Source.", target).isEmpty, "\(target)")
    }

    @Test func asciiCommaAfterKanaIsReported() {
        let found = run("punctuation", "Source.", "日本,韓国、米国")
        #expect(found.first?.targetSpan == TextRange(start: 2, end: 3))
        #expect(found.first?.suggestion == "、")
    }

    @Test func crossedBracketsAreReported() {
        let found = run("punctuation", "Source.", "「対応（する」と）述べた。")
        #expect(!found.isEmpty)
    }

    @Test func closerWithoutOpenerIsReported() {
        #expect(run("punctuation", "Source.", "対応する」と述べた。").count == 1)
    }

    @Test func openQuotationInTheSourceExcusesTheTarget() {
        #expect(run("punctuation", "\"We will respond, and", "「対応する。そして").isEmpty)
    }

    @Test func halfWidthKatakanaIsReportedWithItsFullWidthForm() {
        let found = run("punctuation", "Missile.", "ﾐｻｲﾙ発射")
        #expect(found.first?.suggestion == "ミサイル")
        #expect(found.first?.targetSpan == TextRange(start: 0, end: 4))
    }

    @Test func clauseAndSentenceMarkTogetherAreDoubled() {
        #expect(run("punctuation", "Source.", "発射した、。").count == 1)
    }
}

/// An ASCII comma after a digit or Latin letter that opens Japanese text.
@Suite struct PunctuationCommaAfterLatinTests {
    @Test func commaAfterLatinBeforeJapaneseIsReported() {
        let target = "米軍F35B1️⃣,嘉手納に飛来"
        let found = run("punctuation", "U.S. F-35Bs arrive at Kadena", target)
        #expect(found.count == 1)
        #expect(found.first?.targetSpan?.start == markers(target).first)
        #expect(found.first?.suggestion == "、")
    }

    @Test func commaAfterDigitBeforeJapaneseIsReported() {
        let target = "防衛費GDP比2％へ 会合は第3回1️⃣,来月開催"
        #expect(run("punctuation", "Defense spending to 2% of GDP; third meeting next month", target).map { $0.targetSpan?.start } == markers(target))
    }

    @Test func digitGroupsPass() {
        #expect(run("punctuation", "12,500 troops and 1,000 vehicles", "兵士12,500人と車両1,000台").isEmpty)
    }

    @Test func latinCommaPhrasesPass() {
        #expect(run("punctuation", "Mitsubishi Heavy Industries, Ltd., and Kawasaki Heavy Industries, Ltd.",
                    "Mitsubishi Heavy Industries, Ltd., Kawasaki Heavy Industries, Ltd.の2社").isEmpty)
    }

    @Test func commaBetweenLatinWordsBeforeSpaceAndLatinPasses() {
        #expect(run("punctuation", "PAC-3, SM-3 and THAAD", "PAC3, SM3、THAADを配備").isEmpty)
    }
}
