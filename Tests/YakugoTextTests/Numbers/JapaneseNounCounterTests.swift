import Testing
import YakugoCore
@testable import YakugoText

/// Kanji numerals glued to ideographs: a noun that counts (首脳, 理事国, 営業日, 文書) or a
/// percent sign makes them numbers; other glued ideographs keep them words.
@Suite struct JapaneseNounCounterTests {
    @Test(arguments: [
        ("五理事国が反対した。", "五", 5),
        ("十五理事国のうち", "十五", 15),
        ("十営業日以内に", "十", 10),
        ("四首脳が会談した。", "四", 4),
        ("安保関連三文書を改定", "三", 3),
        ("非核三原則を堅持", "三", 3),
    ])
    func kanjiNumeralBeforeACountingNounIsANumber(text: String, numeral: String, value: Int) {
        let found = ja(text)
        #expect(found.count == 1, "\(dump(found))")
        #expect(found.first?.text == numeral)
        #expect(found.first?.value == num(value))
    }

    @Test func kanjiNumeralBeforePercentAfterAnIdeographIsANumber() {
        #expect(ja("成長率二％を見込む").map(\.value) == [qty(2, .percent)])
        #expect(ja("GDP比二％に引き上げ").map(\.value) == [qty(2, .percent)])
    }

    @Test func ratioSignBeforeAKanjiNumeralAllowsIt() {
        #expect(ja("前年比三割増").map(\.value) == [qty(30, .percent)])
    }

    @Test func vagueNumeralsStayWords() {
        #expect(ja("数十％の上昇").isEmpty, "\(dump(ja("数十％の上昇")))")
        #expect(ja("何百首脳").isEmpty)
    }

    @Test func wordsWithNumeralsStayWords() {
        #expect(ja("九州と四国の首脳").isEmpty, "\(dump(ja("九州と四国の首脳")))")
        #expect(ja("統一地方選挙").isEmpty)
        #expect(ja("唯一の同盟国").isEmpty)
    }

    @Test func compoundKanjiNumeralIsReadWhole() {
        #expect(ja("約四千六百一キロ飛行した").map(\.value) == [qty(4601, .kilometer, .about)])
    }
}
