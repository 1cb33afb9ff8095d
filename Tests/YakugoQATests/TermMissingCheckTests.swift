import Testing
import YakugoCore
import YakugoQA

@Suite struct TermMissingCheckTests {
    static let ministry = Concept(terms: [
        Term("Defense Ministry", language: .english), Term("MOD", language: .english, usage: .abbreviation),
        Term("防衛省", language: .japanese), Term("防衛庁", language: .japanese, status: .forbidden),
    ], category: .organization)
    static let freedomEdge = Concept(terms: [
        Term("Freedom Edge", language: .english), Term("フリーダム・エッジ", language: .japanese),
    ], category: .event)

    @Test func matchingIsOnSubstringsNotSpaces() {
        #expect(run("term-missing", "The Defense Ministry said so.", "防衛省によると", glossary: [Self.ministry]).isEmpty)
    }

    @Test func nameJoinerAndWidthAreIgnored() {
        #expect(run("term-missing", "Freedom Edge began.", "フリーダムエッジが始まった。", glossary: [Self.freedomEdge]).isEmpty)
        #expect(run("term-missing", "Freedom Edge began.", "ﾌﾘｰﾀﾞﾑ･ｴｯｼﾞが始まった。", glossary: [Self.freedomEdge]).isEmpty)
    }

    @Test func acronymsMatchOnlyInCapitals() {
        #expect(run("term-missing", "The mod was installed.", "改造が施された。", glossary: [Self.ministry]).isEmpty)
        #expect(run("term-missing", "The MOD said so.", "国防当局がそう述べた。", glossary: [Self.ministry]).count == 1)
    }

    @Test func pluralsMatch() {
        let missile = Concept(english: "cruise missile", japanese: "巡航ミサイル")
        #expect(run("term-missing", "Two cruise missiles hit.", "2発が着弾した。", glossary: [missile]).count == 1)
    }

    @Test func longestGlossaryFormWins() {
        let japan = Concept(english: "Japan", japanese: "日本", category: .place)
        let asdf = Concept(english: "Japan Air Self-Defense Force", japanese: "航空自衛隊")
        let found = run("term-missing", "The Japan Air Self-Defense Force scrambled jets.", "空自が緊急発進した。", glossary: [japan, asdf])
        #expect(found.count == 1)
        #expect(found.first?.suggestion == "航空自衛隊")
    }

    @Test func designationsKeepTheirDigits() {
        let hwasong12 = Concept(english: "Hwasong-12", japanese: "火星12")
        #expect(run("term-missing", "a Hwasong-17 ICBM", "ICBM「火星17」", glossary: [hwasong12]).isEmpty)
    }

    @Test func forbiddenFormIsLeftToTermForbidden() {
        #expect(run("term-missing", "The Defense Ministry said so.", "防衛庁がそう述べた。", glossary: [Self.ministry]).isEmpty)
    }
}
