// Language knowledge for the number recognizer, kept as data.
//
// Sources and reasoning:
// - English month abbreviations: AP Stylebook (Jan., Feb., Aug., Sept., Oct.,
//   Nov., Dec.; March–July spelled out) plus the common Mar., Apr., Jun., Jul.,
//   Sep. of other styles (Reuters, Kyodo English). Month and weekday names are
//   proper nouns and must be capitalised in running text; this is what keeps
//   the modal "may" and the verb "march" out.
// - English number words: cardinal words up to "trillion" (Chicago Manual of
//   Style 9.2–9.8 on spelling out numbers).
// - Japanese numerals: 一〜九, 〇/零 digits; 十百千 multiply within a 4-digit
//   group; 万 (10^4), 億 (10^8), 兆 (10^12) open a new group (命数法).
//   京 (10^16) is left out: it mostly means "capital" (東京, 京都).
// - Japanese eras: 明治 1868, 大正 1912, 昭和 1926, 平成 1989, 令和 2019
//   (first years; 元年 is year 1).
// - Japanese counters: the usual news counters (人/名 people, 機 aircraft,
//   隻 ships, 発 rounds/missiles, 台 vehicles, 回/度 times, カ国 countries),
//   NHK放送文化研究所『数え方の辞典』 conventions.
// - Hedges: 約/およそ/程度/ほど/前後 "about", 余り/超/強 "over", 以上 "at least",
//   以下 "at most", 未満/足らず "under", 弱/近く "nearly", 最大 "up to".

enum NumberLexicon {
    // MARK: English

    /// Month names and abbreviations, lowercased, to month number.
    static let englishMonths: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
        "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Full month names (a bare abbreviation without day or year is not taken as a date
    /// unless it carries its period).
    static let englishFullMonthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    ]

    /// ISO weekday numbers (1 = Monday).
    static let englishWeekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
        "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Cardinal words below 20.
    static let englishUnits: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]

    static let englishTens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Scale words and their power of ten. "hundred" is handled inside a group.
    static let englishScales: [String: Int] = [
        "hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
    ]

    /// Scale abbreviations written right after digits or a currency amount
    /// ("$1.5bn", "2.5bn yen"). "m" and "k" only count after a currency symbol,
    /// because "100m" elsewhere is metres.
    static let englishScaleAbbreviations: [String: Int] = [
        "bn": 9, "mn": 6, "mln": 6, "tn": 12, "trn": 12,
    ]
    static let englishCurrencyOnlyScaleAbbreviations: [String: Int] = ["m": 6, "k": 3]

    /// Words that make a following bare 4-digit number 1900–2100 a year:
    /// prepositions of time and the premodifiers early/late/mid.
    static let englishYearContext: Set<String> = [
        "in", "since", "by", "until", "till", "from", "of", "during", "before", "after",
        "through", "throughout", "early", "late", "mid", "circa", "year", "pre", "post",
    ]

    /// Time-zone abbreviations that make "0600 GMT" a time of day.
    static let englishTimeZones: Set<String> = ["gmt", "utc", "jst", "kst", "est", "edt", "cst", "pst", "pdt", "z"]

    /// Words that may stand before a hyphen and a year ("mid-2023").
    static let englishHyphenYearPrefixes: Set<String> = ["mid", "early", "late", "pre", "post"]

    /// Hedge phrases (lowercased word sequences) preceding a number.
    static let englishHedges: [([String], Approximation)] = [
        (["no", "more", "than"], .atMost),
        (["as", "many", "as"], .upTo),
        (["as", "much", "as"], .upTo),
        (["an", "estimated"], .about),
        (["more", "than"], .over),
        (["less", "than"], .under),
        (["fewer", "than"], .under),
        (["at", "least"], .atLeast),
        (["at", "most"], .atMost),
        (["up", "to"], .upTo),
        (["close", "to"], .nearly),
        (["upward", "of"], .over),
        (["upwards", "of"], .over),
        (["about"], .about),
        (["around"], .about),
        (["roughly"], .about),
        (["approximately"], .about),
        (["some"], .about),
        (["nearly"], .nearly),
        (["almost"], .nearly),
        (["over"], .over),
        (["above"], .over),
        (["exceeding"], .over),
        (["under"], .under),
        (["below"], .under),
    ]

    /// Units written after an English number (lowercased word sequences).
    /// Multi-word entries first so that the longest wins.
    static let englishUnits_: [([String], QuantityUnit)] = [
        (["nautical", "miles"], .nauticalMile), (["nautical", "mile"], .nauticalMile),
        (["percentage", "points"], .percentagePoint), (["percentage", "point"], .percentagePoint),
        (["per", "cent"], .percent),
        (["us", "dollars"], .dollar), (["us", "dollar"], .dollar),
        (["usd"], .dollar), (["jpy"], .yen), (["eur"], .euro), (["krw"], .won), (["cny"], .yuan), (["rmb"], .yuan),
        (["seconds"], .second), (["second"], .second), (["secs"], .second),
        (["minutes"], .minute), (["minute"], .minute), (["mins"], .minute), (["min"], .minute),
        (["hours"], .hour), (["hour"], .hour), (["hrs"], .hour),
        (["days"], .day), (["day"], .day),
        (["weeks"], .week), (["week"], .week),
        (["months"], .month), (["month"], .month),
        (["years", "old"], .age), (["year", "old"], .age),
        (["years"], .year), (["year"], .year), (["decades"], .year), (["decade"], .year),
        (["nights"], .night), (["night"], .night),
        (["kilometers"], .kilometer), (["kilometer"], .kilometer),
        (["kilometres"], .kilometer), (["kilometre"], .kilometer), (["km"], .kilometer),
        (["meters"], .meter), (["meter"], .meter), (["metres"], .meter), (["metre"], .meter),
        (["centimeters"], .centimeter), (["centimeter"], .centimeter), (["centimetres"], .centimeter),
        (["centimetre"], .centimeter), (["cm"], .centimeter),
        (["millimeters"], .millimeter), (["millimeter"], .millimeter), (["millimetres"], .millimeter),
        (["millimetre"], .millimeter), (["mm"], .millimeter),
        (["feet"], .foot), (["foot"], .foot), (["ft"], .foot),
        (["knots"], .knot), (["knot"], .knot),
        (["grams"], .gram), (["gram"], .gram),
        (["liters"], .liter), (["liter"], .liter), (["litres"], .liter), (["litre"], .liter),
        (["hectares"], .hectare), (["hectare"], .hectare),
        (["miles"], .mile), (["mile"], .mile),
        (["kilograms"], .kilogram), (["kilogram"], .kilogram), (["kg"], .kilogram),
        (["tons"], .ton), (["ton"], .ton), (["tonnes"], .ton), (["tonne"], .ton),
        (["percent"], .percent), (["pct"], .percent), (["m"], .meter),
        (["yen"], .yen),
        (["dollars"], .dollar), (["dollar"], .dollar),
        (["won"], .won),
        (["yuan"], .yuan),
        (["euros"], .euro), (["euro"], .euro),
        (["pounds"], .pound), (["pound"], .pound), (["gbp"], .pound),
    ]

    /// ISO 4217 codes written before an amount ("USD 1.5 billion", "JPY 43 trillion").
    static let currencyCodes: [String: QuantityUnit] = [
        "usd": .dollar, "jpy": .yen, "eur": .euro, "gbp": .pound, "krw": .won, "cny": .yuan, "rmb": .yuan,
    ]

    /// Counted nouns: English plural nouns whose Japanese rendering uses a counter.
    /// Only plural forms (and invariant "aircraft"/"personnel"), so "one" needs
    /// the singular list below.
    static let englishCountedNouns: [String: QuantityUnit] = [
        "people": .person, "persons": .person, "troops": .person, "soldiers": .person,
        "personnel": .person, "civilians": .person, "sailors": .person, "person": .person,
        "missiles": .missile, "missile": .missile, "rounds": .missile, "round": .missile,
        "shells": .missile, "rockets": .missile, "rocket": .missile, "shots": .missile,
        "ships": .ship, "ship": .ship, "vessels": .ship, "vessel": .ship,
        "warships": .ship, "warship": .ship, "destroyers": .ship, "destroyer": .ship,
        "submarines": .ship, "submarine": .ship, "frigates": .ship, "frigate": .ship,
        "boats": .ship, "boat": .ship,
        "aircraft": .aircraft, "jets": .aircraft, "jet": .aircraft,
        "fighters": .aircraft, "fighter": .aircraft, "planes": .aircraft, "plane": .aircraft,
        "drones": .aircraft, "drone": .aircraft, "helicopters": .aircraft,
        "helicopter": .aircraft, "bombers": .aircraft, "bomber": .aircraft,
        "vehicles": .vehicle, "vehicle": .vehicle, "tanks": .vehicle, "tank": .vehicle,
        "trucks": .vehicle, "truck": .vehicle, "launchers": .vehicle, "launcher": .vehicle,
        "countries": .country, "country": .country, "nations": .country, "nation": .country,
        "times": .times,
    ]

    /// Modifiers that may stand between a number and its counted noun
    /// ("four ballistic missiles", "two Chinese coast guard ships"). Weapon
    /// designations ("42 F-35B fighters") are accepted by shape instead.
    static let englishCountedNounModifiers: Set<String> = [
        "ballistic", "cruise", "hypersonic", "intercontinental", "short-range", "medium-range",
        "intermediate-range", "long-range", "guided", "anti-ship", "anti-aircraft", "surface-to-air",
        "air-to-air", "naval", "military", "navy", "coast", "guard", "fighter", "stealth", "combat",
        "patrol", "research", "fishing", "survey", "unmanned", "armed", "additional", "more", "new",
        "chinese", "russian", "japanese", "american", "korean", "north", "south", "u.s.", "us", "taiwanese",
        "ukrainian", "enemy", "foreign", "allied", "british", "french", "indian", "australian",
    ]

    /// Counted nouns that are not counted when followed by "of"
    /// ("two rounds of talks" is not two rounds of ammunition).
    static let englishCountedNounsBlockedBeforeOf: Set<String> = ["rounds", "round", "shots"]

    /// Units English may glue to the digits ("10km", "155mm"); any other unit needs a space or
    /// a hyphen ("5 tons", "155-millimeter").
    static let englishGluedUnits: Set<String> = ["km", "kg", "m", "cm", "mm", "ft", "pct"]

    /// Letter runs that may be glued to digits without making a designation.
    static let englishAttachedSuffixes: Set<String> = [
        "km", "kg", "m", "cm", "mm", "ft", "pct", "bn", "mn", "mln", "tn", "trn", "st", "nd", "rd", "th", "am", "pm", "a", "p",
    ]

    // MARK: Japanese

    static let kanjiDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
        "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let kanjiSmallMultipliers: [Unicode.Scalar: Int] = ["十": 1, "百": 2, "千": 3]
    static let kanjiLargeMultipliers: [Unicode.Scalar: Int] = ["万": 4, "億": 8, "兆": 12]

    /// Ideographs that may directly precede a kanji numeral that starts a number
    /// (prefixes and the end of a preceding date/time element). Any other
    /// ideograph right before a kanji numeral means the numeral is part of a word
    /// (統一, 唯一, 数千, 何百).
    static let kanjiNumeralAllowedPrecedingIdeographs: Set<Unicode.Scalar> = [
        "約", "第", "計", "全", "超", "年", "月", "日", "時", "分", "前", "後", "大", "低", "各", "毎", "、",
        // A ratio to a base: 前年比三割, GDP比二％.
        "比",
    ]

    /// Ideographs before a numeral that make it vague (数千, 何百, 幾十): never a number,
    /// whatever follows.
    static let vagueNumeralPrefixes: Set<Unicode.Scalar> = ["数", "何", "幾"]

    /// Nouns that news writing glues to a numeral to count them, as a counter would
    /// (三首脳 "three leaders", 十五理事国 "15-nation council", 十営業日 "10 working days",
    /// 安保関連三文書 "three security documents", 非核三原則). A kanji numeral glued to another
    /// ideograph is usually part of a word (九州, 一方, 五十嵐), so only these nouns, and the
    /// percent signs after it, make it a number. The number is read without the noun.
    static let japaneseNounCounters: [String] = [
        // Two characters at least: one-character nouns make words (九州, 統一社会).
        "首脳", "閣僚", "外相", "理事国", "加盟国", "営業日", "文書", "原則", "議席", "項目", "政党", "都市",
        "地域",
    ]

    /// Words after 分 that make it minutes where a kanji numeral and 分 also form a word:
    /// 十分後 "ten minutes later" beside 十分 "enough", 五分後 beside 五分五分 "even".
    static let japaneseMinuteFollowers: [String] = [
        "後", "前", "以内", "以上", "未満", "ほど", "程度", "近く", "余り", "あまり", "足らず", "弱", "強",
        "遅れ", "おき", "ごと", "ごろ", "頃", "半", "超",
    ]

    /// Kana after 分 that make it the verb 分する/分ける (二分する "split in two", 三分した).
    static let japaneseBunVerbKana: Set<Unicode.Scalar> = ["す", "し", "さ", "せ", "け"]

    /// The oldest age 歳/才 is read as: a larger numeral before it is a name (千歳, Chitose).
    static let oldestAge = ExactNumber(150)

    /// Signs after a numeral that make it a number whatever precedes it (成長率二％).
    static let japanesePercentSigns: [String] = ["%", "％", "パーセント"]

    static let eras: [(String, JapaneseEra)] = [
        ("明治", .meiji), ("大正", .taisho), ("昭和", .showa), ("平成", .heisei), ("令和", .reiwa),
    ]

    /// 月火水木金土日 → ISO weekday.
    static let japaneseWeekdayChars: [Unicode.Scalar: Int] = [
        "月": 1, "火": 2, "水": 3, "木": 4, "金": 5, "土": 6, "日": 7,
    ]

    /// Times of day written before an hour on the 12-hour clock, and the
    /// hours (1–11) they move into the afternoon: 夜10時 = 22:00, 夕方5時 = 17:00,
    /// 深夜11時 = 23:00 but 深夜2時 = 2:00, 朝7時 = 7:00. Longest first.
    static let japaneseDayPeriods: [(String, ClosedRange<Int>?)] = [
        ("早朝", nil), ("未明", nil), ("夕方", 1...11), ("深夜", 8...11), ("朝", nil), ("夜", 6...11),
    ]

    /// Hedges before a Japanese number.
    static let japanesePrefixHedges: [(String, Approximation)] = [
        ("少なくとも", .atLeast), ("最大で", .upTo), ("最大", .upTo), ("最低", .atLeast),
        ("およそ", .about), ("凡そ", .about), ("約", .about), ("ほぼ", .nearly),
    ]

    /// Hedges after a Japanese number or quantity.
    static let japaneseSuffixHedges: [(String, Approximation)] = [
        ("足らず", .under), ("あまり", .over), ("くらい", .about), ("ぐらい", .about),
        ("以上", .atLeast), ("以下", .atMost), ("未満", .under), ("余り", .over),
        ("程度", .about), ("前後", .about), ("近く", .nearly), ("ほど", .about),
        ("超", .over), ("強", .over), ("弱", .nearly),
    ]

    /// Units and counters after a Japanese number (longest first when matched).
    /// 年/月/日/時/分 are handled by the date/time rules before this table.
    static let japaneseUnits: [(String, QuantityUnit)] = [
        ("キロメートル", .kilometer), ("キログラム", .kilogram), ("パーセント", .percent),
        ("ポイント", .percentagePoint),
        ("カ月間", .month), ("か月間", .month), ("ヶ月間", .month), ("ヵ月間", .month), ("ケ月間", .month),
        ("カ月", .month), ("か月", .month), ("ヶ月", .month), ("ヵ月", .month), ("ケ月", .month), ("箇月", .month),
        ("カ年", .year), ("か年", .year), ("ヶ年", .year), ("ヵ年", .year), ("ケ年", .year), ("箇年", .year),
        ("カ国", .country), ("か国", .country), ("ヶ国", .country), ("ヵ国", .country), ("ケ国", .country), ("箇国", .country),
        ("センチメートル", .centimeter), ("ミリメートル", .millimeter), ("センチ", .centimeter), ("ミリ", .millimeter),
        ("ｃｍ", .centimeter), ("cm", .centimeter), ("ｍｍ", .millimeter), ("mm", .millimeter), ("ｍ", .meter), ("m", .meter),
        ("フィート", .foot), ("ノット", .knot), ("グラム", .gram), ("リットル", .liter), ("ヘクタール", .hectare),
        ("メートル", .meter), ("人民元", .yuan), ("米ドル", .dollar), ("ウォン", .won), ("ユーロ", .euro), ("ポンド", .pound),
        ("マイル", .mile), ("カイリ", .nauticalMile), ("海里", .nauticalMile), ("浬", .nauticalMile),
        ("週間", .week), ("時間", .hour), ("日間", .day), ("年間", .year), ("分間", .minute),
        ("秒間", .second), ("秒", .second),
        ("キロ", .kilometer), ("ｋｍ", .kilometer), ("km", .kilometer), ("ｋｇ", .kilogram), ("kg", .kilogram),
        ("トン", .ton), ("ドル", .dollar), ("円", .yen), ("元", .yuan),
        ("%", .percent), ("％", .percent),
        ("人", .person), ("名", .person), ("機", .aircraft), ("隻", .ship), ("発", .missile),
        ("台", .vehicle), ("回", .times), ("度", .times), ("倍", .times), ("泊", .night),
        ("歳", .age), ("才", .age),
    ]

    /// Place and common words that start with a kanji numeral plus a counter
    /// or date character but are not numbers (Yokkaichi, crescent moon…).
    static let japaneseNumeralWords: [String] = [
        "四日市", "五日市", "二日市", "八日市", "廿日市", "十日町", "六日町", "三日月", "一日中", "一人一人",
        "一人ひとり", "一回り", "一度に", "一日も早", "一日たりとも",
    ]

    /// Context before a number that makes 度 "degrees" (latitude, longitude,
    /// temperature) rather than "times".
    static let japaneseDegreeContexts: [String] = ["北緯", "南緯", "東経", "西経", "気温", "温度", "角度", "体温", "水温"]

    /// English ordinal words; "twenty-first" is an ordinal, not 20.
    /// Fraction words likewise: "two-thirds" is not 2.
    static let englishOrdinalWords: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "thirds", "fourths", "fifths", "quarters", "halves", "tenths",
    ]

    /// Counters that only give a plain number (一つ, 3つ).
    static let japanesePlainCounters: [String] = ["つ"]

    /// Stems of weapon names written with a number in Japanese (火星17, 北極星3).
    static let japaneseDesignationStems: [String] = ["火星", "北極星", "東風", "巨浪", "鷹撃", "紅旗", "玄武", "天宮", "神舟", "長征"]

    /// Characters after digits that make a designation (12式, 1号機, 17型).
    static let japaneseDesignationSuffixes: Set<Unicode.Scalar> = ["型", "号", "式"]

    /// Range connectors between two numbers.
    static let rangeDashes: Set<Unicode.Scalar> = ["-", "–", "—", "‐", "‑", "－"]
    static let japaneseRangeConnectors: Set<Unicode.Scalar> = ["～", "〜", "~", "-", "–", "－", "‐"]
}
