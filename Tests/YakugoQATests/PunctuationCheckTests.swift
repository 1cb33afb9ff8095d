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
