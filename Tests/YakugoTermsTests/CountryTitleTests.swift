import Testing
import YakugoCore
@testable import YakugoTerms

private let lexicon = TermFixtures.lexicon
private let extractor = TermFixtures.extractor
private let has = TermFixtures.has

/// A country abbreviation before a title (米大統領, 米国務長官) names the title's holder for one
/// country: the glossary term is the title alone, while 米軍 or 米海兵隊 stay institutions.
@Suite struct CountryTitleTests {
    static let words = [("大統領", "president"), ("副大統領", "vice president"), ("国務長官", "Secretary of State"),
                        ("米軍", "US military"), ("米", "America"), ("米", "US"), ("国防相", "defense minister")]

    func isWord(_ form: String) -> Bool { ["大統領", "副大統領", "国務長官", "国防相", "官房長官"].contains(form) }

    @Test func aCountryBeforeATitleWordIsACountryTitle() {
        #expect(JapaneseTermAffixes.isCountryTitle("米大統領", isWord: isWord))
        #expect(JapaneseTermAffixes.isCountryTitle("米副大統領", isWord: isWord))
        #expect(JapaneseTermAffixes.isCountryTitle("米国務長官", isWord: isWord))
        #expect(JapaneseTermAffixes.isCountryTitle("韓国防相", isWord: isWord))
    }

    @Test func institutionsNamesAndRelationsAreNot() {
        #expect(!JapaneseTermAffixes.isCountryTitle("米軍", isWord: isWord))
        #expect(!JapaneseTermAffixes.isCountryTitle("米海兵隊", isWord: isWord))
        #expect(!JapaneseTermAffixes.isCountryTitle("大統領", isWord: isWord))
        // 加 is also Canada, but 藤官房長官 is no word: a surname before a title.
        #expect(!JapaneseTermAffixes.isCountryTitle("加藤官房長官", isWord: isWord))
        // Two abbreviations are a relation (日米), not one country.
        #expect(!JapaneseTermAffixes.isCountryTitle("日米首相", isWord: isWord))
    }

    @Test func theTitlePairsAloneAndTheInstitutionStaysWhole() {
        let ex = extractor(lexicon(Self.words))
        let title = ex.extract([SegmentPair(id: "a#1", english: "The U.S. President arrived in Tokyo.", japanese: "米大統領が東京に到着した。")])
        #expect(has(title, "President", "大統領"))
        #expect(!title.contains { $0.japanese == "米大統領" }, "\(title.map { "\($0.english)=\($0.japanese) \($0.evidence)" })")
    }
}
