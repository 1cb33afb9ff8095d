import Testing
import YakugoTerms

@Suite struct EnglishCandidateTests {
    func surfaces(_ text: String) -> [String] { EnglishCandidateExtractor().extract(text).candidates.map(\.surface) }

    @Test func runsStopAtFunctionWordsAndVerbs() {
        let found = surfaces("North Korea fired an intercontinental ballistic missile on Thursday.")
        #expect(found.contains("North Korea"))
        #expect(found.contains("intercontinental ballistic missile"))
        #expect(found.contains("ballistic missile"))
        #expect(!found.contains { $0.contains("fired") || $0.contains("Thursday") })
    }

    @Test func pluralsBecomeSingularAndPossessivesAreDropped() {
        let found = surfaces("Japan's drills used two F-15s.")
        #expect(found.contains("Japan"))
        #expect(found.contains("drill"))
        #expect(found.contains("F-15"))
        #expect(!found.contains("Japan's"))
    }

    @Test func ofStaysInsideCapitalisedNames() {
        let found = surfaces("They met in the Sea of Japan, north of Hokkaido.")
        #expect(found.contains("Sea of Japan"))
        #expect(!found.contains { $0.hasSuffix(" of") || $0.hasPrefix("of ") })
    }

    @Test func acronymDefinitionsBecomeAliases() {
        let result = EnglishCandidateExtractor().extract("The Japan Air Self-Defense Force (JASDF) and the General Security of Military Information Agreement, or GSOMIA, were named.")
        #expect(result.aliases[EnglishCandidateExtractor.key(of: "Japan Air Self-Defense Force")] == ["JASDF"])
        #expect(result.aliases[EnglishCandidateExtractor.key(of: "General Security of Military Information Agreement")] == ["GSOMIA"])
    }
}
