import Testing
@testable import YakugoText

@Suite("English dates and times")
struct EnglishDateTimeTests {
    static let dates: [Case] = [
        Case("on Oct. 4", "Oct. 4", date(nil, 10, 4)),
        Case("on October 4", "October 4", date(nil, 10, 4)),
        Case("on Oct 4", "Oct 4", date(nil, 10, 4)),
        Case("on 4 October", "4 October", date(nil, 10, 4)),
        Case("October 4, 2022", nil, date(2022, 10, 4)),
        Case("Oct. 4, 2022", nil, date(2022, 10, 4)),
        Case("4 Oct. 2022", nil, date(2022, 10, 4)),
        Case("Sept. 2017", nil, date(2017, 9)),
        Case("September 2017", nil, date(2017, 9)),
        Case("October 4th", nil, date(nil, 10, 4)),
        Case("Jan. 1", nil, date(nil, 1, 1)),
        Case("Oct.4", nil, date(nil, 10, 4)),
        Case("Feb. 28", nil, date(nil, 2, 28)),
        Case("Mar. 3", nil, date(nil, 3, 3)),
        Case("Apr. 9", nil, date(nil, 4, 9)),
        Case("May 15", nil, date(nil, 5, 15)),
        Case("Jun. 6", nil, date(nil, 6, 6)),
        Case("Jul. 7", nil, date(nil, 7, 7)),
        Case("Aug. 15", nil, date(nil, 8, 15)),
        Case("Sep. 11", nil, date(nil, 9, 11)),
        Case("Nov. 30", nil, date(nil, 11, 30)),
        Case("Dec. 7, 1941", nil, date(1941, 12, 7)),
        Case("in October", "October", date(nil, 10)),
        Case("in May", "May", date(nil, 5)),
        Case("in 2022", "2022", date(2022)),
        Case("since 1990", "1990", date(1990)),
        Case("by 2030", "2030", date(2030)),
        Case("until 2027", "2027", date(2027)),
        Case("in mid-2023", "2023", date(2023)),
        Case("fiscal 2023", nil, date(2023, fiscal: true)),
        Case("fiscal year 2023", nil, date(2023, fiscal: true)),
        Case("FY2023", nil, date(2023, fiscal: true)),
        Case("FY 2024", nil, date(2024, fiscal: true)),
        Case("on Tuesday", "Tuesday", date(weekday: 2)),
        Case("Sunday", nil, date(weekday: 7)),
        Case("Tuesday, Oct. 4", nil, date(nil, 10, 4, weekday: 2)),
        Case("2022-10-04", nil, date(2022, 10, 4)),
    ]

    @Test(arguments: dates) func recognizesDates(_ c: Case) { check(c, .english) }

    static let times: [Case] = [
        Case("at 7:30 a.m.", "7:30 a.m.", time(7, 30)),
        Case("at 7 a.m.", "7 a.m.", time(7)),
        Case("at 10:15 p.m.", "10:15 p.m.", time(22, 15)),
        Case("at 12 p.m.", "12 p.m.", time(12)),
        Case("at 12 a.m.", "12 a.m.", time(0)),
        Case("at 7pm", "7pm", time(19)),
        Case("at 7 PM", "7 PM", time(19)),
        Case("at noon", "noon", time(12)),
        Case("at midnight", "midnight", time(0)),
        Case("at 07:30", "07:30", time(7, 30)),
        Case("at 19:45", "19:45", time(19, 45)),
        Case("around 7 a.m.", nil, time(7, approx: true)),
        Case("about noon", nil, time(12, approx: true)),
        Case("at 7.30pm", "7.30pm", time(19, 30)),
        Case("at seven o'clock", "seven o'clock", time(7)),
        Case("at 7 o’clock", "7 o’clock", time(7)),
    ]

    @Test(arguments: times) func recognizesTimes(_ c: Case) { check(c, .english) }

    @Test func bareYearWithoutContextIsANumber() {
        check(Case("2022 was a hard year", "2022", num(2022)), .english)
        check(Case("a 2022 report", "2022", num(2022)), .english)
    }

    @Test func timeRangesGiveTwoTimes() {
        #expect(en("from 3 to 5 p.m.").map(\.value) == [time(15), time(17)])
        #expect(en("9-11 a.m.").map(\.value) == [time(9), time(11)])
        #expect(en("between 9 and 10:30 a.m.").map(\.value) == [time(9), time(10, 30)])
        #expect(en("between 3 and 5 p.m.").map(\.value) == [time(15), time(17)])
        #expect(en("rose 3 to 5 percent").map(\.value) == [qty(3, .percent, upper: 5)])
    }

    @Test func coordinatedYears() {
        #expect(en("in 2022 and 2023").map(\.value) == [date(2022), date(2023)])
        #expect(en("from 2020 to 2022").map(\.value) == [date(2020), date(2022)])
        #expect(en("in 2020, 2021 or 2022").map(\.value) == [date(2020), num(2021), date(2022)])
    }

    @Test func yearBeforeFiscalYear() {
        check(Case("the 2022 fiscal year", "2022 fiscal year", date(2022, fiscal: true)), .english)
    }

    @Test func groupedThousandIsNeverAYear() {
        check(Case("in 2,022 cases", "2,022", num(2022)), .english)
    }

    @Test func yearOutsideRangeIsANumber() {
        check(Case("in 1800", "1800", num(1800)), .english)
        check(Case("in 2500", "2500", num(2500)), .english)
    }

    @Test func slashDatesAreAmbiguousInEnglish() {
        expectNone("on 10/4", .english)
        expectNone("1/3 of the budget", .english)
    }

    @Test func lowercaseMonthWordsAreNotDates() {
        expectNone("they may march", .english)
        expectNone("May I ask", .english)
    }

    @Test func bareAbbreviationWithoutPeriodIsNotADate() {
        expectNone("Jan Smith said", .english)
    }

    @Test func dateAndTimeInOneSentence() {
        let ms = en("At 7:30 a.m. on Oct. 4, 2022, the missile flew for 25 minutes.")
        #expect(ms.map(\.value) == [time(7, 30), date(2022, 10, 4), qty(25, .minute)])
    }

    @Test func dayRangeInOneMonth() {
        let ms = en("talks on Oct. 4-5 in Tokyo")
        #expect(ms.count == 1)
        #expect(ms.first?.text == "Oct. 4-5")
        #expect(ms.first?.value == .date(DateValue(month: 10, day: 4, lastDay: 5)))
        #expect(ms.first?.value.matches(ja("10月4～5日")[0].value) == true)
        #expect(ms.first?.value.matches(ja("10月4～6日")[0].value) == false)
    }

    @Test func dayRangeWithTo() {
        check(Case("Oct. 4 to 6", nil, .date(DateValue(month: 10, day: 4, lastDay: 6))), .english)
        check(Case("Oct. 4 and 5, 2022", nil, .date(DateValue(year: 2022, month: 10, day: 4, lastDay: 5))), .english)
        #expect(en("Oct. 4 to 6 p.m.").map(\.value) == [date(nil, 10, 4), time(18)])
    }

    @Test func wireServiceClockWithTimeZone() {
        check(Case("(0600 GMT)", "0600 GMT", time(6)), .english)
        check(Case("at 2230 JST", "2230 JST", time(22, 30)), .english)
        check(Case("the 0600 train", "0600", num(600)), .english)
    }

    @Test func overBeforeADurationIsASpanNotAHedge() {
        check(Case("over five years", "five years", qty(5, .year)), .english)
        check(Case("over 10 days", "10 days", qty(10, .day)), .english)
        check(Case("over 10 ships", nil, qty(10, .ship, .over)), .english)
        check(Case("more than 10 days", nil, qty(10, .day, .over)), .english)
    }
}

/// "in November, 1873": the comma older and encyclopedic prose puts between month and year.
@Suite("English month, comma, year")
struct EnglishMonthCommaYearTests {
    @Test(arguments: [
        Case("It opened in November, 1873.", "November, 1873", date(1873, 11)),
        Case("in late March, 1895", "March, 1895", date(1895, 3)),
        Case("in Sept., 2017", "Sept., 2017", date(2017, 9)),
        Case("in May, 1873", "May, 1873", date(1873, 5)),
        Case("on December 1 in 1997", "December 1 in 1997", date(1997, 12, 1)),
    ])
    func monthAndYearAreOneDate(_ c: Case) { check(c, .english) }

    @Test func countAfterTheCommaIsNoYear() {
        #expect(en("In May, 1500 troops left.").map(\.value) == [date(nil, 5), qty(1500, .person)])
    }
}
