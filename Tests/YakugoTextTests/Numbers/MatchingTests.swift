import Testing
@testable import YakugoText

@Suite("Matching for aligner and QA")
struct MatchingTests {
    func first(_ ms: [NumericMention]) -> NumericValue { ms[0].value }

    static let crossLingual: [(String, String)] = [
        ("Oct. 4", "10月4日"),
        ("Oct. 4", "2022年10月4日"),
        ("October 4, 2022", "2022年10月4日"),
        ("Sept. 2017", "2017年9月"),
        ("fiscal 2023", "2023年度"),
        ("fiscal 2023", "令和5年度"),
        ("in 2019", "令和元年"),
        ("on Tuesday", "火曜日"),
        ("1,000", "千"),
        ("1,000", "１０００"),
        ("1.2 million", "120万"),
        ("25 minutes", "25分間"),
        ("about 25 minutes", "約25分間"),
        ("¥43 trillion", "43兆円"),
        ("$1.5 billion", "15億ドル"),
        ("1.5 billion dollars", "15億ドル"),
        ("4,600 kilometers", "4600キロ"),
        ("200 nautical miles", "200カイリ"),
        ("2 percent", "２％"),
        ("1,000 troops", "1000人"),
        ("four missiles", "4発"),
        ("7:30 a.m.", "午前7時半"),
        ("10:15 p.m.", "午後10時15分"),
        ("noon", "正午"),
        ("3-5 percent", "3～5%"),
        ("more than 1,000 troops", "1000人以上"),
        ("thirteen", "十三"),
    ]

    @Test(arguments: crossLingual)
    func englishAndJapaneseMatch(_ pair: (String, String)) {
        let a = en(pair.0), b = ja(pair.1)
        #expect(a.count == 1 && b.count == 1, "\(dump(a))\n\(dump(b))")
        guard a.count == 1, b.count == 1 else { return }
        #expect(a[0].value.matches(b[0].value), "\(a[0].value) vs \(b[0].value)")
        #expect(b[0].value.matches(a[0].value))
    }

    static let mismatches: [(String, String)] = [
        ("12 million", "120万"),
        ("Oct. 4", "10月5日"),
        ("October 2022", "2022年11月"),
        ("fiscal 2023", "2023年"),
        ("25 minutes", "25時間"),
        ("4 missiles", "4隻"),
        ("7:30 a.m.", "午後7時半"),
        ("3-5 percent", "3%"),
    ]

    @Test(arguments: mismatches)
    func mismatchesAreDetected(_ pair: (String, String)) {
        let a = en(pair.0), b = ja(pair.1)
        #expect(a.count == 1 && b.count == 1, "\(dump(a))\n\(dump(b))")
        guard a.count == 1, b.count == 1 else { return }
        #expect(!a[0].value.matches(b[0].value))
    }

    @Test func partialDatesNeedASharedField() {
        #expect(!date(2022).matches(date(nil, 10, 4)))
        #expect(date(nil, nil, 4).matches(date(2022, 10, 4)))
        #expect(date(nil, 10, 4, weekday: 2).matches(date(nil, 10, 4)))
        #expect(!date(nil, 10, 4, weekday: 2).matches(date(nil, 10, 4, weekday: 3)))
    }

    @Test func approximationIsIgnoredByMatchesButNotByTheStricterCheck() {
        let about = qty(25, .minute, .about), exact = qty(25, .minute)
        #expect(about.matches(exact))
        #expect(!about.matchesIncludingApproximation(exact))
        #expect(qty(1000, .person, .over).matchesIncludingApproximation(qty(1000, .person, .atLeast)))
        #expect(!qty(1000, .person, .over).matchesIncludingApproximation(qty(1000, .person, .under)))
        #expect(time(7, approx: true).matches(time(7)))
        #expect(!time(7, approx: true).matchesIncludingApproximation(time(7)))
    }

    @Test func numberAndQuantityMatchOnlyLoosely() {
        #expect(!num(1000).matches(qty(1000, .person)))
        #expect(num(1000).looselyMatches(qty(1000, .person)))
        #expect(!num(1000).looselyMatches(qty(100, .person)))
        #expect(date(2022).looselyMatches(num(2022)))
        #expect(!date(2022, 10).looselyMatches(num(2022)))
        #expect(!time(7).looselyMatches(num(7)))
    }

    @Test func rangesMatchOnBothEnds() {
        #expect(num(3, upper: 5).matches(num(3, upper: 5)))
        #expect(!num(3, upper: 5).matches(num(3, upper: 6)))
        #expect(!num(3, upper: 5).matches(num(3)))
    }

    @Test func approximationDirections() {
        #expect(Approximation.about.direction == .approximate)
        #expect(Approximation.nearly.direction == .approximate)
        #expect(Approximation.over.direction == .lowerBound)
        #expect(Approximation.upTo.direction == .upperBound)
        #expect(Approximation.exact.direction == .exact)
    }
}
