import Testing
import YakugoCore
@testable import YakugoTerms

/// Japanese clippings of a long name (空自 for 航空自衛隊) and the English acronym the text
/// defines join the long name's concept as short forms.
@Suite struct ClippedFormTests {
    static var lexicon: BilingualLexicon {
        var l = BilingualLexicon()
        l.add(japanese: "航空自衛隊", english: "japan air self-defense force")
        l.add(japanese: "航空", english: "aviation")
        l.add(japanese: "自衛隊", english: "self-defense force")
        l.add(japanese: "空自", english: "air self-defense force")
        l.add(japanese: "報道官", english: "press secretary")
        return l
    }

    static let segments = [
        SegmentPair(id: "d#1", english: "The Japan Air Self-Defense Force (JASDF) scrambled jets.", japanese: "航空自衛隊が戦闘機を緊急発進させた。"),
        SegmentPair(id: "d#2", english: "A JASDF press secretary spoke.", japanese: "空自の報道官が話した。"),
    ]

    @Test func theClippingAndTheAcronymBecomeShortFormsOfTheLongName() {
        let pairs = TermExtractor(evidence: TranslationEvidence(lexicon: Self.lexicon)).extract(Self.segments)
        let jasdf = pairs.first { $0.japanese == "航空自衛隊" }
        #expect(jasdf?.english == "Japan Air Self-Defense Force")
        #expect(jasdf?.japaneseShortForms == ["空自"])
        #expect(jasdf?.englishShortForms == ["JASDF"])
    }

    @Test func aNestedWordIsNoClipping() {
        // 自衛隊 sits between word boundaries of 航空|自衛隊: a term of its own, not a short form.
        #expect(TermExtractor.isNested("自衛隊", in: Array("航空自衛隊"), boundaries: [0, 2, 5]))
        #expect(!TermExtractor.isNested("空自", in: Array("航空自衛隊"), boundaries: [0, 2, 5]))
        #expect(TermExtractor.isInOrderSubsequence(Array("統幕"), of: Array("統合幕僚監部")))
        #expect(!TermExtractor.isInOrderSubsequence(Array("幕統"), of: Array("統合幕僚監部")))
    }

    @Test func aDictionaryWordOfAnotherMeaningIsNoClipping() {
        var lexicon = BilingualLexicon()
        lexicon.add(japanese: "海兵", english: "marine")
        lexicon.add(japanese: "連隊", english: "regiment")
        lexicon.add(japanese: "兵隊", english: "soldier")
        let segments = [SegmentPair(id: "m#1", english: "The Marine Regiment and its soldiers.", japanese: "海兵連隊と兵隊。")]
        let pairs = TermExtractor(evidence: TranslationEvidence(lexicon: lexicon)).extract(segments)
        #expect(pairs.first { $0.japanese == "海兵連隊" }?.japaneseShortForms == [])
    }

    @Test func fewerCountriesAreAnotherRelationNotAShortForm() {
        let pairs = TermFixtures.pairs([("日米韓", "japan-u.s.-south korea"), ("連携", "cooperation"), ("日韓", "japan and south korea")],
                                       english: "Japan-U.S.-South Korea cooperation will deepen, and ties as well.",
                                       japanese: "日米韓の連携を深め、日韓も関係を深める。")
        for pair in pairs { #expect(!pair.japaneseShortForms.contains("日韓"), "\(pair.english) ⇔ \(pair.japanese)") }
        #expect(pairs.contains { $0.japanese.hasPrefix("日米韓") })
    }

    @Test func aNameThatOpensWithoutCountriesKeepsItsClipping() {
        // 台 and 独 are also Taiwan and Germany, but 台独 is short for 台湾独立.
        let pairs = TermFixtures.pairs([("台湾独立", "taiwan independence"), ("台湾", "taiwan"), ("独立", "independence")],
                                       english: "Taiwan independence is a goal for some, and the Taiwan independence camp grew.",
                                       japanese: "台湾独立を目指す人々がいて、台独の勢力が伸びた。")
        #expect(pairs.first { $0.japanese == "台湾独立" }?.japaneseShortForms == ["台独"])
    }
}
