import Testing
import YakugoCore
@testable import YakugoTerms

/// A name opening a longer term is linked beside it: Kamakura ⇔ 鎌倉 in Kamakura period.
@Suite struct NestedNameTests {
    @Test func aNameOpeningATermIsLinkedToo() {
        let pairs = TermFixtures.pairs([("鎌倉", "Kamakura"), ("時代", "period"), ("鎌倉時代", "Kamakura period")],
                                       english: "The castle was built in the Kamakura period.", japanese: "城は鎌倉時代に築かれた。")
        #expect(TermFixtures.has(pairs, "Kamakura period", "鎌倉時代"))
        #expect(TermFixtures.has(pairs, "Kamakura", "鎌倉"))
    }

    @Test func aPieceOfALongerNameIsNot() {
        // "National Security" is a piece of the capitalised name, no name of its own.
        let pairs = TermFixtures.pairs([("国家安全保障", "national security"), ("戦略", "strategy")],
                                       english: "Japan revised its National Security Strategy.", japanese: "日本は国家安全保障戦略を改定した。")
        #expect(TermFixtures.has(pairs, "National Security Strategy", "国家安全保障戦略"))
        #expect(!pairs.contains { $0.english == "National Security" })
    }

    @Test func aCountryPairLabelsARelation() {
        let pairs = TermFixtures.pairs([("日米", "Japan-U.S."), ("同盟", "alliance"), ("日米同盟", "Japan-U.S. alliance")],
                                       english: "They praised the Japan-U.S. alliance.", japanese: "両氏は日米同盟を評価した。")
        #expect(TermFixtures.has(pairs, "Japan-U.S. alliance", "日米同盟"))
        #expect(!pairs.contains { $0.japanese == "日米" })
    }

    @Test func aLowerCaseModifierIsNoName() {
        let pairs = TermFixtures.pairs([("防衛", "defense"), ("予算", "budget"), ("防衛予算", "defense budget")],
                                       english: "The defense budget grew.", japanese: "防衛予算が増えた。")
        #expect(TermFixtures.has(pairs, "defense budget", "防衛予算"))
        #expect(!pairs.contains { $0.english == "defense" })
    }

    @Test func aNameCutFromTheFrontMustStandAsOne() {
        let extractor = TermFixtures.extractor(TermFixtures.lexicon([("鎌倉", "Kamakura"), ("沖縄県", "Okinawa Prefecture")]))
        #expect(extractor.isStandingName(english: "Kamakura", japanese: "鎌倉"))
        // An adjective or nationality at the end, a number or ordinal at the start.
        #expect(!extractor.isStandingName(english: "Okinawa Prefectural", japanese: "沖縄県"))
        #expect(!extractor.isStandingName(english: "North Korean", japanese: "鎌倉"))
        #expect(!extractor.isStandingName(english: "Second Kishida", japanese: "鎌倉"))
        #expect(!extractor.isStandingName(english: "12th Marine", japanese: "鎌倉"))
        // A Japanese form no dictionary lists, cut from a longer name (中国海警 of 中国海警局).
        #expect(!extractor.isStandingName(english: "China Coast Guard", japanese: "中国海警"))
        // A katakana name is one as written.
        #expect(extractor.isStandingName(english: "Midway", japanese: "ミッドウェー"))
    }

    @Test func aNameThatDoesNotStandIsNotLinked() {
        let pairs = TermFixtures.pairs([("沖縄", "Okinawa"), ("県", "prefecture"), ("沖縄県", "Okinawa Prefecture"), ("県庁", "prefectural government")],
                                       english: "The Okinawa Prefectural government opposed it.", japanese: "沖縄県庁は反対した。")
        #expect(TermFixtures.has(pairs, "Okinawa Prefectural government", "沖縄県庁"))
        #expect(!pairs.contains { $0.english == "Okinawa Prefectural" })
    }

    @Test func aCountryAbbreviationIsNoNestedName() {
        // 米 opens 米海軍 as "U.S." opens "U.S. Navy", but a country abbreviation is no name alone
        // (nor a candidate of its own).
        let pairs = TermFixtures.pairs([("米", "U.S."), ("海軍", "navy"), ("米海軍", "U.S. Navy")],
                                       english: "The U.S. Navy sent a carrier.", japanese: "米海軍が空母を派遣した。")
        #expect(TermFixtures.has(pairs, "U.S. Navy", "米海軍"))
        #expect(!pairs.contains { $0.japanese == "米" })
    }
}

