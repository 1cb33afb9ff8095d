import Testing
import YakugoCore
@testable import YakugoTerms

/// Event names with a particle and an okurigana noun: 船橋の戦い "Battle of Funabashi".
@Suite struct EventNameTests {
    static let lexicon = TermFixtures.lexicon([("船橋", "Funabashi"), ("戦い", "battle"), ("至る", "to lead to")])

    @Test func aKanjiWordWithOkuriganaEndsAPhrase() {
        let found = JapaneseCandidateExtractor(lexicon: Self.lexicon).extract("対立は船橋の戦いに至った。").candidates
        #expect(found.contains { $0.surface == "船橋の戦い" && $0.isPhrase })
        // A verb form is no noun of a phrase.
        #expect(!found.contains { $0.surface.hasSuffix("至った") })
    }

    @Test func theBattleLinks() {
        let pairs = TermFixtures.extractor(Self.lexicon).extract([SegmentPair(
            id: "b#1", english: "The rivalry led to the Battle of Funabashi.", japanese: "対立は船橋の戦いに至った。")])
        #expect(TermFixtures.has(pairs, "Battle of Funabashi", "船橋の戦い"))
    }

    @Test func aPlaceGlossedWithTheWholeNameLeavesTheHeadNothingOfItsOwn() {
        // EDICT glosses 関ヶ原 "Battle of Sekigahara"; 戦い then explains no word of its own,
        // the same shape as 北海の海域 "the sea area of the North Sea", so the phrase is held back.
        let lexicon = TermFixtures.lexicon([("関ヶ原", "Battle of Sekigahara"), ("戦い", "battle")])
        let pairs = TermFixtures.extractor(lexicon).extract([SegmentPair(
            id: "b#1", english: "It led to the Battle of Sekigahara.", japanese: "関ヶ原の戦いに至った。")])
        #expect(!pairs.contains { $0.japanese == "関ヶ原の戦い" })
    }

    @Test func aPhraseTheDictionaryListsWholeLinks() {
        // The same shape, but the dictionary lists the phrase itself: it is a word, and links.
        let lexicon = TermFixtures.lexicon([("関ヶ原", "Battle of Sekigahara"), ("戦い", "battle"), ("関ヶ原の戦い", "Battle of Sekigahara")])
        let pairs = TermFixtures.extractor(lexicon).extract([SegmentPair(
            id: "b#1", english: "It led to the Battle of Sekigahara.", japanese: "関ヶ原の戦いに至った。")])
        #expect(TermFixtures.has(pairs, "Battle of Sekigahara", "関ヶ原の戦い"))
    }

    /// An extractor whose name dictionary knows 白河口 and 文永, as ENAMDICT and EDICT do.
    static func namedExtractor(_ entries: [(String, String)]) -> TermExtractor {
        TermExtractor(evidence: TranslationEvidence(lexicon: TermFixtures.lexicon(entries),
                                                    names: TermFixtures.lexicon([("白河口", "Shirakawaguchi"), ("文永", "Bunei")])),
                      minScore: 0)
    }

    @Test func aNameBeforeTheParticleIsReadNotGlossed() {
        let pairs = Self.namedExtractor([("戦い", "battle")]).extract([SegmentPair(
            id: "b#1", english: "Both armies met in the Battle of Shirakawaguchi.", japanese: "両軍は白河口の戦いで衝突した。")])
        #expect(TermFixtures.has(pairs, "Battle of Shirakawaguchi", "白河口の戦い"))
        // The place keeps its own pair beside the event's: it is a name, surely matched.
        #expect(TermFixtures.has(pairs, "Shirakawaguchi", "白河口"))
    }

    @Test func aNameAfterTheParticleIsNoHead() {
        // 参事の大山綱良: a title and a person side by side (apposition), not a term. Only the
        // whole name read as a person's (family name first) explains "Tsunayoshi Oyama" surely;
        // such a reading explains a modifier, never the phrase's last word.
        let names = TermFixtures.lexicon([("大山", "ooyama"), ("綱良", "tsunayoshi")])
        let evidence = TranslationEvidence(lexicon: TermFixtures.lexicon([("参事", "councilor")]), names: names)
        var phrase = TermFixtures.japaneseCandidate("参事の大山綱良")
        phrase.phraseParts = ["参事", "大山綱良"]
        let apposition = evidence.match(english: TermFixtures.englishCandidate("councilor Tsunayoshi Oyama"), japanese: phrase)
        #expect((apposition?.strength ?? 0) < 0.9)
        // As the modifier, the same reading explains its words: 大山綱良の乱.
        let event = TranslationEvidence(lexicon: TermFixtures.lexicon([("乱", "rebellion")]), names: names)
        var rebellion = TermFixtures.japaneseCandidate("大山綱良の乱")
        rebellion.phraseParts = ["大山綱良", "乱"]
        let found = event.match(english: TermFixtures.englishCandidate("Tsunayoshi Oyama Rebellion", name: true), japanese: rebellion)
        #expect((found?.strength ?? 0) >= 0.9)
    }

    @Test func aOneCharacterEventHeadEndsAPhrase() {
        let extractor = JapaneseCandidateExtractor(lexicon: TermFixtures.lexicon([("役", "war"), ("島", "island")]),
                                                   names: TermFixtures.lexicon([("文永", "Bunei")]))
        #expect(extractor.extract("文永の役では多くの船が沈んだ。").candidates.contains { $0.surface == "文永の役" && $0.isPhrase })
        // Any other one-character noun stays too short to be joined.
        #expect(!extractor.extract("文永の島に着いた。").candidates.contains { $0.surface == "文永の島" })
        let pairs = Self.namedExtractor([("役", "war")]).extract([SegmentPair(
            id: "b#1", english: "Many ships sank in the Bunei War.", japanese: "文永の役では多くの船が沈んだ。")])
        #expect(TermFixtures.has(pairs, "Bunei War", "文永の役"))
    }

    @Test func anEraTheGeneralDictionaryListsStaysLinkedBesideItsEvent() {
        // 文永 is an EDICT word (an era), but "Bunei" is no English word: a name, kept.
        let pairs = TermFixtures.pairs([("文永", "Bunei"), ("役", "war")],
                                       english: "Many ships sank in the Bunei War.", japanese: "文永の役では多くの船が沈んだ。")
        #expect(TermFixtures.has(pairs, "Bunei War", "文永の役"))
        #expect(TermFixtures.has(pairs, "Bunei", "文永"))
    }

    @Test func aWholeDictionaryPhraseStillNeedsAnEnglishPhrase() {
        let evidence = TranslationEvidence(lexicon: TermFixtures.lexicon([("最悪の事態", "worst case")]))
        var phrase = TermFixtures.japaneseCandidate("最悪の事態")
        phrase.phraseParts = ["最悪", "事態"]
        #expect(evidence.match(english: TermFixtures.englishCandidate("worst case"), japanese: phrase)?.strength == 1)
        #expect(evidence.match(english: TermFixtures.englishCandidate("worst-case"), japanese: phrase) == nil)
    }

    @Test func anEventHeadOpensNoPhrase() {
        let extractor = JapaneseCandidateExtractor(lexicon: TermFixtures.lexicon([("乱", "rebellion"), ("原因", "cause")]))
        #expect(!extractor.extract("乱の原因を調べた。").candidates.contains { $0.surface == "乱の原因" })
    }
}

