import Testing
import YakugoCore
import YakugoText
@testable import YakugoTerms

/// A place or person name the tokenizer or the dictionary's cuts break into characters may open
/// or close a candidate with a character that is otherwise a bound affix.
@Suite struct NameUnitTests {
    func surfaces(_ sentence: String, lexicon: [(String, String)] = [], names: [(String, String)]?) -> [String] {
        JapaneseCandidateExtractor(lexicon: TermFixtures.lexicon(lexicon), names: names.map(TermFixtures.lexicon))
            .extract(sentence).candidates.map(\.surface)
    }

    @Test func aNameEndingWithAPrefixCharacterIsACandidate() {
        // 米 is a bound prefix (米大統領), but it closes the name 久留米.
        #expect(!surfaces("九州の久留米へ逃れた。", names: nil).contains("久留米"))
        #expect(surfaces("九州の久留米へ逃れた。", names: [("久留米", "kurume")]).contains("久留米"))
    }

    @Test func aNameStartingWithASuffixCharacterOpensACompound() {
        // 長 and 州 are bound suffixes; the dictionary knows each but not 長州, so its cuts split it.
        let lexicon = [("長", "chief"), ("州", "state"), ("藩", "feudal domain"), ("薩摩", "Satsuma")]
        #expect(!surfaces("薩摩藩と長州藩が組んだ。", lexicon: lexicon, names: nil).contains("長州藩"))
        let found = surfaces("薩摩藩と長州藩が組んだ。", lexicon: lexicon, names: [("長州", "choushuu")])
        #expect(found.contains("長州藩"))
        #expect(found.contains("長州"))
    }

    @Test func theWholeNameMustBeInside() {
        // 州藩 starts inside the name: still no candidate.
        let lexicon = [("長", "chief"), ("州", "state"), ("藩", "feudal domain")]
        #expect(!surfaces("長州藩が組んだ。", lexicon: lexicon, names: [("長州", "choushuu")]).contains("州藩"))
    }

    @Test func aTokenizerUnitTheGeneralDictionaryKnowsIsNoBrokenName() {
        // 長州 is a name only ENAMDICT holds; 中国 is a word of EDICT too, so it is no such name.
        let units = [WordUnit(text: "長州", range: TextRange(start: 0, end: 2), script: .kanji),
                     WordUnit(text: "中国", range: TextRange(start: 2, end: 4), script: .kanji)]
        let names = TermFixtures.lexicon([("長州", "choushuu"), ("中国", "nakaguni")])
        let extractor = JapaneseCandidateExtractor(lexicon: TermFixtures.lexicon([("中国", "China")]), names: names)
        #expect(extractor.namesCutApart(units, names: names) == [0..<1])
        #expect(JapaneseCandidateExtractor(lexicon: nil, names: names).namesCutApart(units, names: names) == [0..<1, 1..<2])
    }

    @Test func aWordOfTheGeneralDictionaryIsNoSuchName() {
        // 中国 is a word: a name reading of it does not let 中国中 ("throughout China") out.
        let lexicon = [("中国", "China"), ("国中", "whole country"), ("中", "inside")]
        #expect(!surfaces("中国中に広がった。", lexicon: lexicon, names: [("中国", "nakaguni"), ("国中", "kuninaka")]).contains("中国中"))
    }
}

/// A character that is a bound affix alone may open or close a dictionary word the cuts split.
@Suite struct AffixInsideWordTests {
    @Test func aSuffixCharacterOpeningADictionaryWordOpensTheCandidate() {
        // The backward cuts read 中|立国 (立国 "founding of a nation"); 中 opens 中立 "neutrality".
        let lexicon = TermFixtures.lexicon([("中立", "neutrality"), ("中立国", "neutral nation"), ("立国", "founding of a nation"), ("中", "inside")])
        let found = JapaneseCandidateExtractor(lexicon: lexicon).extract("中立国が参加した。").candidates.map(\.surface)
        #expect(found.contains("中立国"))
    }

    @Test func aPositionalEndingStaysOut() {
        let lexicon = TermFixtures.lexicon([("日本", "Japan"), ("本側", "this side"), ("側", "side")])
        let found = JapaneseCandidateExtractor(lexicon: lexicon).extract("日本側が反対した。").candidates.map(\.surface)
        #expect(!found.contains("日本側"))
    }
}
