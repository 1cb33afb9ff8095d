import Testing
import YakugoCore
import YakugoText
@testable import YakugoTerms

/// Transliteration pairs names and new loanwords, not everyday English words.
@Suite struct EverydayTransliterationTests {
    @Test func anEverydayWordDoesNotPairBySound() {
        // "worse" is used in the glosses of many entries; ロシア is absent from this lexicon, so
        // only sound could pair them.
        var entries: [(String, String)] = (0..<12).map { ("悪\($0)", "worse \($0)") }
        entries.append(("事態", "situation"))
        let extractor = TermFixtures.extractor(TermFixtures.lexicon(entries))
        // The English leaves the speaker out, so ロシア has no partner but "worse" by sound.
        let pairs = extractor.extract([SegmentPair(id: "t#1", english: "The envoy said sanctions would make the situation worse.",
                                                   japanese: "ロシアの大使は制裁が事態を悪化させると述べた。")])
        #expect(!pairs.contains { $0.japanese == "ロシア" })
        // A name still pairs by sound.
        let names = extractor.extract([SegmentPair(id: "t#2", english: "Russia said the situation was worse.",
                                                   japanese: "ロシアは事態が悪化したと述べた。")])
        #expect(TermFixtures.has(names, "Russia", "ロシア"))
    }

    @Test func aRareWordStillPairsBySound() {
        let extractor = TermFixtures.extractor(TermFixtures.lexicon([("事態", "situation")]))
        let pairs = extractor.extract([SegmentPair(id: "t#1", english: "The hotline was tested.", japanese: "ホットラインを試験した。")])
        #expect(TermFixtures.has(pairs, "hotline", "ホットライン"))
    }
}
