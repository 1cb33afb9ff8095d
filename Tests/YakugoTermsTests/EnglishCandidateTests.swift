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

    @Test func militaryEndingItsPhraseIsTheArmedForces() {
        let surfaces = TermFixtures.englishCandidates("The drill involved F-35Bs from the U.S. military.").map(\.surface)
        #expect(surfaces.contains("U.S. military"))
        #expect(!surfaces.contains("military"))
        // Before its noun it stays an adjective.
        let before = TermFixtures.englishCandidates("The U.S. military exercises ended.").map(\.surface)
        #expect(before.contains("U.S. military exercise"))
        #expect(!before.contains("U.S. military"))
        // After an adjective it is an epithet, not the armed forces' name.
        #expect(!TermFixtures.englishCandidates("He praised the strong military.").map(\.surface).contains("strong military"))
    }

    @Test func aCommonWordOpeningASentenceIsWrittenInLowerCase() {
        let common: Set<String> = ["delivery", "aircraft", "carrier"]
        let extractor = EnglishCandidateExtractor(isCommonWord: { common.contains($0) })
        #expect(extractor.extract("Deliveries are scheduled to begin in 2025.").candidates.map(\.surface).contains("delivery"))
        // Also inside a segment that holds two sentences.
        #expect(extractor.extract("They left. Aircraft from three countries joined.").candidates.map(\.surface).contains("aircraft"))
        // A name stays as written, and so does a word no gloss uses as a common word.
        #expect(extractor.extract("Japan protested.").candidates.map(\.surface).contains("Japan"))
        #expect(extractor.extract("Aircraft Carrier Wing left.").candidates.map(\.surface).contains("Aircraft Carrier Wing"))
        // Without the dictionary, capitals stay.
        #expect(surfaces("Deliveries are scheduled.").contains("Deliveries"))
    }

    @Test func anInitialsPeriodStaysInsideTheName() {
        let found = surfaces("He met George W. Bush in 2005.")
        #expect(found.contains("George W. Bush"))
        #expect(!found.contains("George W"))
        #expect(surfaces("after the N. Korean missile launch").contains("N. Korean missile launch"))
        // A sentence starter after a letter's period opens a new sentence: no name across it.
        #expect(!surfaces("We chose Plan B. The rest failed.").contains { $0.contains("B. The") })
    }

    @Test func aSuperlativeGradesItsNounAndOpensNoTerm() {
        let found = surfaces("China poses the greatest strategic challenge and the biggest test yet.")
        #expect(found.contains("strategic challenge"))
        #expect(!found.contains { $0.hasPrefix("greatest") || $0.hasPrefix("biggest") })
        // Nouns that merely end in -est stay nouns.
        #expect(surfaces("The head priest spoke.").contains("head priest"))
    }

    @Test func aCapitalisedVerbAfterAWordIsANamesWord() {
        #expect(surfaces("He met Secretary of State Antony Blinken.").contains("Secretary of State"))
        #expect(surfaces("The U.S. State Department approved the sale.").contains("State Department"))
        // After punctuation or opening the sentence it is still a verb.
        #expect(!surfaces("A photo of the launch (Provided by the ministry).").contains { $0.hasPrefix("Provided") })
        #expect(!surfaces("State officials met.").contains { $0.hasPrefix("State") })
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

    @Test func runsStopAtAPossessive() {
        let found = surfaces("Australia's Northern Territory hosted the exercise.")
        #expect(found.contains("Australia"))
        #expect(found.contains("Northern Territory"))
        #expect(!found.contains { $0.contains("Australia") && $0.contains("Territory") })
    }

    @Test func runsStopAtBareNumbers() {
        let found = surfaces("Japan will buy 105 stealth fighters.")
        #expect(found.contains("stealth fighter"))
        #expect(!found.contains { $0.contains("105") })
    }

    @Test func aCapitalisedLyWordInsideANameIsNoAdverb() {
        let known: Set<String> = ["finally", "sharply", "separately"]
        let extractor = EnglishCandidateExtractor(isDictionaryWord: { known.contains($0) })
        func found(_ text: String) -> [String] { extractor.extract(text).candidates.map(\.surface) }
        #expect(found("Russia's envoy, Vassily Nebenzia, opposed it.").contains("Vassily Nebenzia"))
        #expect(found("The U.S. envoy Kelly Craft spoke.").contains("Kelly Craft"))
        // An English adverb stays one: in a title-case headline, opening a sentence, before a comma.
        #expect(!found("Japan Sharply Criticizes China").contains { $0.contains("Sharply") })
        #expect(!found("Tokyo protested. Finally Japan agreed.").contains { $0.contains("Finally") })
        #expect(!found("He said that, Separately, Tokyo agreed.").contains { $0.contains("Separately") })
        // A name opening the sentence is still a name; without a dictionary every -ly word is
        // read as an adverb.
        #expect(found("Vassily Nebenzia spoke.").contains("Vassily Nebenzia"))
        #expect(!surfaces("Russia's envoy, Vassily Nebenzia, opposed it.").contains("Vassily Nebenzia"))
    }

    @Test func runsStopAtLyAdverbs() {
        let found = surfaces("Tokyo quickly deployed destroyers.")
        #expect(found.contains("Tokyo"))
        #expect(found.contains("destroyer"))
        #expect(!found.contains { $0.contains("quickly") })
    }

    @Test func ofBetweenCapitalisedWordsStaysInTheName() {
        let result = EnglishCandidateExtractor().extract("He visited the Ministry of Defense yesterday.")
        #expect(result.candidates.contains { $0.surface == "Ministry of Defense" && $0.key == "ministry of defens" })
        #expect(!result.candidates.contains { $0.surface == "Ministry of" || $0.surface == "of Defense" })
    }

    @Test func ofBeforeALowerCaseWordEndsTheRun() {
        let found = surfaces("The Ministry of defense spending grew.")
        #expect(!found.contains { $0.contains(" of ") })
        #expect(found.contains("Ministry"))
    }

    @Test func aTermDoesNotEndWithAPastParticiple() {
        let found = surfaces("The navy tested a guided missile destroyer.")
        #expect(found.contains("guided missile"))
        #expect(found.contains("guided missile destroyer"))
        #expect(!found.contains("guided"))
        #expect(!found.contains { $0.hasSuffix("tested") })
    }

    @Test func aTermDoesNotEndWithAnAdjective() {
        let found = surfaces("Both sides pursued a strategic partnership.")
        #expect(found.contains("strategic partnership"))
        #expect(!found.contains("strategic"))
    }

    @Test func nounsWithAnAdjectiveEndingMayEndATerm() {
        let found = surfaces("It became a democratic republic.")
        #expect(found.contains("democratic republic"))
        #expect(found.contains("republic"))
        #expect(!found.contains("democratic"))
    }

    @Test func pluralsInIesBecomeY() {
        let found = surfaces("They reviewed missile capabilities.")
        #expect(found.contains("missile capability"))
        #expect(!found.contains { $0.hasSuffix("capabilities") })
    }

    @Test func pluralsInOesLoseEsUnlessTheSingularEndsInOe() {
        let found = surfaces("The vetoes angered the heroes, who carried torpedoes, canoes and snowshoes.")
        #expect(found.contains("veto"))
        #expect(found.contains("hero"))
        #expect(found.contains("torpedo"))
        #expect(found.contains("canoe"))
        #expect(found.contains("snowshoe"))
        #expect(!found.contains("vetoe"))
    }

    @Test func capitalisedNamesKeepTheirPlural() {
        let found = surfaces("The Self-Defense Forces tracked the missiles.")
        #expect(found.contains("Self-Defense Forces"))
        #expect(found.contains("missile"))
    }

    @Test func anAcronymWhoseLettersDoNotSpellTheInitialsIsNoAlias() {
        let result = EnglishCandidateExtractor().extract("The Coast Guard (JCG) responded.")
        #expect(result.aliases.isEmpty)
    }

    @Test func anAcronymAttachesToTheLongestNameItSpells() {
        let result = EnglishCandidateExtractor().extract("The Japan Coast Guard (JCG) responded.")
        #expect(result.aliases[EnglishCandidateExtractor.key(of: "Japan Coast Guard")] == ["JCG"])
        #expect(result.aliases[EnglishCandidateExtractor.key(of: "Coast Guard")] == nil)
    }

    @Test func aPieceOfALongerNameIsMarkedAsAFragment() {
        let found = EnglishCandidateExtractor().extract("Envoys attended the Blue Harbor Conference.").candidates
        #expect(found.first { $0.surface == "Blue Harbor Conference" }?.isNameFragment == false)
        #expect(found.first { $0.surface == "Conference" }?.isNameFragment == true)
        #expect(found.first { $0.surface == "Harbor Conference" }?.isNameFragment == true)
    }

    @Test func candidatesHaveAtMostMaxWordsWords() {
        let found = EnglishCandidateExtractor(maxWords: 2).extract("The guided missile destroyer sailed.").candidates
        #expect(found.allSatisfy { $0.units.count <= 2 })
        #expect(!found.contains { $0.surface == "guided missile destroyer" })
    }

    @Test func plainAdjectivesSuperlativesAndAdjectiveEndingsEndNoTerm() {
        let found = surfaces("It was a clear signal of the greatest regional threat and an effective offensive.")
        #expect(!found.contains("clear"))
        #expect(!found.contains("greatest"))
        #expect(!found.contains("regional"))
        #expect(!found.contains("effective"))
        #expect(found.contains("signal"))
        #expect(found.contains("regional threat"))
        #expect(found.contains("offensive"))   // a noun with an adjective ending
    }

    @Test func aNationalityAdjectiveBeforeItsNounEndsNoTerm() {
        let found = surfaces("Chinese vessels sailed near the islands, and the Chinese said nothing.")
        #expect(found.contains("Chinese vessel"))
        // Only "the Chinese said" gives "Chinese" alone: before "vessels" it is an adjective.
        #expect(found.filter { $0 == "Chinese" }.count == 1)
    }

    @Test func aNarrationVerbAfterADeterminerIsANoun() {
        #expect(surfaces("Moscow cast a veto on the draft.").contains("veto"))
        #expect(surfaces("Its veto angered Tokyo.").contains("veto"))
        #expect(surfaces("The envoy met the State Department spokesman.").contains("State Department"))
        // As a verb, or as a past participle after a determiner, it still ends the run.
        #expect(!surfaces("Moscow and Beijing veto the draft.").contains { $0.contains("veto") })
        #expect(!surfaces("Radar tracked the launched rocket.").contains { $0.contains("launched") })
    }
}

/// A phrase that starts inside a name is a piece of it.
@Suite struct PhraseInsideNameTests {
    @Test func aPhraseStartingInsideADemonymIsAFragment() {
        let found = TermFixtures.englishCandidates("Officials tracked a North Korean missile.")
        #expect(found.first { $0.surface == "Korean missile" }?.isNameFragment == true)
        #expect(found.first { $0.surface == "North Korean missile" }?.isNameFragment == false)
    }

    @Test func aPhraseAfterALowerCaseWordIsNoFragment() {
        let found = TermFixtures.englishCandidates("The new Aegis destroyer sailed.")
        #expect(found.first { $0.surface == "Aegis destroyer" }?.isNameFragment == false)
    }
}

