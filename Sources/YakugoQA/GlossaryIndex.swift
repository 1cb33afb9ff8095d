import YakugoCore
import YakugoText

/// A glossary prepared for checking: English forms as word patterns (plural and case aware),
/// Japanese forms as folded keys for substring search. Built once per validation.
public struct GlossaryIndex: Sendable {
    /// One concept as the checks see it.
    public struct Entry: Sendable {
        public let concept: Concept
        /// Allowed Japanese forms as written, in glossary order (preferred first).
        public let allowedJapanese: [String]
        /// Forbidden Japanese forms as written.
        public let forbiddenJapanese: [String]
        /// Candidate Japanese forms (proposed, not reviewed): neither accepted nor forbidden.
        public let candidateJapanese: [String]
        /// The form to suggest: the concept's preferred Japanese term.
        public let replacement: String?
        /// Persons and places are checked as names (`name-mismatch`), not as terms.
        public let isName: Bool
        let allowedKeys: [[Unicode.Scalar]]
        let forbiddenKeys: [[Unicode.Scalar]]
        let candidateKeys: [[Unicode.Scalar]]
        /// Keys of the concept's Japanese short forms and abbreviations.
        let shortFormKeys: Set<[Unicode.Scalar]>
    }

    /// An English glossary form found in a source text.
    public struct SourceMatch: Sendable, Hashable {
        /// Index into `entries`.
        public let entry: Int
        /// The source words matched, as written.
        public let text: String
        /// Unicode-scalar offsets in the source.
        public let range: Range<Int>
        /// True when only a person's family name matched ("Kishida" for "Fumio Kishida").
        public let isFamilyName: Bool
    }

    struct Pattern: Sendable {
        let entry: Int
        let words: [PatternWord]
        let isFamilyName: Bool
        /// Names match as written (possessive aside): "June" is not the family name "Jun".
        let exact: Bool
    }

    /// A word of a glossary form with what `wordMatches` compares, worked out once.
    struct PatternWord: Sendable {
        let text: String
        let lowercased: String
        let stem: String
        /// Latin-folded form of a designation (F-35B), nil for a word without digits.
        let designation: String?
        let letters: [Unicode.Scalar]
        let isAcronym: Bool
        let isCapitalised: Bool

        init(_ text: String) {
            self.text = text
            lowercased = text.lowercased()
            stem = EnglishWordForms.stem(text)
            designation = text.contains(where: \.isNumber) ? EnglishWordForms.foldLatin(text) : nil
            letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            isAcronym = letters.filter { $0.properties.isUppercase }.count >= 2
            isCapitalised = text.first?.isUppercase == true
        }
    }

    /// The words of an English text and their stems: tokenised once for every lookup.
    struct SourceWords: Sendable {
        let text: String
        let tokens: [EnglishToken]
        let stems: [String]

        init(_ text: String) {
            self.text = text
            tokens = EnglishTokenizer.tokens(text)
            stems = tokens.map { EnglishWordForms.stem($0.text) }
        }
    }

    public let entries: [Entry]
    /// Patterns by the stem of their first word.
    let patterns: [String: [Pattern]]
    /// Every allowed Japanese key of any concept (forbidden forms inside them are not reported).
    let allAllowedKeys: [[Unicode.Scalar]]
    /// For each entry, the entries named inside its preferred English form.
    let innerEntriesOfPreferredEnglish: [[Int]]
    /// Latin words of allowed Japanese forms (日本版NSC → nsc), lower-cased.
    public let latinWordsInJapanese: Set<String>

    public init(_ glossary: Glossary) {
        var entries: [Entry] = []
        var patterns: [String: [Pattern]] = [:]
        var latin: Set<String> = []
        // Only reviewed forms are rules: a candidate (an extracted, unreviewed pair) would turn
        // every guess of the extractor into an error, and a candidate merged into an approved
        // concept (議会 beside 国会) is a proposal, not yet a correct rendering. So a concept is
        // checked through its approved forms only; one without an approved English form (every
        // concept of `yakugo extract` output) is no rule at all.
        for concept in glossary.concepts {
            let allowed = concept.approved(in: .japanese).map(\.text)
            let forbidden = concept.forbidden(in: .japanese).map(\.text)
            let english = concept.approved(in: .english).map(\.text)
            guard !english.isEmpty, !allowed.isEmpty || !forbidden.isEmpty else { continue }
            let candidates = concept.terms(in: .japanese).filter { $0.status == .candidate }.map(\.text)
            let isName = concept.category == .person || concept.category == .place || concept.evidence.contains("transliteration")
            var allowedForms = allowed
            if concept.category == .person {
                // A foreign name's family name stands alone in running text: ジョー・バイデン → バイデン.
                for form in allowed {
                    if let last = form.split(whereSeparator: { Japanese.nameJoiners.contains($0.unicodeScalars.first!) }).last,
                       last.count < form.count, last.count >= 2 {
                        allowedForms.append(String(last))
                    }
                }
                // A Japanese name of three or four kanji without a listed short form: the family
                // name is the part before the (usually two-kanji) given name: 菅義偉 → 菅, 石兼公博 → 石兼.
                let hasShortForm = concept.approved(in: .japanese).contains { $0.usage == .shortForm }
                if !hasShortForm {
                    for form in allowed where (3...4).contains(form.unicodeScalars.count) && form.unicodeScalars.allSatisfy(Scalars.isKanji) {
                        allowedForms.append(String(form.prefix(form.count - 2)))
                    }
                }
            }
            let index = entries.count
            let shortForms = concept.approved(in: .japanese).filter { $0.usage == .shortForm || $0.usage == .abbreviation }
            let approvedJapanese = concept.approved(in: .japanese)
            let replacement = (approvedJapanese.first { $0.usage == .preferred } ?? approvedJapanese.first)?.text
            entries.append(Entry(concept: concept, allowedJapanese: allowedForms, forbiddenJapanese: forbidden,
                                 candidateJapanese: candidates, replacement: replacement, isName: isName,
                                 allowedKeys: allowedForms.map(JapaneseMatchText.key(of:)).filter { !$0.isEmpty },
                                 forbiddenKeys: forbidden.map(JapaneseMatchText.key(of:)).filter { !$0.isEmpty },
                                 candidateKeys: candidates.map(JapaneseMatchText.key(of:)),
                                 shortFormKeys: Set(shortForms.map { JapaneseMatchText.key(of: $0.text) })))
            for form in allowedForms {
                for token in EnglishTokenizer.tokens(form, latinOnly: true) where token.text.unicodeScalars.contains(where: Scalars.isLatinLetter) {
                    latin.insert(token.text.lowercased())
                }
            }
            var seen: Set<[String]> = []
            func add(_ words: [String], family: Bool) {
                guard let first = words.first, seen.insert(words).inserted else { return }
                patterns[EnglishWordForms.stem(first), default: []].append(
                    Pattern(entry: index, words: words.map(PatternWord.init), isFamilyName: family, exact: concept.category == .person))
            }
            for form in english {
                add(EnglishTokenizer.tokens(form).map(\.text), family: false)
            }
            if concept.category == .person, let full = concept.preferred(in: .english)?.text {
                // "Kishida" alone names Fumio Kishida; only capitalised family names of two or more words.
                let words = EnglishTokenizer.tokens(full).map(\.text)
                if words.count >= 2, let last = words.last, last.first?.isUppercase == true, last.count >= 3 {
                    add([last], family: true)
                }
            }
        }
        self.entries = entries
        self.patterns = patterns
        self.allAllowedKeys = entries.flatMap(\.allowedKeys)
        self.latinWordsInJapanese = latin
        self.innerEntriesOfPreferredEnglish = entries.map { entry in
            guard let preferred = entry.concept.preferred(in: .english)?.text else { return [] }
            let whole = 0..<preferred.unicodeScalars.count
            return Self.matches(in: SourceWords(preferred), patterns: patterns, inside: whole).map(\.entry)
        }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Glossary forms in an English text: longest first, never overlapping, so "Japan Air
    /// Self-Defense Force" is one match and not also "Japan" and "Self-Defense Force".
    public func matches(inSource text: String) -> [SourceMatch] {
        matches(in: SourceWords(text))
    }

    /// Glossary forms in the words of an English text, as `matches(inSource:)`.
    func matches(in words: SourceWords) -> [SourceMatch] {
        Self.matches(in: words, patterns: patterns, inside: nil)
    }

    /// Glossary forms nested in a longer match, longest first and not overlapping one another:
    /// "cruise missiles" inside "Tomahawk cruise missiles". The longer match itself is not one.
    public func innerMatches(of outer: SourceMatch, inSource text: String) -> [SourceMatch] {
        innerMatches(of: outer, in: SourceWords(text))
    }

    func innerMatches(of outer: SourceMatch, in words: SourceWords) -> [SourceMatch] {
        Self.matches(in: words, patterns: patterns, inside: outer.range).filter { $0.entry != outer.entry }
    }

    /// Entries named inside the concept's own preferred English form ("Cabinet" in "Chief
    /// Cabinet Secretary"): its preferred Japanese renders them.
    func innerEntriesOfPreferredEnglish(_ entry: Int) -> [Int] {
        innerEntriesOfPreferredEnglish[entry]
    }

    /// `inside`: only candidates within these source offsets and shorter than them.
    static func matches(in words: SourceWords, patterns: [String: [Pattern]], inside: Range<Int>?) -> [SourceMatch] {
        guard !patterns.isEmpty else { return [] }
        let (text, tokens, stems) = (words.text, words.tokens, words.stems)
        var candidates: [(start: Int, count: Int, pattern: Pattern)] = []
        for (i, stem) in stems.enumerated() {
            guard let list = patterns[stem] else { continue }
            for pattern in list where i + pattern.words.count <= tokens.count {
                var ok = true
                for (k, word) in pattern.words.enumerated() {
                    let last = k == pattern.words.count - 1
                    if !wordMatches(pattern: word, token: tokens[i + k].text, tokenStem: stems[i + k], isLast: last, exact: pattern.exact) {
                        ok = false
                        break
                    }
                }
                if ok, let inside {
                    let range = tokens[i].range.lowerBound..<tokens[i + pattern.words.count - 1].range.upperBound
                    ok = inside.lowerBound <= range.lowerBound && range.upperBound <= inside.upperBound && range != inside
                }
                if ok { candidates.append((i, pattern.words.count, pattern)) }
            }
        }
        // Longest first (full names before family names), then leftmost.
        candidates.sort { a, b in
            a.count != b.count ? a.count > b.count
                : a.pattern.isFamilyName != b.pattern.isFamilyName ? !a.pattern.isFamilyName : a.start < b.start
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        var out: [SourceMatch] = []
        for candidate in candidates {
            let span = candidate.start..<(candidate.start + candidate.count)
            guard !span.contains(where: { taken[$0] }) else { continue }
            span.forEach { taken[$0] = true }
            let range = tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound - 1].range.upperBound
            out.append(SourceMatch(entry: candidate.pattern.entry, text: text.scalarSlice(range), range: range,
                                   isFamilyName: candidate.pattern.isFamilyName))
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Case rule: an acronym in the glossary (NSC, US) matches only in capitals; a capitalised
    /// word (Diet, Cabinet) only capitalised; a lower-case word in any case. The last word may
    /// be inflected (missiles, Japan's); the others must be equal.
    static func wordMatches(pattern: PatternWord, token: String, tokenStem: String, isLast: Bool, exact: Bool = false) -> Bool {
        if exact {
            var word = token
            for suffix in ["'s", "\u{2019}s"] where word.hasSuffix(suffix) { word.removeLast(2) }
            return word == pattern.text
        }
        if pattern.designation != nil || token.contains(where: \.isNumber) {
            // Designations: F-35B = F35B = F-35Bs, but Hwasong-17 is not Hwasong-12.
            return (pattern.designation ?? EnglishWordForms.foldLatin(pattern.text)) == EnglishWordForms.foldLatin(token)
        }
        if isLast {
            guard pattern.stem == tokenStem else { return false }
        } else {
            guard pattern.lowercased == token.lowercased() else { return false }
        }
        if pattern.isAcronym {
            // Acronym: the token's letters of the pattern's length must be the same capitals.
            let tokenLetters = token.unicodeScalars.lazy.filter { $0.properties.isAlphabetic }
            return tokenLetters.prefix(pattern.letters.count).elementsEqual(pattern.letters)
        }
        if pattern.isCapitalised {
            return token.first?.isUppercase == true
        }
        return true
    }

    /// Whether the target contains an allowed Japanese form of the entry. With
    /// `allowingParticle`, also the form's two parts with one particle between them
    /// (`JapaneseMatchText.containsSplit`).
    func containsAllowed(_ entry: Entry, in target: JapaneseMatchText, allowingParticle: Bool = false) -> Bool {
        entry.allowedKeys.contains { target.contains($0) || allowingParticle && target.containsSplit($0) }
    }

    /// Allowed keys of the entry that stand for the whole form including its parts: every full
    /// form, plus each short form (空自) once a full form it clips (航空自衛隊) is known, so a
    /// short form present in a target counts as holding what its full forms hold.
    func allowedKeysPresent(_ entry: Entry, in target: JapaneseMatchText) -> (present: [[Unicode.Scalar]], anyShortForm: Bool) {
        let present = entry.allowedKeys.filter { target.contains($0) }
        return (present, present.contains { entry.shortFormKeys.contains($0) })
    }

    /// Candidate forms of the entry the target uses, so a finding can say why they do not count.
    func candidatesPresent(_ entry: Entry, in target: JapaneseMatchText) -> [String] {
        zip(entry.candidateJapanese, entry.candidateKeys).filter { !$0.1.isEmpty && target.contains($0.1) }.map(\.0)
    }

    /// Forbidden forms of the entry in the target, except inside an allowed form of any concept
    /// (国防省 inside 中国国防省 is correct).
    func forbiddenOccurrences(_ entry: Entry, in target: JapaneseMatchText) -> [(form: String, range: Range<Int>)] {
        var found: [(form: String, range: Range<Int>)] = []
        for (form, key) in zip(entry.forbiddenJapanese, entry.forbiddenKeys) {
            for range in target.occurrences(of: key) { found.append((form, range)) }
        }
        guard !found.isEmpty else { return [] }
        let allowedRanges = allAllowedKeys.filter { $0.count > 1 }.flatMap { key in target.occurrences(of: key) }
        return found.filter { hit in
            !allowedRanges.contains { $0.count > hit.range.count && $0.lowerBound <= hit.range.lowerBound && hit.range.upperBound <= $0.upperBound }
        }
    }
}
