import Synchronization
import YakugoCore
import YakugoText

/// How strongly the words of an English and a Japanese candidate say they translate each other,
/// without counting co-occurrence: known pairs, the dictionary, composition, transliteration,
/// shared Latin forms and acronyms.
public struct TranslationEvidence: Sendable {
    /// One signal and its strength in [0, 1].
    public struct Match: Sendable, Hashable {
        public var strength: Double
        /// `glossary`, `dictionary`, `composition`, `transliteration`, `latin`, `acronym`.
        public var signal: String
    }

    /// A piece of a Japanese candidate, as the dictionary splits it.
    struct Piece {
        var length: Int
        /// Each gloss of the piece as coverage words.
        var glosses: [[String]]
        var glossWords: Set<String>
        /// Known only from the user's or the first pass's pairs, not from the dictionary.
        var learnedOnly = false
        var skeleton: String?
        var latin: String?
    }

    public let lexicon: BilingualLexicon?
    /// Segmentations already computed (shared by copies of this value; lookups only).
    let memo = Memo()

    final class Memo: Sendable {
        let pieces = Mutex<[String: ([Piece], [Piece]?)]>([:])
        let vocabulary = Mutex<Set<String>?>(nil)
        /// Coverage tokens of English surfaces and sorted coverage words of glosses: the same
        /// candidates and entries are compared again and again.
        let tokens = Mutex<[String: [(word: String, raw: String)]]>([:])
        let sortedGlossWords = Mutex<[String: [String]]>([:])
        let glossWords = Mutex<[String: Set<String>]>([:])
        let romaji = Mutex<[String: [String]]>([:])
        let nameReadings = Mutex<[String: [String]]>([:])
        let entryCounts = Mutex<[String: Int]?>(nil)
        let verbs = Mutex<(verbs: Set<String>, wholes: Set<String>)?>(nil)

        /// English words the dictionary glosses as verbs ("to dismantle", "to pledge"), and those
        /// of them that are also a one-word gloss or the last word of a longer one not opening
        /// with "to" (nouns and adjectives: "veto", "pledge", "wage freeze") (built once).
        func verbGlosses(_ lexicon: BilingualLexicon?) -> (verbs: Set<String>, wholes: Set<String>) {
            guard let lexicon else { return ([], []) }
            return verbs.withLock { cached in
                if cached == nil {
                    // Two passes over the glosses' bytes: the verbs first, then only the one-word
                    // glosses that could be one of them or its -ing form (a set of every
                    // one-word gloss would be ten times larger).
                    let to = Array("to ".utf8)
                    var verbs: Set<String> = []
                    for glosses in lexicon.glosses.values {
                        for gloss in glosses where gloss.utf8.starts(with: to) {
                            let word = gloss.utf8.dropFirst(3).prefix { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
                            if !word.isEmpty { verbs.insert(String(decoding: word, as: UTF8.self)) }
                        }
                    }
                    // A noun gloss of one word, or the head of a longer one ("wage freeze"), makes
                    // the word a noun too.
                    var wholes: Set<String> = []
                    for glosses in lexicon.glosses.values {
                        for gloss in glosses where !gloss.utf8.starts(with: to) {
                            let head = gloss.utf8.split(separator: UInt8(ascii: " ")).last.map { String(decoding: $0, as: UTF8.self) } ?? gloss
                            if verbs.contains(head) { wholes.insert(head) }
                        }
                    }
                    cached = (verbs, wholes)
                }
                return cached!
            }
        }

        /// How many dictionary entries use each word in a gloss (built once; see `GeneralVocabulary`).
        func entryCounts(_ lexicon: BilingualLexicon?) -> [String: Int] {
            entryCounts.withLock { cached in
                if cached == nil { cached = GeneralVocabulary.entryCounts(lexicon) }
                return cached!
            }
        }

        /// Whether a lower-cased word is a common English word: the whole gloss of at least three
        /// dictionary headwords ("defense" is; "kamala", a rare plant dye, is not) (built once).
        func isEnglishWord(_ word: String, lexicon: BilingualLexicon?) -> Bool {
            guard let lexicon else { return false }
            return vocabulary.withLock { cached in
                if cached == nil {
                    var counts: [String: Int] = [:]
                    for glosses in lexicon.glosses.values {
                        for gloss in Set(glosses) where !gloss.contains(Character(" ")) { counts[gloss, default: 0] += 1 }
                    }
                    cached = Set(counts.filter { $0.value >= 3 }.keys)
                }
                return cached!.contains(word)
            }
        }
    }
    /// Readings of Japanese person and place names (ENAMDICT): 岸田 "kishida", 文雄 "fumio".
    let names: BilingualLexicon?
    /// English key → Japanese keys of the user's known pairs.
    let known: [String: Set<String>]
    /// Japanese form → English forms of known and already-linked pairs, read like dictionary
    /// entries so that a longer term can be composed from them (岸田 = Kishida helps
    /// 岸田文雄 = Fumio Kishida).
    public var learned: [String: [String]] = [:]

    public init(lexicon: BilingualLexicon?, names: BilingualLexicon? = nil, knownPairs: [(english: String, japanese: String)] = []) {
        self.lexicon = lexicon
        self.names = names
        var known: [String: Set<String>] = [:]
        var learned: [String: [String]] = [:]
        for pair in knownPairs {
            known[EnglishCandidateExtractor.key(of: pair.english), default: []].insert(JapaneseCandidateExtractor.key(of: pair.japanese))
            learned[pair.japanese, default: []].append(pair.english)
        }
        self.known = known
        self.learned = learned
    }

    /// Whether the pair is one the user gave.
    public func isKnown(english: TermCandidate, japanese: TermCandidate) -> Bool {
        known[english.key]?.contains(japanese.key) == true
    }

    /// The best evidence for the pair, or nil when there is none.
    public func match(english: TermCandidate, japanese: TermCandidate,
                      englishAliases: [String] = [], japaneseAliases: [String] = []) -> Match? {
        if isKnown(english: english, japanese: japanese) { return Match(strength: 1, signal: "glossary") }
        var best: Match?
        func offer(_ strength: Double, _ signal: String) {
            if strength > (best?.strength ?? 0) { best = Match(strength: strength, signal: signal) }
        }
        let tokens = cachedTokens(english.surface)
        let englishWords = tokens.map(\.word)
        let optional = optionalWords(tokens, english: english, japanese: japanese.surface)
        if japanese.isPhrase {
            if let found = phraseExplanation(english: english, japanese: japanese) { offer(found.strength, "composition") }
            // A phrase the dictionary lists whole is a word of its own: 関ヶ原の戦い "Battle of
            // Sekigahara", 板の間. Still only for an English phrase (not "worst-case" for
            // 最悪の事態), as for every particle phrase.
            if english.surface.split(separator: " ").count >= 2,
               let strength = wholeEntryStrength(englishWords, optional: optional, japanese.surface) { offer(strength, "dictionary") }
            return best
        }
        // Shared Latin form (F-35B ↔ F35B, NATO ↔ NATO).
        if let latin = JapaneseCandidateExtractor.latinForm(japanese.surface) {
            let folded = EnglishWordForms.foldLatin(latin)
            if folded == EnglishWordForms.foldLatin(english.surface) { offer(1, "latin") }
            if englishAliases.contains(where: { EnglishWordForms.foldLatin($0) == folded }) { offer(0.95, "acronym") }
        }
        // A designation keeps its number in translation while its name may be read another way
        // (Hwasong-17 = 火星17, the Korean reading of 火星): the same trailing number on a
        // one-word English designation and a Japanese name is fair evidence.
        if let number = Self.trailingNumber(english.surface), !english.surface.contains(Character(" ")),
           english.surface.contains(where: \.isLetter), let other = Self.trailingNumber(japanese.surface), number == other,
           japanese.surface.unicodeScalars.contains(where: { [.kanji, .katakana].contains(ScriptClass.of($0)) }) {
            offer(0.7, "designation")
        }
                // An acronym both sides define (…Agreement, or GSOMIA ↔ 軍事情報包括保護協定（GSOMIA）).
        let englishAcronyms = Set(englishAliases.map(EnglishWordForms.foldLatin))
        if japaneseAliases.contains(where: { englishAcronyms.contains(EnglishWordForms.foldLatin($0)) }) { offer(0.95, "acronym") }
        // A body is implied only where the English names no owner of its own: not "China’s
        // armed forces" (米軍 is not theirs), not a piece of a longer name.
        let bodyMayBeImplied = !english.followsPossessive && !english.isNameFragment
        if let strength = wholeEntryStrength(englishWords, optional: optional, japanese.surface, bodyMayBeImplied: bodyMayBeImplied) {
            offer(strength, "dictionary")
        }
        // Composition, transliteration and Latin parts, word by word.
        if best?.strength ?? 0 < 1 {
            let readings = japaneseAliases.filter { $0.unicodeScalars.contains { ScriptClass.of($0) == .katakana } }
            let hasOf = english.surface.contains(" of ")
            // Two or three capitalised plain words: possibly a person's name.
            let personName = english.isName && (2...3).contains(tokens.count)
                && tokens.allSatisfy { $0.raw.allSatisfy(\.isLetter) && !memo.isEnglishWord($0.raw, lexicon: lexicon) }
            var (coverage, signal) = composition(englishWords, optional: optional, hasOf: hasOf, personName: personName, japanese.surface)
            for reading in readings {
                let (c, _) = composition(englishWords, optional: optional, hasOf: hasOf, personName: personName, reading)
                if c > coverage { coverage = c; signal = "transliteration" }
            }
            if coverage < 1, tokens.contains(where: { $0.raw.count >= 8 }) || english.surface.contains(Character("-")) {
                // Only a spelling whose new words the Japanese glosses as written: a split that
                // leaves a half unexplained (war|fare) is no reading of the word.
                let glossed = glossWords(japanese.surface)
                for variant in Self.compoundSpellings(english.surface, tokens, optional: optional, glossed: glossed) {
                    guard variant.added.allSatisfy(glossed.contains) else { continue }
                    let (c, s) = composition(variant.words, optional: variant.optional, hasOf: hasOf, personName: personName, japanese.surface)
                    if c > coverage { coverage = c; signal = s }
                }
            }
            // The same number inside both terms (安保関連3文書, three security documents) is an
            // anchor no chance match shares: with most of the pair explained, the rest (関連
            // "related") is what one language leaves implied.
            // The number alone anchors nothing, though: Article 6 ⇔ 第6 shares only it, so a word
            // besides the number must be explained as well.
            let numbers = TermNumbers.japanese(japanese.key)
            if coverage >= 0.5, !numbers.all.isEmpty, TermNumbers.english(english.surface).all == numbers.all {
                let named = englishWords.indices.filter { TermNumbers.value(ofEnglishWord: englishWords[$0]) == nil }
                let explained = composition(named.map { englishWords[$0] }, optional: named.map { optional[$0] }, hasOf: hasOf,
                                            personName: personName, japanese.surface).0
                if explained > 0 { coverage = max(coverage, 0.9) }
            }
            if coverage > 0 { offer(coverage, signal) }
        }
        // A Korean or Chinese name is written in kanji, with its reading in brackets at first
        // mention (尹錫悦（ユン・ソンニョル）). English romanizes the same name by other
        // conventions (Yoon Suk Yeol: ソンニョル is no "Suk Yeol"), so the whole reading seldom
        // spells the whole name, but the family name is spelled alike. So a kanji name of two to
        // four characters whose bracketed reading has two parts is the English name of two or
        // three words (family name first, as English writes these names) when the first part
        // spells the first word and the second part starts with the given name's first sound.
        if best?.strength ?? 0 < 0.9, english.isName, (2...3).contains(tokens.count),
           tokens.allSatisfy({ $0.raw.allSatisfy(\.isLetter) }), (2...4).contains(japanese.surface.count),
           japanese.surface.unicodeScalars.allSatisfy({ ScriptClass.of($0) == .kanji }) {
            for reading in japaneseAliases {
                let parts = reading.split(whereSeparator: { $0.unicodeScalars.contains(where: Japanese.nameJoiners.contains) })
                guard parts.count == 2, let family = Transliteration.katakanaToLatin(String(parts[0])).map(Transliteration.skeleton),
                      let given = Transliteration.katakanaToLatin(String(parts[1])).map(Transliteration.skeleton) else { continue }
                let englishFamily = Transliteration.skeleton(tokens[0].raw), englishGiven = Transliteration.skeleton(tokens[1].raw)
                if !family.isEmpty, family == englishFamily, let first = given.first, first == englishGiven.first {
                    offer(0.9, "transliteration")
                }
            }
        }
        // Japanese writes a Chinese person's name in kanji and English in pinyin (習近平 Xi
        // Jinping, 張軍 Zhang Jun): a kanji name of two to four characters whose Mandarin
        // reading spells the whole English name of two or three words, syllable for syllable.
        if best?.strength ?? 0 < 0.9, english.isName, (2...3).contains(tokens.count),
           tokens.allSatisfy({ $0.raw.allSatisfy(\.isLetter) }),
           Self.readsAsPinyin(japanese.surface, spelling: tokens.map(\.raw).joined()) {
            offer(0.9, "transliteration")
        }
        // A Chinese place is one word in pinyin (旅順 Lushun, 遼寧 Liaoning, 山東 Shandong): a kanji
        // name of two to four characters read syllable by syllable as a capitalised word that
        // is no English word.
        if best?.strength ?? 0 < 0.9, english.isName, tokens.count == 1, tokens[0].raw.allSatisfy(\.isLetter),
           tokens[0].raw.count >= 4, !memo.isEnglishWord(tokens[0].raw, lexicon: lexicon),
           Self.readsAsPinyin(japanese.surface, spelling: tokens[0].raw) {
            offer(0.9, "transliteration")
        }
        // Japanese writes a place name with its administrative division where English leaves it
        // implied (メリーランド州 for Maryland, 青森県 for Aomori): a name explained without the
        // division is explained with it.
        if best?.strength ?? 0 < 0.9, english.isName, japanese.parts.count >= 2, let division = japanese.parts.last,
           Self.administrativeDivisions.contains(division),
           let found = sureMatch(english, japanese, without: division, englishAliases: englishAliases) {
            offer(found.strength, found.signal)
        }
        // English writes a Japanese name of several pieces as one romaji word (池田屋 Ikedaya,
        // 兵部卿 Hyobukyo): a word no gloss uses that the pieces' readings spell together.
        if best?.strength ?? 0 < 0.9, tokens.count == 1, spellsInRomaji(tokens[0].raw, japanese.surface) {
            offer(0.9, "transliteration")
        }
        // An English nationality noun names the people with the country (the Germans, a
        // Japanese): Japanese adds 人 "person" to the country (ドイツ人, 日本人), which the
        // demonym already says.
        if best?.strength ?? 0 < 0.9, tokens.count == 1, EnglishTermBoundaries.demonyms.contains(tokens[0].raw),
           japanese.surface.hasSuffix("人"), japanese.surface.count >= 3,
           let found = sureMatch(english, japanese, without: "人", englishAliases: englishAliases) {
            offer(found.strength, found.signal)
        }
        return best
    }

    /// The evidence of a whole dictionary entry: 1 when a gloss has the English words, 0.95 when
    /// it has them without the optional ones, or with a "Japan" or (where `bodyMayBeImplied`) an
    /// opening body the English leaves implied (`impliesOpeningBody`).
    func wholeEntryStrength(_ englishWords: [String], optional: [Bool], _ japanese: String, bodyMayBeImplied: Bool = true) -> Double? {
        guard let glosses = dictionaryGlosses(of: japanese) else { return nil }
        let required = zip(englishWords, optional).filter { !$0.1 }.map(\.0)
        // Word order aside: "Secretary of Defense" glosses "Defense Secretary".
        let all = englishWords.sorted(), needed = required.sorted()
        var best: Double?
        for gloss in glosses {
            let words = sortedCoverageWords(gloss)
            if words == all { return 1 }
            if words == needed, !needed.isEmpty { best = 0.95 }
            // The gloss may name the country the English leaves implied: 航空自衛隊
            // "Japan Air Self-Defense Force" for "the Air Self-Defense Force".
            // Not where the Japanese writes Japan out as 日 among other countries (日米).
            if words.contains("japan"), !all.contains("japan"), words.filter({ $0 != "japan" }) == all,
               countryReading(japanese) == nil {
                best = 0.95
            }
            if best == nil, bodyMayBeImplied, words.count > all.count, countryReading(japanese) == nil,
               impliesOpeningBody(gloss: words, english: all, japanese) { best = 0.95 }
        }
        return best
    }

    /// Japanese names a body's organ with the body's short name in front (国連総会, 国連安保理,
    /// 米軍) where English, once the body is clear, leaves it out ("the General Assembly", "the
    /// armed forces"). So a gloss that has the English words plus a country or body spelled out
    /// (`initialismGlosses`: "United Nations" in "United Nations General Assembly") is the English
    /// with the body implied, when the Japanese opens with a word the dictionary glosses as that
    /// body (国連 "United Nations"). Not for a sequence of countries (米韓 "United States and
    /// South Korea" is both countries, not South Korea's organ).
    func impliesOpeningBody(gloss words: [String], english all: [String], _ japanese: String) -> Bool {
        var extra = words
        for word in all {
            guard let index = extra.firstIndex(of: word) else { return false }
            extra.remove(at: index)
        }
        let body = Set(extra)
        guard body.count == extra.count, Self.initialismGlosses.contains(where: { $0.key == extra.first && extra.count == 1 || $0.value.contains(body) }) else { return false }
        let characters = Array(japanese)
        for length in 1..<characters.count {
            let prefix = String(characters[..<length])
            if dictionaryGlosses(of: prefix)?.contains(where: { Set(sortedCoverageWords($0)) == body }) == true { return true }
        }
        return false
    }

    /// The evidence for the pair with a suffix the English leaves implied dropped from the
    /// Japanese (青森県 without 県, ドイツ人 without 人), when it is sure (0.9 or more).
    func sureMatch(_ english: TermCandidate, _ japanese: TermCandidate, without suffix: String, englishAliases: [String]) -> Match? {
        var shorter = japanese
        shorter.surface = String(japanese.surface.dropLast(suffix.count))
        if shorter.parts.last == suffix { shorter.parts.removeLast() } else { shorter.parts = [shorter.surface] }
        shorter.key = JapaneseCandidateExtractor.key(of: shorter.surface)
        guard let found = match(english: english, japanese: shorter, englishAliases: englishAliases), found.strength >= 0.9 else { return nil }
        return found
    }

    /// A particle phrase (最大の戦略的挑戦) is narration far more often than a term, and a longer
    /// wrong phrase must never outbid a word pair (非核化 ⇔ denuclearization). So it is explained
    /// only for an English phrase of two words or more, and only when composition explains by
    /// each joined word an English word no other joined word explains (in 北朝鮮の朝鮮(中央通信)
    /// "North Korea" is all 北朝鮮's). The strength is the composition of all of them together;
    /// `modifierWords` are the English words (lower-cased) only the first joined word explains.
    func phraseExplanation(english: TermCandidate, japanese: TermCandidate) -> (strength: Double, modifierWords: [String])? {
        let tokens = Self.coverageTokens(english.surface)
        guard tokens.count >= 2, japanese.isPhrase else { return nil }
        let words = tokens.map(\.word)
        let optional = optionalWords(tokens, english: english, japanese: japanese.surface)
        let hasOf = english.surface.contains(" of ")
        var pieces: [Piece] = []
        var explained: [Set<Int>] = []
        for (index, part) in japanese.phraseParts.enumerated() {
            // Each word as the best of its readings (whole entry, split into parts, countries).
            var scored = readings(part).map { (composition(words, optional: optional, hasOf: hasOf, $0).0, $0) }
            // A name only as a modifier: the head of the phrase must be glossed (…の戦い,
            // …の変); a name after の is apposition or possession (参事の大山綱良), no term.
            if index < japanese.phraseParts.count - 1, let named = namePiece(part, in: english.surface) {
                scored.append((composition(words, optional: optional, hasOf: hasOf, [named]).0, [named]))
            }
            guard let best = scored.max(by: { $0.0 < $1.0 }), best.0 > 0 else { return nil }
            pieces += best.1
            explained.append(Set(words.indices.filter { composition([words[$0]], optional: [false], best.1).0 > 0 }))
        }
        var own: [Set<Int>] = []
        for (index, set) in explained.enumerated() {
            let others = explained.enumerated().filter { $0.offset != index }.reduce(into: Set<Int>()) { $0.formUnion($1.element) }
            own.append(set.subtracting(others))
            if own[index].isEmpty { return nil }
        }
        let (strength, _) = composition(words, optional: optional, hasOf: hasOf, pieces)
        guard strength > 0 else { return nil }
        return (strength, own[0].sorted().map { tokens[$0].raw })
    }

    /// Whether every word of an English surface is a name's word rather than an English word
    /// the dictionary glosses with (Bunei, Hatamaki-toge; not Spirit).
    func isProperName(_ english: String) -> Bool {
        let words = english.split(whereSeparator: { $0 == " " || $0 == "-" })
        return !words.isEmpty && words.allSatisfy { !memo.isEnglishWord($0.lowercased(), lexicon: lexicon) }
    }

    /// A name joined by a particle (旗巻峠 in 旗巻峠の戦い "Battle of Hatamaki-toge", 文永 in
    /// 文永の役 "Bunei War") is read, not glossed: the piece the capitalised English words stand
    /// for when they are a sure match of it (reading, romaji, dictionary; 0.9 or more), so the
    /// rest of the phrase is explained as usual. The longest such run of one to three words.
    func namePiece(_ part: String, in englishSurface: String) -> Piece? {
        let words = englishSurface.split(separator: " ").map(String.init)
        let japanese = TermCandidate(surface: part, key: JapaneseCandidateExtractor.key(of: part), units: 0..<1, parts: [part], isName: false)
        for width in stride(from: min(3, words.count), through: 1, by: -1) {
            for start in 0...(words.count - width) {
                let span = words[start..<(start + width)]
                guard span.allSatisfy({ $0.first?.isUppercase ?? false }) else { continue }
                let surface = span.joined(separator: " ")
                let coverage = Self.coverageWords(surface)
                guard !coverage.isEmpty else { continue }
                let english = TermCandidate(surface: surface, key: EnglishCandidateExtractor.key(of: surface), units: 0..<width, parts: coverage, isName: true)
                if let found = match(english: english, japanese: japanese), found.strength >= 0.9 {
                    return Piece(length: part.unicodeScalars.count, glosses: [coverage], glossWords: Set(coverage), skeleton: nil, latin: nil)
                }
            }
        }
        return nil
    }

    /// Whether the Japanese explains every English word (the optional ones aside), each by itself.
    public func explainsEveryWord(english: TermCandidate, japanese: TermCandidate) -> Bool {
        let tokens = Self.coverageTokens(english.surface)
        let optional = optionalWords(tokens, english: english, japanese: japanese.surface)
        return zip(tokens, optional).allSatisfy { token, isOptional in
            isOptional || composition([token.word], optional: [false], japanese.surface).0 > 0
        }
    }

    /// Whether the Japanese explains the English phrase's head, its last word.
    public func explainsHead(english: TermCandidate, japanese: TermCandidate) -> Bool {
        guard let head = Self.coverageTokens(english.surface).last else { return false }
        return composition([head.word], optional: [false], japanese.surface).0 > 0
    }

    /// Suffixes of Japanese place names for administrative divisions (state, prefecture, city,
    /// town, village, ward), which English drops after a well-known name.
    static let administrativeDivisions: Set<String> = ["州", "県", "市", "町", "村", "区"]

    /// English words as coverage compares them: hyphen parts split, periods of initialisms
    /// dropped, stemmed; "U.S." stays "us".
    static func coverageWords(_ phrase: String) -> [String] {
        coverageTokens(phrase).map(\.word)
    }

    /// `coverageTokens`, computed once per surface.
    func cachedTokens(_ surface: String) -> [(word: String, raw: String)] {
        if let hit = memo.tokens.withLock({ $0[surface] }) { return hit }
        let tokens = Self.coverageTokens(surface)
        memo.tokens.withLock { $0[surface] = tokens }
        return tokens
    }

    /// A gloss's coverage words, sorted, computed once per gloss.
    func sortedCoverageWords(_ gloss: String) -> [String] {
        if let hit = memo.sortedGlossWords.withLock({ $0[gloss] }) { return hit }
        let words = Self.coverageWords(gloss).sorted()
        memo.sortedGlossWords.withLock { $0[gloss] = words }
        return words
    }

    /// Coverage words with the lower-cased word they come from; a spelled-out initialism
    /// ("United States") is one word (see `spelledOutInitialisms`).
    static func coverageTokens(_ phrase: String) -> [(word: String, raw: String)] {
        let tokens = phrase.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" }).compactMap { word -> (word: String, raw: String)? in
            guard let key = coverageKey(String(word)) else { return nil }
            return (key, word.lowercased())
        }
        guard tokens.count >= 2, tokens.contains(where: { $0.word == "unit" }) else { return tokens }
        var folded: [(word: String, raw: String)] = []
        var index = 0
        while index < tokens.count {
            if index + 1 < tokens.count, tokens[index].word == "unit", let initialism = spelledOutInitialisms[tokens[index + 1].word] {
                folded.append((initialism, tokens[index].raw + " " + tokens[index + 1].raw))
                index += 2
            } else {
                folded.append(tokens[index])
                index += 1
            }
        }
        return folded
    }

    /// English names a country or body in full or by its initialism (United States, U.S.), and
    /// a dictionary glosses either: 米国 is "America; USA", 国連 "United Nations; UN". "United"
    /// and the word after it fold into the initialism's key, on both sides of the comparison.
    static let spelledOutInitialisms: [String: String] = ["stat": "us", "nation": "un", "kingdom": "britain"]

    /// English writes one compound closed, hyphenated or open (antisubmarine, anti-submarine;
    /// cyberspace, cyber space), and a dictionary glosses only one of the spellings: 対潜水艦 is
    /// "antisubmarine", サイバー + 空間 "cyber" + "space". The other spellings of the candidate's
    /// words: each hyphenated word joined into one, and each closed word of eight letters or more
    /// split in two (both halves three letters or more) after a word of `glossed`. `added` are the words a spelling brings
    /// in, which the Japanese must explain for the spelling to count.
    static func compoundSpellings(_ surface: String, _ tokens: [(word: String, raw: String)], optional: [Bool],
                                  glossed: Set<String>) -> [(words: [String], optional: [Bool], added: [String])] {
        var spellings: [(words: [String], optional: [Bool], added: [String])] = []
        let words = tokens.map(\.word)
        // Two neighbouring tokens written as one hyphenated word of letters (anti-submarine).
        let hyphenated = Set(surface.split(separator: " ").compactMap { word -> String? in
            let parts = word.lowercased().split(separator: "-")
            return parts.count == 2 && parts.allSatisfy({ $0.count >= 2 && $0.allSatisfy(\.isLetter) }) ? parts.joined(separator: "-") : nil
        })
        for index in tokens.indices.dropLast() where hyphenated.contains(tokens[index].raw + "-" + tokens[index + 1].raw) {
            guard let joined = coverageKey(tokens[index].raw + tokens[index + 1].raw) else { continue }
            spellings.append((Array(words[..<index]) + [joined] + Array(words[(index + 2)...]),
                              Array(optional[..<index]) + [false] + Array(optional[(index + 2)...]), [joined]))
        }
        for (index, token) in tokens.enumerated() where token.raw.count >= 8 && token.raw.allSatisfy({ $0.isLetter && $0.isLowercase }) {
            let letters = Array(token.raw)
            // Only cuts just after a gloss word (a stem: "spac" for space) can give a first half
            // the Japanese glosses; trying every cut costs a stemming each.
            var cuts: Set<Int> = []
            for word in glossed where word.count >= 3 && token.raw.hasPrefix(word) {
                for cut in word.count...(word.count + 2) where cut <= letters.count - 3 { cuts.insert(cut) }
            }
            for cut in cuts.sorted() {
                guard let first = coverageKey(String(letters[..<cut])), let second = coverageKey(String(letters[cut...])) else { continue }
                spellings.append((Array(words[..<index]) + [first, second] + Array(words[(index + 1)...]),
                                  Array(optional[..<index]) + [false, false] + Array(optional[(index + 1)...]), [first, second]))
            }
        }
        return spellings
    }

    /// The gloss words of every piece of every reading of the Japanese, as written (no
    /// derivations: a compound's other spelling must be made of words of their own).
    func glossWords(_ japanese: String) -> Set<String> {
        if let hit = memo.glossWords.withLock({ $0[japanese] }) { return hit }
        let words = readings(japanese).reduce(into: Set<String>()) { words, reading in for piece in reading { words.formUnion(piece.glossWords) } }
        memo.glossWords.withLock { $0[japanese] = words }
        return words
    }

    /// Whether a kanji form of two to four characters reads in Mandarin, one syllable a
    /// character, as `letters` (the English name's letters, lower-cased, nothing between them):
    /// 張軍 "zhang jun" for Zhang Jun.
    static func readsAsPinyin(_ japanese: String, spelling letters: String) -> Bool {
        guard (2...4).contains(japanese.count), japanese.unicodeScalars.allSatisfy({ ScriptClass.of($0) == .kanji }),
              let pinyin = Transliteration.hanToPinyin(japanese) else { return false }
        return pinyin.split(separator: " ").count == japanese.count && pinyin.filter(\.isLetter) == letters
    }

    /// English words a Japanese rendering may leave unsaid: "Japan" in the name of a Japanese
    /// body (防衛省 is Japan's Defense Ministry), and the given names of a foreign person whose
    /// surname alone is written in katakana (バイデン for Joe Biden), as Japanese news does.
    func optionalWords(_ tokens: [(word: String, raw: String)], english: TermCandidate, japanese: String) -> [Bool] {
        // A sequence of country abbreviations (日米, 日韓) names Japan outright: nothing implied.
        let namesCountries = countryReading(japanese) != nil
        var optional = tokens.map { $0.raw == "japan" && !namesCountries }
        // Japanese names a news agency by its news alone: 朝鮮中央通信 Korean Central News Agency,
        // 共同通信 Kyodo News (agency), 聯合ニュース Yonhap News Agency.
        for index in tokens.indices.dropFirst() where english.isName && tokens[index].raw == "agency" && tokens[index - 1].raw == "news" {
            optional[index] = true
        }
        let kanaOnly = japanese.unicodeScalars.allSatisfy { ScriptClass.of($0) == .katakana || Japanese.nameJoiners.contains($0) }
        // Given names are names, not words the dictionary glosses ("Defense Ministry" is no person).
        if kanaOnly, english.isName, (2...3).contains(tokens.count), tokens.allSatisfy({ $0.raw.allSatisfy(\.isLetter) }),
           !tokens.dropLast().contains(where: { memo.isEnglishWord($0.raw, lexicon: lexicon) }) {
            for index in 0..<(tokens.count - 1) { optional[index] = true }
        }
        return optional
    }

    static func coverageKey(_ word: String) -> String? {
        do {
            var w = word
            for suffix in ["'s", "\u{2019}s"] where w.hasSuffix(suffix) && w.count > 2 { w.removeLast(2) }
            var lower = w.lowercased()
            lower = britishSpellings[lower] ?? lower
            if lower.hasSuffix("isation") { lower = String(lower.dropLast(7)) + "ization" }
            if lower == "of" || lower == "the" || lower == "and" { return nil }
            if w.contains(where: \.isNumber) { return EnglishWordForms.foldLatin(w) }
            if lower.contains(Character(".")) { return canonicalPlace[lower.filter(\.isLetter)] ?? lower.filter(\.isLetter) }
            let stem = EnglishWordForms.stem(lower)
            return stem.isEmpty ? nil : canonicalPlace[stem] ?? stem
        }
    }

    /// British spellings folded to American ones, since dictionary glosses and news use both.
    static let britishSpellings: [String: String] = [
        "defence": "defense", "offence": "offense", "licence": "license", "programme": "program",
        "centre": "center", "harbour": "harbor", "labour": "labor", "honour": "honor", "armour": "armor",
        "armoured": "armored", "favour": "favor", "behaviour": "behavior", "neighbour": "neighbor",
        "colour": "color", "rumour": "rumor", "endeavour": "endeavor", "metre": "meter", "kilometre": "kilometer",
        "calibre": "caliber", "theatre": "theater", "manoeuvre": "maneuver", "manoeuvres": "maneuvers",
        "criticise": "criticize", "recognise": "recognize", "organise": "organize", "authorise": "authorize",
    ]

    /// Whether one English stem is a derivation of the other by a short suffix: "national" of
    /// "nation", "strategic" of "strategy" (stem "strateg"), "militarily" of "military". Both must
    /// share at least five letters, so short words never meet by accident. Agent nouns are no
    /// derivations here (fighter of fight).
    static func isDerivation(_ a: String, of b: String) -> Bool {
        // Both must open with the same five letters: compared first on the bytes, since
        // composition asks this for every English word against every gloss word.
        guard a.utf8.prefix(4).elementsEqual(b.utf8.prefix(4)) else { return false }
        guard a != b else { return false }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        let stem = short.hasSuffix("y") ? String(short.dropLast()) : short
        guard stem.count >= 5, long.count - stem.count <= 3, long.hasPrefix(stem) else { return false }
        // An agent noun names another thing than its verb (fighter is a jet, not a fight;
        // supporter, supplier, controller), so -er and -or derive no word of the same meaning.
        // (Comparatives fall under this too: greater is no derivation of great here.)
        return !Self.isAgentNoun(long, of: short)
    }

    /// Whether `long` is `short` + -er/-or, spelled as English spells it: support → supporter,
    /// supply → supplier, control → controller, manage → manager.
    static func isAgentNoun(_ long: String, of short: String) -> Bool {
        guard let last = short.last, long.count > short.count else { return false }
        let forms = [short + "er", short + "or", short + "r", short + String(last) + "er"]
            + (short.hasSuffix("y") ? [String(short.dropLast()) + "ier"] : [])
        return forms.contains(long)
    }

    /// Country adjectives and alternative country names folded to one form (stems), because
    /// Japanese writes both with the same character (日 Japan/Japanese, 米 America/U.S./American,
    /// 韓 South Korea/South Korean) and dictionary glosses use either.
    static let canonicalPlace: [String: String] = [
        "japanes": "japan", "american": "us", "america": "us", "usa": "us",
        "korean": "korea", "chines": "china", "russian": "russia", "british": "britain", "uk": "britain",
        "australian": "australia", "indian": "india", "french": "franc", "german": "germany",
        "taiwanes": "taiwan", "ukrainian": "ukrain", "european": "europ", "philippin": "philippines",
        "filipino": "philippines", "vietnames": "vietnam", "canadian": "canada", "soviet": "ussr",
    ]

    /// English words that name a country or body by an initialism, with the gloss words that
    /// spell it out. A gloss must hold every word of one spelling: 国連 "United Nations" is the
    /// U.N., but 程 "the state of" is no "U.S." and 団結 "unity" no "U.N.".
    static let initialismGlosses: [String: [Set<String>]] = [
        "us": [["unit", "stat"]],
        "un": [["unit", "nation"], ["un"]],
        "uk": [["britain"], ["british"], ["unit", "kingdom"], ["uk"]],
        "eu": [["europ", "union"], ["eu"]],
    ]

    /// The gloss words that spell out one of the initialisms among the English words.
    static func initialismWords(_ englishWords: [String], in gloss: Set<String>) -> Set<String> {
        var words: Set<String> = []
        for word in englishWords {
            for spelling in initialismGlosses[word] ?? [] where spelling.isSubset(of: gloss) { words.formUnion(spelling) }
        }
        return words
    }

    /// The share of the pair both sides explain: English words matched by a dictionary piece,
    /// a transliterated katakana piece or a Latin piece of the Japanese, times the share of
    /// Japanese characters in pieces that matched.
    func composition(_ englishWords: [String], optional: [Bool], hasOf: Bool = false, personName: Bool = false, _ japanese: String) -> (Double, String) {
        // A long entry whose gloss words differ (共同声明 "joint declaration") may still be
        // explained by its parts (共同 "joint" + 声明 "statement"); a sequence of country
        // abbreviations (日米韓) by the countries. The best reading wins.
        var best: (Double, String) = (0, "")
        for reading in readings(japanese) {
            let found = composition(englishWords, optional: optional, hasOf: hasOf, personName: personName, reading)
            if found.0 > best.0 || best.1.isEmpty && found.0 == best.0 { best = found }
        }
        return best
    }

    /// The segmentations `composition` compares: the whole-entry reading, the one split into
    /// shorter entries, and the one reading each country abbreviation of a sequence (日米韓,
    /// 日中) as its country.
    func readings(_ japanese: String) -> [[Piece]] {
        let (whole, split) = cachedPieces(japanese)
        return [whole] + (split.map { [$0] } ?? []) + (countryReading(japanese).map { [$0] } ?? [])
    }

    /// The pieces with every run of two or more country abbreviations (日米韓 in 日米韓連携) cut
    /// into one piece per country, glossed by `JapaneseTermAffixes.countryAbbreviations`; nil when
    /// there is no such run. It is a reading beside the dictionary's (日中 is also "daytime").
    func countryReading(_ japanese: String) -> [Piece]? {
        let characters = Array(japanese)
        var runs: [Range<Int>] = []
        var index = 0
        while index < characters.count {
            var end = index
            while end < characters.count, JapaneseTermAffixes.countryAbbreviations[characters[end]] != nil { end += 1 }
            if end - index >= 2 { runs.append(index..<end) }
            index = max(end, index + 1)
        }
        guard !runs.isEmpty else { return nil }
        var pieces: [Piece] = []
        var position = 0
        func rest(_ upTo: Int) {
            if upTo > position { pieces += self.pieces(of: String(characters[position..<upTo]), longest: 12) }
        }
        for run in runs {
            rest(run.lowerBound)
            for character in characters[run] {
                let glossList = JapaneseTermAffixes.countryAbbreviations[character]!.map(Self.coverageWords)
                pieces.append(Piece(length: String(character).unicodeScalars.count, glosses: glossList,
                                    glossWords: Set(glossList.joined()), skeleton: nil, latin: nil))
            }
            position = run.upperBound
        }
        rest(characters.count)
        return pieces
    }

    func composition(_ englishWords: [String], optional: [Bool], hasOf: Bool = false, personName: Bool = false, _ pieces: [Piece]) -> (Double, String) {
        guard !englishWords.isEmpty else { return (0, "") }
        // A learned pair is evidence for the longer terms built on it, not for itself again.
        if pieces.count == 1, pieces[0].learnedOnly { return (0, "") }
        let totalJapanese = pieces.reduce(0) { $0 + $1.length }
        guard totalJapanese > 0 else { return (0, "") }
        var coveredEnglish = Array(repeating: false, count: englishWords.count)
        // The first Japanese piece that explains each English word, to see whether the order holds.
        var pieceOf = Array(repeating: -1, count: englishWords.count)
        var usedPieces = Array(repeating: 0.0, count: pieces.count)
        var signals: Set<String> = []
        // Built once per call: the loops below ask for every gloss of every piece.
        let englishSet = Set(englishWords)
        let hasInitialism = englishWords.contains { Self.initialismGlosses[$0] != nil }
        for (p, piece) in pieces.enumerated() {
            // A katakana piece that spells English words by sound stands for those words: its
            // gloss does not explain others besides (アラート "alert; warning" is J-Alert, not
            // J-Alert warning).
            let sound = piece.skeleton.flatMap { $0.count >= 2 ? Self.soundSpan($0, englishWords) : nil }
            for (w, word) in englishWords.enumerated() {
                if let sound, !sound.contains(w) { continue }
                var hit = piece.glossWords.contains(word) || piece.glossWords.contains { Self.isDerivation(word, of: $0) }
                if !hit, Self.initialismGlosses[word] != nil {
                    hit = piece.glosses.contains { !Self.initialismWords([word], in: Set($0)).isEmpty }
                }
                if hit { signals.insert("dictionary") }
                if !hit, let latin = piece.latin, latin == word || TermNumbers.sameNumber(word, latin) { hit = true; signals.insert("latin") }
                if hit {
                    coveredEnglish[w] = true
                    if pieceOf[w] < 0 { pieceOf[w] = p }
                }
            }
            // A piece counts by how much of its best gloss the English words account for, so
            // 南シナ海 "South China Sea" is not explained by "China" alone.
            for gloss in piece.glosses where !gloss.isEmpty {
                let present = hasInitialism ? englishSet.union(Self.initialismWords(englishWords, in: Set(gloss))) : englishSet
                let matched = gloss.filter { g in present.contains(g) || present.contains { Self.isDerivation($0, of: g) } }
                let share = Double(matched.count) / Double(gloss.count)
                usedPieces[p] = max(usedPieces[p], share)
            }
            if usedPieces[p] == 0, let latin = piece.latin, englishWords.contains(where: { $0 == latin || TermNumbers.sameNumber($0, latin) }) {
                usedPieces[p] = 1
            }
            // A katakana piece may spell one English word or several (ニューヨーク = New York).
            if let sound {
                for w in sound {
                    coveredEnglish[w] = true
                    if pieceOf[w] < 0 { pieceOf[w] = p }
                }
                usedPieces[p] = 1
                signals.insert("transliteration")
            }
        }
        var englishTotal = 0
        var englishCovered = 0
        for w in englishWords.indices {
            if !coveredEnglish[w], optional[w] { continue }
            englishTotal += 1
            if coveredEnglish[w] { englishCovered += 1 }
        }
        guard englishTotal > 0, englishCovered > 0 else { return (0, "") }
        let japaneseCovered = zip(pieces, usedPieces).reduce(0.0) { $0 + Double($1.0.length) * $1.1 }
        var score = Double(englishCovered) / Double(englishTotal) * japaneseCovered / Double(totalJapanese)
        // English and Japanese compound nouns are both head-final, so a compound's translation
        // keeps the order of its parts (National Security Strategy = 国家 安全保障 戦略). Parts in
        // crossed order are two phrases side by side — a title and a name (Prime Minister Fumio
        // Kishida = 岸田文雄 首相) — not one term; "of" phrases invert by nature and are exempt.
        // A person's name inverts too: Japanese writes the family name first (松野博一 for
        // Hirokazu Matsuno).
        // A number sits where each language puts it (Article 5 = 第5条), so it has no order.
        let order = pieceOf.indices.filter { pieceOf[$0] >= 0 && TermNumbers.value(ofEnglishWord: englishWords[$0]) == nil }.map { pieceOf[$0] }
        if !hasOf, !personName, zip(order, order.dropFirst()).contains(where: { $0 > $1 }) { score *= 0.6 }
        let signal = signals.count > 1 || usedPieces.filter({ $0 > 0 }).count > 1 ? "composition" : (signals.first ?? "dictionary")
        return (score, signal)
    }

    /// The Japanese split into pieces: longest dictionary headword first, katakana runs and
    /// Latin runs kept whole; the middle dot is not counted.
    func pieces(of japanese: String, longest: Int) -> [Piece] {
        let scalars = Array(japanese.unicodeScalars)
        var pieces: [Piece] = []
        var i = 0
        while i < scalars.count {
            let script = ScriptClass.of(scalars[i])
            if Japanese.nameJoiners.contains(scalars[i]) { i += 1; continue }
            // 第 and its number are one piece, the ordinal (第12 = 12th).
            let ordinal = scalars[i] == "第" && i + 1 < scalars.count && ScriptClass.of(scalars[i + 1]) == .digit
            if script == .latin || script == .digit || ordinal {
                var j = ordinal ? i + 1 : i
                while j < scalars.count, [.latin, .digit].contains(ScriptClass.of(scalars[j])) || scalars[j] == "-" { j += 1 }
                let text = String(String.UnicodeScalarView(scalars[(ordinal ? i + 1 : i)..<j]))
                pieces.append(Piece(length: j - i, glosses: [], glossWords: [], skeleton: nil, latin: EnglishWordForms.foldLatin(text)))
                i = j
                continue
            }
            // A katakana run is one piece, read as sound and looked up whole.
            if script == .katakana {
                var j = i
                while j < scalars.count, ScriptClass.of(scalars[j]) == .katakana { j += 1 }
                let run = String(String.UnicodeScalarView(scalars[i..<j]))
                let glossList = (glosses(of: run) ?? []).map(Self.coverageWords)
                let skeleton = Transliteration.katakanaToLatin(run).map(Transliteration.skeleton)
                pieces.append(Piece(length: j - i, glosses: glossList, glossWords: Set(glossList.joined()), skeleton: skeleton, latin: nil))
                i = j
                continue
            }
            // Otherwise the longest dictionary headword.
            var matched = 0
            var glossList: [[String]] = []
            var learnedOnly = false
            do {
                var length = min(longest, scalars.count - i)
                while length >= 1 {
                    let candidate = String(String.UnicodeScalarView(scalars[i..<(i + length)]))
                    if let found = glosses(of: candidate) {
                        glossList = found.map(Self.coverageWords)
                        matched = length
                        learnedOnly = dictionaryGlosses(of: candidate) == nil
                        break
                    }
                    length -= 1
                }
            }
            if matched == 0 {
                pieces.append(Piece(length: 1, glosses: [], glossWords: [], skeleton: nil, latin: nil))
                i += 1
            } else {
                pieces.append(Piece(length: matched, glosses: glossList, glossWords: Set(glossList.joined()),
                                    learnedOnly: learnedOnly, skeleton: nil, latin: nil))
                i += matched
            }
        }
        return pieces
    }

    /// The two segmentations `composition` compares, computed once per Japanese form: pairing
    /// asks about the same form against every English candidate of its segment.
    func cachedPieces(_ japanese: String) -> ([Piece], [Piece]?) {
        if let hit = memo.pieces.withLock({ $0[japanese] }) { return hit }
        let whole = pieces(of: japanese, longest: 12)
        let longest = whole.map(\.length).max() ?? 0
        let result = (whole, longest > 1 ? pieces(of: japanese, longest: longest - 1) : nil)
        memo.pieces.withLock { $0[japanese] = result }
        return result
    }

    /// The pieces of a Japanese form with their glosses, for debugging.
    public func debugPieces(_ japanese: String) -> String {
        pieces(of: japanese, longest: 12).map { "\($0.length):\($0.glosses)" }.joined(separator: " ")
    }

    /// The digits at the end of a form ("Hwasong-17" → "17", "火星17" → "17"), nil when none.
    static func trailingNumber(_ form: String) -> String? {
        let digits = String(form.reversed().prefix { $0.isASCII && $0.isNumber }.reversed())
        return digits.isEmpty ? nil : digits
    }

    /// Whether the dictionary knows the Japanese form as a word of its own.
    public func isDictionaryWord(_ japanese: String) -> Bool {
        lexicon?.glosses[japanese] != nil
    }

    /// Glosses from the dictionary with the headword's romaji readings (see `romajiReadings`),
    /// and the name readings, each also as English spells it (see `romanizations`).
    func dictionaryGlosses(of japanese: String) -> [String]? {
        var words = lexicon?.glosses[japanese]
        if lexicon?.readings[japanese] != nil {
            let romaji = romajiReadings(of: japanese)
            if !romaji.isEmpty { words = (words ?? []) + romaji }
        }
        guard names?.glosses[japanese] != nil else { return words }
        return (words ?? []) + nameReadings(of: japanese)
    }
    /// ENAMDICT's readings of a form, each also as English spells it (`romanizations`); made
    /// once per form, since the dictionary segmentation asks for every substring.
    func nameReadings(of japanese: String) -> [String] {
        if let hit = memo.nameReadings.withLock({ $0[japanese] }) { return hit }
        let readings = names?.glosses[japanese] ?? []
        var all = readings
        for reading in readings {
            for plain in Self.romanizations(reading) where !all.contains(plain) { all.append(plain) }
        }
        memo.nameReadings.withLock { $0[japanese] = all }
        return all
    }

    /// Whether a romaji word (lower-case, hyphens allowed) is the Japanese read piece by piece:
    /// the form split into pieces that each have a reading (EDICT kana romanised, ENAMDICT
    /// romaji), the readings joined in every combination (at most 256), each spelled as English
    /// writes it. Only kanji forms of two to six characters, and words no gloss uses.
    func spellsInRomaji(_ word: String, _ japanese: String) -> Bool {
        let letters = word.filter { $0 != "-" }
        let characters = Array(japanese)
        guard letters.count >= 4, letters.allSatisfy({ ("a"..."z").contains($0) }), (2...6).contains(characters.count),
              japanese.unicodeScalars.allSatisfy({ ScriptClass.of($0) == .kanji }),
              memo.entryCounts(lexicon)[letters, default: 0] < 3 else { return false }
        func readings(_ piece: String) -> [String] {
            var found = kanaRomanizations(of: piece)
            if names?.glosses[piece] != nil { found += nameReadings(of: piece) }
            return Array(Set(found.filter { !$0.isEmpty && $0.allSatisfy({ ("a"..."z").contains($0) }) }))
        }
        // spellings[i]: the ways characters[0..<i] can be read, as prefixes of the word only.
        var spellings: [[String]] = Array(repeating: [], count: characters.count + 1)
        spellings[0] = [""]
        for end in 1...characters.count {
            var here: Set<String> = []
            for start in 0..<end where !spellings[start].isEmpty {
                for reading in readings(String(characters[start..<end])) {
                    for prefix in spellings[start] {
                        let joined = prefix + reading
                        if letters.hasPrefix(joined) { here.insert(joined) }
                    }
                }
            }
            spellings[end] = Array(here.prefix(256))
        }
        return spellings[characters.count].contains(letters)
    }

    /// The headword's kana readings in romaji as English prose writes Japanese words (奉行
    /// "bugyo", 老中 "roju"), where English has no word of that spelling: a reading that is also
    /// an English gloss word of three entries or more (軍 "gun", 晩 "ban", 点 "ten") would meet
    /// English by chance; "kantei" (官邸), used once in a gloss, still counts.
    func romajiReadings(of japanese: String) -> [String] {
        if let hit = memo.romaji.withLock({ $0[japanese] }) { return hit }
        let counts = memo.entryCounts(lexicon)
        var found: [String] = []
        // A single kanji is a piece of compounds more than a word of its own, and its readings
        // are common syllables (糸 "ito", 中 "naka") that would meet English names by chance.
        guard japanese.unicodeScalars.count >= 2 else { return [] }
        for form in kanaRomanizations(of: japanese) where form.count >= 3 && counts[form, default: 0] < 3 && !found.contains(form) {
            found.append(form)
        }
        memo.romaji.withLock { $0[japanese] = found }
        return found
    }

    /// The EDICT kana readings of a headword in romaji, each spelled as English writes it
    /// (`romanizations`), letters a–z only.
    func kanaRomanizations(of japanese: String) -> [String] {
        var forms: [String] = []
        for reading in lexicon?.readings[japanese] ?? [] {
            // ICU writes ん before a vowel with an apostrophe (きんえん "kin'en"), which English drops.
            guard let latin = Transliteration.hiraganaToLatin(reading)?.filter({ $0 != "'" }) else { continue }
            // ぢ and づ come out as "dj" and "dz", which English never writes (it writes ji, zu).
            forms += Self.romanizations(latin).filter { form in
                form.allSatisfy({ ("a"..."z").contains($0) }) && !form.contains("dj") && !form.contains("dz")
            }
        }
        return forms
    }

    /// A romanised reading and the spellings English gives it: long vowels dropped (see
    /// `withoutLongVowels`), and n written m before b, m and p as traditional Hepburn does
    /// (権兵衛 "gonbei" is Gombei, 新聞 "shinbun" Shimbun).
    static func romanizations(_ reading: String) -> [String] {
        let plain = withoutLongVowels(reading)
        var forms = [reading]
        if plain != reading { forms.append(plain) }
        for form in forms where form.contains("nb") || form.contains("nm") || form.contains("np") {
            var scalars = Array(form.unicodeScalars)
            for index in scalars.indices.dropLast() where scalars[index] == "n" && ["b", "m", "p"].contains(scalars[index + 1]) {
                scalars[index] = "m"
            }
            let hepburn = String(String.UnicodeScalarView(scalars))
            if !forms.contains(hepburn) { forms.append(hepburn) }
        }
        return forms
    }

    /// A name reading as English prose writes it: Hepburn without macrons drops the long vowel
    /// (伊藤 Itō, ENAMDICT "itou", is Ito; 東條 "toujou" is Tojo; 大島 "ooshima" is Oshima), so
    /// ō/ou/oo become o, ū/uu u, and ā, ē, ī their short vowel. Only readings are folded, never
    /// English words or dictionary glosses, where "good" and "god" would meet; a reading whose
    /// ou is two syllables (井上 "inoue") keeps its own spelling beside the folded one.
    static func withoutLongVowels(_ reading: String) -> String {
        var out = String.UnicodeScalarView()
        // The last vowel written, after folding: a macron vowel counts as its short vowel, so
        // "ōu" is one o as "oou" is.
        var previous: Unicode.Scalar?
        for scalar in reading.unicodeScalars {
            let short: Unicode.Scalar
            switch scalar {
            case "ō": short = "o"
            case "ū": short = "u"
            case "ā": short = "a"
            case "ē": short = "e"
            case "ī": short = "i"
            default: short = scalar
            }
            let lengthens = (short == "u" && (previous == "o" || previous == "u")) || (short == "o" && previous == "o")
            if !lengthens {
                out.append(short)
                previous = short
            }
        }
        return String(out)
    }

    /// The first English words a katakana skeleton spells: from the first word that starts a
    /// match, the span spelled best, the longer on a tie. シルバーアロー spells "Silver Arrow", not
    /// just "Silver", but ミサイル spells "missile" and not "missile warning", whose skeleton
    /// (msrn) is merely close enough to pass.
    static func soundSpan(_ skeleton: String, _ englishWords: [String]) -> ClosedRange<Int>? {
        for start in englishWords.indices {
            var best: (end: Int, similarity: Double)?
            for end in (start..<min(englishWords.count, start + 3)).reversed() {
                let joined = Transliteration.skeleton(englishWords[start...end].joined())
                guard similar(joined, skeleton) else { continue }
                let similarity = similarity(joined, skeleton)
                if similarity > (best?.similarity ?? 0) { best = (end, similarity) }
            }
            if let end = best?.end { return start...end }
        }
        return nil
    }

    /// Dictionary glosses, name readings and learned English forms of a Japanese form.
    func glosses(of japanese: String) -> [String]? {
        let fromLexicon = dictionaryGlosses(of: japanese)
        guard let extra = learned[japanese] else { return fromLexicon }
        return (fromLexicon ?? []) + extra
    }

    /// Consonant skeletons close enough to be one name: a shared first letter and a longest
    /// common subsequence covering at least four fifths of both ("msr" missile never meets
    /// "mnstr" ministry).
    static func similar(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard x.count >= 2, y.count >= 2, x.first == y.first else { return false }
        // Two consonants say too little to be fuzzy about ("tk" Tokyo is no "tmk" トマホーク).
        if min(x.count, y.count) < 3 { return x == y }
        return similarity(a, b) >= 0.8
    }

    /// The share of two skeletons their longest common subsequence covers: 2·LCS / (|a| + |b|).
    static func similarity(_ a: String, _ b: String) -> Double {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 1...x.count {
            for j in 1...y.count {
                table[i][j] = x[i - 1] == y[j - 1] ? table[i - 1][j - 1] + 1 : max(table[i - 1][j], table[i][j - 1])
            }
        }
        let common = Double(table[x.count][y.count])
        return 2 * common / Double(x.count + y.count)
    }
}
