import Testing
import YakugoCore
@testable import YakugoTerms

@Suite struct CategoryGuessTests {
    func guess(_ english: String, _ japanese: String, word: Bool = false) -> ConceptCategory? {
        CategoryGuess.category(english: english, japanese: japanese, japaneseIsWord: word)
    }

    @Test func theJapaneseHeadMarksTheCategory() {
        #expect(guess("Defense Ministry", "防衛省") == .organization)
        #expect(guess("Aomori Prefecture", "青森県") == .place)
        #expect(guess("cruise missile", "巡航ミサイル") == .weapon)
        #expect(guess("Nuclear Non-Proliferation Treaty", "核拡散防止条約") == .treaty)
        #expect(guess("Foreign Minister", "外相") == .title)
        #expect(guess("joint drill", "共同訓練") == .event)
    }

    @Test func aWeaponOrTitleHeadAloneIsAMember() {
        #expect(guess("missile", "ミサイル") == .weapon)
        #expect(guess("President", "大統領") == .title)
        // Not a one-character head: 相 alone is no minister.
        #expect(guess("phase", "相") == .concept)
    }

    @Test func documentsAndTestsHaveTheirHeads() {
        #expect(guess("joint statement", "共同声明") == .treaty)
        #expect(guess("three security documents", "安保関連3文書") == .treaty)
        #expect(guess("nuclear test", "核実験") == .event)
        #expect(guess("news conference", "記者会見") == .event)
    }

    @Test func aShipPrefixMakesAVessel() {
        #expect(guess("USS Theodore Roosevelt", "セオドア・ルーズベルト") == .weapon)
    }

    @Test func aNameDictionaryPlaceIsAPlace() {
        let places: Set<String> = ["ニュージーランド", "パシフィック"]
        #expect(CategoryGuess.category(english: "New Zealand", japanese: "ニュージーランド", japaneseIsWord: false, isPlace: places.contains) == .place)
        // Without the dictionary, two capitalised words in katakana look like a person.
        #expect(guess("New Zealand", "ニュージーランド") == .person)
        // A katakana name with a place in it is no person (an exercise named Pacific Dragon).
        #expect(CategoryGuess.category(english: "Pacific Dragon", japanese: "パシフィック・ドラゴン", japaneseIsWord: false, isPlace: places.contains) == nil)
    }

    @Test func aFormThatIsOnlyTheHeadIsNotGuessedFromIt() {
        // 会議 alone is no "…会議" organisation; lower-case English makes it a concept.
        #expect(guess("conference", "会議") == .concept)
    }

    @Test func theLongestHeadWins() {
        // 首脳会議 (event) is longer than 会議 (organisation).
        #expect(guess("Japan-U.S. summit", "日米首脳会議") == .event)
    }

    @Test func aChineseNameReadInPinyinIsAPersonWhateverItsLastCharacter() {
        // 軍 is a head of organisations (米軍), but 張軍 reads Zhang Jun.
        #expect(guess("Zhang Jun", "張軍") == .person)
        #expect(guess("Strategic Forces", "戦略軍") == .organization)
    }

    @Test func twoCapitalisedWordsWithAKanjiNameTheDictionaryDoesNotKnowAreAPerson() {
        #expect(guess("Taro Yamada", "山田太郎") == .person)
    }

    @Test func twoCapitalisedWordsWithAKatakanaNameAreAPerson() {
        #expect(guess("Daniel Morrison", "ダニエル・モリソン") == .person)
    }

    @Test func aDictionaryWordIsNoPerson() {
        #expect(guess("North Korea", "北朝鮮", word: true) == nil)
    }

    @Test func aLongKanjiFormIsNoPerson() {
        // More than five kanji is not a person's name.
        #expect(guess("Blue Harbor", "青色港湾地区域") == nil)
    }

    @Test func fourCapitalisedWordsAreNoPerson() {
        #expect(guess("Anna Maria Lopez Garcia", "アナ・マリア・ロペス・ガルシア") == nil)
    }

    @Test func aDesignationIsNoPerson() {
        #expect(guess("Sky Lance-2", "天槍2") == nil)
    }

    @Test func lowerCaseEnglishWithoutAKnownHeadIsAConcept() {
        #expect(guess("deterrence", "抑止力") == .concept)
    }

    @Test func capitalisedFormsWithoutAKnownHeadStayUnguessed() {
        #expect(guess("Blue Harbor", "青港", word: true) == nil)
    }
}
