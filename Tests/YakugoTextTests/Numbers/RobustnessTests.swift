import Testing
import YakugoCore
@testable import YakugoText

@Suite("Offsets and robustness")
struct RobustnessTests {
    /// Every mention's text must equal the scalar slice of the input at its range,
    /// and mentions must be sorted and non-overlapping.
    func checkInvariants(_ text: String, _ language: Language, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = Array(text.unicodeScalars)
        let ms = NumberRecognizer.mentions(in: text, language: language)
        var last = 0
        for m in ms {
            #expect(m.range.lowerBound >= last, sourceLocation: sourceLocation)
            #expect(m.range.upperBound <= scalars.count && !m.range.isEmpty, sourceLocation: sourceLocation)
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[m.range])
            #expect(String(v) == m.text, sourceLocation: sourceLocation)
            last = m.range.upperBound
        }
    }

    @Test func rangesAreUnicodeScalarOffsets() {
        let text = "🇯🇵👨‍👩‍👧 fired 4 missiles"
        let ms = en(text)
        #expect(ms.count == 1)
        // 🇯🇵 = 2 scalars, 👨‍👩‍👧 = 5 scalars, space, "fired ", then "4"
        #expect(ms[0].range == 14..<24)
        #expect(ms[0].text == "4 missiles")
    }

    @Test func fullWidthOffsets() {
        let text = "予算は１，０００億円（前年比２％増）"
        let ms = ja(text)
        #expect(ms.map(\.text) == ["１，０００億円", "２％"])
        #expect(ms[0].range == 3..<10)
        #expect(ms[0].value == qty(1, e: 11, .yen))
        checkInvariants(text, .japanese)
    }

    @Test func combiningMarksAndEmojiDoNotShiftOffsets() {
        let text = "Café 👍🏽 at 7 a.m., 25 minutes"
        checkInvariants(text, .english)
        let ms = en(text)
        #expect(ms.map(\.text) == ["7 a.m.", "25 minutes"])
        let scalars = Array(text.unicodeScalars)
        #expect(scalars[ms[0].range.lowerBound] == "7")
    }

    @Test(arguments: ["", " ", "年", "億", "万", ",", ".", "%", "$", "¥", "-", "～", "第", "午前", "午後",
                      "令和", "曜", "（", "a", "A.M.", "—", "1,", "1.", ",000", "$-", "US$", "fiscal", "FY",
                      "between", "minus", "マイナス", "約", "0", "〇", "零"])
    func degenerateInputsDoNotCrash(_ s: String) {
        checkInvariants(s, .english)
        checkInvariants(s, .japanese)
    }

    @Test func hugeNumbersAreSkippedNotCrashed() {
        let huge = String(repeating: "9", count: 40)
        checkInvariants("\(huge) troops and 5 ships", .english)
        let ms = en("\(huge) troops and 5 ships")
        #expect(ms.map(\.text) == ["5 ships"])
        let ms2 = ja("\(huge)兆円と5隻")
        #expect(ms2.map(\.text) == ["5隻"])
        checkInvariants("99999999999999999999兆9999億", .japanese)
        checkInvariants("$\(huge) billion", .english)
        checkInvariants("1" + String(repeating: "0", count: 30), .english)
    }

    @Test func longZeroRunsAreExact() {
        let ms = en("1" + String(repeating: "0", count: 30))
        #expect(ms.first?.value == num(1, e: 30))
    }

    @Test func randomInputNeverCrashes() {
        let alphabet = Array("0123456789０１２３,.，．-–~～%％$¥ aAmpM:：年月日時分半度億万兆千百十一二三四五〇午前後約超以上人発隻機円ドルキロOctMayTuesday令和元第（）()🇯🇵".unicodeScalars)
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let len = Int.random(in: 0...24, using: &rng)
            var v = String.UnicodeScalarView()
            for _ in 0..<len { v.append(alphabet.randomElement(using: &rng)!) }
            let s = String(v)
            checkInvariants(s, .english)
            checkInvariants(s, .japanese)
        }
    }

    @Test func randomNewsLikeFragmentsNeverCrash() {
        let pieces = ["0", "1", "12", "2022", "1,000", "2.5", "１０", "年", "月", "日", "時", "分", "半", "度", "億", "万", "兆",
                      "千", "百", "十", "一", "二", "〇", "午前", "午後", "約", "以上", "人", "発", "円", "ドル", "キロ", "令和", "元",
                      "第", "（火）", "～", "-", "–", " ", ",", ".", "%", "$", "¥", "US$", "Oct.", "May", "Tuesday", "fiscal",
                      "FY", "about", "more than", "between", "and", "to", "from", "in", "one", "twenty", "-five", "hundred",
                      "a", "dozen", "million", "bn", "m", "km", "a.m.", "pm", ":", "30", "F-", "G", "+", "/", "・", "プラス",
                      "分の", "割", "minus", "マイナス", "−", "noon", "GMT", "twice", "troops", "rounds", "of", "mid-", "th",
                      "🇯🇵", "é", "\u{301}", "ｋｍ", "．", "，", "：", "〜", "火星", "型", "ミサイル", "数", "Chinese", "F-35B"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            var s = ""
            for _ in 0..<Int.random(in: 1...12, using: &rng) { s += pieces.randomElement(using: &rng)! }
            checkInvariants(s, .english)
            checkInvariants(s, .japanese)
        }
    }

    @Test func scalarOverloadAgreesWithStringEntry() {
        let text = "北朝鮮は10月4日、約4600キロ飛行した 👍 and 4 missiles"
        for lang in Language.allCases {
            #expect(NumberRecognizer.mentions(inScalars: Array(text.unicodeScalars), language: lang)
                    == NumberRecognizer.mentions(in: text, language: lang))
        }
    }

    @Test func distinctMentionValuesHashDistinctly() {
        let ms = ja("2022年10月4日（火）に約4600キロ") + en("at 7:30 a.m., $1.5 billion")
        #expect(ms.count == 4)
        #expect(Set(ms.map(\.value)).count == 4)
        #expect(Set(ms).count == 4)
    }

    @Test func mixedLanguageTextKeepsInvariants() {
        checkInvariants("北朝鮮は10月4日、F35Bや火星17型について、1.2 million people と 120万人、¥43 trillion。", .japanese)
        checkInvariants("On Oct. 4 (10月4日), 4 missiles (4発) flew 4,600 km.", .english)
    }

    @Test func longTextsAreScannedWhole() {
        // Speed is measured by `make bench` ("Numbers, dates and quantities — speed"), not here.
        let sentence = "At 7:30 a.m. on Oct. 4, 2022, North Korea fired 4 missiles that flew about 4,600 kilometers in 25 minutes, costing $1.5 billion. "
        #expect(NumberRecognizer.mentions(in: String(repeating: sentence, count: 2000), language: .english).count == 6 * 2000)
        let jaSentence = "北朝鮮は2022年10月4日午前7時22分ごろ、弾道ミサイル1発を発射し、約4600キロ飛行した。予算は43兆円。"
        #expect(NumberRecognizer.mentions(in: String(repeating: jaSentence, count: 2000), language: .japanese).count == 5 * 2000)
    }
}

@Suite("Japanese non-numbers")
struct JapaneseNonNumberTests {
    @Test(arguments: [
        "F35B", "F-35B", "火星17", "火星17型", "12式地対艦誘導弾", "1号機", "G7", "2+2", "2プラス2", "日米2＋2", "9・11", "3・11",
        "一方", "統一", "唯一", "五十嵐さん", "九州", "四国", "千葉県", "三菱", "数千人", "何百", "一部",
        "万一", "関東一円", "一段と", "四半期", "四日市", "三日月", "百里基地", "千歳", "九十九里", "三重県",
        "一国二制度", "数十億ドル", "〇〇さん", "〇〇氏", "安倍一強", "一強体制", "十数人", "ボーイング737", "ステージ2",
    ])
    func notNumbers(_ s: String) { expectNone(s, .japanese) }

    @Test func multiCharacterKanjiNumeralStandsAlone() {
        check(Case("二十三の", "二十三", num(23)), .japanese)
        check(Case("五百万", nil, num(5_000_000)), .japanese)
    }

    @Test func kanjiNumeralWithTwoCharacterHedge() {
        check(Case("三千以上の", "三千以上", num(3000, .atLeast)), .japanese)
    }

    @Test func loneKanjiMultiplierIsANumber() {
        check(Case("千の", "千", num(1000)), .japanese)
        check(Case("百", nil, num(100)), .japanese)
        expectNone("百貨店", .japanese)
        expectNone("千代田区", .japanese)
    }

    @Test func singleKanjiDigitNeedsACounter() {
        expectNone("三", .japanese)
        check(Case("三つ", nil, num(3)), .japanese)
        check(Case("一つの中国", "一つ", num(1)), .japanese)
    }

    @Test func mixedArabicAndKanjiMultipliers() {
        check(Case("3千人", nil, qty(3000, .person)), .japanese)
        check(Case("1千万円", nil, qty(10_000_000, .yen)), .japanese)
        check(Case("120万人", nil, qty(1_200_000, .person)), .japanese)
    }

    @Test func ordinalDai() {
        check(Case("第3回", "第3", .number(NumberValue(3, isOrdinal: true))), .japanese)
        check(Case("第二次", "第二", .number(NumberValue(2, isOrdinal: true))), .japanese)
    }

    @Test func negativeWithMinus() {
        check(Case("マイナス3%", nil, qty(-3, .percent)), .japanese)
    }

    @Test func multiplesAreTimes() {
        check(Case("約1.6倍", nil, qty(16, e: -1, .times, .about)), .japanese)
        #expect(ja("約1.6倍")[0].value.matches(en("roughly 1.6 times")[0].value))
    }

    @Test func degreesAreNotTimes() {
        check(Case("北緯38度線", "38", num(38)), .japanese)
        check(Case("気温30度", "30", num(30)), .japanese)
        check(Case("3度目", "3度", qty(3, .times)), .japanese)
    }

    @Test func numberNextToKatakanaNoun() {
        check(Case("弾道ミサイル2発", "2発", qty(2, .missile)), .japanese)
    }
}
