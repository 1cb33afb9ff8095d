import Testing
import YakugoCore
@testable import YakugoTerms

private func extractor(_ entries: [(String, String)]) -> TermExtractor {
    var lexicon = BilingualLexicon()
    for (japanese, english) in entries { lexicon.add(japanese: japanese, english: english) }
    return TermExtractor(evidence: TranslationEvidence(lexicon: lexicon), minScore: 0)
}

private func has(_ pairs: [ExtractedTermPair], _ english: String, _ japanese: String) -> Bool {
    pairs.contains { $0.english == english && $0.japanese == japanese }
}

/// Links that grow to the whole compound, and heads linked beside the whole.
@Suite struct LinkWideningTests {
    // MARK: widening to unexplained modifiers

    @Test func aLinkWidensToModifiersLeftOverOnTheSameSide() {
        // The dictionary knows 能力 = capability, and 報復 only as "reprisal": "retaliation" and 報復
        // are left over before the head, so they are its modifier and the term is the whole.
        let segment = SegmentPair(id: "cab#1", english: "The cabinet approved retaliation capabilities.", japanese: "内閣は報復能力を承認した。")
        let pairs = extractor([("能力", "capability"), ("内閣", "cabinet"), ("報復", "reprisal")]).extract([segment])
        #expect(has(pairs, "retaliation capability", "報復能力"))
        #expect(!has(pairs, "capability", "能力"))
    }

    @Test func leftoversOnOppositeSidesDoNotWiden() {
        // "gap" follows the head, 報復 precedes it: no parallel modifier, so the link stays put.
        let segment = SegmentPair(id: "gap#1", english: "The report found a capability gap.", japanese: "報告書は報復能力を指摘した。")
        let pairs = extractor([("能力", "capability"), ("報告書", "report"), ("報復", "reprisal")]).extract([segment])
        #expect(!pairs.contains { $0.english == "capability gap" })
        #expect(has(pairs, "capability", "能力"))
    }

    // MARK: nested heads

    static let missiles = [("弾道ミサイル", "ballistic missile"), ("大陸間弾道ミサイル", "intercontinental ballistic missile"),
                           ("弾道", "ballistic"), ("ミサイル", "missile")]

    @Test func aCompoundHeadIsLinkedBesideTheWholeWhereItAlsoOccursAlone() {
        let whole = SegmentPair(id: "icbm#1", english: "The rocket was an intercontinental ballistic missile.", japanese: "そのロケットは大陸間弾道ミサイルだった。")
        let alone = SegmentPair(id: "icbm#2", english: "Another ballistic missile followed.", japanese: "別の弾道ミサイルが続いた。")
        let pairs = extractor(Self.missiles).extract([whole, alone])
        #expect(has(pairs, "intercontinental ballistic missile", "大陸間弾道ミサイル"))
        #expect(pairs.first { $0.english == "ballistic missile" && $0.japanese == "弾道ミサイル" }?.frequency == 2)
        // A lone word is a building block, not a nested term of its own.
        #expect(!has(pairs, "missile", "ミサイル"))
    }

    @Test func aHeadSeenOnlyInsideTheWholeIsNoTermOfItsOwn() {
        let whole = SegmentPair(id: "icbm#1", english: "The rocket was an intercontinental ballistic missile.", japanese: "そのロケットは大陸間弾道ミサイルだった。")
        let pairs = extractor(Self.missiles).extract([whole])
        #expect(has(pairs, "intercontinental ballistic missile", "大陸間弾道ミサイル"))
        #expect(!has(pairs, "ballistic missile", "弾道ミサイル"))
    }

    @Test func aHeadAfterABoundPrefixIsLinkedEvenInsideAName() {
        // 米大統領 is 米 + 大統領, "the U.S. president": the title is the term.
        let segment = SegmentPair(id: "visit#1", english: "Tokyo welcomed U.S. President Smith.", japanese: "東京は米大統領を歓迎した。")
        let pairs = extractor([("大統領", "president"), ("米", "U.S."), ("東京", "Tokyo")]).extract([segment])
        #expect(has(pairs, "President", "大統領"))
    }

    @Test func aPieceOfANameIsNoNestedHead() {
        let segment = SegmentPair(id: "nds#1", english: "They revised the National Defense Strategy.", japanese: "国家防衛戦略を改定した。")
        let pairs = extractor([("国家", "nation"), ("防衛", "defense"), ("戦略", "strategy")]).extract([segment])
        #expect(has(pairs, "National Defense Strategy", "国家防衛戦略"))
        #expect(!has(pairs, "Strategy", "戦略"))
    }

    // MARK: evidence

    @Test func aKatakanaWordSpellsTheSpanItMatchesBest() {
        // ミサイル (msr) spells "missile"; "missile warning" (msrn) is merely close enough.
        let evidence = TranslationEvidence(lexicon: BilingualLexicon())
        let english = EnglishCandidateExtractor().extract("They share missile warning data.").candidates.first { $0.surface == "missile warning" }!
        let japanese = JapaneseCandidateExtractor().extract("ミサイル").candidates.first!
        #expect((evidence.match(english: english, japanese: japanese)?.strength ?? 0) <= 0.5)
    }

    @Test func aPlaceNameMayKeepItsAdministrativeDivision() {
        let evidence = TranslationEvidence(lexicon: BilingualLexicon())
        let english = EnglishCandidateExtractor().extract("They met in Maryland.").candidates.first { $0.surface == "Maryland" }!
        let japanese = JapaneseCandidateExtractor().extract("メリーランド州で会った。").candidates.first { $0.surface == "メリーランド州" }!
        #expect((evidence.match(english: english, japanese: japanese)?.strength ?? 0) >= 0.9)
        // A common noun does not drop a division: "state" is no place name.
        let common = EnglishCandidateExtractor().extract("They met in the state.").candidates.first { $0.surface == "state" }
        #expect(common == nil || (evidence.match(english: common!, japanese: japanese)?.strength ?? 0) < 0.9)
    }
}

/// A phrase whose head the Japanese leaves unexplained is a fragment.
@Suite struct UnexplainedHeadTests {
    @Test func aPhraseTranslatedOnlyInItsModifiersDoesNotLink() {
        // 米大統領 explains "U.S. presidential", not the retreat.
        let lexicon = TermFixtures.lexicon([("米大統領", "U.S. president"), ("山荘", "mountain villa"), ("滞在", "stay")])
        let pairs = TermFixtures.extractor(lexicon).extract([SegmentPair(
            id: "r#1", english: "They stayed at the U.S. presidential retreat.", japanese: "米大統領の山荘に滞在した。")])
        #expect(!pairs.contains { $0.english == "U.S. presidential retreat" })
    }

    @Test func aPhraseWhoseHeadIsExplainedStillLinksOnPartialEvidence() {
        // 防衛 explains "defense"; the head "minister" is 相 — explained, so the pair may link
        // on its partial evidence.
        let lexicon = TermFixtures.lexicon([("防衛", "defense"), ("相", "minister"), ("会見", "interview")])
        let evidence = TranslationEvidence(lexicon: lexicon)
        let english = TermFixtures.englishCandidates("The acting defense minister spoke.").first { $0.surface == "acting defense minister" }!
        let japanese = JapaneseCandidateExtractor(lexicon: lexicon).extract("防衛相が会見した。").candidates.first { $0.surface == "防衛相" }!
        #expect(evidence.explainsHead(english: english, japanese: japanese))
        let retreat = TermFixtures.englishCandidates("the presidential retreat").first { $0.surface == "presidential retreat" }!
        #expect(!evidence.explainsHead(english: retreat, japanese: japanese))
    }
}
