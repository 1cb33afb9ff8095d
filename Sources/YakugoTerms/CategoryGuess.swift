import YakugoCore
import YakugoText

/// A first guess at a pair's category from the head of the Japanese term, the way Japanese
/// names mark what they name (…省 a ministry, …県 a prefecture, …ミサイル a weapon), and from
/// the shape of the English (two capitalised words with a katakana or kanji name: a person).
/// A terminologist reviews it; it is a hint, not a classification.
enum CategoryGuess {
    /// Japanese heads (longest first wins) and the category they mark.
    static let heads: [(String, ConceptCategory)] = [
        ("ミサイル", .weapon), ("弾頭", .weapon), ("戦闘機", .weapon), ("爆撃機", .weapon), ("護衛艦", .weapon),
        ("潜水艦", .weapon), ("空母", .weapon), ("駆逐艦", .weapon), ("艦", .weapon), ("機", .weapon), ("弾", .weapon),
        ("条約", .treaty), ("協定", .treaty), ("宣言", .treaty), ("決議", .treaty), ("憲章", .treaty), ("声明", .treaty),
        ("文書", .treaty),
        ("大統領", .title), ("首相", .title), ("長官", .title), ("大臣", .title), ("相", .title), ("大使", .title),
        ("事務総長", .title), ("報道官", .title), ("補佐官", .title), ("司令官", .title), ("幕僚長", .title), ("議長", .title),
        ("省", .organization), ("庁", .organization), ("局", .organization), ("部", .organization), ("軍", .organization),
        ("隊", .organization), ("会議", .organization), ("委員会", .organization), ("理事会", .organization),
        ("総会", .organization), ("機構", .organization), ("通信", .organization), ("党", .organization), ("監部", .organization),
        ("司令部", .organization), ("政府", .organization), ("大使館", .organization), ("同盟", .concept),
        ("新聞", .organization), ("テレビ", .organization),
        ("県", .place), ("市", .place), ("島", .place), ("諸島", .place), ("海", .place), ("半島", .place),
        ("海峡", .place), ("本土", .place), ("州", .place), ("駅", .place), ("城", .place), ("港", .place),
        ("基地", .place), ("寺", .place), ("神社", .place), ("藩", .place),
        ("会談", .event), ("訓練", .event), ("演習", .event), ("会合", .event), ("首脳会議", .event), ("発射", .event),
        ("実験", .event), ("会見", .event),
    ]

    /// Categories whose head word is itself a member: ミサイル is a weapon and 大統領 a title, while
    /// 会議 alone is the concept "conference", not a named body, and 海 alone no named sea.
    static let headIsMember: Set<ConceptCategory> = [.weapon, .title]

    /// Prefixes of a ship's name (USS Theodore Roosevelt, HMS Queen Elizabeth, JS Izumo, ROKS
    /// Sejong the Great): the vessel, whatever the name after it says.
    static let shipPrefixes: Set<String> = ["USS", "HMS", "JS", "ROKS", "HMAS", "HMCS", "INS", "PLANS"]

    /// The heads by decreasing length, so 首脳会議 (event) is tried before 会議 (org).
    static let headsLongestFirst = heads.sorted { $0.0.count > $1.0.count }

    /// The English names of the countries Japanese abbreviates to one character.
    static let countryNames: Set<String> = Set(JapaneseTermAffixes.countryAbbreviations.values.joined())

    /// Heads of a named document when the English is capitalised (National Security Strategy,
    /// Defense Buildup Program, Camp David Principles); in lower case they are concepts
    /// (strategic plan).
    static let documentHeads = ["戦略", "計画", "原則", "大綱", "指針", "憲法"]

    /// Last words of a capitalised English name that say what it names, the way English marks
    /// a name's kind (Pacific Ocean, United Nations, Security Council, Camp David Accords); for a
    /// Japanese name without such a head (太平洋, 国連). The Japanese heads are asked first.
    static let englishHeads: [String: ConceptCategory] = [
        "Ocean": .place, "Sea": .place, "Strait": .place, "Peninsula": .place, "Island": .place, "Islands": .place,
        "Bay": .place, "Gulf": .place, "Prefecture": .place, "Province": .place, "River": .place,
        "Nations": .organization, "Council": .organization, "Ministry": .organization, "Agency": .organization,
        "Organization": .organization, "Command": .organization, "Committee": .organization, "Office": .organization,
        "Department": .organization, "Forces": .organization, "Force": .organization, "Corps": .organization,
        "Party": .organization, "Assembly": .organization, "Parliament": .organization, "Congress": .organization,
        "Guard": .organization, "Army": .organization, "Navy": .organization, "Commission": .organization, "House": .organization,
        "League": .organization, "Club": .organization, "Shimbun": .organization, "Television": .organization,
        "Corporation": .organization, "University": .organization, "Bank": .organization,
        "Stadium": .place, "Arena": .place, "Airport": .place, "Station": .place, "Castle": .place, "Port": .place,
        "Harbor": .place, "Base": .place, "Temple": .place, "Shrine": .place, "Domain": .place, "Line": .place,
        "Summit": .event, "Talks": .event, "Exercise": .event, "Drill": .event, "War": .event, "Incident": .event, "Battle": .event,
        "Treaty": .treaty, "Agreement": .treaty, "Accord": .treaty, "Accords": .treaty, "Declaration": .treaty,
        "Charter": .treaty, "Pact": .treaty, "Act": .treaty, "Constitution": .treaty,
    ]

    /// Lower-case heads that, written after a name, say what it names.
    /// (Not "summit", "talks", "meeting" or "war", which follow their participants or place:
    /// the NATO summit, the Ukraine war; not "fighter" or "tank": Hamas fighters, a think tank.)
    static let followingHeads: [String: ConceptCategory] = [
        "missile": .weapon, "rocket": .weapon, "destroyer": .weapon, "submarine": .weapon,
        "bomber": .weapon, "aircraft": .weapon, "drone": .weapon, "warship": .weapon, "frigate": .weapon,
        "interceptor": .weapon, "launcher": .weapon,
        "exercise": .event, "drill": .event,
    ]

    /// English titles: a name holding one is a title or a person with it, whatever body it names.
    static let englishTitles: Set<String> = [
        "Speaker", "Governor", "Secretary", "Minister", "President", "Chairman", "Chair", "Ambassador",
        "Commissioner", "Director", "Commander", "Chief", "Spokesman", "Spokesperson", "Mayor",
    ]

    /// Bodies English names by one capitalised word (the Cabinet, the Diet).
    static let oneWordBodies: Set<String> = ["Cabinet", "Congress", "Parliament", "Diet", "Senate"]

    /// `isPlace` tells whether a name dictionary tags a form as a place; `onlyPlace`, as a place
    /// and never as a person's name.
    /// `afterPersonalTitle`: the English was written after "Mr.", "Ms." or "Dr.".
    /// `followingHead`: the head of the lower-case term the English name was written before
    /// (missile in "Tomahawk cruise missiles").
    static func category(english: String, japanese: String, japaneseIsWord: Bool, isPlace: @escaping (String) -> Bool = { _ in false },
                         onlyPlace: ((String) -> Bool)? = nil, afterPersonalTitle: Bool = false,
                         followingHead: String? = nil) -> ConceptCategory? {
        let onlyPlace = onlyPlace ?? isPlace
        let words = english.split(separator: " ")
        let capitalised = words.allSatisfy { $0.first?.isUppercase ?? false }
        // "Mr. Sato" is a person though 佐藤, like most Japanese surnames, is a place too.
        if afterPersonalTitle, capitalised { return .person }
        if words.count >= 2, let first = words.first, shipPrefixes.contains(String(first)) { return .weapon }
        // A designation of letters and a number joined by a hyphen (F-35B, Hwasong-17, SM-3)
        // names a weapon system or platform.
        if words.count == 1, english.contains("-"), EnglishCandidateExtractor.isDesignation(english),
           english.first?.isLetter == true { return .weapon }
        // An article of a treaty or law (第5条, Article 5) belongs to the document.
        if japanese.hasPrefix("第"), japanese.hasSuffix("条") { return .treaty }
        if capitalised, documentHeads.contains(where: { japanese.hasSuffix($0) }) { return .treaty }
        // A Chinese person's name in kanji, read in pinyin, ends with whatever character it
        // ends with (張軍 is no army): the reading decides before the heads do.
        if (2...3).contains(words.count), capitalised,
           TranslationEvidence.readsAsPinyin(japanese, spelling: english.lowercased().filter(\.isLetter)) {
            return .person
        }
        for (head, category) in headsLongestFirst where japanese.hasSuffix(head)
            && (japanese != head || (headIsMember.contains(category) && head.count >= 2)) { return category }
        // An "of" phrase has its head before "of" (Ministry of War, Battle of Sekigahara, Sea of
        // Japan); "of" and "the" are the only lower-case words such a name has. A title after
        // the body (House of Representatives Speaker) is the head instead, and a katakana name
        // of as many parts as English words is a person's (Edward House ⇔ エドワード・ハウス).
        let nameWords = words.prefix { $0 != "of" }
        let katakanaParts = japanese.split(whereSeparator: { $0 == "・" || $0 == "･" })
        let looksLikePerson = katakanaParts.count == words.count
            && japanese.unicodeScalars.allSatisfy { ScriptClass.of($0) == .katakana || $0 == "・" || $0 == "･" }
        if words.count >= 2, !looksLikePerson, !words.contains(where: { englishTitles.contains(String($0)) }),
           words.allSatisfy({ $0.first?.isUppercase ?? false || $0 == "of" || $0 == "the" }),
           nameWords.count >= (words.count == nameWords.count ? 2 : 1),
           let head = nameWords.last, let category = englishHeads[String(head)] { return category }
        if words.count == 1, oneWordBodies.contains(english) { return .organization }
        // A name dictionary's place that is never a person's name (ニューヨーク, オーストラリア);
        // for one English word, any place (沖縄 is also a surname, but a surname alone is
        // folded into the person's full name, so a one-word name pair left is a place).
        if capitalised, words.count == 1 ? isPlace(japanese) : onlyPlace(japanese) { return .place }
        // A country the Japanese abbreviates in compounds (日 Japan, 中 China, 米 U.S.): its full
        // name is a place whatever the name dictionary says (日本 is only a surname there).
        if countryNames.contains(english) { return .place }
        // A name written before the kind of thing it is: the Freedom Edge exercise (not a
        // person), the Hwasong missile. After the place tests, since a place is written before
        // what happens there (the Ukraine war, Iran drones); not for an acronym, which more
        // often names a body (NATO exercises) than an exercise.
        if capitalised, !EnglishCandidateExtractor.isAcronym(english), let head = followingHead,
           let category = followingHeads[EnglishCandidateExtractor.singular(head)] { return category }
        // Two or three capitalised words the dictionary does not know as a Japanese word: a
        // person's name (北朝鮮 "North Korea" is a dictionary word, 岸田文雄 is not).
        if capitalised, (2...3).contains(words.count), !japaneseIsWord,
           !words.contains(where: { $0.contains(where: { !$0.isLetter && $0 != "-" && $0 != "." }) }) {
            let scripts = Set(japanese.unicodeScalars.map(ScriptClass.of))
            // A katakana name that opens with a place is no person (パシフィック・ドラゴン, an
            // exercise); a surname may well be a place too (ジョージ・ワシントン, ラヒーム・スターリング).
            let pieces = japanese.split(whereSeparator: { $0 == "・" || $0 == "･" }).map(String.init)
            let hasPlace = pieces.count >= 2 && onlyPlace(pieces[0])
            if scripts.isSubset(of: [.katakana, .punctuation]) && !hasPlace || (scripts == [.kanji] && japanese.unicodeScalars.count <= 5) { return .person }
        }
        // Lower-case English is a common noun: a concept. Capitalised forms stay unguessed.
        return words.first?.first?.isLowercase == true ? .concept : nil
    }
}
