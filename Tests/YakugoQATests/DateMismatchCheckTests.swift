import Testing
import YakugoQA

@Suite struct DateMismatchCheckTests {
    @Test func mustShowOctoberFourthAsFourteenthIsReported() {
        let report = Validator().validate([QASegment(id: "1", source: "Oct. 4", target: "10月14日")])
        #expect(report.findings.map(\.check) == ["date-mismatch"])
        #expect(report.findings.first?.suggestion == "10月4日")
        #expect(report.findings.first?.targetSpan?.start == 0)
    }

    @Test(arguments: [
        ("on Oct. 4", "10月4日に"),
        ("on Oct. 4", "4日に"),
        ("on September 30", "9月30日に"),
        ("in fiscal 2023", "2023年度に"),
        ("at 7:30 a.m.", "午前7時半に"),
        ("at 7:30 a.m.", "午前7時30分に"),
        ("on Tuesday", "火曜日に"),
        ("on Tuesday", "4日に"),
        ("in 2023", "令和5年に"),
        ("in 2019", "令和元年に"),
        ("on Oct. 4", "同日"),
        ("Tuesday, Oct. 4, 2022", "2022年10月4日（火）"),
    ])
    func compatibleDatesPass(source: String, target: String) {
        #expect(run("date-mismatch", source, target).isEmpty, "\(source) → \(target)")
    }

    @Test(arguments: [
        ("in fiscal 2023", "2024年度に"),
        ("in fiscal 2023", "2023年に"),
        ("at 7:30 a.m.", "午後7時半に"),
        ("on Tuesday", "水曜日に"),
        ("in 2023", "令和4年に"),
    ])
    func conflictingDatesAreReported(source: String, target: String) {
        #expect(run("date-mismatch", source, target).count == 1, "\(source) → \(target)")
    }
}
