import Testing
import YakugoCore
@testable import YakugoTerms

/// An agent noun (-er, -or) names another thing than its verb, so it is no derivation.
@Suite struct AgentNounTests {
    @Test func agentNounsAreNoDerivationsWhileOtherSuffixesStillAre() {
        #expect(!TranslationEvidence.isDerivation("fighter", of: "fight"))
        #expect(!TranslationEvidence.isDerivation("support", of: "supporter"))
        #expect(!TranslationEvidence.isDerivation("destroyer", of: "destroy"))
        #expect(!TranslationEvidence.isDerivation("supplier", of: "supply"))
        #expect(!TranslationEvidence.isDerivation("controller", of: "control"))
        #expect(!TranslationEvidence.isAgentNoun("er", of: ""))
        #expect(TranslationEvidence.isDerivation("national", of: "nation"))
        #expect(TranslationEvidence.isDerivation("strategic", of: "strateg"))
    }

    @Test func aFighterIsNotExplainedByTheWordForFighting() {
        // 米 + 軍 ("U.S." + "fight; troops") explained "U.S. fighter" fully through fight ~ fighter.
        let lexicon = TermFixtures.lexicon([("米", "U.S."), ("軍", "fight"), ("軍", "troops")])
        let evidence = TranslationEvidence(lexicon: lexicon)
        let english = TermCandidate(surface: "U.S. fighter", key: EnglishCandidateExtractor.key(of: "U.S. fighter"), units: 0..<2,
                                    parts: ["us", "fighter"], isName: false)
        let japanese = TermCandidate(surface: "米軍", key: "米軍", units: 0..<1, parts: ["米", "軍"], isName: false)
        #expect((evidence.match(english: english, japanese: japanese)?.strength ?? 0) < 0.9)
    }
}
