import Testing
import YakugoQA

@Suite struct NumberMismatchCheckTests {
    @Test(arguments: [
        ("1,000 troops took part.", "千人の部隊が参加した。"),
        ("1,000 troops took part.", "1000人の部隊が参加した。"),
        ("1,000 troops took part.", "１，０００人の部隊が参加した。"),
        ("1,000 troops took part.", "1,000人の部隊が参加した。"),
        ("It costs 1.2 million dollars.", "費用は120万ドルだ。"),
        ("Thirteen members voted for it.", "13カ国が賛成した。"),
        ("The budget is ¥7.95 trillion.", "予算は7兆9496億円だ。"),
        ("It flew 200 nautical miles.", "200カイリ（約370キロ）飛行した。"),
        ("The yen fell to 150 per dollar.", "1ドル＝150円まで下落した。"),
        ("The two leaders agreed.", "両首脳は合意した。"),
        ("The budget is ¥7.95 trillion, or about $56 billion.", "予算は7兆9496億円だ。"),
        ("about 3 to 5 missiles", "3～5発程度のミサイル"),
    ])
    func correctRenderingsPass(source: String, target: String) {
        #expect(run("number-mismatch", source, target).isEmpty)
    }

    @Test func mustShowThousandTroopsReportsNothingInAnyCheck() {
        let report = Validator().validate([QASegment(id: "1", source: "1,000 troops", target: "千人の部隊")])
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
    }

    @Test func twelveMillionIsNotOneHundredTwentyMan() {
        let found = run("number-mismatch", "The budget reached 12 million dollars.", "予算は120万ドルに達した。")
        #expect(found.count == 1)
        #expect(found.first?.targetSpan?.start == markers("予算は1️⃣120万ドルに達した。").first)
        #expect(found.first?.suggestion == "1200万ドル")
    }

    @Test func droppedNumberPointsAtTheSource() {
        let found = run("number-mismatch", "The drill involved 42 fighters.", "訓練には戦闘機が参加した。")
        #expect(found.count == 1)
        #expect(found.first?.targetSpan == nil)
        #expect(found.first?.sourceSpan?.start == 19)
    }

    @Test func spelledOutSmallNumberWithWrongValueIsReported() {
        let found = run("number-mismatch", "North Korea fired three missiles.", "北朝鮮はミサイル4発を発射した。")
        #expect(found.count == 1)
    }

    @Test func roundingNeedsTwoSignificantDigits() {
        #expect(!run("number-mismatch", "1,000 troops", "1004人の部隊").isEmpty)
    }

    @Test func sameValueOtherUnitIsLeftToUnitMismatch() {
        #expect(run("number-mismatch", "It flew for 25 minutes.", "25時間飛行した。").isEmpty)
    }
}
