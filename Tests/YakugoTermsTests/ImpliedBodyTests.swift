import Testing
import YakugoCore
@testable import YakugoTerms

/// A body's organ named with the body in front in Japanese (国連総会) and without it in English.
@Suite struct ImpliedBodyTests {
    func strength(_ entries: [(String, String)], _ english: String, _ japanese: String) -> Double? {
        TranslationEvidence(lexicon: TermFixtures.lexicon(entries))
            .match(english: TermFixtures.englishCandidate(english, name: true), japanese: TermFixtures.japaneseCandidate(japanese))?.strength
    }

    @Test func theGeneralAssemblyIsTheUNGeneralAssembly() {
        let entries = [("国連総会", "United Nations General Assembly"), ("国連", "United Nations")]
        #expect(strength(entries, "General Assembly", "国連総会") == 0.95)
    }

    @Test func theArmedForcesOfTheUSWhenTheJapaneseSaysSo() {
        let entries = [("米軍", "US armed forces"), ("米", "America")]
        #expect(strength(entries, "armed forces", "米軍") == 0.95)
    }

    @Test func theBodyMustOpenTheJapanese() {
        // The same gloss on a headword that does not start with a word glossed as the body.
        let entries = [("総会議", "United Nations General Assembly"), ("国連", "United Nations")]
        #expect((strength(entries, "General Assembly", "総会議") ?? 0) < 0.95)
    }

    @Test func onlyACountryOrBodyMayBeImplied() {
        // "meeting" is no body: summit ⇔ 首脳会談 stays a partial match.
        let entries = [("首脳会談", "summit meeting"), ("首脳", "summit")]
        #expect((strength(entries, "summit", "首脳会談") ?? 0) < 0.95)
    }
}

/// A sequence of countries is all of them, not one country's organ.
@Suite struct ImpliedBodyCountrySequenceTests {
    @Test func twoCountriesAreNotTheSecondOne() {
        let lexicon = TermFixtures.lexicon([("米韓", "United States and South Korea"), ("米", "United States")])
        let strength = TranslationEvidence(lexicon: lexicon)
            .match(english: TermFixtures.englishCandidate("South Korea", name: true), japanese: TermFixtures.japaneseCandidate("米韓"))?.strength
        #expect((strength ?? 0) < 0.95)
    }
}

/// English that names the owner itself leaves no body implied.
@Suite struct ImpliedBodyOwnerTests {
    let lexicon = TermFixtures.lexicon([("米軍", "US armed forces"), ("米", "America")])

    @Test func aPossessiveNamesTheOwner() {
        let found = EnglishCandidateExtractor().extract("China's armed forces held drills.").candidates
        let forces = found.first { $0.surface == "armed forces" }
        #expect(forces?.followsPossessive == true)
        if let forces {
            let strength = TranslationEvidence(lexicon: lexicon).match(english: forces, japanese: TermFixtures.japaneseCandidate("米軍"))?.strength
            #expect((strength ?? 0) < 0.95)
        }
    }

    @Test func withoutAnOwnerTheBodyIsImplied() {
        let found = EnglishCandidateExtractor().extract("The armed forces held drills.").candidates
        let forces = found.first { $0.surface == "armed forces" }
        #expect(forces?.followsPossessive == false)
        if let forces {
            #expect(TranslationEvidence(lexicon: lexicon).match(english: forces, japanese: TermFixtures.japaneseCandidate("米軍"))?.strength == 0.95)
        }
    }
}
