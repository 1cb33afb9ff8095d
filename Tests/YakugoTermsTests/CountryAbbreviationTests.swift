import Testing
import YakugoCore
@testable import YakugoTerms

private let lexicon = TermFixtures.lexicon
private let extractor = TermFixtures.extractor
private let has = TermFixtures.has
private let english = TermFixtures.englishCandidates

/// Sequences of one-kanji country abbreviations (日米, 日米韓, 米中) with the hyphenated English
/// compounds of country names, and acronyms Japanese keeps in Latin letters.
@Suite struct CountryAbbreviationTests {
    static let words = [("協力", "cooperation"), ("対話", "dialogue"), ("日米", "Japan-US"), ("日中", "daytime"),
                        ("大統領", "president"), ("北大西洋条約機構", "North Atlantic Treaty Organization"),
                        ("北大西洋条約機構", "NATO"), ("加盟", "membership")]

    // MARK: English hyphenated compounds of names

    @Test func aHyphenAfterAnInitialismJoinsOneCompound() {
        let surfaces = english("Leaders pledged to deepen U.S.-Japan-Australia cooperation.").map(\.surface)
        #expect(surfaces.contains("U.S.-Japan-Australia cooperation"))
        #expect(!surfaces.contains("Japan-Australia cooperation"))
    }

    @Test func aNameWithAParticipleAfterAHyphenIsAnAdjective() {
        let surfaces = english("The navy bought U.S.-made drones and joined a U.S.-led coalition.").map(\.surface)
        #expect(!surfaces.contains("U.S.-made"))
        #expect(!surfaces.contains("U.S.-led"))
        #expect(surfaces.contains("U.S.-led coalition"))
    }

    // MARK: Japanese candidates

    @Test func aSequenceOfCountryAbbreviationsIsACandidate() {
        let ja = JapaneseCandidateExtractor(lexicon: lexicon(Self.words))
        #expect(ja.extract("首脳らは米日豪の協力を確認した。").candidates.map(\.surface).contains("米日豪"))
        #expect(ja.extract("中露の対話が続いた。").candidates.map(\.surface).contains("中露"))
        // One abbreviation alone stays a bound prefix.
        #expect(!ja.extract("米大統領が到着した。").candidates.map(\.surface).contains("米"))
    }

    // MARK: Evidence

    @Test func eachAbbreviationIsExplainedByItsCountry() {
        let evidence = TranslationEvidence(lexicon: lexicon(Self.words))
        let ja = JapaneseCandidateExtractor(lexicon: evidence.lexicon)
        guard let china = ja.extract("日中の対話を再開した。").candidates.first(where: { $0.surface == "日中" }),
              let pair = english("They resumed the Japan-China dialogue.").first(where: { $0.surface == "Japan-China" }) else {
            Issue.record("candidates missing"); return
        }
        // 日中 is also "daytime": the country reading stands beside the dictionary's.
        #expect(evidence.match(english: pair, japanese: china)?.strength == 1)
    }

    @Test func oneCountryOfASequenceIsAFragment() {
        // "Japan" is written out as 日, not implied as in the name of a Japanese body.
        let evidence = TranslationEvidence(lexicon: lexicon(Self.words))
        let ja = JapaneseCandidateExtractor(lexicon: evidence.lexicon)
        guard let both = ja.extract("日米の協力を確認した。").candidates.first(where: { $0.surface == "日米" }),
              let us = english("The U.S. confirmed it.").first(where: { $0.surface == "U.S." }) else {
            Issue.record("candidates missing"); return
        }
        #expect((evidence.match(english: us, japanese: both)?.strength ?? 0) < 0.9)
        let segment = SegmentPair(id: "us#1", english: "The U.S. confirmed the cooperation.", japanese: "日米の協力を確認した。")
        #expect(!has(extractor(lexicon(Self.words)).extract([segment]), "U.S.", "日米"))
    }

    @Test func aRelationOfCountriesLinksAsAPhrase() {
        let segment = SegmentPair(id: "coop#1", english: "Leaders pledged to deepen U.S.-Japan-Australia cooperation.",
                                  japanese: "首脳らは米日豪の協力を深めると誓った。")
        let pairs = extractor(lexicon(Self.words)).extract([segment])
        #expect(has(pairs, "U.S.-Japan-Australia cooperation", "米日豪の協力"))
        #expect(has(pairs, "cooperation", "協力"))
    }

    @Test func countryNamesAreNoEpithetThoughEveryday() {
        // "Japan" and "China" gloss a hundred entries each, yet 日中 names the parties of the dialogue.
        let everyday = Self.words + (0..<100).map { ("日\($0)号", "japan china item \($0)") }
        let segment = SegmentPair(id: "jc#1", english: "They resumed the Japan-China dialogue.", japanese: "日中の対話を再開した。")
        #expect(has(extractor(lexicon(everyday)).extract([segment]), "Japan-China dialogue", "日中の対話"))
    }

    // MARK: Acronyms kept in Latin letters

    @Test func anAcronymKeptInLatinLettersPairsWithItselfOverItsBracketedLongForm() {
        let segment = SegmentPair(id: "nato#1", english: "Finland sought NATO membership.",
                                  japanese: "フィンランドはNATO（北大西洋条約機構）加盟を目指した。")
        let pairs = extractor(lexicon(Self.words)).extract([segment])
        #expect(has(pairs, "NATO", "NATO"))
        #expect(!has(pairs, "NATO", "北大西洋条約機構"))
    }
}
