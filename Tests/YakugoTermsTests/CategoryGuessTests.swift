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
        // A katakana name that opens with a place is no person (an exercise named Pacific Dragon);
        // one that ends with a place is (a surname such as Washington is a place too).
        #expect(CategoryGuess.category(english: "Pacific Dragon", japanese: "パシフィック・ドラゴン", japaneseIsWord: false, isPlace: places.contains) == nil)
        let washington: Set<String> = ["ワシントン"]
        #expect(CategoryGuess.category(english: "George Washington", japanese: "ジョージ・ワシントン", japaneseIsWord: false, isPlace: washington.contains) == .person)
    }

    @Test func aOneWordNameTaggedAsAPlaceIsOneEvenIfAlsoASurname() {
        let places: Set<String> = ["沖縄", "岸田"]
        let onlyPlaces: Set<String> = []
        func guess(_ english: String, _ japanese: String) -> ConceptCategory? {
            CategoryGuess.category(english: english, japanese: japanese, japaneseIsWord: false, isPlace: places.contains, onlyPlace: onlyPlaces.contains)
        }
        #expect(guess("Okinawa", "沖縄") == .place)
        // Two words are a person's name before a place: the surname's other reading.
        #expect(guess("Fumio Kishida", "岸田") != .place)
    }

    @Test func aCountryAbbreviatedInCompoundsIsAPlace() {
        #expect(guess("Japan", "日本") == .place)
        #expect(guess("China", "中国") == .place)
    }

    @Test func aHyphenatedDesignationIsAWeapon() {
        #expect(guess("F-35B", "F35B") == .weapon)
        #expect(guess("Hwasong-17", "火星17") == .weapon)
        // Not without the hyphen (G7), nor a number first (2+2).
        #expect(guess("G7", "G7") == nil)
        #expect(guess("2+2", "2プラス2") == nil)
    }

    @Test func articlesAndNamedDocumentsAreTreaties() {
        #expect(guess("Article 5", "第5条") == .treaty)
        #expect(guess("National Security Strategy", "国家安全保障戦略") == .treaty)
        #expect(guess("Camp David Principles", "キャンプ・デービッド原則") == .treaty)
        // In lower case a strategy is a concept.
        #expect(guess("growth strategy", "成長戦略") == .concept)
    }

    @Test func aNameAfterAPersonalTitleIsAPerson() {
        // 佐藤 is tagged a place as well as a surname, like most Japanese surnames.
        let places: Set<String> = ["佐藤"]
        #expect(CategoryGuess.category(english: "Sato", japanese: "佐藤", japaneseIsWord: false, isPlace: places.contains) == .place)
        #expect(CategoryGuess.category(english: "Sato", japanese: "佐藤", japaneseIsWord: false, isPlace: places.contains,
                                       afterPersonalTitle: true) == .person)
        let pairs = TermFixtures.extractor(BilingualLexicon()).extract([
            SegmentPair(id: "p#1", english: "Mr. Sato will call you back.", japanese: "佐藤さんから折り返します。"),
            SegmentPair(id: "p#2", english: "Sato is out today.", japanese: "佐藤は今日不在です。"),
        ])
        #expect(pairs.first { $0.english == "Sato" && $0.japanese == "佐藤" }?.category == .person)
        #expect(EnglishCandidateExtractor().extract("Mr. Sato will call.").candidates.first { $0.surface == "Sato" }?.followsPersonalTitle == true)
        #expect(EnglishCandidateExtractor().extract("Sato will call.").candidates.first { $0.surface == "Sato" }?.followsPersonalTitle == false)
    }

    @Test func anAcronymTakesItsLongFormsCategory() {
        let lexicon = TermFixtures.lexicon([("大陸間弾道ミサイル", "intercontinental ballistic missile")])
        let pairs = TermFixtures.extractor(lexicon).extract([
            SegmentPair(id: "a#1", english: "North Korea fired an intercontinental ballistic missile (ICBM).",
                        japanese: "北朝鮮は大陸間弾道ミサイル（ICBM）を発射した。"),
            SegmentPair(id: "a#2", english: "The ICBM flew for 69 minutes.", japanese: "ICBMは69分間飛行した。"),
        ])
        #expect(pairs.first { $0.english == "intercontinental ballistic missile" }?.category == .weapon)
        #expect(pairs.first { $0.english == "ICBM" && $0.japanese == "ICBM" }?.category == .weapon)
        // Undefined, an acronym stays unguessed.
        #expect(guess("ICBM", "ICBM") == nil)
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
        // (North Korea is a place, as a country Japanese abbreviates; never a person.)
        #expect(guess("North Korea", "北朝鮮", word: true) == .place)
        // The Blue House is South Korea's presidential office, as the White House is the U.S.'s.
        #expect(guess("Blue House", "青瓦台", word: true) == .organization)
    }

    @Test func aLongKanjiFormIsNoPerson() {
        // More than five kanji is not a person's name.
        #expect(guess("Blue Lantern", "青色灯籠地区域") == nil)
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
        #expect(guess("Blue Lantern", "青灯", word: true) == nil)
    }
}

/// The English says what a name names: by its last word, or by the term written after it.
@Suite struct EnglishCategoryHeadTests {
    func guess(_ english: String, _ japanese: String, isPlace: Set<String> = [], followingHead: String? = nil) -> ConceptCategory? {
        CategoryGuess.category(english: english, japanese: japanese, japaneseIsWord: true, isPlace: isPlace.contains,
                               followingHead: followingHead)
    }

    @Test func aNamesLastWordSaysWhatItNames() {
        #expect(guess("Pacific Ocean", "太平洋") == .place)
        #expect(guess("United Nations", "国連") == .organization)
        #expect(guess("Camp David Accords", "キャンプ・デービッド合意") == .treaty)
        #expect(guess("Cabinet", "内閣") == .organization)
        // Not persons, though katakana: a league, a stadium; a newspaper and a broadcaster by
        // their Japanese heads.
        #expect(CategoryGuess.category(english: "Premier League", japanese: "プレミアリーグ", japaneseIsWord: false) == .organization)
        #expect(CategoryGuess.category(english: "Rakuten Seimei Park Stadium", japanese: "楽天生命パーク", japaneseIsWord: false) == .place)
        #expect(CategoryGuess.category(english: "Saga Shimbun", japanese: "佐賀新聞", japaneseIsWord: false) == .organization)
        #expect(CategoryGuess.category(english: "Fuji TV", japanese: "フジテレビ", japaneseIsWord: false) == .organization)
        // Places named in kanji, which the person rule would otherwise take for a name of
        // two or three words: by the Japanese head, or by the English one (京阪本線 has no head).
        for (english, japanese) in [("Yodo Station", "淀駅"), ("Nagaoka Castle", "長岡城"), ("Sendai Domain", "仙台藩"),
                                    ("Incheon Port", "仁川港"), ("Choen-ji Temple", "長円寺"), ("Keihan Main Line", "京阪本線")] {
            #expect(CategoryGuess.category(english: english, japanese: japanese, japaneseIsWord: false) == .place, "\(english)")
        }
        #expect(CategoryGuess.category(english: "Taro Onodera", japanese: "小野寺太郎", japaneseIsWord: false) == .person)
        // Before a name dictionary's place tag: the White House is the office.
        #expect(guess("White House", "ホワイトハウス", isPlace: ["ホワイトハウス"]) == .organization)
    }

    @Test func anOfPhraseHasItsHeadBeforeOf() {
        #expect(guess("Ministry of War", "兵部") == .organization)
        #expect(guess("Battle of Sekigahara", "関ヶ原の戦い") == .event)
        #expect(guess("Sea of Japan", "日本海") == .place)
        // "War" after "of" names the ministry's field, not the category.
        #expect(guess("Ministry of War", "兵部") != .event)
    }

    @Test func lowerCaseWordsAndJapaneseHeadsComeFirst() {
        // A common noun is a concept whatever its last word.
        #expect(guess("regional council", "地域協議会") == .concept)
        #expect(guess("Defense Council", "防衛会議") == .organization)
        #expect(guess("peace treaty", "平和条約") == .treaty)
    }

    @Test func theTermAfterANameSaysWhatItNames() {
        #expect(guess("Tomahawk", "トマホーク", followingHead: "missiles") == .weapon)
        #expect(guess("Freedom Edge", "フリーダム・エッジ", followingHead: "exercise") == .event)
    }

    @Test func aPlaceIsWrittenBeforeWhatHappensThere() {
        // The place tests come first: the Ukraine war, Iran drones (and, at a cost, ENAMDICT's
        // town of Tomahawk before "Tomahawk cruise missiles").
        #expect(guess("Ukraine", "ウクライナ", isPlace: ["ウクライナ"], followingHead: "drill") == .place)
        #expect(guess("Iran", "イラン", isPlace: ["イラン"], followingHead: "drones") == .place)
        #expect(guess("Tomahawk", "トマホーク", isPlace: ["トマホーク"], followingHead: "missiles") == .place)
    }

    @Test func participantsAndAcronymsTakeNoKindFromWhatFollows() {
        // "summit", "war", "tank" are no kinds here: the NATO summit, a Washington think tank.
        #expect(guess("Quad", "クアッド", followingHead: "summit") == nil)
        #expect(guess("Hamas", "ハマス", followingHead: "fighters") == nil)
        // An acronym more often names a body: NATO exercises.
        #expect(guess("NATO", "NATO", followingHead: "exercises") == nil)
    }

    @Test func aPersonsNameIsNoBodyWhateverItsLastWord() {
        #expect(CategoryGuess.category(english: "Edward House", japanese: "エドワード・ハウス", japaneseIsWord: false) == .person)
        // A title after the body is the head: no org.
        #expect(guess("House of Representatives Speaker", "下院議長X") != .organization)
        #expect(guess("House of Representatives Speaker", "衆院議長") == .title)
    }

    @Test func aPossessiveNameTakesNoKindFromWhatFollows() {
        let found = EnglishCandidateExtractor().extract("North Korea’s ballistic missile flew far, and the Tomahawk cruise missile was bought.").candidates
        #expect(found.first { $0.surface == "North Korea" }?.followingHead == nil)
        #expect(found.first { $0.surface == "Tomahawk" }?.followingHead == "missile")
    }

    @Test func aNameMadeAnAdjectiveTakesNoKindFromWhatFollows() {
        let found = EnglishCandidateExtractor().extract("The navy retired its Cold War-era frigates.").candidates
        #expect(found.filter(\.isName).allSatisfy { $0.followingHead == nil })
    }
}
