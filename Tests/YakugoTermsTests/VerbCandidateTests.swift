import Testing
import YakugoCore
@testable import YakugoTerms

/// A verb alone is no term, though it may translate a Japanese noun (dismantle ⇔ 解体).
@Suite struct VerbCandidateTests {
    @Test func aWordTheDictionaryUsesOnlyAsAVerbIsNoTerm() {
        let pairs = TermFixtures.pairs([("解体", "dismantling"), ("ばらす", "to dismantle"), ("施設", "facility")],
                                       english: "North Korea promised to dismantle the facility.",
                                       japanese: "北朝鮮は施設の解体を約束した。")
        #expect(!pairs.contains { $0.english == "dismantle" })
        #expect(TermFixtures.has(pairs, "facility", "施設"))
    }

    @Test func aWordThatIsAlsoAGlossOfItsOwnStays() {
        // "to veto" is a verb gloss, but 拒否権 is glossed "veto".
        let pairs = TermFixtures.pairs([("拒否権", "veto"), ("拒否する", "to veto")],
                                       english: "Russia cast a veto.", japanese: "ロシアは拒否権を行使した。")
        #expect(TermFixtures.has(pairs, "veto", "拒否権"))
    }

    @Test func anIngFormOfAVerbIsNoTermUnlessTheDictionaryHasTheNoun() {
        let verbs: Set<String> = ["object", "pledge", "train"], wholes: Set<String> = ["pledge", "training"]
        func verb(_ word: String) -> Bool {
            TermExtractor.isVerbForm(TermFixtures.englishCandidate(word), verbs: verbs, wholes: wholes)
        }
        #expect(verb("objecting"))
        #expect(verb("pledging"))
        #expect(!verb("training"))
        #expect(!verb("pledge"))
        #expect(!verb("Objecting")) // capitalised: a name or a heading, left alone
    }
}
