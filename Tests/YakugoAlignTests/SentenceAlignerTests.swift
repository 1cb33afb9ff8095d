import Testing
import YakugoCore
import YakugoText
@testable import YakugoAlign

/// Checks that beads cover both sides completely, in order, each sentence once.
private func isCompleteMonotonic(_ beads: [Bead], english: Int, japanese: Int) -> Bool {
    var e = 0, j = 0
    for bead in beads {
        guard bead.english.lowerBound == e, bead.japanese.lowerBound == j else { return false }
        e = bead.english.upperBound
        j = bead.japanese.upperBound
    }
    return e == english && j == japanese
}

private let english = [
    "North Korea fired a ballistic missile on Oct. 4.",
    "The missile flew about 4,600 kilometers over Aomori.",
    "Prime Minister Kishida spoke with President Biden for 25 minutes.",
    "They agreed to strengthen deterrence.",
    "Japan and the U.S. held a drill with F-35B fighters.",
]
private let japanese = [
    "北朝鮮は10月4日、弾道ミサイルを発射した。",
    "ミサイルは青森県上空を通過し、約4600キロ飛行した。",
    "岸田首相はバイデン大統領と25分間電話で会談した。",
    "両首脳は抑止力の強化で一致した。",
    "日米はF35B戦闘機による共同訓練を実施した。",
]

@Suite("Sentence aligner")
struct SentenceAlignerTests {
    @Test func parallelSentencesAlignOneToOne() {
        let beads = SentenceAligner().align(english: english, japanese: japanese)
        #expect(beads.map(\.shape) == ["1-1", "1-1", "1-1", "1-1", "1-1"])
        #expect(beads.allSatisfy { $0.confidence > 0.5 })
    }

    @Test func mergedSentencesGiveATwoToOneBead() {
        var merged = japanese
        merged[2] = "岸田首相はバイデン大統領と25分間電話で会談し、抑止力の強化で一致した。"
        merged.remove(at: 3)
        let beads = SentenceAligner().align(english: english, japanese: merged)
        #expect(beads.map { "\(Array($0.english))>\(Array($0.japanese))" } == ["[0]>[0]", "[1]>[1]", "[2, 3]>[2]", "[4]>[3]"])
    }

    @Test func sentenceWithoutCounterpartIsOneSided() {
        var extra = japanese
        extra.insert("日本政府は北京の大使館ルートを通じて厳重に抗議した。", at: 2)
        // A few dictionary entries, as EDICT would give them, so the extra sentence has
        // anchors that no English sentence shares.
        var lexicon = BilingualLexicon()
        for (ja, en) in [("政府", "government"), ("大使館", "embassy"), ("抗議", "protest"), ("首相", "prime minister"),
                         ("大統領", "president"), ("抑止力", "deterrence"), ("発射", "launch"), ("戦闘機", "fighter")] {
            lexicon.add(japanese: ja, english: en)
        }
        var configuration = AlignerConfiguration()
        configuration.lexicon = lexicon
        let beads = SentenceAligner(configuration: configuration).align(english: english, japanese: extra)
        #expect(isCompleteMonotonic(beads, english: english.count, japanese: extra.count))
        #expect(beads.contains { $0.english.isEmpty && $0.japanese == 2..<3 })
    }

    @Test func emptySidesGiveOneSidedBeads() {
        let beads = SentenceAligner().align(english: english, japanese: [])
        #expect(beads.count == english.count && beads.allSatisfy { $0.japanese.isEmpty })
        #expect(SentenceAligner().align(english: [], japanese: []).isEmpty)
    }

    @Test func longDocumentIsSearchedInWindowsAndStaysComplete() {
        // 1,200 sentence pairs with a one-sided sentence every 97: windows and band must cope.
        var en: [String] = [], ja: [String] = []
        for i in 0..<1200 {
            en.append("Report \(i + 1000) covers \(i % 7 + 4) ships near Okinawa.")
            ja.append("報告\(i + 1000)は沖縄近くの\(i % 7 + 4)隻を扱う。")
            if i % 97 == 0 { ja.append("この段落には対応する英文がない。") }
        }
        var configuration = AlignerConfiguration()
        configuration.window = 300
        configuration.band = 40
        let beads = SentenceAligner(configuration: configuration).align(english: en, japanese: ja)
        #expect(isCompleteMonotonic(beads, english: en.count, japanese: ja.count))
        let oneToOne = beads.filter { $0.shape == "1-1" }.count
        #expect(oneToOne >= 1180)
    }

    @Test func lengthOnlyConfigurationStillAligns() {
        var configuration = AlignerConfiguration()
        configuration.useAnchors = false
        let beads = SentenceAligner(configuration: configuration).align(english: english, japanese: japanese)
        #expect(isCompleteMonotonic(beads, english: english.count, japanese: japanese.count))
    }

    @Test func glossaryPairsAreAnchors() {
        let features = FeatureExtractor(glossary: [("deterrence", "抑止力")])
        let e = features.features(of: english[3], language: .english)
        let j = features.features(of: japanese[3], language: .japanese)
        let glossaryKey = SentenceFeatures.key(.glossary, "0")
        #expect(e.anchors.contains(glossaryKey) && j.anchors.contains(glossaryKey))
    }
}

@Suite("Alignment scoring")
struct AlignmentScoringTests {
    @Test func lengthModelPrefersTheExpectedRatio() {
        let model = LengthModel(ratio: 0.5, variance: 8)
        #expect(model.cost(english: 100, japanese: 50) < model.cost(english: 100, japanese: 20))
        #expect(model.cost(english: 100, japanese: 50) < model.cost(english: 100, japanese: 90))
    }

    @Test func splitFactorComesFromTheDocumentsOwnSplits() {
        // Five 1-1 beads at ratio 0.5, and one English sentence of 100 characters carried by two
        // Japanese sentences of 70 in all: 1.4 times the plain expectation, shrunk with five
        // pseudo-beads at 1 to (1.4 + 5) / 6.
        let english = [100, 100, 100, 100, 100, 100]
        let japanese = [50, 50, 50, 50, 50, 40, 30]
        let beads = (0..<5).map { Bead(english: $0..<($0 + 1), japanese: $0..<($0 + 1)) } + [Bead(english: 5..<6, japanese: 5..<7)]
        let model = LengthModel(ratio: 0.5, variance: 8).refined(english: english, japanese: japanese, beads: beads)
        #expect(abs(model.ratio - 0.5) < 1e-9)
        #expect(abs(model.japaneseSplitFactor - 6.4 / 6) < 1e-9)
        #expect(model.englishSplitFactor == 1)
    }

    @Test func lengthModelIsEstimatedFromTheDocument() {
        let model = LengthModel.estimate(english: [100, 200], japanese: [40, 80])
        #expect(abs(model.ratio - 0.4) < 1e-9)
    }

    @Test func numbersDatesAndDesignationsAnchorAcrossLanguages() {
        let extractor = FeatureExtractor()
        let e = extractor.features(of: english[0], language: .english)
        let j = extractor.features(of: japanese[0], language: .japanese)
        #expect(!Set(e.anchors).isDisjoint(with: j.anchors))  // Oct. 4 = 10月4日
        let e4 = extractor.features(of: english[4], language: .english)
        let j4 = extractor.features(of: japanese[4], language: .japanese)
        #expect(e4.anchors.contains(SentenceFeatures.key(.latin, "f35b")) && j4.anchors.contains(SentenceFeatures.key(.latin, "f35b")))
    }

    @Test func katakanaMeetsItsEnglishSource() throws {
        for (katakana, word) in [("バイデン", "Biden"), ("ミサイル", "missile"), ("トランプ", "Trump"), ("オースティン", "Austin")] {
            let latin = try #require(Transliteration.katakanaToLatin(katakana))
            #expect(Transliteration.skeleton(latin) == Transliteration.skeleton(word), "\(katakana) → \(latin)")
        }
        #expect(Transliteration.skeleton("kishida") != Transliteration.skeleton("biden"))
    }
}

@Suite("Sentence aligner: lopsided input")
struct LopsidedAlignmentTests {
    @Test func veryUnequalSidesStillCoverEverySentence() {
        let en = (0..<400).map { "Sentence number \($0 + 1000) about ships." }
        let ja = (0..<1).map { "文\($0)。" }
        var configuration = AlignerConfiguration()
        configuration.exhaustiveUpTo = 10
        configuration.window = 100
        configuration.band = 5
        let beads = SentenceAligner(configuration: configuration).align(english: en, japanese: ja)
        var e = 0, j = 0
        for bead in beads {
            #expect(bead.english.lowerBound == e && bead.japanese.lowerBound == j)
            e = bead.english.upperBound
            j = bead.japanese.upperBound
        }
        #expect(e == en.count && j == ja.count)
    }
}

@Suite("Sentence aligner: announced quotations")
struct AnnouncedQuotationTests {
    @Test func cataphoricLeadAndItsQuotationAreRecognised() {
        #expect(Japanese.announcesQuotation("防衛相は記者団にこう述べた。", next: "「断じて容認できない」"))
        #expect(Japanese.announcesQuotation("首相は次のように語った。", next: "「対話を続ける」と。"))
        #expect(!Japanese.announcesQuotation("防衛相は記者団にこう述べた。", next: "政府は抗議した。"))
        #expect(!Japanese.announcesQuotation("こうした動きに政府は反発し、抗議した。", next: "「遺憾だ」"))
        #expect(!Japanese.announcesQuotation("防衛相はこう述べた。", next: nil))
    }

    @Test func leadAndQuotationStayInOneBead() {
        let en = ["North Korea fired a missile on Oct. 4.", "“It is absolutely unacceptable,” Kishida told reporters.", "Japan lodged a protest."]
        let ja = ["北朝鮮は10月4日、ミサイルを発射した。", "岸田首相は記者団にこう述べた。", "「断じて容認できない」", "日本は抗議した。"]
        let beads = SentenceAligner().align(english: en, japanese: ja)
        #expect(beads.contains { $0.english == 1..<2 && $0.japanese == 1..<3 })
    }
}

@Suite("Alignment anchors: day-only dates, lone kanji, per-sentence evidence")
struct AnchorRefinementTests {
    @Test func dayOnlyJapaneseDateMeetsTheEnglishMonthAndDay() {
        let extractor = FeatureExtractor()
        let e = extractor.features(of: "The council met on Nov. 12 but took no action.", language: .english)
        let j = extractor.features(of: "安保理は12日に会合を開いた。", language: .japanese)
        #expect(!Set(e.anchors).isDisjoint(with: j.anchors))
        let other = extractor.features(of: "安保理は13日に会合を開いた。", language: .japanese)
        #expect(Set(e.anchors).isDisjoint(with: other.anchors))
    }

    @Test func loneKanjiBeforeAParticleIsLookedUp() {
        var lexicon = BilingualLexicon()
        lexicon.add(japanese: "娘", english: "daughter")
        lexicon.add(japanese: "国", english: "country")
        let words = FeatureExtractor.lexiconGlossWords(in: "指導者は娘を連れて視察した。", lexicon: lexicon)
        #expect(words.contains("daughter"))
        // Inside a kanji compound (中国) or before okurigana (国々) a single character is not a word.
        #expect(!FeatureExtractor.lexiconGlossWords(in: "中国が反発した。", lexicon: lexicon).contains("country"))
        #expect(!FeatureExtractor.lexiconGlossWords(in: "国々は合意した。", lexicon: lexicon).contains("country"))
    }

    /// A scorer over hand-made anchor sets, so the evidence arithmetic is checked exactly.
    private func scorer(english: [[Int64]], japanese: [[Int64]]) -> CombinedScorer {
        CombinedScorer(english: english.map { SentenceFeatures(length: 40, anchors: $0.sorted()) },
                       japanese: japanese.map { SentenceFeatures(length: 20, anchors: $0.sorted()) },
                       englishParagraphs: english.map { _ in 0 }, japaneseParagraphs: japanese.map { _ in 0 },
                       length: LengthModel(ratio: 0.5, variance: 8), priors: BeadShape.defaultPriors, weights: AnchorWeights())
    }

    @Test func mergedSidesUseTheUnionOfTheirSentencesAnchorsAndFollowChanges() {
        let k = (0..<6).map { SentenceFeatures.key(.number, "\($0)") }
        var s = scorer(english: [[k[0], k[1]], [k[1], k[2]], [k[3]], [k[0]]], japanese: [[k[0]]])
        // Two and three neighbours: sorted, each key once, the same as a union built on the spot.
        for range in [0..<2, 1..<3, 2..<4, 0..<3, 1..<4] {
            #expect(s.sideAnchors(english: range) == CombinedScorer.union(range.map { s.english[$0].anchors }))
        }
        #expect(s.sideAnchors(english: 0..<3) == [k[0], k[1], k[2], k[3]].sorted())
        // Replacing the sentences replaces the stored unions.
        s.english = [[k[4]], [k[5]]].map { SentenceFeatures(length: 40, anchors: $0) }
        #expect(s.sideAnchors(english: 0..<2) == [k[4], k[5]].sorted())
    }

    @Test func aMergedSentenceAddsItsOwnEvidencePastItsNeighboursCap() {
        // Sentence 0 shares five dictionary words with the Japanese sentence (15 nats, past the
        // cap of 12); sentence 1 shares two more words of its own.
        let words = (0..<7).map { SentenceFeatures.key(.dictionary, "word\($0)") }
        let filler = (0..<40).map { SentenceFeatures.key(.dictionary, "filler\($0)") }
        let s = scorer(english: [Array(words[0..<5]), Array(words[5..<7]), [filler[0], filler[1]]],
                       japanese: [words, Array(filler[2..<40])])
        let alone = s.anchorEvidence(0..<1, 0..<1)
        let merged = s.anchorEvidence(0..<2, 0..<1)
        #expect(abs(alone - 12) < 1e-9)
        // (12 + 6) for the English sentences, + 12 for the capped Japanese one, halved.
        #expect(abs(merged - 15) < 1e-9)
    }

    @Test func twoGlossWordsOfOneJapaneseWordAreOneWordsEvidence() {
        // 協定 glosses "pact" and "arrangement": an English sentence with "pact" and its neighbour
        // with "arrangement" do not both translate it, so neither owns it in the merged bead.
        var lexicon = BilingualLexicon()
        lexicon.add(japanese: "協定", english: "pact")
        lexicon.add(japanese: "協定", english: "arrangement")
        lexicon.add(japanese: "情報", english: "intelligence")
        let extractor = FeatureExtractor(lexicon: lexicon)
        let japanese = extractor.features(of: "両国は情報の協定を結んだ。", language: .japanese)
        #expect(japanese.headword(of: SentenceFeatures.key(.dictionary, "pact")) != nil)
        #expect(japanese.headword(of: SentenceFeatures.key(.dictionary, "pact")) == japanese.headword(of: SentenceFeatures.key(.dictionary, "arrangement")))
        #expect(japanese.headword(of: SentenceFeatures.key(.dictionary, "pact")) != japanese.headword(of: SentenceFeatures.key(.dictionary, "intelligence")))
        func evidence(_ second: String) -> Double {
            let english = ["The two countries signed a pact.", second].map { extractor.features(of: $0, language: .english) }
            let s = CombinedScorer(english: english, japanese: [japanese], englishParagraphs: [0, 0], japaneseParagraphs: [0],
                                   length: LengthModel(ratio: 0.5, variance: 8), priors: BeadShape.defaultPriors, weights: AnchorWeights())
            return s.anchorEvidence(0..<2, 0..<1)
        }
        // A second sentence meeting another Japanese word (情報) adds to the bead; one meeting
        // the same word again does not.
        #expect(evidence("Officials praised the arrangement.") < evidence("Officials praised the intelligence."))
    }

    @Test func theLowerBoundNeverExceedsTheCostOfAnyBead() {
        // Pseudo-random anchor sets (a fixed seed) over a small vocabulary of every kind, so
        // beads share many, few or none, merged sides overlap, and some sentences pass the cap.
        var state: UInt64 = 20261130
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let kinds: [AnchorKind] = [.number, .latin, .dictionary, .transliteration, .glossary]
        let vocabulary = (0..<30).map { SentenceFeatures.key(kinds[$0 % kinds.count], "w\($0)") }
        func sentence() -> [Int64] { Array(Set((0..<next(13)).map { _ in vocabulary[next(vocabulary.count)] })) }
        for _ in 0..<20 {
            var s = scorer(english: (0..<8).map { _ in sentence() } + [[]], japanese: (0..<8).map { _ in sentence() })
            s.englishParagraphs = [0, 0, 0, 1, 1, 1, 2, 2, 2]
            for shape in BeadShape.all {
                for i in 0...(9 - shape.english) {
                    for j in 0...(8 - shape.japanese) {
                        let e = i..<(i + shape.english), k = j..<(j + shape.japanese)
                        let bound = s.lowerBound(english: e, japanese: k), cost = s.cost(english: e, japanese: k)
                        #expect(bound <= cost, "\(e) \(k): bound \(bound) above cost \(cost)")
                    }
                }
            }
            // A negative weight (a sweep may try one) would break the bound: pruning turns off.
            var negative = s
            negative.weights.unmatchedStrong = -1
            #expect(negative.lowerBound(english: 0..<1, japanese: 0..<1) == -.infinity)
            // A sentence without anchors left alone: nothing to bound, so the bound is the cost.
            #expect(abs(s.lowerBound(english: 8..<9, japanese: 8..<8) - s.cost(english: 8..<9, japanese: 8..<8)) < 1e-6)
        }
    }

    @Test func aSentenceRepeatingItsNeighboursAnchorsAddsNothing() {
        let shared = (0..<3).map { SentenceFeatures.key(.dictionary, "name\($0)") }
        let filler = (0..<40).map { SentenceFeatures.key(.dictionary, "filler\($0)") }
        let s = scorer(english: [shared, [shared[0]], [filler[0]]], japanese: [shared, Array(filler[1..<40])])
        // Sentence 1 only repeats a name sentence 0 already has: that name then counts for
        // neither English sentence, so the merge is worth less than the 1-1 bead.
        #expect(s.anchorEvidence(0..<2, 0..<1) < s.anchorEvidence(0..<1, 0..<1))
    }
}

/// Two unrelated articles still get a path; the support figure tells them from translations.
@Suite("Alignment support")
struct AlignmentSupportTests {
    // Each English word that carries the translation, glossed as EDICT would.
    let lexicon: BilingualLexicon = {
        var lexicon = BilingualLexicon()
        for (japanese, english) in [("北朝鮮", "North Korea"), ("弾道ミサイル", "ballistic missile"), ("発射", "launch"),
                                    ("青森", "Aomori"), ("首相", "prime minister"), ("大統領", "president"),
                                    ("抑止力", "deterrence"), ("強化", "strengthening"), ("戦闘機", "fighter"),
                                    ("共同訓練", "joint drill"), ("天気", "weather"), ("学校", "school"), ("車", "car"),
                                    ("夕食", "dinner"), ("本", "book"), ("テニス", "tennis")] {
            lexicon.add(japanese: japanese, english: english)
        }
        return lexicon
    }()
    let unrelated = [
        "今日は天気がいい。", "私は学校に行った。", "彼女は新しい車を買った。", "私たちは家で夕食を食べた。", "彼は毎晩本を読む。",
    ]

    func aligner() -> SentenceAligner {
        var configuration = AlignerConfiguration()
        configuration.lexicon = lexicon
        return SentenceAligner(configuration: configuration)
    }

    @Test func translationsShareMoreAlongTheirAlignmentThanAtRandom() {
        let (beads, support) = aligner().alignWithSupport(english: english, japanese: japanese)
        #expect(beads.count == 5)
        #expect((support ?? 0) >= SentenceAligner.minimumSupport)
    }

    @Test func unrelatedTextsShareLittle() {
        let (beads, support) = aligner().alignWithSupport(english: english, japanese: unrelated)
        #expect(!beads.isEmpty)
        #expect(support != nil)
        #expect((support ?? 99) < SentenceAligner.minimumSupport)
    }

    @Test func withoutADictionaryOrWithFewBeadsThereIsNoFigure() {
        #expect(SentenceAligner().alignWithSupport(english: english, japanese: japanese).support == nil)
        #expect(aligner().alignWithSupport(english: Array(english.prefix(3)), japanese: Array(japanese.prefix(3))).support == nil)
    }
}
