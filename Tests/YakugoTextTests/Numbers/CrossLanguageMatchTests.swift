import Testing
import YakugoCore
@testable import YakugoText

/// The English and Japanese forms that alignment and QA must see as the same fact.
@Suite("Numbers: English and Japanese forms meet")
struct CrossLanguageMatchTests {
    static let pairs: [(String, String)] = [
        ("Oct. 4", "10月4日"),
        ("October 4, 2022", "2022年10月4日"),
        ("Oct. 4", "2022年10月4日"),          // a partial date meets a full one
        ("Sept. 2017", "2017年9月"),
        ("25 minutes", "25分間"),
        ("about 25 minutes", "約25分間"),
        ("1.2 million", "120万"),
        ("¥43 trillion", "43兆円"),
        ("43 trillion yen", "43兆円"),
        ("$1.5 billion", "15億ドル"),
        ("fiscal 2023", "2023年度"),
        ("7:30 a.m.", "午前7時半"),
        ("1,000", "千"),
        ("1000", "１０００"),
        ("thirteen", "13"),
        ("2022", "二〇二二"),
        ("fiscal 2023", "令和5年度"),
        ("4,600 kilometers", "4600キロ"),
        ("2 percent", "2%"),
        ("four ballistic missiles", "弾道ミサイル4発"),
    ]

    @Test(arguments: pairs)
    func formsMatch(english: String, japanese: String) throws {
        let e = NumberRecognizer.mentions(in: english, language: .english)
        let j = NumberRecognizer.mentions(in: japanese, language: .japanese)
        try #require(e.count == 1 && j.count == 1, "\(english) → \(e.map(\.value)), \(japanese) → \(j.map(\.value))")
        #expect(e[0].value.matches(j[0].value), "\(e[0].value) vs \(j[0].value)")
    }

    static let mismatches: [(String, String)] = [
        ("Oct. 4", "10月14日"),
        ("12 million", "120万"),
        ("25 minutes", "25時間"),
        ("$1.5 billion", "15億円"),
        ("fiscal 2023", "2024年度"),
        ("7:30 a.m.", "午後7時半"),
    ]

    @Test(arguments: mismatches)
    func differentFactsDoNotMatch(english: String, japanese: String) throws {
        let e = NumberRecognizer.mentions(in: english, language: .english)
        let j = NumberRecognizer.mentions(in: japanese, language: .japanese)
        try #require(e.count == 1 && j.count == 1, "\(english) → \(e.map(\.value)), \(japanese) → \(j.map(\.value))")
        #expect(!e[0].value.matches(j[0].value), "\(e[0].value) vs \(j[0].value)")
    }

    @Test func eraYearIsTheGregorianYear() throws {
        let m = NumberRecognizer.mentions(in: "令和5年", language: .japanese)
        try #require(m.count == 1)
        guard case .date(let date) = m[0].value else { Issue.record("not a date: \(m[0].value)"); return }
        #expect(date.year == 2023)
    }

    @Test func kanjiNumerals() {
        for (text, value) in [("三", 3), ("十五", 15), ("千", 1000), ("二〇二二", 2022), ("三千五百", 3500)] {
            #expect(JapaneseNumeralParser.parse(text) == ExactNumber(value), "\(text)")
        }
    }
}
