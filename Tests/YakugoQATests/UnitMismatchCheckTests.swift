import Testing
import YakugoQA

@Suite struct UnitMismatchCheckTests {
    @Test(arguments: [
        ("25 minutes", "25時間"),
        ("200 nautical miles", "200キロ"),
        ("100 tons", "100キロ"),
        ("$1.5 billion", "15億円"),
        ("30 percent", "30倍"),
        ("3 percentage points", "3%"),
    ])
    func differentUnitsAreReported(source: String, target: String) {
        let found = run("unit-mismatch", source, target)
        #expect(found.count == 1, "\(source) → \(target)")
        #expect(found.first?.targetSpan?.start == 0)
    }

    @Test(arguments: [
        ("25 minutes", "25分間"),
        ("200 nautical miles", "約370キロ"),
        ("2 kilometers", "2000メートル"),
        ("48 hours", "2日間"),
        ("1,000 troops", "千人"),
        ("3 percentage points", "3ポイント"),
    ])
    func sameOrConvertedUnitsPass(source: String, target: String) {
        #expect(run("unit-mismatch", source, target).isEmpty, "\(source) → \(target)")
    }

    @Test func percentRenderedAsPointsIsReported() {
        let found = run("unit-mismatch", "Exports grew 4.2 percent last year.", "輸出は昨年、1️⃣4.2ポイント伸びた。".replacingOccurrences(of: "1️⃣", with: ""))
        #expect(found.count == 1)
        #expect(found.first?.targetSpan?.start == markers("輸出は昨年、1️⃣4.2ポイント伸びた。").first)
        #expect(found.first?.suggestion == "4.2%")
    }

    @Test func pointsRenderedAsPointsPass() {
        #expect(run("unit-mismatch", "The approval rating fell 4.2 percentage points.", "支持率は4.2ポイント下がった。").isEmpty)
    }

    @Test func percentSignBeforePointsReadsAsPoints() {
        #expect(run("unit-mismatch", "The approval rating fell 4.2 percentage points.", "支持率は4.2％ポイント下がった。").isEmpty)
        #expect(run("unit-mismatch", "The approval rating fell 4.2 percent.", "支持率は4.2％ポイント下がった。").count == 1)
    }

    @Test func percentAgainstPointsIsNotAlsoAWrongNumber() {
        #expect(run("number-mismatch", "Exports grew 4.2 percent last year.", "輸出は昨年、4.2ポイント伸びた。").isEmpty)
    }
}
