import Testing
import YakugoQA

@Suite struct UnitMismatchCheckTests {
    @Test(arguments: [
        ("25 minutes", "25時間"),
        ("200 nautical miles", "200キロ"),
        ("100 tons", "100キロ"),
        ("$1.5 billion", "15億円"),
        ("30 percent", "30倍"),
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
        ("3 percentage points", "3%"),
    ])
    func sameOrConvertedUnitsPass(source: String, target: String) {
        #expect(run("unit-mismatch", source, target).isEmpty, "\(source) → \(target)")
    }
}
