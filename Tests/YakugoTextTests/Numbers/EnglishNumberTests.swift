import Testing
@testable import YakugoText

@Suite("English numbers")
struct EnglishNumberTests {
    static let plain: [Case] = [
        Case("They fired 4 shots.", "4 shots", qty(4, .missile)),
        Case("It cost 1,000.", "1,000", num(1000)),
        Case("It cost 1000.", "1000", num(1000)),
        Case("a rate of 2.5", "2.5", num(25, e: -1)),
        Case("about 0.5", "about 0.5", num(5, e: -1, .about)),
        Case("Total: １０００", "１０００", num(1000)),
        Case("Group ２５ met", "２５", num(25)),
        Case("1,234,567 votes", "1,234,567", num(1_234_567)),
        Case("The 3rd fleet", "3rd", .number(NumberValue(3, isOrdinal: true))),
        Case("the 12th meeting", "12th", .number(NumberValue(12, isOrdinal: true))),
        Case("the 21st century", "21st", .number(NumberValue(21, isOrdinal: true))),
        Case("minus 5", "minus 5", num(-5)),
        Case("temperature of −5", "−5", num(-5)),
    ]

    @Test(arguments: plain) func plainNumbers(_ c: Case) { check(c, .english) }

    static let scales: [Case] = [
        Case("1.2 million", nil, num(12, e: 5)),
        Case("43 trillion", nil, num(43, e: 12)),
        Case("1.5 billion", nil, num(15, e: 8)),
        Case("5 thousand", nil, num(5000)),
        Case("a dozen", nil, num(12)),
        Case("two dozen", nil, num(24)),
        Case("a hundred", nil, num(100)),
        Case("a thousand", nil, num(1000)),
        Case("2.5bn", nil, num(25, e: 8)),
        Case("3 mln", nil, num(3_000_000)),
        Case("two million", nil, num(2_000_000)),
    ]

    @Test(arguments: scales) func scaleWords(_ c: Case) { check(c, .english) }

    static let words: [Case] = [
        Case("thirteen", nil, num(13)),
        Case("twenty-five", nil, num(25)),
        Case("twenty five", nil, num(25)),
        Case("ninety", nil, num(90)),
        Case("one hundred", nil, num(100)),
        Case("one hundred and five", nil, num(105)),
        Case("three thousand two hundred", nil, num(3200)),
        Case("nineteen hundred", nil, num(1900)),
        Case("Thirteen members voted", "Thirteen", num(13)),
        Case("Two ships", "Two ships", qty(2, .ship)),
        Case("seven", nil, num(7)),
    ]

    @Test(arguments: words) func numberWords(_ c: Case) { check(c, .english) }

    @Test func oneBeforeACountedNounIsANumber() {
        check(Case("one missile", nil, qty(1, .missile)), .english)
        check(Case("one day", nil, qty(1, .day)), .english)
        check(Case("one million", nil, num(1_000_000)), .english)
        #expect(en("one or two ships").map(\.text) == ["one", "two ships"])
    }

    @Test(arguments: [
        "one of the jets", "No one came.", "One official said", "one another",
        "the one that got away", "one-time payment",
    ])
    func pronounOneIsNotANumber(_ s: String) { expectNone(s, .english) }

    @Test(arguments: [
        "F-35B", "F-15s", "Hwasong-17", "MQ-9 Reaper", "K9 howitzer", "the 2+2 talks", "G7 summit",
        "G20", "COVID-19", "5G network", "Su-35", "A330", "24/7", "version 1.2.3", "the 1990s",
        "Type-03", "PAC-3", "a two-plus-two dialogue", "the VP−730 scaler",
    ])
    func designationsAreNotNumbers(_ s: String) { expectNone(s, .english) }

    @Test func designationNextToARealNumber() {
        let ms = en("Japan will buy 42 F-35Bs.")
        #expect(ms.count == 1)
        #expect(ms.first?.text == "42")
        #expect(ms.first?.value == num(42))
    }

    @Test func scoresAndPhoneNumbersAreSkipped() {
        expectNone("won 3-2 last night", .english)
        expectNone("call 03-1234-5678", .english)
    }

    @Test func commaListIsNotOneThousand() {
        let ms = en("sections 1,2 and 3")
        #expect(ms.map(\.text) == ["1", "2", "3"])
    }

    @Test func ordinalWordsAreNotCardinals() {
        expectNone("the twenty-first century", .english)
        expectNone("the first time", .english)
        expectNone("a two-thirds majority", .english)
    }

    @Test func wordBoundaries() {
        expectNone("someone ninetyish tennis", .english)
        expectNone("afternoon", .english)
    }

    @Test func scaleWordAloneIsNotANumber() {
        expectNone("millions of people", .english)
        expectNone("thousand", .english)
        expectNone("hundreds", .english)
    }
}
