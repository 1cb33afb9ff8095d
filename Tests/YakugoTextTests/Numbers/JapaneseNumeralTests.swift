import Testing
@testable import YakugoText

@Suite("Japanese numeral parser")
struct JapaneseNumeralTests {
    static let table: [(String, Int)] = [
        ("三", 3), ("十", 10), ("十五", 15), ("二十三", 23), ("百", 100), ("千", 1000),
        ("三千", 3000), ("一万", 10_000), ("五百万", 5_000_000), ("二〇二二", 2022),
        ("千九百八十九", 1989), ("一億二千万", 120_000_000), ("3千", 3000), ("1千万", 10_000_000),
        ("120万", 1_200_000), ("43兆", 43_000_000_000_000), ("15億", 1_500_000_000),
        ("7兆9496億", 7_949_600_000_000), ("1万2000", 12_000), ("１０００", 1000), ("２５", 25),
        ("1,000", 1000), ("1,000万", 10_000_000), ("零", 0), ("〇", 0), ("百二", 102),
        ("三百六十五", 365), ("一千", 1000), ("十万", 100_000), ("二十万五千", 205_000),
    ]

    @Test(arguments: table)
    func parses(_ c: (String, Int)) {
        #expect(JapaneseNumeralParser.parse(c.0) == ExactNumber(c.1))
    }

    @Test func decimalsWithMultipliers() {
        #expect(JapaneseNumeralParser.parse("1.5万") == ExactNumber(15_000))
        #expect(JapaneseNumeralParser.parse("2.5") == ExactNumber(significand: 25, exponent: -1))
        #expect(JapaneseNumeralParser.parse("１．５億") == ExactNumber(150_000_000))
    }

    @Test(arguments: ["", "万", "億", "年", ",", "十十", "万一", "3五", "一万一万", "1.2.3"])
    func rejectsNonNumerals(_ s: String) {
        #expect(JapaneseNumeralParser.parse(s) == nil)
    }

    /// Renders n (0...99_999_999) in kanji with the 十/百/千/万 system.
    static func kanji(_ n: Int) -> String {
        let digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if n == 0 { return "〇" }
        func group(_ g: Int) -> String {
            var out = ""
            for (p, mark) in [(1000, "千"), (100, "百"), (10, "十")] {
                let d = g / p % 10
                if d > 0 { out += (d == 1 ? "" : digits[d]) + mark }
            }
            if g % 10 > 0 { out += digits[g % 10] }
            return out
        }
        var out = ""
        if n >= 10_000 { out += group(n / 10_000) + "万" }
        out += group(n % 10_000)
        return out
    }

    @Test func kanjiRoundTripFor0To99999() {
        var failures: [Int] = []
        for n in 0...99_999 where JapaneseNumeralParser.parse(Self.kanji(n)) != ExactNumber(n) {
            failures.append(n)
        }
        #expect(failures.isEmpty, "first failures: \(failures.prefix(10))")
    }

    @Test func positionalKanjiRoundTrip() {
        let digits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        for n in stride(from: 10, through: 99_999, by: 7) {
            let s = String(String(n).map { digits[Int(String($0))!] })
            #expect(JapaneseNumeralParser.parse(s) == ExactNumber(n))
        }
    }

    @Test func arabicWithGroupingRoundTrip() {
        func grouped(_ n: Int) -> String {
            let s = String(n)
            var out = ""
            for (i, ch) in s.enumerated() {
                if i > 0 && (s.count - i) % 3 == 0 { out += "," }
                out.append(ch)
            }
            return out
        }
        for n in stride(from: 0, through: 5_000_000, by: 997) {
            #expect(JapaneseNumeralParser.parse(grouped(n)) == ExactNumber(n))
            let m = NumberRecognizer.mentions(in: "total \(grouped(n)) here", language: .english)
            #expect(m.count == 1 && m[0].value == .number(NumberValue(n)) && m[0].text == grouped(n))
        }
    }

    @Test func manOkuChoWithArabicRoundTrip() {
        for n in stride(from: 1, through: 99_999_999, by: 104_729) {
            let man = n / 10_000, rest = n % 10_000
            let s = (man > 0 ? "\(man)万" : "") + (rest > 0 ? "\(rest)" : "")
            #expect(JapaneseNumeralParser.parse(s) == ExactNumber(n), "\(s)")
        }
    }

    @Test func hugeKanjiNumbersDoNotCrash() {
        let s = String(repeating: "九", count: 60) + "兆"
        #expect(JapaneseNumeralParser.parse(s) == nil)
        _ = NumberRecognizer.mentions(in: s + "円", language: .japanese)
    }
}
