import Testing
import YakugoCore
@testable import YakugoTerms

/// A word the text writes capitalised inside sentences and never in lower case is a name of the
/// text, so a sentence opening with it does not lower it ("Trump", not "trump").
@Suite struct NamesInTextTests {
    @Test func aCapitalisedWordInsideSentencesIsAName() {
        let names = TermExtractor.namesInText(["Trump said the talks failed.", "Trump argued.", "\u{201C}We won,\u{201D} Trump said."])
        #expect(names.contains("trump"))
    }

    @Test func sentenceOpeningsAloneSayNothing() {
        let names = TermExtractor.namesInText(["Deliveries begin in April.", "It ended. Talks resume today!", "Why? Exercises."])
        #expect(!names.contains("deliveries"))
        #expect(!names.contains("talks"))
        #expect(!names.contains("exercises"))
    }

    @Test func aWordInsideACapitalisedNameIsNoName() {
        let names = TermExtractor.namesInText(["Japan's Defense Ministry said so.", "Defense spending rose."])
        #expect(!names.contains("defense"))
    }

    @Test func aWordAlsoWrittenInLowerCaseIsNoName() {
        // A title-case headline capitalises common words once.
        let names = TermExtractor.namesInText(["Japan Boosts Missile Defense", "The missile flew far over Japan."])
        #expect(!names.contains("missile"))
        #expect(names.contains("japan"))
    }
}

/// The extractor keeps such a name's capital where a sentence opens with it.
@Suite struct NamesInTextExtractionTests {
    @Test func aNameThatIsAlsoACommonWordKeepsItsCapital() {
        var lexicon = TermFixtures.lexicon([("トランプ", "trump"), ("切り札", "trump"), ("日本", "Japan")])
        lexicon.setProperNouns(["japan"])
        let pairs = TermFixtures.extractor(lexicon).extract([
            SegmentPair(id: "t#1", english: "Trump praised Japan.", japanese: "トランプ氏は日本を称賛した。"),
            SegmentPair(id: "t#2", english: "Trump left Japan.", japanese: "トランプ氏は日本を離れた。"),
            SegmentPair(id: "t#3", english: "“We agreed,” Trump told reporters.", japanese: "トランプ氏は「合意した」と記者団に語った。"),
        ])
        #expect(pairs.contains { $0.english == "Trump" && $0.japanese == "トランプ" })
        #expect(!pairs.contains { $0.english == "trump" })
    }
}
