import Foundation
import Testing
import YakugoCore
@testable import YakugoTerms

private func lexicon(_ entries: [(String, String)]) -> BilingualLexicon {
    var lexicon = BilingualLexicon()
    for (japanese, english) in entries { lexicon.add(japanese: japanese, english: english) }
    return lexicon
}

private func extractor(_ entries: [(String, String)], minScore: Double = 0.5) -> TermExtractor {
    TermExtractor(evidence: TranslationEvidence(lexicon: lexicon(entries)), minScore: minScore)
}

private func pair(_ pairs: [ExtractedTermPair], _ english: String, _ japanese: String) -> ExtractedTermPair? {
    pairs.first { $0.english == english && $0.japanese == japanese }
}

@Suite struct TermExtractorTests {
    static let missileLexicon = [("弾道", "ballistic"), ("ミサイル", "missile"), ("弾道ミサイル", "ballistic missile")]
    static let launch = SegmentPair(id: "launch#1", english: "North Korea fired a ballistic missile.", japanese: "北朝鮮が弾道ミサイルを発射した。")

    /// A name the dictionary does not know, in two segments, beside a word it does know.
    static let skyLance = [
        SegmentPair(id: "lance#1", english: "The navy tested the Sky Lance.", japanese: "海軍が天槍を試験した。"),
        SegmentPair(id: "lance#2", english: "The Sky Lance flew far.", japanese: "天槍は遠くへ飛んだ。"),
    ]

    // MARK: competitive linking

    @Test func competitiveLinkingPrefersTheWholeTermOverItsParts() {
        let pairs = extractor(Self.missileLexicon).extract([Self.launch])
        #expect(pair(pairs, "ballistic missile", "弾道ミサイル") != nil)
        #expect(pair(pairs, "missile", "ミサイル") == nil)
        #expect(!pairs.contains { $0.japanese == "弾道ミサイル" && $0.english != "ballistic missile" })
    }

    @Test func aDictionaryPairThatAlwaysLinksScoresOne() {
        let found = pair(extractor(Self.missileLexicon).extract([Self.launch]), "ballistic missile", "弾道ミサイル")
        #expect(found?.score == 1)
        #expect(found?.evidence == ["dictionary"])
        #expect(found?.frequency == 1)
        #expect(found?.segments == ["launch#1"])
    }

    @Test func aWordLinksOnceInASegment() {
        // Each English and Japanese word unit belongs to one link at most.
        let pairs = extractor(Self.missileLexicon, minScore: 0).extract([Self.launch])
        #expect(pairs.filter { $0.english.contains("missile") }.count == 1)
        #expect(pairs.filter { $0.japanese.contains("ミサイル") }.count == 1)
    }

    @Test func aNameFragmentDoesNotLinkOnWeakEvidence() {
        // Conference ↔ 国際会議 explains half of "international conference" (0.5): enough for a
        // common noun, not for a piece of the name Blue Harbor Conference.
        let segment = SegmentPair(id: "forum#1", english: "Envoys attended the Blue Harbor Conference.", japanese: "特使らが国際会議に出席した。")
        let pairs = extractor([("国際会議", "international conference")], minScore: 0).extract([segment])
        #expect(!pairs.contains { $0.english == "Conference" })
        #expect(!pairs.contains { $0.japanese == "国際会議" })
    }

    @Test func aCommonNounLinksOnTheSameWeakEvidence() {
        // evidence 0.5, consistency 1, association 1 · 1/2: 0.5 · 1 + 0.5 · 0.5 · 0.9 = 0.725,
        // then scored down as a one-word half match seen once (× 0.4): 0.29.
        let segment = SegmentPair(id: "forum#1", english: "Envoys attended the conference.", japanese: "特使らが国際会議に出席した。")
        let found = pair(extractor([("国際会議", "international conference")], minScore: 0).extract([segment]), "conference", "国際会議")
        #expect(abs((found?.score ?? 0) - 0.725 * TermExtractor.generalVocabularyFactor) < 1e-9)
    }

    @Test func aNameFragmentLinksOnStrongEvidence() {
        let segment = SegmentPair(id: "pm#1", english: "Prime Minister Taro Yamada spoke.", japanese: "山田首相が話した。")
        let pairs = extractor([("首相", "prime minister")]).extract([segment])
        #expect(pair(pairs, "Prime Minister", "首相")?.score == 1)
    }

    // MARK: association

    @Test func formsTheDictionaryDoesNotKnowLinkByAssociation() {
        // No evidence, consistency 2/2, association 1 · 2/3: 0.9 · 2/3 = 0.6.
        let pairs = extractor([("海軍", "navy")]).extract(Self.skyLance)
        let found = pair(pairs, "Sky Lance", "天槍")
        #expect(abs((found?.score ?? 0) - 0.6) < 1e-9)
        #expect(found?.evidence == ["association"])
        #expect(found?.frequency == 2)
        #expect(found?.segments == ["lance#1", "lance#2"])
    }

    @Test func associationNeedsTwoSegments() {
        let pairs = extractor([("海軍", "navy")], minScore: 0).extract([Self.skyLance[0]])
        #expect(!pairs.contains { $0.japanese == "天槍" })
    }

    @Test func aDictionaryWordNeverLinksByAssociation() {
        // 天槍 "heavenly spear" says nothing of Sky Lance, however often the two meet.
        let pairs = extractor([("海軍", "navy"), ("天槍", "heavenly spear")], minScore: 0).extract(Self.skyLance)
        #expect(!pairs.contains { $0.japanese == "天槍" })
    }

    @Test func aPairLinkedInTwoSegmentsListsAssociationAsEvidence() {
        let segments = [Self.launch, SegmentPair(id: "launch#2", english: "Another ballistic missile fell.", japanese: "別の弾道ミサイルが落ちた。")]
        let found = pair(extractor(Self.missileLexicon).extract(segments), "ballistic missile", "弾道ミサイル")
        #expect(found?.evidence == ["dictionary", "association"])
        #expect(found?.frequency == 2)
        #expect(found?.score == 1)
    }

    @Test func consistencyLowersAPairThatDoesNotAlwaysLink() {
        // The English occurs in two segments, the pair links in one: evidence 1, consistency 1/2:
        // 1 · (0.7 + 0.3 · 0.5) = 0.85.
        let segments = [Self.launch, SegmentPair(id: "launch#2", english: "A ballistic missile fell.", japanese: "何かが落ちた。")]
        let found = pair(extractor(Self.missileLexicon).extract(segments), "ballistic missile", "弾道ミサイル")
        #expect(abs((found?.score ?? 0) - 0.85) < 1e-9)
    }

    // MARK: scores and filtering

    @Test func scoresLieBetweenZeroAndOneAndAreSortedBestFirst() {
        let segments = Self.skyLance + [Self.launch,
            SegmentPair(id: "forum#1", english: "Envoys attended the conference.", japanese: "特使らが国際会議に出席した。")]
        let pairs = extractor(Self.missileLexicon + [("海軍", "navy"), ("国際会議", "international conference")], minScore: 0).extract(segments)
        #expect(pairs.count >= 4)
        #expect(pairs.allSatisfy { (0...1).contains($0.score) })
        #expect(zip(pairs, pairs.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test func pairsBelowMinScoreAreLeftOut() {
        // Sky Lance ↔ 天槍 scores 0.6, navy ↔ 海軍 1.
        let strict = extractor([("海軍", "navy")], minScore: 0.65).extract(Self.skyLance)
        #expect(pair(strict, "Sky Lance", "天槍") == nil)
        #expect(pair(strict, "navy", "海軍") != nil)
        #expect(strict.allSatisfy { $0.score >= 0.65 })
    }

    @Test func theDefaultMinScoreIsOneHalf() {
        #expect(TermExtractor(evidence: TranslationEvidence(lexicon: nil)).minScore == 0.5)
    }

    // MARK: odd input

    @Test func noSegmentsGiveNoPairs() {
        #expect(extractor(Self.missileLexicon).extract([]).isEmpty)
    }

    @Test func segmentsWithEmptyTextGiveNoPairs() {
        let segments = [SegmentPair(id: "e#1", english: "", japanese: "", document: "e"),
                        SegmentPair(id: "e#2", english: "The navy sailed.", japanese: "", document: "e"),
                        SegmentPair(id: "e#3", english: "", japanese: "海軍が出航した。", document: "e")]
        var inside = extractor([("海軍", "navy")], minScore: 0)
        inside.linksNeighbours = false
        #expect(inside.extract(segments).isEmpty)
        // Two neighbouring one-sided segments are what an aligner leaves of a translation it
        // could not pair: the neighbour pass links their terms.
        let pairs = extractor([("海軍", "navy")], minScore: 0).extract(segments)
        #expect(pairs.map(\.english) == ["navy"] && pairs.map(\.japanese) == ["海軍"])
        #expect(pairs.first?.segments == ["e#2"])
        // Segments of no known document, or of two documents, are no neighbours.
        let unknown = segments.map { SegmentPair(id: $0.id, english: $0.english, japanese: $0.japanese) }
        #expect(extractor([("海軍", "navy")], minScore: 0).extract(unknown).isEmpty)
        var split = segments
        split[2].document = "f"
        #expect(extractor([("海軍", "navy")], minScore: 0).extract(split).isEmpty)
    }

    @Test func emptySegmentsDoNotDisturbTheOthers() {
        let segments = [SegmentPair(id: "e#1", english: "", japanese: ""), Self.launch, SegmentPair(id: "e#2", english: "   ", japanese: "　")]
        #expect(pair(extractor(Self.missileLexicon).extract(segments), "ballistic missile", "弾道ミサイル")?.score == 1)
    }

    @Test func aVeryLongSegmentIsHandled() {
        // Speed is measured by `make bench`, not here: a time bound fails on a loaded machine.
        let english = String(repeating: "The navy tested a ballistic missile near the coast. ", count: 40)
        let japanese = String(repeating: "海軍が沿岸近くで弾道ミサイルを試験した。", count: 40)
        let pairs = extractor(Self.missileLexicon + [("海軍", "navy")]).extract([SegmentPair(id: "long#1", english: english, japanese: japanese)])
        #expect(pair(pairs, "ballistic missile", "弾道ミサイル") != nil)
    }

    @Test func oddUnicodeDoesNotCrash() {
        let texts = ["\u{0301}\u{0301}", "🚀 👨‍👩‍👧 🇯🇵", "\u{FFFD}\u{200B}\u{FEFF}", "\u{0000}", "ﾐｻｲﾙ\u{3099}\u{309A}", "\u{E000}\u{10FFFF}",
                     "A\u{0301}\u{0302}\u{0303}", "ミ\u{0301}サイル発射🚀。", "\u{202E}missile\u{202C}"]
        var segments: [SegmentPair] = []
        for (i, english) in texts.enumerated() {
            for (j, japanese) in texts.enumerated() { segments.append(SegmentPair(id: "odd#\(i)-\(j)", english: english, japanese: japanese)) }
        }
        let pairs = extractor(Self.missileLexicon, minScore: 0).extract(segments)
        #expect(pairs.allSatisfy { (0...1).contains($0.score) })
    }

    @Test func oddUnicodeDoesNotCrashTheCandidateExtractors() {
        for text in ["\u{0301}", "🚀\u{0301}", "\u{0301}ミサイル", "ミサイル\u{0301}（\u{0301}）", "(\u{0301})", "F-\u{0301}35"] {
            _ = EnglishCandidateExtractor().extract(text)
            _ = JapaneseCandidateExtractor(lexicon: lexicon(Self.missileLexicon)).extract(text)
        }
    }
}
