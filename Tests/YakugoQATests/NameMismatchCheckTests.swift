import Testing
import YakugoCore
import YakugoQA

@Suite struct NameMismatchCheckTests {
    static let kishida = Concept(terms: [
        Term("Fumio Kishida", language: .english), Term("岸田文雄", language: .japanese),
        Term("岸田", language: .japanese, usage: .shortForm),
    ], category: .person)
    static let suga = Concept(english: "Yoshihide Suga", japanese: "菅義偉", category: .person)
    static let jun = Concept(english: "Dong Jun", japanese: "董軍", category: .person)

    @Test func kishidaIsNotKishimoto() {
        let found = run("name-mismatch", "Kishida met Yoon.", "岸本首相が尹大統領と会談した。", glossary: [Self.kishida])
        #expect(found.count == 1)
        #expect(found.first?.targetSpan == TextRange(start: 0, end: 2))
        #expect(found.first?.suggestion == "岸田")
    }

    @Test func familyNameAloneMayBeDropped() {
        #expect(run("name-mismatch", "Kishida said so.", "首相がそう述べた。", glossary: [Self.kishida]).isEmpty)
    }

    @Test func familyNameOfAThreeKanjiNameIsItsFirstKanji() {
        #expect(run("name-mismatch", "Suga said so.", "菅首相がそう述べた。", glossary: [Self.suga]).isEmpty)
    }

    @Test func namesMatchExactlyNotByStem() {
        #expect(run("name-mismatch", "The drill ran in June.", "訓練は6月に行われた。", glossary: [Self.jun]).isEmpty)
    }

    @Test func placesInCompoundsPass() {
        let japan = Concept(english: "Japan", japanese: "日本", category: .place)
        let us = Concept(terms: [Term("United States", language: .english), Term("U.S.", language: .english, usage: .abbreviation),
                                 Term("米国", language: .japanese)], category: .place)
        #expect(run("name-mismatch", "Japan and the U.S. agreed.", "日米が合意した。", glossary: [japan, us]).isEmpty)
    }

    @Test func katakanaNearMissIsReported() {
        let kyiv = Concept(english: "Kharkiv", japanese: "ハルキウ", category: .place)
        let found = run("name-mismatch", "Fighting in Kharkiv continued.", "ハルキフで戦闘が続いた。", glossary: [kyiv])
        #expect(found.first?.targetSpan == TextRange(start: 0, end: 4))
    }
}
