import Testing
import YakugoCore
import YakugoText
@testable import YakugoTerms

private func lexicon(_ words: [String]) -> BilingualLexicon {
    var lexicon = BilingualLexicon()
    for word in words { lexicon.add(japanese: word, english: "x") }
    return lexicon
}

/// Kanji units side by side, as a tokenizer would cut them.
private func units(_ texts: [String]) -> [WordUnit] {
    var offset = 0
    return texts.map { text in
        let count = text.unicodeScalars.count
        defer { offset += count }
        return WordUnit(text: text, range: TextRange(start: offset, end: offset + count), script: .kanji)
    }
}

@Suite struct WordInteriorBoundaryTests {
    @Test func aCandidateMayStartWhereAnOverlappingWordBegins() {
        // 米国 and 国務省 overlap: 国務省 is a reading of its own.
        let cut = JapaneseCandidateExtractor.wordInteriorBoundaries(units(["米", "国", "務", "省"]), lexicon: lexicon(["米国", "国務", "国務省"]))
        #expect(!cut.starts.contains(1))
    }

    @Test func aCandidateMayNotStartWhereNoWordBegins() {
        // 務省 is the tail of 国務省 and no word.
        let cut = JapaneseCandidateExtractor.wordInteriorBoundaries(units(["米", "国", "務", "省"]), lexicon: lexicon(["米国", "国務", "国務省"]))
        #expect(cut.starts.contains(2))
    }

    @Test func aCandidateMayNotStartAtTheTailOfALongerWordWhoseHeadIsNoWord() {
        // 務長官 is listed (as a suffix), but 国務長官 swallows it: 国 alone is no head.
        let cut = JapaneseCandidateExtractor.wordInteriorBoundaries(units(["国", "務", "長官"]), lexicon: lexicon(["国務", "国務長官", "務長官", "長官"]))
        #expect(cut.starts.contains(1))
    }

    @Test func aCandidateMayStartWhereAWordSplitsIntoWords() {
        // 海上|保安庁: both halves are words, so 保安庁 is a nested term.
        let cut = JapaneseCandidateExtractor.wordInteriorBoundaries(units(["海上", "保安庁"]), lexicon: lexicon(["海上", "保安庁", "海上保安庁"]))
        #expect(!cut.starts.contains(1))
    }

    @Test func aBoundPrefixIsAHeadOfItsOwn() {
        // 米 is a bound prefix (JapaneseTermAffixes), so 大統領 stands inside 米大統領.
        let cut = JapaneseCandidateExtractor.wordInteriorBoundaries(units(["米", "大統領"]), lexicon: lexicon(["米大統領", "大統領"]))
        #expect(!cut.starts.contains(1))
    }

    @Test func aHeadThatIsNoWordNorPrefixKeepsTheWordWhole() {
        // 副 is neither: 大統領 inside 副大統領 is no term of the sentence.
        let cut = JapaneseCandidateExtractor.wordInteriorBoundaries(units(["副", "大統領"]), lexicon: lexicon(["副大統領", "大統領"]))
        #expect(cut.starts.contains(1))
    }

    @Test func aCandidateMayNotEndInsideAWordUnlessAWordEndsThere() {
        // 法人|税: 税 is no bound suffix, so 法人 alone is not the term in 法人税.
        let cut = JapaneseCandidateExtractor.wordInteriorBoundaries(units(["法人", "税"]), lexicon: lexicon(["法人", "法人税"]))
        #expect(cut.ends.contains(0))
        // 防衛|費: 費 is a bound suffix, so 防衛 may end there.
        let spending = JapaneseCandidateExtractor.wordInteriorBoundaries(units(["防衛", "費"]), lexicon: lexicon(["防衛", "防衛費"]))
        #expect(!spending.ends.contains(0))
    }

    @Test func theExtractorDropsFragmentsThatStartInsideAWord() {
        let extractor = JapaneseCandidateExtractor(lexicon: lexicon(["日韓", "関係", "改善", "国務", "国務省", "報道官"]))
        let found = extractor.extract("日韓関係の改善について米国務省報道官が語った。").candidates.map(\.surface)
        #expect(!found.contains("韓関係"))
        #expect(!found.contains("務省"))
        #expect(found.contains("国務省"))
    }
}
