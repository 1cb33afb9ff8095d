import YakugoCore
import YakugoText

/// Finds English term candidates: the word n-grams inside noun-phrase runs.
///
/// A run is a stretch of words between boundaries: punctuation, function words, narration
/// verbs and "-ly" adverbs (`EnglishTermBoundaries`), bare numbers, and the end of a
/// possessive ("Japan's | Aomori Prefecture"). "of" stays inside a run only between two
/// capitalised words ("Sea of Japan", "Ministry of Defense"); "of the" after a title, event,
/// place or body ("Chief of the General Staff"), and "on"/"for" (with or without "the") after
/// the name of a body or document ("Imperial Rescript on Education"), stay inside it too. Every
/// n-gram of a run up to `maxWords` words that neither starts nor ends with such a joining word
/// is a candidate; termhood and
/// pairing decide which are terms, so nested terms (ballistic missile inside intermediate-range
/// ballistic missile) are found where they also occur alone.
public struct EnglishCandidateExtractor: Sendable {
    public var maxWords: Int
    /// Whether a lower-case word is an English word of the dictionary's glosses: a capitalised
    /// "-ly" word that is not one may be a name's word (Vassily); without a dictionary every
    /// "-ly" word is read as an adverb.
    public var isDictionaryWord: (@Sendable (String) -> Bool)?
    /// Whether a lower-case word is a common word of the glosses, not a name (delivery, not
    /// japan): a candidate capitalised only because it opens the sentence is lowered then.
    /// Without it, capitals stay as written.
    public var isCommonWord: (@Sendable (String) -> Bool)?

    public init(maxWords: Int = 6, isDictionaryWord: (@Sendable (String) -> Bool)? = nil, isCommonWord: (@Sendable (String) -> Bool)? = nil) {
        self.maxWords = maxWords
        self.isDictionaryWord = isDictionaryWord
        self.isCommonWord = isCommonWord
    }

    private struct Token {
        var text: String      // possessive dropped
        var lower: String
        var unit: Int
        var isCapitalized: Bool
        var isOf: Bool
        /// A number word or a bare number, which names one of a kind only inside a term.
        var isNumber = false
    }

    public func extract(_ sentence: String) -> SentenceCandidates {
        let units = Self.joiningHyphenatedInitialisms(WordTokenizer(language: .english).units(in: sentence))
        let numbers = units.contains { $0.script == .digit } ? NumberRecognizer.mentions(in: sentence, language: .english) : []
        var runs: [[Token]] = []
        var current: [Token] = []
        func close() {
            if !current.isEmpty { runs.append(current) }
            current = []
        }
        for (index, unit) in units.enumerated() {
            // A bare number closes a name's run: "Article 5", "Resolution 2397".
            if unit.script == .digit, let last = current.last, last.isCapitalized,
               numbers.contains(where: { $0.range == unit.range.start..<unit.range.end && $0.value.isBareNumber }) {
                current.append(Token(text: unit.text, lower: unit.text, unit: index, isCapitalized: false, isOf: false, isNumber: true))
                close()
                continue
            }
            // An initial's period inside a name keeps the run going: "George W. Bush", "N. Korean
            // missile". The letter takes the period; a sentence starter after it ends the run.
            if unit.text == ".", let last = current.last, last.text.count == 1, last.isCapitalized, last.unit == index - 1,
               units[index - 1].range.end == unit.range.start, index + 1 < units.count, units[index + 1].isWord,
               units[index + 1].text.first?.isUppercase == true,
               !English.sentenceStarters.contains(units[index + 1].text.lowercased()),
               !English.interjections.contains(units[index + 1].text.lowercased()) {
                current[current.count - 1].text += "."
                continue
            }
            guard unit.isWord, unit.script == .latin || unit.script == .mixed else { close(); continue }
            var text = unit.text
            var possessive = false
            for suffix in ["'s", "\u{2019}s"] where text.hasSuffix(suffix) && text.count > 2 {
                text.removeLast(2)
                possessive = true
            }
            if text.hasSuffix("'") || text.hasSuffix("\u{2019}") { text.removeLast(); possessive = true }
            let lower = text.lowercased()
            let capitalized = text.first.map { $0.isUppercase } ?? false
            // "on" and "for" join the name of a body or document to its subject ("Treaty on …",
            // "Institute for …"); "of the" goes on after such heads and after titles, events and
            // places ("Chief of the General Staff"), never after a person ("Hayashi of the …").
            let bodyPreposition = (lower == "on" || lower == "for") && text == lower
                && current.last.map { $0.isCapitalized && EnglishTermBoundaries.namedBodies.contains($0.lower) } == true
            if lower == "of" || bodyPreposition {
                // "of" joins two capitalised words of one name.
                let nextCapitalized = index + 1 < units.count && (units[index + 1].text.first?.isUppercase ?? false)
                let nextIsThe = index + 2 < units.count && units[index + 1].text == "the"
                    && (units[index + 2].text.first?.isUppercase ?? false)
                    && current.last.map { EnglishTermBoundaries.namedBodies.contains($0.lower) || EnglishTermBoundaries.namedHeads.contains($0.lower) } == true
                if let last = current.last, last.isCapitalized, nextCapitalized || nextIsThe {
                    current.append(Token(text: text, lower: lower, unit: index, isCapitalized: false, isOf: true))
                } else {
                    close()
                }
                continue
            }
            if text == "the", let last = current.last, last.isOf, index + 1 < units.count,
               units[index + 1].text.first?.isUppercase ?? false {
                current.append(Token(text: text, lower: lower, unit: index, isCapitalized: false, isOf: true))
                continue
            }
            // A number names one of a kind inside a term: a cardinal or an ordinal opens a run
            // ("three security documents", "the new | 12th Marine Regiment"), as a bare number
            // closes a name's above. Pairing asks the Japanese for the same number (`TermNumbers`).
            if TermNumbers.opensTerm(lower) {
                close()
                current.append(Token(text: text, lower: lower, unit: index, isCapitalized: capitalized, isOf: false, isNumber: true))
                continue
            }
            let previous = index > 0 ? units[index - 1].text.lowercased() : nil
            // A quoted title keeps its article: “The Spirit of Camp David” is the name.
            if text == "The", current.isEmpty, let quote = previous, Self.openingQuotes.contains(quote),
               index + 1 < units.count, units[index + 1].text.first?.isUppercase == true {
                current.append(Token(text: text, lower: lower, unit: index, isCapitalized: true, isOf: false))
                continue
            }
            // A capitalised narration verb inside the sentence is a name's word ("Secretary of
            // State", "the U.S. State Department"); function words still cut.
            let capitalisedVerb = capitalized && EnglishTermBoundaries.verbs.contains(lower) && !EnglishTermBoundaries.functionWords.contains(lower)
                && index > 0 && units[index - 1].isWord && !current.isEmpty
            // A capitalised "-ly" word that no dictionary gloss uses, beside another capitalised
            // word, is a name's word, not an adverb: Vassily Nebenzia, Kelly Craft. An English
            // adverb stays one, in a title-case headline ("Japan Sharply Criticizes China") or
            // opening a sentence ("Finally Tokyo agreed").
            let capitalisedName = capitalized && lower.hasSuffix("ly") && !EnglishTermBoundaries.functionWords.contains(lower)
                && isDictionaryWord.map({ !$0(lower) }) == true
                && ((index + 1 < units.count && units[index + 1].isWord && units[index + 1].text.first?.isUppercase == true)
                    || (current.last?.isCapitalized ?? false))
            if EnglishTermBoundaries.isBoundary(lower) && !EnglishTermBoundaries.isNounUse(lower, after: previous) && !capitalisedVerb && !capitalisedName
                || !text.contains(where: \.isLetter) || (!capitalized && EnglishTermBoundaries.isSuperlative(lower)) {
                close()
                continue
            }
            // A lower-case "-ed" word right before a capitalised word is a verb with its object
            // ("praised Japan's resolve", "urged China"): a participle modifying a noun is
            // followed by a common noun ("classified information"), not by a name.
            if !capitalized, lower.hasSuffix("ed"), lower.count > 4, index + 1 < units.count, units[index + 1].isWord,
               units[index + 1].text.first?.isUppercase == true {
                close()
                continue
            }
            current.append(Token(text: text, lower: lower, unit: index, isCapitalized: capitalized, isOf: false))
            if possessive { close() }
        }
        close()

        var candidates: [TermCandidate] = []
        let scalars = Array(sentence.unicodeScalars)
        for run in runs {
            for start in run.indices where !run[start].isOf {
                for end in start..<min(run.count, start + maxWords) where !run[end].isOf && !(start == end && run[start].isNumber) {
                    // A title's article belongs to the whole title only ("The Spirit" is none).
                    if run[start].text == "The", end != run.count - 1 { continue }
                    // Lower-case words only: "United" or "Pacific" inside a name are no adjectives.
                    // Except an adjective English also uses as a noun, where no noun follows it
                    // in the run and a name comes before it: "the U.S. military said" (the
                    // armed forces), not "the strong military".
                    if !run[end].isCapitalized, EnglishTermBoundaries.cannotEndTerm(run[end].lower),
                       !(end == run.count - 1 && end > start && run[end - 1].isCapitalized
                         && EnglishTermBoundaries.nominalAdjectives.contains(run[end].lower)) { continue }
                    // A name with a participle after a hyphen is an adjective (U.S.-made, U.S.-led).
                    if run[end].isCapitalized, Self.endsWithParticiple(run[end].text) { continue }
                    if end + 1 < run.count, EnglishTermBoundaries.demonyms.contains(run[end].lower) { continue }
                    let tokens = Array(run[start...end])
                    var found = candidate(tokens, units: units, scalars: scalars, sentenceStart: units.first.map { $0.range.start } ?? 0)
                    found.followsPersonalTitle = start == 0 && Self.followsPersonalTitle(run[start].unit, units)
                    found.followsPossessive = start == 0 && Self.followsPossessive(run[start].unit, units)
                    // A capitalised neighbour in the same run: this is a piece of a longer name.
                    // A designation (Hwasong-17, F-35B) is a name of its own even beside another.
                    found.isNameFragment = found.isName && !(tokens.count == 1 && Self.isDesignation(tokens[0].text))
                        && ((start > 0 && run[start - 1].isCapitalized) || (end + 1 < run.count && run[end + 1].isCapitalized)
                            || (start > 0 && run[start - 1].isOf) || (end + 1 < run.count && run[end + 1].isOf))
                    // A phrase that starts inside a name ("Korean missile" in "North Korean
                    // missile", "Korean navy" in "South Korean navy") is a piece as well.
                    if !found.isName, run[start].isCapitalized, start > 0, run[start - 1].isCapitalized, !run[start - 1].isNumber,
                       !Self.isDesignation(run[start].text) {
                        found.isNameFragment = true
                    }
                    candidates.append(found)
                }
            }
        }
        candidates += coordinations(units, candidates) + sharedHeads(units, candidates) + quotedDesignations(units)
        Self.markFollowingHeads(&candidates, units)
        return SentenceCandidates(candidates: candidates, aliases: acronymAliases(units: units, candidates: candidates))
    }

    /// The tokenizer ends an initialism at its last period, so "Japan-U.S.-South Korea" comes
    /// as "Japan-U.S." "-" "South". A hyphen glued to both sides joins a compound of names
    /// (Japan-U.S.-South Korea cooperation, U.S.-Japan alliance), so the three units are one word.
    static func joiningHyphenatedInitialisms(_ units: [WordUnit]) -> [WordUnit] {
        var out: [WordUnit] = []
        var index = 0
        while index < units.count {
            var unit = units[index]
            while unit.isWord, unit.text.hasSuffix("."), index + 2 < units.count, units[index + 1].text == "-",
                  units[index + 2].isWord, units[index + 2].script == .latin || units[index + 2].script == .mixed,
                  unit.range.end == units[index + 1].range.start, units[index + 1].range.end == units[index + 2].range.start {
                unit = WordUnit(text: unit.text + "-" + units[index + 2].text,
                                range: TextRange(start: unit.range.start, end: units[index + 2].range.end), script: unit.script)
                index += 2
            }
            out.append(unit)
            index += 1
        }
        return out
    }

    /// Whether a hyphenated word ends with a lower-case participle: U.S.-made, Chinese-built,
    /// U.S.-led modify a noun and are no terms of their own.
    static func endsWithParticiple(_ word: String) -> Bool {
        guard word.contains(Character("-")), let tail = word.split(separator: "-").last.map(String.init),
              tail.allSatisfy({ $0.isLetter && $0.isLowercase }) else { return false }
        return tail.hasSuffix("ed") && tail.count > 4 && !EnglishTermBoundaries.edWords.contains(tail)
            || EnglishTermBoundaries.irregularPast.contains(tail) || tail == "led"
    }

    static let openingQuotes: Set<String> = ["\u{201C}", "\"", "\u{2018}"]
    static let closingQuotes: Set<String> = ["\u{201D}", "\"", "\u{2019}"]

    /// A quoted designation made of numbers joined by "+" (the “2+2” talks of foreign and defense
    /// ministers) has no letters, so no run holds it; in quotes it is a name.
    func quotedDesignations(_ units: [WordUnit]) -> [TermCandidate] {
        var found: [TermCandidate] = []
        for open in units.indices where Self.openingQuotes.contains(units[open].text) {
            guard let close = units.indices.dropFirst(open + 1).first(where: { Self.closingQuotes.contains(units[$0].text) }),
                  close > open + 1 else { continue }
            let text = units[(open + 1)..<close].map(\.text).joined()
            let numbers = text.split(separator: "+", omittingEmptySubsequences: false)
            guard numbers.count >= 2, numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
                  units[open].range.end == units[open + 1].range.start, units[close - 1].range.end == units[close].range.start else { continue }
            found.append(TermCandidate(surface: text, key: Self.key(of: text), units: (open + 1)..<close, parts: [Self.partKey(text)], isName: true))
        }
        return found
    }

    /// Some terms coordinate two words with "and": peace and stability, search and rescue,
    /// dangerous and aggressive behavior. "and" ends a run, so such a phrase is built from the
    /// lower-case word before it and a lower-case candidate of up to three words after it. Most
    /// such phrases join two things (Japan and China), so pairing links one only on sure evidence
    /// for every word, never by association.
    func coordinations(_ units: [WordUnit], _ candidates: [TermCandidate]) -> [TermCandidate] {
        var found: [TermCandidate] = []
        for index in units.indices where units[index].text == "and" && index > 0 {
            let before = units[index - 1]
            guard before.isWord, before.text.allSatisfy({ $0.isLetter && $0.isLowercase }),
                  !EnglishTermBoundaries.isBoundary(before.text) else { continue }
            for right in candidates where right.units.lowerBound == index + 1 && !right.isName && right.parts.count <= 3 {
                var phrase = TermCandidate(surface: before.text + " and " + right.surface,
                                           key: Self.partKey(before.text) + " and " + right.key,
                                           units: (index - 1)..<right.units.upperBound,
                                           parts: [Self.partKey(before.text)] + right.parts, isName: false)
                phrase.phraseParts = [before.text, right.surface]
                found.append(phrase)
            }
        }
        return found
    }

    /// Coordinated modifiers share their head noun: "nuclear and missile tests" are nuclear
    /// tests and missile tests, "corporate, income and tobacco taxes" three taxes. For a
    /// lower-case word before "and" or "or" (and the words before it in a comma list) followed
    /// by a lower-case candidate of two or three words, each such word with the candidate's
    /// head is a candidate of its own. It covers only its modifier's word, so the conjunct after
    /// "and" can still link, and like the other coordinations it links only on sure evidence.
    func sharedHeads(_ units: [WordUnit], _ candidates: [TermCandidate]) -> [TermCandidate] {
        var found: [TermCandidate] = []
        func isModifier(_ index: Int) -> Bool {
            guard index >= 0, units[index].isWord, units[index].script == .latin else { return false }
            let text = units[index].text
            return text.allSatisfy { $0.isLetter && $0.isLowercase } && !EnglishTermBoundaries.isBoundary(text)
        }
        for index in units.indices where (units[index].text == "and" || units[index].text == "or") && isModifier(index - 1) {
            var modifiers = [index - 1]
            var at = index - 2
            while at >= 1, units[at].text == ",", isModifier(at - 1) {
                modifiers.append(at - 1)
                at -= 2
            }
            for right in candidates where right.units.lowerBound == index + 1 && !right.isName && !right.isPhrase
                && (2...3).contains(right.parts.count) && !right.surface.contains(where: \.isUppercase) {
                let headWords = right.surface.split(separator: " ").dropFirst().joined(separator: " ")
                guard !headWords.isEmpty else { continue }
                for modifier in modifiers {
                    let word = units[modifier].text
                    var shared = TermCandidate(surface: word + " " + headWords, key: Self.partKey(word) + " " + right.key.split(separator: " ").dropFirst().joined(separator: " "),
                                               units: modifier..<(modifier + 1), parts: [Self.partKey(word)] + right.parts.dropFirst(), isName: false)
                    shared.phraseParts = [word, headWords]
                    found.append(shared)
                }
            }
        }
        return found
    }

    private func candidate(_ tokens: [Token], units: [WordUnit], scalars: [Unicode.Scalar], sentenceStart: Int) -> TermCandidate {
        var words = tokens.map(\.text)
        let firstUnit = units[tokens.first!.unit]
        // A common word capitalised only because it opens the sentence is written in lower case
        // ("Deliveries are scheduled…" gives delivery), when the rest of the candidate is lower
        // case and the dictionary's glosses use the word as a common word (not "Japan").
        var lowered = false
        // A segment may hold two sentences of a merged bead: a word after ".", "?" or "!" opens one.
        let opensSentence = firstUnit.range.start == sentenceStart
            || (tokens.first!.unit > 0 && [".", "?", "!"].contains(units[tokens.first!.unit - 1].text))
        if opensSentence, let first = tokens.first, first.isCapitalized, !Self.isAcronym(first.text),
           !Self.isDesignation(first.text), tokens.dropFirst().allSatisfy({ !$0.isCapitalized }), let isCommonWord,
           isCommonWord(first.lower) || isCommonWord(Self.singular(first.lower)) {
            words[0] = first.lower
            lowered = true
        }
        if let last = tokens.last, !last.isCapitalized || Self.isDesignation(last.text) || (lowered && tokens.count == 1) {
            words[words.count - 1] = Self.singular(words[words.count - 1])
        }
        // Keep the text between words as written (hyphens, spacing) when nothing was changed.
        let lastUnit = units[tokens.last!.unit]
        var surface = String(String.UnicodeScalarView(scalars[firstUnit.range.start..<lastUnit.range.end]))
        if surface.unicodeScalars.count != words.joined(separator: " ").unicodeScalars.count || words != tokens.map(\.text) {
            surface = words.joined(separator: " ")
        }
        let parts = tokens.filter { !$0.isOf }.map { Self.partKey($0.text) }
        let key = tokens.map { $0.lower == "of" ? "of" : Self.partKey($0.text) }.joined(separator: " ")
        // A lone capitalised word opening the sentence is not known to be a name.
        let isName = tokens.allSatisfy { $0.isCapitalized || $0.isOf || Self.isDesignation($0.text) }
            && !(tokens.count == 1 && firstUnit.range.start == sentenceStart && !Self.isDesignation(tokens[0].text))
        return TermCandidate(surface: surface, key: key, units: tokens.first!.unit..<(tokens.last!.unit + 1), parts: parts, isName: isName)
    }

    /// The key of one word: designations and acronyms folded (F-35Bs → f35b, U.S. → us),
    /// other words stemmed (missiles → missil).
    public static func partKey(_ word: String) -> String {
        if word.contains(where: \.isNumber) || isAcronym(word) { return EnglishWordForms.foldLatin(word) }
        return EnglishWordForms.stem(word)
    }

    /// The key of a whole English phrase, as candidates compute it (for glossary and gold lookups).
    public static func key(of phrase: String) -> String {
        phrase.split(whereSeparator: { $0 == " " }).map { word -> String in
            var w = String(word)
            for suffix in ["'s", "\u{2019}s"] where w.hasSuffix(suffix) && w.count > 2 { w.removeLast(2) }
            return w.lowercased() == "of" ? "of" : partKey(w)
        }.joined(separator: " ")
    }

    /// Gives each name the head of the longest lower-case term that starts right after it, a
    /// closing quotation mark aside ("Freedom Edge’ multi-domain exercise"): English puts the
    /// kind of thing after its name (the Tomahawk cruise missile, the Freedom Edge exercise).
    /// Not for a possessive.
    static func markFollowingHeads(_ candidates: inout [TermCandidate], _ units: [WordUnit]) {
        for index in candidates.indices where candidates[index].isName && !candidates[index].isNameFragment && !candidates[index].isPhrase {
            // A possessive owns what follows ("North Korea’s ballistic missile"); it is no kind.
            let last = units[candidates[index].units.upperBound - 1].text
            guard !last.hasSuffix("'s"), !last.hasSuffix("\u{2019}s") else { continue }
            // Nor does a name made an adjective by a lower-case word after a hyphen ("Cold
            // War-era frigates", "Bremen-class frigate"): it says when or which, not what.
            if let hyphen = last.lastIndex(of: "-"), last[last.index(after: hyphen)...].first?.isLowercase == true { continue }
            var next = candidates[index].units.upperBound
            if next < units.count, closingQuotes.contains(units[next].text) { next += 1 }
            let following = candidates.filter { !$0.isName && !$0.isPhrase && $0.units.lowerBound == next }
            guard let longest = following.max(by: { $0.units.count < $1.units.count }),
                  let head = longest.surface.split(separator: " ").last else { continue }
            candidates[index].followingHead = head.lowercased()
        }
    }

    /// Titles that stand only before a person's name ("Mr. Sato", "Dr. Lee").
    static let personalTitles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "mx"]

    /// Whether the word unit at `index` comes right after a personal title, its period aside.
    static func followsPersonalTitle(_ index: Int, _ units: [WordUnit]) -> Bool {
        var previous = index - 1
        if previous >= 0, units[previous].text == "." { previous -= 1 }
        guard previous >= 0 else { return false }
        var word = units[previous].text.lowercased()
        if word.hasSuffix(".") { word.removeLast() }
        return personalTitles.contains(word)
    }

    /// Whether the word unit at `index` comes right after a possessive ("China's", "Japan’s").
    static func followsPossessive(_ index: Int, _ units: [WordUnit]) -> Bool {
        guard index > 0 else { return false }
        let previous = units[index - 1].text
        return previous.count > 2 && (previous.hasSuffix("'s") || previous.hasSuffix("\u{2019}s"))
    }

    static func isDesignation(_ word: String) -> Bool {
        word.contains(where: \.isNumber) && word.contains(where: \.isLetter)
    }

    static func isAcronym(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// The singular of a lower-case plural noun or a designation (drills → drill,
    /// capabilities → capability, F-15s → F-15); other words unchanged.
    static func singular(_ word: String) -> String {
        if isDesignation(word) || isAcronym(String(word.dropLast())) {
            if word.hasSuffix("s"), let previous = word.dropLast().last, previous.isNumber || previous.isUppercase {
                return String(word.dropLast())
            }
            return word
        }
        let lower = word.lowercased()
        guard lower == word, word.count > 3, word.hasSuffix("s") else { return word }
        for keep in ["ss", "us", "is", "news", "series", "species", "politics", "headquarters", "arms", "forces", "chaos", "ethos", "cosmos", "pathos", "logos"]
            where word.hasSuffix(keep) { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        // Nouns in -o take -es (vetoes, heroes, torpedoes); the few in -oe take a bare -s.
        if word.hasSuffix("oes"), !Self.nounsInOE.contains(String(word.dropLast())) { return String(word.dropLast(2)) }
        for ending in ["sses", "xes", "ches", "shes", "zes"] where word.hasSuffix(ending) { return String(word.dropLast(2)) }
        return String(word.dropLast())
    }

    /// Nouns whose singular ends in -oe, so that their plural is not an -o noun's -oes
    /// (shoes, not "sho"); from an English spelling dictionary, common and compound forms.
    static let nounsInOE: Set<String> = [
        "shoe", "horseshoe", "snowshoe", "toe", "tiptoe", "foe", "hoe", "oboe", "canoe", "floe",
        "woe", "throe", "aloe", "sloe", "roe", "doe", "mistletoe", "felloe",
    ]

    /// "Japan Air Self-Defense Force (JASDF)" and "…Agreement, or GSOMIA": the acronym becomes an
    /// alias of the longest candidate just before it whose word initials spell it.
    private func acronymAliases(units: [WordUnit], candidates: [TermCandidate]) -> [String: [String]] {
        var aliases: [String: [String]] = [:]
        for (index, unit) in units.enumerated() where Self.isAcronym(unit.text) {
            var before: Int?
            if index >= 2, units[index - 1].text == "(" { before = index - 2 }
            if index >= 3, units[index - 1].text.lowercased() == "or", units[index - 2].text == "," { before = index - 3 }
            guard let end = before else { continue }
            let letters = Array(unit.text.lowercased().filter(\.isLetter))
            let fitting = candidates.filter { $0.units.upperBound == end + 1 && $0.key != EnglishWordForms.foldLatin(unit.text) }
                .filter { Self.initials(of: $0.surface).isSpelled(by: letters) }
            if let best = fitting.max(by: { $0.units.count < $1.units.count }) {
                aliases[best.key, default: []].append(unit.text)
            }
        }
        return aliases
    }

    /// Initials of each word and of each hyphenated part: "Self-Defense Force" → s, d, f.
    static func initials(of phrase: String) -> [Character] {
        phrase.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { $0.first?.lowercased().first }
    }
}

extension Array where Element == Character {
    /// Whether the acronym's letters appear in these initials in order, starting with the first.
    func isSpelled(by acronym: [Character]) -> Bool {
        guard let first = acronym.first, self.first == first else { return false }
        var i = 0
        for c in self where i < acronym.count && c == acronym[i] { i += 1 }
        return i == acronym.count
    }
}
