import Testing
@testable import YakugoText

@Suite("Japanese dates and times")
struct JapaneseDateTimeTests {
    static let dates: [Case] = [
        Case("10月4日に", "10月4日", date(nil, 10, 4)),
        Case("2022年10月4日", nil, date(2022, 10, 4)),
        Case("2017年9月", nil, date(2017, 9)),
        Case("2022年に", "2022年", date(2022)),
        Case("4日、", "4日", date(nil, nil, 4)),
        Case("2023年度", nil, date(2023, fiscal: true)),
        Case("22年度", nil, date(2022, fiscal: true)),
        Case("22年10月", nil, date(2022, 10)),
        Case("十月四日", nil, date(nil, 10, 4)),
        Case("１０月４日", nil, date(nil, 10, 4)),
        Case("二〇二二年十月四日", nil, date(2022, 10, 4)),
        Case("火曜日", nil, date(weekday: 2)),
        Case("日曜", nil, date(weekday: 7)),
        Case("10月4日（火）", nil, date(nil, 10, 4, weekday: 2)),
        Case("4日(金)", nil, date(nil, nil, 4, weekday: 5)),
        Case("2022年10月4日（火曜日）", nil, date(2022, 10, 4, weekday: 2)),
        Case("昨年十月に", "十月", date(nil, 10)),
        Case("2022/10/04", nil, date(2022, 10, 4)),
        Case("10/4（火）", nil, date(nil, 10, 4, weekday: 2)),
        Case("10/4に", "10/4", date(nil, 10, 4)),
    ]

    @Test(arguments: dates) func recognizesDates(_ c: Case) { check(c, .japanese) }

    static let eras: [(String, Int, JapaneseEra, Int, Bool)] = [
        ("令和5年", 2023, .reiwa, 5, false),
        ("令和元年", 2019, .reiwa, 1, false),
        ("令和５年度", 2023, .reiwa, 5, true),
        ("平成31年", 2019, .heisei, 31, false),
        ("平成元年", 1989, .heisei, 1, false),
        ("昭和64年", 1989, .showa, 64, false),
        ("大正15年", 1926, .taisho, 15, false),
        ("明治45年", 1912, .meiji, 45, false),
        ("令和五年", 2023, .reiwa, 5, false),
    ]

    @Test(arguments: eras) func eraYears(_ c: (String, Int, JapaneseEra, Int, Bool)) {
        let ms = ja(c.0)
        #expect(ms.count == 1)
        #expect(ms.first?.text == c.0)
        #expect(ms.first?.value == .date(DateValue(year: c.1, isFiscalYear: c.4, era: c.2, eraYear: c.3)))
    }

    @Test func eraDateWithMonthAndDay() {
        check(Case("平成31年4月30日", nil, .date(DateValue(year: 2019, month: 4, day: 30, era: .heisei, eraYear: 31))), .japanese)
    }

    @Test func eraNameAloneIsNotADate() {
        expectNone("令和の時代", .japanese)
    }

    static let times: [Case] = [
        Case("午前7時半", nil, time(7, 30)),
        Case("午後3時", nil, time(15)),
        Case("午後10時15分", nil, time(22, 15)),
        Case("正午", nil, time(12)),
        Case("7時半", nil, time(7, 30)),
        Case("19時", nil, time(19)),
        Case("午前0時", nil, time(0)),
        Case("午後0時", nil, time(12)),
        Case("午前7時ごろ", nil, time(7, approx: true)),
        Case("午前七時", nil, time(7)),
        Case("１５：３０", nil, time(15, 30)),
        Case("午後1時2分3秒", nil, time(13, 2)),
        Case("夜10時", nil, time(22)),
        Case("夕方5時半", nil, time(17, 30)),
        Case("深夜11時", nil, time(23)),
        Case("深夜2時", nil, time(2)),
        Case("朝7時", nil, time(7)),
        Case("未明3時ごろ", nil, time(3, approx: true)),
    ]

    @Test(arguments: times) func recognizesTimes(_ c: Case) { check(c, .japanese) }

    @Test func hourRangeGivesTwoTimes() {
        #expect(ja("9～17時").map(\.value) == [time(9), time(17)])
    }

    @Test func dateThenTimeAreTwoMentions() {
        let ms = ja("10月4日午前7時22分、")
        #expect(ms.map(\.value) == [date(nil, 10, 4), time(7, 22)])
        #expect(ms.map(\.text) == ["10月4日", "午前7時22分"])
    }

    @Test func dateIsNotSplitIntoNumbers() {
        let ms = ja("10月4日")
        #expect(ms.count == 1)
    }

    @Test func slashAfterNoIsAFraction() {
        expectNone("全体の1/3", .japanese)
    }

    @Test func dayRanges() {
        check(Case("10～12日に", "10～12日", .date(DateValue(day: 10, lastDay: 12))), .japanese)
        check(Case("10月4～5日", nil, .date(DateValue(month: 10, day: 4, lastDay: 5))), .japanese)
        check(Case("2022年10月4〜5日", nil, .date(DateValue(year: 2022, month: 10, day: 4, lastDay: 5))), .japanese)
    }

    @Test func dayOutOfRangeIsADuration() {
        check(Case("100日", nil, qty(100, .day)), .japanese)
    }

    @Test func theSecondTimeOfAnAfternoonRangeIsInTheAfternoon() {
        let values = { (text: String) in NumberRecognizer.mentions(in: text, language: .japanese).map(\.value) }
        #expect(values("午後5時から8時半まで") == [time(17), time(20, 30)])
        #expect(values("午後1時～3時") == [time(13), time(15)])
        #expect(values("午後6時から6時半") == [time(18), time(18, 30)])
        #expect(values("午後5時15分から5時45分") == [time(17, 15), time(17, 45)])
        // A morning range, a second time after the first, or one written with its own half of
        // the day stays as written.
        #expect(values("午前9時から11時まで") == [time(9), time(11)])
        #expect(values("午後5時、翌朝8時に") == [time(17), time(8)])
        #expect(values("午後5時から午前2時まで") == [time(17), time(2)])
    }

    @Test func kanjiHourWithoutPrefixIsNotATime() {
        expectNone("一時的に", .japanese)
        expectNone("一時停止", .japanese)
    }
}

/// Years joined by ～: each end a year, an abbreviated second one in the first's century.
@Suite("Japanese year ranges")
struct JapaneseYearRangeTests {
    @Test(arguments: [
        ("1937～1945年", [date(1937), date(1945)]),
        ("1937年～1945年", [date(1937), date(1945)]),
        ("2024～26年", [date(2024), date(2026)]),
        ("2024年～26年", [date(2024), date(2026)]),
        ("1937年から1945年まで", [date(1937), date(1945)]),
        ("2023～27年度", [date(2023, fiscal: true), date(2027, fiscal: true)]),
    ])
    func bothEndsAreYears(_ c: (String, [NumericValue])) {
        #expect(ja(c.0).map(\.value) == c.1, "\(dump(ja(c.0)))")
    }

    @Test func abbreviatedYearMustFollowTheFirst() {
        #expect(ja("2024～22年").map(\.value) == [num(2024), qty(22, .year)], "\(dump(ja("2024～22年")))")
    }

    @Test func twoDigitYearAloneIsStillADuration() {
        check(Case("26年", nil, qty(26, .year)), .japanese)
    }
}
