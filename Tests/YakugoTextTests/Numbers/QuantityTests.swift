import Testing
import YakugoCore
@testable import YakugoText

@Suite("Quantities")
struct QuantityTests {
    static let english: [Case] = [
        Case("25 minutes", nil, qty(25, .minute)),
        Case("about 25 minutes", nil, qty(25, .minute, .about)),
        Case("some 25 minutes", nil, qty(25, .minute, .about)),
        Case("4,600 kilometers", nil, qty(4600, .kilometer)),
        Case("4,600km", nil, qty(4600, .kilometer)),
        Case("6,000 km", nil, qty(6000, .kilometer)),
        Case("370 kilometres", nil, qty(370, .kilometer)),
        Case("200 nautical miles", nil, qty(200, .nauticalMile)),
        Case("50 miles", nil, qty(50, .mile)),
        Case("2 percent", nil, qty(2, .percent)),
        Case("2 per cent", nil, qty(2, .percent)),
        Case("2%", nil, qty(2, .percent)),
        Case("２％", nil, qty(2, .percent)),
        Case("0.25 percentage point", nil, .quantity(NumberValue(ExactNumber(significand: 25, exponent: -2)), unit: .percentagePoint)),
        Case("¥43 trillion", nil, qty(43, e: 12, .yen)),
        Case("43 trillion yen", nil, qty(43, e: 12, .yen)),
        Case("$1.5 billion", nil, qty(15, e: 8, .dollar)),
        Case("1.5 billion dollars", nil, qty(15, e: 8, .dollar)),
        Case("US$1.5 billion", nil, qty(15, e: 8, .dollar)),
        Case("$1.5bn", nil, qty(15, e: 8, .dollar)),
        Case("$300m", nil, qty(3, e: 8, .dollar)),
        Case("€20 million", nil, qty(2, e: 7, .euro)),
        Case("1 trillion won", nil, qty(1, e: 12, .won)),
        Case("10 billion yuan", nil, qty(1, e: 10, .yuan)),
        Case("₩1 trillion", nil, qty(1, e: 12, .won)),
        Case("5 billion US dollars", nil, qty(5, e: 9, .dollar)),
        Case("USD 1.5 billion", nil, qty(15, e: 8, .dollar)),
        Case("JPY 43 trillion", nil, qty(43, e: 12, .yen)),
        Case("1.5 billion USD", nil, qty(15, e: 8, .dollar)),
        Case("1,000 troops", nil, qty(1000, .person)),
        Case("1,000 people", nil, qty(1000, .person)),
        Case("4 missiles", nil, qty(4, .missile)),
        Case("four missiles", nil, qty(4, .missile)),
        Case("four rounds", nil, qty(4, .missile)),
        Case("two warships", nil, qty(2, .ship)),
        Case("12 aircraft", nil, qty(12, .aircraft)),
        Case("six jets", nil, qty(6, .aircraft)),
        Case("three times", nil, qty(3, .times)),
        Case("twice", nil, qty(2, .times)),
        Case("27 countries", nil, qty(27, .country)),
        Case("10 tanks", nil, qty(10, .vehicle)),
        Case("a 30-minute call", "30-minute", qty(30, .minute)),
        Case("a two-day visit", "two-day", qty(2, .day)),
        Case("5 tons", nil, qty(5, .ton)),
        Case("a 100m sprint", "100m", qty(100, .meter)),
        Case("rose 3pct", "3pct", qty(3, .percent)),
        Case("2 kg", nil, qty(2, .kilogram)),
        Case("a 10cm crack", "10cm", qty(10, .centimeter)),
        Case("155mm shells", "155mm", qty(155, .millimeter)),
        Case("155-millimeter shells", "155-millimeter", qty(155, .millimeter)),
        Case("30,000 feet", nil, qty(30000, .foot)),
        Case("at 30 knots", "30 knots", qty(30, .knot)),
        Case("500 liters", nil, qty(500, .liter)),
        Case("200 hectares", nil, qty(200, .hectare)),
        Case("six decades", nil, qty(60, .year)),
        Case("3 decades", nil, qty(30, .year)),
        Case("3 years", nil, qty(3, .year)),
        Case("1.2 million people", nil, qty(12, e: 5, .person)),
    ]

    @Test(arguments: english) func englishQuantities(_ c: Case) { check(c, .english) }

    static let japanese: [Case] = [
        Case("25分間", nil, qty(25, .minute)),
        Case("25分", nil, qty(25, .minute)),
        Case("約25分間", nil, qty(25, .minute, .about)),
        Case("4600キロ", nil, qty(4600, .kilometer)),
        Case("4600km", nil, qty(4600, .kilometer)),
        Case("約370キロ", nil, qty(370, .kilometer, .about)),
        Case("1000キロメートル", nil, qty(1000, .kilometer)),
        Case("200カイリ", nil, qty(200, .nauticalMile)),
        Case("200海里", nil, qty(200, .nauticalMile)),
        Case("2%", nil, qty(2, .percent)),
        Case("２％", nil, qty(2, .percent)),
        Case("2パーセント", nil, qty(2, .percent)),
        Case("3割", nil, qty(30, .percent)),
        Case("3割5分", nil, qty(35, .percent)),
        Case("43兆円", nil, qty(43, e: 12, .yen)),
        Case("15億ドル", nil, qty(15, e: 8, .dollar)),
        Case("15億米ドル", nil, qty(15, e: 8, .dollar)),
        Case("7兆9496億円", nil, qty(7_949_600_000_000, .yen)),
        Case("1兆ウォン", nil, qty(1, e: 12, .won)),
        Case("100億元", nil, qty(1, e: 10, .yuan)),
        Case("100億人民元", nil, qty(1, e: 10, .yuan)),
        Case("20億ユーロ", nil, qty(2, e: 9, .euro)),
        Case("1000人", nil, qty(1000, .person)),
        Case("1万2000人", nil, qty(12_000, .person)),
        Case("3名", nil, qty(3, .person)),
        Case("三人", nil, qty(3, .person)),
        Case("4発", nil, qty(4, .missile)),
        Case("2隻", nil, qty(2, .ship)),
        Case("6機", nil, qty(6, .aircraft)),
        Case("3回", nil, qty(3, .times)),
        Case("2度", nil, qty(2, .times)),
        Case("27カ国", nil, qty(27, .country)),
        Case("27か国", nil, qty(27, .country)),
        Case("10台", nil, qty(10, .vehicle)),
        Case("3カ月", nil, qty(3, .month)),
        Case("3ヶ月間", nil, qty(3, .month)),
        Case("2週間", nil, qty(2, .week)),
        Case("5年間", nil, qty(5, .year)),
        Case("5か年", nil, qty(5, .year)),
        Case("2泊", nil, qty(2, .night)),
        Case("5年", nil, qty(5, .year)),
        Case("3日間", nil, qty(3, .day)),
        Case("24時間", nil, qty(24, .hour)),
        Case("30秒", nil, qty(30, .second)),
        Case("5トン", nil, qty(5, .ton)),
        Case("20センチ", nil, qty(20, .centimeter)),
        Case("20cm", nil, qty(20, .centimeter)),
        Case("155ミリ", nil, qty(155, .millimeter)),
        Case("120mm", nil, qty(120, .millimeter)),
        Case("634m", nil, qty(634, .meter)),
        Case("30ノット", nil, qty(30, .knot)),
        Case("3万フィート", nil, qty(30000, .foot)),
        Case("一時間", nil, qty(1, .hour)),
        Case("十分間", nil, qty(10, .minute)),
    ]

    @Test(arguments: japanese) func japaneseQuantities(_ c: Case) { check(c, .japanese) }

    static let rangesAndHedges: [(String, YakugoCore.Language, NumericValue)] = [
        ("3 to 5", .english, num(3, upper: 5)),
        ("3-5", .english, num(3, upper: 5)),
        ("3–5 percent", .english, qty(3, .percent, upper: 5)),
        ("3-5 percent", .english, qty(3, .percent, upper: 5)),
        ("between 3 and 5", .english, num(3, upper: 5)),
        ("3 to 5 million", .english, .number(NumberValue(ExactNumber(3_000_000), upper: ExactNumber(5_000_000)))),
        ("$3-5 billion", .english, .quantity(NumberValue(ExactNumber(3_000_000_000), upper: ExactNumber(5_000_000_000)), unit: .dollar)),
        ("about 370 km", .english, qty(370, .kilometer, .about)),
        ("more than 1,000", .english, num(1000, .over)),
        ("at least 20 people", .english, qty(20, .person, .atLeast)),
        ("less than 5%", .english, qty(5, .percent, .under)),
        ("fewer than 100 troops", .english, qty(100, .person, .under)),
        ("nearly 300", .english, num(300, .nearly)),
        ("up to 500 km", .english, qty(500, .kilometer, .upTo)),
        ("no more than 10", .english, num(10, .atMost)),
        ("an estimated 2,000", .english, num(2000, .about)),
        ("3～5%", .japanese, qty(3, .percent, upper: 5)),
        ("3〜5", .japanese, num(3, upper: 5)),
        ("3%～5%", .japanese, qty(3, .percent, upper: 5)),
        ("3～5日間", .japanese, qty(3, .day, upper: 5)),
        ("3～5年間", .japanese, qty(3, .year, upper: 5)),
        ("1000人以上", .japanese, qty(1000, .person, .atLeast)),
        ("およそ300人", .japanese, qty(300, .person, .about)),
        ("300人余り", .japanese, qty(300, .person, .over)),
        ("300余人", .japanese, qty(300, .person, .over)),
        ("1000人余", .japanese, qty(1000, .person, .over)),
        ("1万人超", .japanese, qty(10_000, .person, .over)),
        ("1万超", .japanese, num(10_000, .over)),
        ("100人未満", .japanese, qty(100, .person, .under)),
        ("100人以下", .japanese, qty(100, .person, .atMost)),
        ("1000人近く", .japanese, qty(1000, .person, .nearly)),
        ("1000人弱", .japanese, qty(1000, .person, .nearly)),
        ("10分程度", .japanese, qty(10, .minute, .about)),
        ("最大5000キロ", .japanese, qty(5000, .kilometer, .upTo)),
        ("少なくとも3人", .japanese, qty(3, .person, .atLeast)),
    ]

    @Test(arguments: rangesAndHedges)
    func rangesAndApproximations(_ c: (String, YakugoCore.Language, NumericValue)) {
        check(Case(c.0, nil, c.2), c.1)
    }

    @Test func nightsAndDaysOfAVisit() {
        #expect(ja("2泊3日の日程").map(\.value) == [qty(2, .night), qty(3, .day)])
        #expect(en("a three-day, two-night visit").map(\.value) == [qty(3, .day), qty(2, .night)])
    }

    @Test func fromToIsAChangeNotARange() {
        let ms = en("rose from 3 to 5 percent")
        #expect(ms.map(\.value) == [num(3), qty(5, .percent)])
    }

    @Test func fractionIsNotMinutes() {
        expectNone("3分の1", .japanese)
        expectNone("三分の一", .japanese)
    }

    @Test func kanjiTenMinutesMeaningEnoughIsSkipped() {
        expectNone("十分な", .japanese)
    }

    @Test func centralisationIsNotYuan() {
        expectNone("情報の一元化", .japanese)
    }

    @Test func modifiersBetweenNumberAndCountedNoun() {
        check(Case("four ballistic missiles", nil, qty(4, .missile)), .english)
        check(Case("two Chinese coast guard ships", "two", num(2)), .english)  // three modifiers: too far
        check(Case("two Chinese navy ships", nil, qty(2, .ship)), .english)
        check(Case("Japan will buy 42 F-35B fighters", "42 F-35B fighters", qty(42, .aircraft)), .english)
        check(Case("1,000 U.S. troops", nil, qty(1000, .person)), .english)
        check(Case("one Russian warship", nil, qty(1, .ship)), .english)
        check(Case("2 more ships", nil, qty(2, .ship)), .english)
    }

    @Test func modifiersDoNotTurnAYearIntoACount() {
        #expect(en("In 2022 Chinese ships entered").map(\.value) == [date(2022)])
    }

    @Test func unknownNounLeavesAPlainNumber() {
        check(Case("the 5 Chinese officials", "5", num(5)), .english)
    }

    @Test func roundsOfTalksAreNotAmmunition() {
        check(Case("two rounds of talks", "two", num(2)), .english)
    }
}

/// Kanji numerals before 分 (minutes), 歳/才 (ages) and counters, and the words they also make.
@Suite("Kanji minutes, ages and counters")
struct KanjiMinutesAgesTests {
    @Test(arguments: [
        Case("徒歩十三分", "十三分", qty(13, .minute)),
        Case("あと二十分", "二十分", qty(20, .minute)),
        Case("三十分後", "三十分", qty(30, .minute)),
        Case("約三十分", nil, qty(30, .minute, .about)),
        Case("三分", nil, qty(3, .minute)),
        Case("五分後に", "五分", qty(5, .minute)),
        Case("十分後に", "十分", qty(10, .minute)),
        Case("約十分", nil, qty(10, .minute, .about)),
        Case("十二分後に", "十二分", qty(12, .minute)),
        Case("三十歳", nil, qty(30, .age)),
        Case("二十五歳の男性", "二十五歳", qty(25, .age)),
        Case("満三十歳", "三十歳", qty(30, .age)),
        Case("五歳", nil, qty(5, .age)),
        Case("百歳", nil, qty(100, .age)),
        Case("30歳", nil, qty(30, .age)),
        Case("3才", nil, qty(3, .age)),
        Case("16～29歳", nil, qty(16, .age, upper: 29)),
        Case("兵士十五名", "十五名", qty(15, .person)),
        Case("隊員二十三人", "二十三人", qty(23, .person)),
    ])
    func kanjiNumeralWithMinutesAgeOrCounter(_ c: Case) { check(c, .japanese) }

    /// 分 is also a tenth, a part, and a piece of words; 歳 after a large numeral is a name.
    @Test(arguments: [
        "十分な", "十分に", "十二分に", "十二分な", "九分通り", "五分五分", "九分九厘", "七分袖", "一分の隙もない",
        "二分する", "国論を二分した", "百分率", "千分の一", "三分の一", "千歳", "千歳市", "関東一円", "統一", "三時十五分",
    ])
    func wordsWithBunOrSaiAreNotMinutesOrAges(_ s: String) { expectNone(s, .japanese) }

    @Test(arguments: [
        Case("a 30-year-old man", "30-year-old", qty(30, .age)),
        Case("two-year-olds", nil, qty(2, .age)),
        Case("He is 30 years old.", "30 years old", qty(30, .age)),
        Case("people aged 30", "aged 30", qty(30, .age)),
        Case("people aged 16-29", "aged 16-29", qty(16, .age, upper: 29)),
        Case("30 years of war", "30 years", qty(30, .year)),
    ])
    func englishAges(_ c: Case) { check(c, .english) }

    @Test func englishAgeMeetsJapaneseAge() {
        #expect(en("a 30-year-old man")[0].value.matches(ja("三十歳の男")[0].value))
    }
}
