import Testing
import YakugoCore
@testable import YakugoTerms

/// A term whose translation the sentence alignment put into the neighbouring segment.
@Suite struct NeighbourLinkTests {
    static let lexicon = TermFixtures.lexicon([
        ("外務省", "Foreign Ministry"), ("声明", "statement"), ("発表", "announcement"), ("抗議", "protest"),
        ("大使館", "embassy"), ("攻撃", "attack"),
    ] + (0..<12).map { ("攻撃\($0)", "attack \($0)") })

    @Test func aTermLinksToItsTranslationInTheNextSegment() {
        // The English names the ministry in the first sentence, the Japanese in the second.
        let segments = [SegmentPair(id: "n#1", english: "The Foreign Ministry issued a statement.", japanese: "声明が出された。", document: "n"),
                        SegmentPair(id: "n#2", english: "It lodged a protest.", japanese: "外務省は抗議した。", document: "n")]
        let pairs = TermFixtures.extractor(Self.lexicon).extract(segments)
        let ministry = pairs.first { $0.english == "Foreign Ministry" && $0.japanese == "外務省" }
        #expect(ministry?.segments == ["n#1"])
        #expect(ministry?.japaneseSegments == ["n#1": "n#2"])
        // The example shows the English sentence with the Japanese one that holds the term.
        let example = ministry?.concept(contexts: Dictionary(uniqueKeysWithValues: segments.map { ($0.id, $0) })).contexts.first
        #expect(example?.english == "The Foreign Ministry issued a statement.")
        #expect(example?.japanese == "外務省は抗議した。")
        #expect(example?.segment == "n#1+n#2")
        var inside = TermFixtures.extractor(Self.lexicon)
        inside.linksNeighbours = false
        #expect(!TermFixtures.has(inside.extract(segments), "Foreign Ministry", "外務省"))
    }

    @Test func aFormInItsOwnSegmentIsNotLinkedAcross() {
        // 外務省 occurs beside "Foreign Ministry" in segment 2 as well: the pair links there, and
        // nothing links across.
        let segments = [SegmentPair(id: "n#1", english: "The embassy protested.", japanese: "外務省が抗議した。", document: "n"),
                        SegmentPair(id: "n#2", english: "The Foreign Ministry spoke.", japanese: "外務省が発表した。", document: "n")]
        let pairs = TermFixtures.extractor(Self.lexicon).extract(segments)
        #expect(pairs.first { $0.english == "Foreign Ministry" }?.segments == ["n#2"])
        #expect(!pairs.contains { $0.english == "embassy" && $0.japanese == "外務省" })
    }

    @Test func everydayWordsAndWeakEvidenceDoNotLinkAcross() {
        // "attack" is used in many glosses: an everyday word has a translation in most sentences.
        let segments = [SegmentPair(id: "n#1", english: "The attack surprised many.", japanese: "多くが驚いた。", document: "n"),
                        SegmentPair(id: "n#2", english: "Officials met.", japanese: "攻撃の後、当局者が会った。", document: "n")]
        let pairs = TermFixtures.extractor(Self.lexicon).extract(segments)
        #expect(!TermFixtures.has(pairs, "attack", "攻撃"))
    }
}
