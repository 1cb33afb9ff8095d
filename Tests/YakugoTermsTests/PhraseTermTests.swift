import Testing
import YakugoCore
@testable import YakugoTerms

private let lexicon = TermFixtures.lexicon
private let extractor = TermFixtures.extractor
private let has = TermFixtures.has
private let english = TermFixtures.englishCandidates

/// Terms with a particle or "and" inside, quoted designations, and the gates that keep such
/// longer candidates from hiding word pairs.
@Suite struct PhraseTermTests {
    static let words = [("最大", "greatest"), ("経済的", "economic"), ("挑戦", "challenge"), ("違法", "illegal"),
                        ("挑発的", "provocative"), ("飛行", "flight"), ("完全", "complete"), ("軍縮", "disarmament"),
                        ("同盟国", "ally"), ("条約", "treaty")]

    // MARK: Japanese particle phrases

    @Test func aParticleJoinsTwoWordsIntoOnePhraseCandidate() {
        let found = JapaneseCandidateExtractor(lexicon: lexicon(Self.words)).extract("同盟国は最大の経済的挑戦を議論した。").candidates
        let phrase = found.first { $0.surface == "最大の経済的挑戦" }
        #expect(phrase?.phraseParts == ["最大", "経済的挑戦"])
    }

    @Test func anAdjectiveJoinsOnTheRightOnlyBeforeAnotherParticle() {
        let surfaces = JapaneseCandidateExtractor(lexicon: lexicon(Self.words)).extract("最大の挑発的な飛行を非難した。").candidates.map(\.surface)
        #expect(surfaces.contains("最大の挑発的な飛行"))
        // 挑発的 ends nothing: it modifies what follows.
        #expect(!surfaces.contains("最大の挑発的"))
    }

    @Test func aConjunctionJoinsNoCandidate() {
        // Japanese writes a lexicalised coordination as one compound (捜索救難, 抑止力・対処力);
        // with と or かつ it coordinates two words of the sentence.
        let ja = JapaneseCandidateExtractor(lexicon: lexicon(Self.words + [("平和", "peace"), ("安定", "stability")]))
        let surfaces = ja.extract("違法かつ挑発的な飛行と平和と安定を論じた。").candidates.map(\.surface)
        #expect(surfaces.contains("挑発的な飛行"))
        #expect(!surfaces.contains("違法かつ挑発的な飛行"))
        #expect(!surfaces.contains("平和と安定"))
    }

    @Test func aPhraseLinksBesideItsHeadWhenEachWordIsExplained() {
        let words = Self.words + [("不法", "unlawful"), ("海洋", "maritime"), ("主張", "claim")]
        let segment = SegmentPair(id: "sea#1", english: "The allies rejected the unlawful maritime claim.", japanese: "同盟国は不法な海洋主張を退けた。")
        let pairs = extractor(lexicon(words)).extract([segment])
        #expect(has(pairs, "unlawful maritime claim", "不法な海洋主張"))
        #expect(has(pairs, "maritime claim", "海洋主張"))
    }

    @Test func aSuperlativeIsNoPartOfTheTerm() {
        let segment = SegmentPair(id: "eco#1", english: "The allies named the greatest economic challenge.", japanese: "同盟国は最大の経済的挑戦を挙げた。")
        let pairs = extractor(lexicon(Self.words)).extract([segment])
        #expect(!pairs.contains { $0.japanese == "最大の経済的挑戦" })
        #expect(has(pairs, "economic challenge", "経済的挑戦"))
    }

    @Test func aPhraseNeverTakesTheWordOfASingleEnglishWord() {
        let segment = SegmentPair(id: "dis#1", english: "The treaty demands disarmament.", japanese: "条約は完全な軍縮を求める。")
        let pairs = extractor(lexicon(Self.words)).extract([segment])
        #expect(has(pairs, "disarmament", "軍縮"))
        #expect(!pairs.contains { $0.japanese == "完全な軍縮" })
    }

    @Test func aPhraseWithAnEverydayModifierIsNoTerm() {
        // "complete" glosses a hundred entries: 完全な軍縮 is disarmament with an epithet.
        let everyday = Self.words + (0..<100).map { ("完\($0)号", "complete item \($0)") }
        let segment = SegmentPair(id: "dis#2", english: "The treaty demands complete disarmament.", japanese: "条約は完全な軍縮を求める。")
        let pairs = extractor(lexicon(everyday)).extract([segment])
        #expect(!pairs.contains { $0.japanese == "完全な軍縮" })
        #expect(has(extractor(lexicon(Self.words)).extract([segment]), "complete disarmament", "完全な軍縮"))
    }

    @Test func eachJoinedWordMustExplainAWordOfItsOwn() {
        let evidence = TranslationEvidence(lexicon: lexicon([("北海", "North Sea"), ("海域", "sea area")]))
        let sentence = JapaneseCandidateExtractor(lexicon: evidence.lexicon).extract("北海の海域を調べた。").candidates
        guard let phrase = sentence.first(where: { $0.surface == "北海の海域" }),
              let sea = english("They surveyed the North Sea.").first(where: { $0.surface == "North Sea" }) else {
            Issue.record("candidates missing"); return
        }
        #expect(evidence.phraseExplanation(english: sea, japanese: phrase) == nil)
    }

    // MARK: English coordinations, titles, designations

    @Test func aLowerCaseWordAndACandidateFormACoordination() {
        let surfaces = english("They stressed peace and stability in the region with Japan and China.").map(\.surface)
        #expect(surfaces.contains("peace and stability"))
        #expect(!surfaces.contains { $0.hasPrefix("Japan and") })
    }

    @Test func aCoordinationLinksOnlyOnSureEvidence() {
        let words = [("捜索", "search"), ("救難", "rescue"), ("訓練", "drill"), ("海軍", "navy")]
        let sure = SegmentPair(id: "sar#1", english: "The navy held search and rescue drills.", japanese: "海軍は捜索救難訓練を行った。")
        #expect(has(extractor(lexicon(words)).extract([sure]), "search and rescue drill", "捜索救難訓練"))
        let half = SegmentPair(id: "sar#2", english: "The navy held search and salvage drills.", japanese: "海軍は捜索訓練を行った。")
        #expect(!extractor(lexicon(words)).extract([half]).contains { $0.english.contains(" and ") })
    }

    @Test func aQuotedTitleKeepsItsArticle() {
        let surfaces = english("They signed a text titled “The Spirit of Oslo” on Monday.").map(\.surface)
        #expect(surfaces.contains("The Spirit of Oslo"))
        #expect(!surfaces.contains("The Spirit"))
    }

    @Test func aQuotedNumberDesignationMatchesItsSpelledOutJapanese() {
        #expect(english("Ministers met for their “3+3” dialogue.").map(\.surface).contains("3+3"))
        let found = JapaneseCandidateExtractor().extract("閣僚は3プラス3を開いた。").candidates
        #expect(found.contains { $0.surface == "3プラス3" })
        guard let e = english("their “3+3” dialogue").first(where: { $0.surface == "3+3" }),
              let j = found.first(where: { $0.surface == "3プラス3" }) else { Issue.record("candidates missing"); return }
        #expect(TranslationEvidence(lexicon: nil).match(english: e, japanese: j)?.signal == "latin")
    }

    // MARK: fragments

    @Test func oneWordDoesNotStandForAPhraseItHalfExplains() {
        let segment = SegmentPair(id: "exp#1", english: "The ministry acted in an expeditious manner.", japanese: "同省は迅速に対応した。")
        let pairs = extractor(lexicon([("迅速", "expeditious"), ("対応", "response")])).extract([segment])
        #expect(!pairs.contains { $0.japanese == "迅速" && $0.english.contains(" ") })
    }

    @Test func aSharedNumberAnchorsOnlyWithAnotherWordExplained() {
        let evidence = TranslationEvidence(lexicon: lexicon([("条", "article"), ("防衛", "defense"), ("文書", "document")]))
        func pair(_ e: String, _ j: String) -> Double {
            let ec = english("See \(e) here.").first { $0.key == EnglishCandidateExtractor.key(of: e) }
            let jc = JapaneseCandidateExtractor(lexicon: evidence.lexicon).extract("\(j)を見る。").candidates.first { $0.surface == j }
            guard let ec, let jc else { Issue.record("candidates missing for \(e)"); return -1 }
            return evidence.match(english: ec, japanese: jc)?.strength ?? 0
        }
        // 第8 alone shares only the number with "Article 8": half explained, and no anchor.
        let rank = TermCandidate(surface: "第8", key: "第8", units: 0..<1, parts: ["第8"], isName: false)
        if let article = english("See Article 8 here.").first(where: { $0.surface == "Article 8" }) {
            #expect((evidence.match(english: article, japanese: rank)?.strength ?? 0) < 0.9)
        } else { Issue.record("Article 8 missing") }
        #expect(pair("three defense documents", "防衛関連3文書") >= 0.9)
    }
}
