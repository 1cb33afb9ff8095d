import Testing
import YakugoCore
@testable import YakugoTerms

/// A lexicon where "matter" is glossed by three entries and "embargo" by one.
private let lexicon: BilingualLexicon = {
    var lexicon = BilingualLexicon()
    for (japanese, english) in [("事柄", "matter"), ("問題", "matter of concern"), ("物質", "matter"),
                                ("禁輸", "embargo"), ("乗り物", "vehicle")] {
        lexicon.add(japanese: japanese, english: english)
    }
    return lexicon
}()

private func pair(_ english: String, frequency: Int = 1, known: Bool = false) -> ExtractedTermPair {
    ExtractedTermPair(english: english, japanese: "事柄", englishKey: english.lowercased(), japaneseKey: "事柄", score: 1,
                      frequency: frequency, cooccurrence: frequency, evidence: ["dictionary"], segments: [],
                      isKnown: known, englishTermhood: 0, japaneseTermhood: 0, category: nil)
}

@Suite struct GeneralVocabularyTests {
    let vocabulary = GeneralVocabulary(lexicon: lexicon, threshold: 3)

    @Test func countsTheEntriesWhoseGlossesUseAWord() {
        #expect(vocabulary.entries(using: "matter") == 3)
        #expect(vocabulary.entries(using: "Matter") == 3)
        #expect(vocabulary.entries(using: "embargo") == 1)
        #expect(vocabulary.entries(using: "tariff") == 0)
    }

    @Test func aWidelyGlossedWordLinkedOnceIsGeneral() {
        #expect(vocabulary.isGeneral(pair("matter")))
        #expect(!vocabulary.isGeneral(pair("embargo")))
    }

    @Test func aGeneralWordTheTextKeepsUsingIsNotGeneral() {
        #expect(!vocabulary.isGeneral(pair("matter", frequency: 2)))
    }

    @Test func inACorpusOnceInEachDocumentIsStillGeneral() {
        var spread = pair("matter", frequency: 3)
        spread.documentCount = 3
        #expect(vocabulary.isGeneral(spread))
        var repeated = pair("matter", frequency: 3)
        repeated.documentCount = 2
        #expect(!vocabulary.isGeneral(repeated))
    }

    @Test func theExtractorCountsDocuments() {
        let extractor = TermExtractor(evidence: TranslationEvidence(lexicon: lexicon), minScore: 0)
        let segments = ["a", "b"].map { SegmentPair(id: "\($0)#1", english: "The matter was raised.", japanese: "事柄が提起された。", document: $0) }
        let found = extractor.extract(segments).first { $0.english == "matter" }
        #expect(found?.documentCount == 2)
    }

    @Test func namesAndLongerTermsAreNeverGeneral() {
        var name = pair("Matter")
        name.englishIsName = true
        #expect(!vocabulary.isGeneral(name))
        #expect(!vocabulary.isGeneral(pair("matter transport")))
        #expect(!vocabulary.isGeneral(pair("MATTER")))
    }

    @Test func aCapitalisedWordThatWasNeverANameIsJudgedLikeAnyWord() {
        // Opening a sentence or inside a longer name, the capital says nothing.
        #expect(vocabulary.isGeneral(pair("Matter")))
        #expect(!vocabulary.isGeneral(pair("Embargo")))
    }

    @Test func theExtractorTellsANameFromASentenceOpening() {
        let extractor = TermExtractor(evidence: TranslationEvidence(lexicon: lexicon), minScore: 0)
        func isName(_ english: String) -> Bool? {
            extractor.extract([SegmentPair(id: "a#1", english: english, japanese: "事柄が提起された。")])
                .first { $0.japanese == "事柄" }?.englishIsName
        }
        #expect(isName("Matter was raised.") == false)
        #expect(isName("They raised Matter today.") == true)
    }

    @Test func aPairTheUserGaveIsNeverGeneral() {
        #expect(!vocabulary.isGeneral(pair("matter", known: true)))
    }

    @Test func noDictionaryMeansNothingIsGeneral() {
        #expect(!GeneralVocabulary(lexicon: nil, threshold: 1).isGeneral(pair("matter")))
    }

    @Test func theExtractorScoresGeneralPairsBelowTheDefaultMinimum() {
        let segments = [SegmentPair(id: "memo#1", english: "The embargo is a serious matter.", japanese: "禁輸は深刻な事柄だ。")]
        var extractor = TermExtractor(evidence: TranslationEvidence(lexicon: lexicon))
        extractor.generalVocabulary.threshold = 3
        let kept = extractor.extract(segments)
        #expect(kept.contains { $0.english == "embargo" && $0.japanese == "禁輸" })
        #expect(!kept.contains { $0.english == "matter" })
        extractor.minScore = 0
        let all = extractor.extract(segments)
        let general = all.first { $0.english == "matter" && $0.japanese == "事柄" }
        #expect(general.map { $0.score < 0.5 } == true)
    }
}

/// The standalone bar: a word whose Japanese the text also builds compounds from keeps the
/// higher `threshold`.
@Suite struct ProductiveUnitTests {
    let vocabulary = GeneralVocabulary(lexicon: lexicon, threshold: 5, standaloneThreshold: 3)

    @Test func aStandaloneWordMeetsTheLowerBar() {
        #expect(vocabulary.isGeneral(pair("matter")))
        #expect(!vocabulary.isGeneral(pair("matter"), productive: true))
        #expect(!vocabulary.isGeneral(pair("embargo")))
    }

    @Test func theLowerBarNeverExceedsTheMainOne() {
        let strict = GeneralVocabulary(lexicon: lexicon, threshold: 3, standaloneThreshold: 20)
        #expect(strict.isGeneral(pair("matter")))
    }

    func extractor() -> TermExtractor {
        var extractor = TermExtractor(evidence: TranslationEvidence(lexicon: lexicon), minScore: 0)
        extractor.generalVocabulary = vocabulary
        return extractor
    }

    func score(_ segments: [SegmentPair]) -> Double? {
        extractor().extract(segments).first { $0.english == "matter" && $0.japanese == "事柄" }?.score
    }

    @Test func aUnitOfACompoundElsewhereInTheTextKeepsItsScore() {
        let alone = [SegmentPair(id: "a#1", english: "The matter was raised.", japanese: "事柄が提起された。", document: "a")]
        let withCompound = alone + [SegmentPair(id: "a#2", english: "A list was made.", japanese: "事柄一覧を作った。", document: "a")]
        // In a corpus the compound may come from another article: the corpus is the text.
        let inOtherDocument = alone + [SegmentPair(id: "b#1", english: "A list was made.", japanese: "事柄一覧を作った。", document: "b")]
        #expect(score(alone).map { $0 < 0.5 } == true)
        #expect(score(withCompound).map { $0 >= 0.5 } == true)
        #expect(score(inOtherDocument).map { $0 >= 0.5 } == true)
    }

    @Test func aParticlePhraseIsNoCompound() {
        let segments = [SegmentPair(id: "a#1", english: "The matter was raised.", japanese: "事柄が提起された。", document: "a"),
                        SegmentPair(id: "a#2", english: "A list was made.", japanese: "重大な事柄の一覧を作った。", document: "a")]
        let (_, japanese) = extractor().occurrences(segments)
        #expect(!TermExtractor.productiveJapanese(japanese).contains("事柄"))
        #expect(score(segments).map { $0 < 0.5 } == true)
    }
}
