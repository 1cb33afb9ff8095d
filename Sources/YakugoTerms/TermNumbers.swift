import YakugoText

/// The numbers a term carries, compared across languages.
///
/// A number inside a term names one thing among its like (第5条 Article 5, 第12海兵連隊 12th
/// Marine Regiment, 安保関連3文書 three security documents), so a term with a number translates
/// only a term with the same number: 第5条 is no "Article 6", and "three security documents" no
/// 安保関連文書. A number written inside an English word (F-35B, Hwasong-17, 12th) is part of a
/// name whose Japanese may drop it (COVID-19 = 新型コロナウイルス), so only the Japanese number, or a
/// number the English writes as a word of its own, must be found on the other side.
enum TermNumbers {
    /// English cardinal and ordinal number words, by value (a term may open with one: "three
    /// security documents"; "one" is left out, being a pronoun as often as a number).
    static let englishWords: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12,
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    ]

    /// Cardinal number words that may open an English candidate.
    static let cardinals: Set<String> = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]

    /// Whether a lower-cased English word is a cardinal or an ordinal in digits (12th), which
    /// opens the noun phrase it numbers: a word before it is no part of the term.
    static func opensTerm(_ lower: String) -> Bool {
        cardinals.contains(lower) || (value(ofEnglishWord: lower) != nil && lower.contains(where: \.isLetter))
    }

    /// The numbers of an English phrase: `standalone` from number words, bare numbers and Roman
    /// numerals (three, Article 5, World War II), `all` adding the digits inside words (F-35B,
    /// 12th).
    static func english(_ phrase: String) -> (standalone: Set<Int>, all: Set<Int>) {
        var standalone: Set<Int> = [], all: Set<Int> = []
        for word in phrase.split(separator: " ") {
            let lower = word.lowercased()
            if let value = englishWords[lower] ?? romanNumeral(word) { standalone.insert(value); continue }
            let numbers = digitRuns(lower)
            all.formUnion(numbers)
            if !lower.contains(where: \.isLetter) { standalone.formUnion(numbers) }
        }
        return (standalone, all.union(standalone))
    }

    /// The value of a Roman numeral of two letters or more, II to XXXIX, in capitals (a regnal
    /// or ordinal number: Nicholas II, World War II); nil for anything else ("I" is a pronoun,
    /// "VX" a nerve agent).
    static func romanNumeral<S: StringProtocol>(_ word: S) -> Int? {
        guard (2...6).contains(word.count), word.allSatisfy({ $0 == "I" || $0 == "V" || $0 == "X" }) else { return nil }
        let tens = word.prefix { $0 == "X" }.count
        let rest = String(word.dropFirst(tens))
        let units = ["": 0, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9][rest]
        guard let units, tens <= 3 else { return nil }
        let value = tens * 10 + units
        return value >= 2 ? value : nil
    }

    /// The numbers of a Japanese form: written in digits, and ordinals written in kanji after 第.
    struct JapaneseNumbers: Equatable {
        var digits: Set<Int>
        var ordinals: Set<Int>
        var all: Set<Int> { digits.union(ordinals) }
    }

    /// The numbers of a Japanese form (its key is width-folded): those written in digits, and
    /// an ordinal in kanji numerals after 第 (第二次世界大戦 "Second World War", 第一列島線 "first
    /// island chain", 第二百 200), read by the text layer's number recognizer. Kanji numerals
    /// elsewhere are parts of words (九州, 一部, 統一), not numbers.
    static func japanese(_ key: String) -> JapaneseNumbers {
        var numbers = JapaneseNumbers(digits: digitRuns(key), ordinals: [])
        guard key.contains("第") else { return numbers }
        for mention in NumberRecognizer.mentions(in: key, language: .japanese)
        where mention.text.hasPrefix("第") && !mention.text.contains(where: { $0.isASCII && $0.isNumber }) {
            if case .number(let number) = mention.value, number.isOrdinal, number.upper == nil, let value = number.value.intValue {
                numbers.ordinals.insert(value)
            }
        }
        return numbers
    }

    /// Whether the two sides carry the same numbers, as the type's summary says.
    static func agree(english: String, japanese: String) -> Bool {
        agree(self.english(english), self.japanese(japanese))
    }

    /// A kanji ordinal asks for the same number only when the English writes a number at all:
    /// English may leave it in a name (front line ⇔ 第一線) or write it in a way not read here.
    static func agree(_ english: (standalone: Set<Int>, all: Set<Int>), _ japanese: JapaneseNumbers) -> Bool {
        if !japanese.ordinals.isEmpty, english.all.isEmpty { return japanese.digits.isEmpty }
        let all = japanese.all
        return all.isEmpty ? english.standalone.isEmpty : all == english.all
    }

    /// Number words by their coverage stem too ("three" is compared as "thre").
    static let englishStems: [String: Int] = englishWords.reduce(into: [:]) { stems, entry in
        stems[entry.key] = entry.value
        stems[EnglishWordForms.stem(entry.key)] = entry.value
    }

    /// The value of one English word that is a number: "three", "12", "12th"; nil otherwise.
    static func value(ofEnglishWord word: String) -> Int? {
        if let value = englishStems[word] { return value }
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// Whether an English word is the number a Japanese digit piece writes (three = 3, 12th = 12).
    static func sameNumber(_ englishWord: String, _ japaneseDigits: String) -> Bool {
        guard let value = value(ofEnglishWord: englishWord) else { return false }
        return Int(japaneseDigits) == value
    }

    static func digitRuns(_ text: String) -> Set<Int> {
        Set(text.split(whereSeparator: { !($0.isASCII && $0.isNumber) }).compactMap { Int($0) })
    }
}

extension NumericValue {
    /// Whether this is a plain number, not a quantity, date or time.
    var isBareNumber: Bool {
        if case .number = self { return true }
        return false
    }
}
