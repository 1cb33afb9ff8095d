import Testing
import YakugoCore
@testable import YakugoTerms

private func lexicon(_ words: [String]) -> BilingualLexicon {
    var lexicon = BilingualLexicon()
    for word in words { lexicon.add(japanese: word, english: "x") }
    return lexicon
}

private func cuts(_ text: String, _ words: [String]) -> Set<Int> {
    JapaneseCandidateExtractor.positionalCuts(Array(text.unicodeScalars), lexicon: lexicon(words))
}

/// Positional nouns (…上, …後, …側, …間) say where or when, so no term ends with one.
@Suite struct PositionalSuffixTests {
    @Test func aTermDoesNotEndWithAPositionalNoun() {
        let found = JapaneseCandidateExtractor().extract("政府側は会談後に説明した。").candidates.map(\.surface)
        #expect(found.contains("政府"))
        #expect(found.contains("会談"))
        #expect(!found.contains("政府側"))
        #expect(!found.contains("会談後"))
    }

    @Test func aPositionalNounInsideATermStays() {
        let found = JapaneseCandidateExtractor().extract("大陸間弾道ミサイルを発射した。").candidates.map(\.surface)
        #expect(found.contains("大陸間弾道ミサイル"))
    }

    @Test func aDictionaryWholeOfWordAndPositionIsCutSoTheWordIsACandidate() {
        // The dictionary lists 領海上 "in territorial waters"; the term is 領海.
        let words = ["領海", "領海上", "待機"]
        #expect(cuts("領海上", words) == [2, 3])
        let found = JapaneseCandidateExtractor(lexicon: lexicon(words)).extract("艦艇が領海上で待機した。").candidates.map(\.surface)
        #expect(found.contains("領海"))
        #expect(!found.contains("領海上"))
    }

    @Test func aOneCharacterBaseMakesAWordOfItsOwn() {
        // 海上 "maritime" and 国内 "domestic" are words, not 海 and 国 with a position.
        #expect(cuts("海上警備", ["海上", "警備"]).isEmpty)
        #expect(cuts("国内", ["国内"]).isEmpty)
    }

    @Test func noCutWhereAWordBeginsAtTheCharacter() {
        // 内閣 "cabinet" begins at 内: 石破内閣 is the cabinet, not something inside 石破.
        #expect(cuts("石破内閣", ["石破", "内閣"]).isEmpty)
    }

    @Test func theOtherReadingWinsAfterABoundPrefixOrAWord() {
        // 全|期間 "the whole period" and 日本|国内 "inside Japan": 期間 and 国内 are the words.
        #expect(cuts("全期間", ["全期", "期間"]).isEmpty)
        #expect(cuts("日本国内", ["日本", "日本国", "国内"]).isEmpty)
    }
}
