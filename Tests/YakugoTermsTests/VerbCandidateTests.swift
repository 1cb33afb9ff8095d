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

    @Test func aVerbThatHeadsANounGlossIsANounToo() {
        // "to freeze" and "wage freeze": freeze is a noun as well.
        let pairs = TermFixtures.pairs([("凍結", "wage freeze"), ("凍る", "to freeze"), ("資産", "assets")],
                                       english: "The assets freeze lasted a year.", japanese: "資産凍結は1年続いた。")
        #expect(pairs.contains { $0.english == "freeze" || $0.english == "assets freeze" || $0.english == "asset freeze" })
        let verbs: Set<String> = ["object"], wholes: Set<String> = []
        #expect(TermExtractor.isVerbForm(TermFixtures.englishCandidate("object"), verbs: verbs, wholes: wholes))
        #expect(!TermExtractor.isVerbForm(TermFixtures.englishCandidate("objecting"), verbs: verbs, wholes: wholes))
        #expect(!TermExtractor.isVerbForm(TermFixtures.englishCandidate("Object"), verbs: verbs, wholes: wholes))
    }
}
