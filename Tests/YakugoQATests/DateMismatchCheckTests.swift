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

/// English date forms of encyclopedic prose: "in November, 1873", "on December 1 in 1997".
@Suite struct DateMismatchMonthYearFormsTests {
    @Test(arguments: [
        ("It opened in November, 1873.", "1873年11月に開業した。"),
        ("He arrived in late March, 1895.", "1895年3月下旬に到着した。"),
        ("He died on December 1 in 1997.", "1997年12月1日に死去した。"),
        ("The plan runs from 2024 to 2026.", "計画は2024～26年に実施される。"),
        ("It runs from fiscal 2023 through fiscal 2027.", "2023〜27年度に実施される。"),
    ])
    func oneDateOnEachSidePasses(source: String, target: String) {
        #expect(run("date-mismatch", source, target).isEmpty, "\(source) → \(target)")
        #expect(run("number-mismatch", source, target).isEmpty, "\(source) → \(target)")
    }

    @Test(arguments: [
        ("It opened in November, 1873.", "1874年11月に開業した。"),
        ("It opened in November, 1873.", "1873年12月に開業した。"),
        ("He died on December 1 in 1997.", "1998年12月1日に死去した。"),
        ("The plan runs from 2024 to 2026.", "計画は2024～27年に実施される。"),
    ])
    func anotherYearOrMonthIsReported(source: String, target: String) {
        #expect(run("date-mismatch", source, target).count == 1, "\(source) → \(target)")
    }
}
