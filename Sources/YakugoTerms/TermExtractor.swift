import YakugoCore
import YakugoText

/// One aligned English–Japanese segment pair handed to the extractor.
public struct SegmentPair: Sendable, Hashable {
    /// Where the pair comes from, e.g. `icbm-eez-hokkaido-2022#4`.
    public var id: String
    public var english: String
    public var japanese: String
    /// The document the segment belongs to, with segments in document order; nil when unknown
    /// (a translation memory's units). Only segments of one document are neighbours (see
    /// `TermExtractor.addNeighbourLinks`). A segment may have one side empty: a sentence the
    /// aligner left without a counterpart still has terms a neighbour may hold the translation of.
    public var document: String?

    public init(id: String, english: String, japanese: String, document: String? = nil) {
        self.id = id
        self.english = english
        self.japanese = japanese
        self.document = document
    }
}

/// A bilingual term pair proposed by the extractor, with its confidence and evidence.
public struct ExtractedTermPair: Sendable, Hashable {
    public var english: String
    public var japanese: String
    public var englishKey: String
    public var japaneseKey: String
    /// Confidence in [0, 1]; see Docs/TERMS.md.
    public var score: Double
    /// Segments in which the two were linked.
    public var frequency: Int
    /// Segments in which both occurred (linked or not).
    public var cooccurrence: Int
    /// Signals behind the pair: `glossary`, `dictionary`, `composition`, `transliteration`,
    /// `latin`, `acronym`, `association`.
    public var evidence: [String]
    /// Ids of the segments where the pair was linked, in corpus order.
    public var segments: [String]
    /// Whether the user's glossary already holds the pair.
    public var isKnown: Bool
    /// For segments where the pair linked across a sentence boundary (neighbour links): segment
    /// id → id of the neighbouring segment whose Japanese holds the term, so an example can show
    /// both halves.
    public var japaneseSegments: [String: String] = [:]
    /// Monolingual termhood of the two sides (C-value for English, FLR for Japanese), each
    /// scaled to [0, 1] within the run.
    public var englishTermhood: Double
    public var japaneseTermhood: Double
    public var category: ConceptCategory?
    /// Short forms of the same person found as pairs of their own and folded in here:
    /// "Kishida" ⇔ 岸田 under "Fumio Kishida" ⇔ 岸田文雄.
    public var englishShortForms: [String] = []
    public var japaneseShortForms: [String] = []
    /// The strongest translation evidence seen for the pair, in [0, 1], before frequency.
    public var evidenceStrength: Double = 0
    /// Documents the pair was linked in (segments of unknown document count one each).
    public var documentCount: Int = 1
    /// Whether the English was a name of its own in some linked segment: capitalised, not
    /// opening the sentence and not a piece of a longer name ("Aircraft" opening a sentence
    /// and "Strategy" inside "National Security Strategy" are ordinary words).
    public var englishIsName = false
}

/// Builds a bilingual term list from aligned segments: candidates on both sides, links inside
/// each segment by competitive linking over translation evidence and association, then pairs
/// scored over the whole input.
///
/// A pair links when the dictionary, the name readings, known pairs, transliteration or shared
/// Latin forms support it, or when two forms the dictionary does not know keep co-occurring.
/// (A second pass that reused confident links as dictionary entries was tried and measured
/// worse on Samples/: it let partial pairs such as 国家安全保障 outbid whole terms.)
public struct TermExtractor: Sendable {
    public var evidence: TranslationEvidence
    /// Pairs below this confidence are not returned.
    public var minScore: Double
    /// Evidence below this strength does not link a pair by itself.
    public var minEvidence: Double
    /// Tells everyday vocabulary (peace ⇔ 平和) from terms; such pairs are scored down.
    public var generalVocabulary: GeneralVocabulary
    /// Whether a term left unlinked in its segment may link to the segment before or after
    /// (see `addNeighbourLinks`).
    public var linksNeighbours = true
    /// The factor on a general-vocabulary pair's score: below one half, so that even a sure
    /// translation falls under the default `minScore` while a lower `--min-score` still shows it.
    public static let generalVocabularyFactor = 0.4

    public init(evidence: TranslationEvidence, minScore: Double = 0.5, minEvidence: Double = 0.5) {
        self.evidence = evidence
        self.minScore = minScore
        self.minEvidence = minEvidence
        self.generalVocabulary = GeneralVocabulary(entryCounts: evidence.memo.entryCounts(evidence.lexicon))
    }

    struct Occurrences {
        var candidates: [SentenceCandidates] = []
        var postings: [String: [Int]] = [:]
        var surfaces: [String: [String: Int]] = [:]
        var aliases: [String: [String]] = [:]

        mutating func add(_ sentence: SentenceCandidates, segment: Int) {
            candidates.append(sentence)
            var seen: Set<String> = []
            for candidate in sentence.candidates where seen.insert(candidate.key).inserted {
                postings[candidate.key, default: []].append(segment)
            }
            for candidate in sentence.candidates { surfaces[candidate.key, default: [:]][candidate.surface, default: 0] += 1 }
            for (key, forms) in sentence.aliases {
                for form in forms where !(aliases[key]?.contains(form) ?? false) { aliases[key, default: []].append(form) }
            }
        }

        func frequency(_ key: String) -> Int { postings[key]?.count ?? 0 }

        func surface(_ key: String) -> String {
            surfaces[key]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? key
        }
    }

    struct Link {
        var english: TermCandidate
        var japanese: TermCandidate
        var strength: Double
        var signal: String
        var score: Double
        /// For a neighbour link, the segment whose Japanese holds the term (the link is filed
        /// under the English side's segment).
        var japaneseSegment: Int? = nil
    }

    /// The candidates of every segment, on each side.
    func occurrences(_ segments: [SegmentPair]) -> (english: Occurrences, japanese: Occurrences) {
        let counts: [String: Int] = evidence.lexicon == nil ? [:] : evidence.memo.entryCounts(evidence.lexicon)
        let isDictionaryWord: (@Sendable (String) -> Bool)? = counts.isEmpty ? nil : { @Sendable word in counts[word] != nil }
        let properNouns = evidence.lexicon?.properNouns ?? []
        // Only a lexicon read with its readings knows its proper nouns (`EDICTReader.read`).
        let namesInText = Self.namesInText(segments.map(\.english))
        let isCommonWord: (@Sendable (String) -> Bool)? = counts.isEmpty || properNouns.isEmpty ? nil
            : { @Sendable word in counts[word] != nil && !properNouns.contains(word) && !namesInText.contains(word) }
        let englishExtractor = EnglishCandidateExtractor(isDictionaryWord: isDictionaryWord, isCommonWord: isCommonWord)
        let japaneseExtractor = JapaneseCandidateExtractor(lexicon: evidence.lexicon, names: evidence.names)
        var english = Occurrences()
        var japanese = Occurrences()
        // Verbs are no terms alone: "dismantle" ⇔ 解体 is a right translation but no entry.
        let verbs = evidence.memo.verbGlosses(evidence.lexicon)
        for (index, segment) in segments.enumerated() {
            var found = englishExtractor.extract(segment.english)
            if !verbs.verbs.isEmpty { found.candidates.removeAll { Self.isVerbForm($0, verbs: verbs.verbs, wholes: verbs.wholes) } }
            english.add(found, segment: index)
            japanese.add(japaneseExtractor.extract(segment.japanese), segment: index)
        }
        return (english, japanese)
    }

    /// A one-word lower-case candidate that is a verb: one the dictionary uses only as a verb
    /// (dismantle, insist). (Its -ing forms are left alone: stockpiling, sentencing are nouns
    /// EDICT glosses only inside longer glosses.)
    static func isVerbForm(_ candidate: TermCandidate, verbs: Set<String>, wholes: Set<String>) -> Bool {
        let word = candidate.surface
        guard candidate.parts.count == 1, !candidate.isPhrase, word.allSatisfy({ $0.isLetter && $0.isLowercase }),
              !wholes.contains(word) else { return false }
        return verbs.contains(word)
    }

    /// Lower-cased words the text writes capitalised, standing alone, where no sentence opens
    /// and never in lower case: names of this text, though the dictionary knows them as common
    /// words ("Trump said", never "trump"). A sentence opening with one keeps its capital. A
    /// word inside a capitalised name says nothing ("Defense Ministry" makes no name of
    /// "defense").
    static func namesInText(_ texts: [String]) -> Set<String> {
        var capitalised: Set<String> = [], lower: Set<String> = []
        for text in texts {
            let tokens = text.split(whereSeparator: { $0.isWhitespace })
            let letters = tokens.map { $0.drop { !$0.isLetter }.prefix { $0.isLetter } }
            let isCapitalised = letters.map { $0.first?.isUppercase == true }
            var opensSentence = true
            for (index, word) in letters.enumerated() {
                if let first = word.first {
                    let key = word.lowercased()
                    // Standing alone: "Defense Ministry" makes no name of "defense".
                    let alone = !(index > 0 && isCapitalised[index - 1]) && !(index + 1 < letters.count && isCapitalised[index + 1])
                    if first.isUppercase {
                        if !opensSentence, alone, word.dropFirst().allSatisfy(\.isLowercase) { capitalised.insert(key) }
                    } else if word.allSatisfy(\.isLowercase) {
                        lower.insert(key)
                    }
                }
                // The next word opens a sentence after ., ?, ! or : (closing quotes aside).
                let end = tokens[index].reversed().drop { "\"'\u{201D}\u{2019})]".contains($0) }.first
                opensSentence = end.map { ".?!:".contains($0) } ?? false
            }
        }
        return capitalised.subtracting(lower)
    }

    public func extract(_ segments: [SegmentPair]) -> [ExtractedTermPair] {
        let (english, japanese) = occurrences(segments)
        let links = link(segments.count, english, japanese, evidence, documents: segments.map(\.document))
        var pairs = aggregate(links, segments, english, japanese)
        let productive = Self.productiveJapanese(japanese)
        for index in pairs.indices
        where generalVocabulary.isGeneral(pairs[index], productive: productive.contains(pairs[index].japaneseKey)) || Self.isHalfExplainedWord(pairs[index]) {
            pairs[index].score *= Self.generalVocabularyFactor
        }
        pairs = pairs.filter { $0.score >= minScore }.sorted { ($0.score, $0.frequency, $1.english) > ($1.score, $1.frequency, $0.english) }
        return addingClippedForms(pairs, english, japanese)
    }

    /// Japanese shortens a long name by keeping some of its characters in order — 航空自衛隊 →
    /// 空自, 国連安全保障理事会 → 安保理, 統合幕僚監部 → 統幕 — and English by an acronym the text
    /// defines ("Japan Air Self-Defense Force (JASDF)"). For each confident pair whose Japanese has
    /// four characters or more, a Japanese candidate that is such a clipping of it (two
    /// characters or more, across word boundaries, kanji only, starting in the first word, not a
    /// sequence of country abbreviations cut from a longer one) in a segment where the pair's
    /// English or one of its acronyms occurs becomes a short form of the same concept, and the
    /// acronyms become its English short forms: JASDF ↔ 空自 through their long forms.
    func addingClippedForms(_ pairs: [ExtractedTermPair], _ english: Occurrences, _ japanese: Occurrences) -> [ExtractedTermPair] {
        var result = pairs
        let taken = Set(pairs.map(\.japaneseKey))
        for index in result.indices where result[index].score >= 0.8 {
            let full = Array(result[index].japanese)
            guard full.count >= 4 else { continue }
            let acronyms = english.aliases[result[index].englishKey] ?? []
            var segmentsWithEnglish = Set(english.postings[result[index].englishKey] ?? [])
            for acronym in acronyms {
                segmentsWithEnglish.formUnion(english.postings[EnglishCandidateExtractor.key(of: acronym)] ?? [])
            }
            // Word boundaries of the long form: a piece between two of them is a nested term
            // (自衛隊 in 航空|自衛隊), a piece across them a clipping (空自).
            let parts = japanese.candidates.lazy.flatMap(\.candidates).first { $0.key == result[index].japaneseKey }?.parts ?? []
            var boundaries: Set<Int> = [0]
            var offset = 0
            for part in parts { offset += part.count; boundaries.insert(offset) }
            var clipped: [String] = []
            let opensWithCountries = full.prefix { JapaneseTermAffixes.countryAbbreviations[$0] != nil }.count >= 2
            for segment in segmentsWithEnglish.sorted() {
                for candidate in japanese.candidates[segment].candidates where candidate.surface.count >= 2 {
                    let short = Array(candidate.surface)
                    guard short.count < full.count, !Self.isNested(candidate.surface, in: full, boundaries: boundaries),
                          !taken.contains(candidate.key), !clipped.contains(candidate.surface),
                          candidate.surface.unicodeScalars.allSatisfy({ ScriptClass.of($0) == .kanji }),
                          Self.isInOrderSubsequence(short, of: full),
                          // A clipping keeps the head of the name: its first character comes from
                          // the first word (空自 from 航空|自衛隊, 統幕 from 統合|幕僚|監部), so
                          // 安保 is no clipping of 国家|安全|保障|戦略.
                          let first = parts.first, first.contains(short[0]),
                          // Country abbreviations name the relation of exactly those countries:
                          // 日韓 (Japan–South Korea) is no short form of 日米韓の連携. (A name
                          // that opens otherwise keeps its clippings: 台独 of 台湾独立.)
                          !(JapaneseTermAffixes.isCountryCompound(candidate.surface) && opensWithCountries) else { continue }
                // A clipping the dictionary knows must mean the same (空自 "Air Self-Defense
                // Force"); 兵隊 "soldier" is a word of its own, not short for 海兵連隊.
                if let glosses = evidence.lexicon?.glosses[candidate.surface] {
                    let words = Set(TranslationEvidence.coverageWords(result[index].english) + acronyms.map(EnglishWordForms.foldLatin))
                    guard glosses.contains(where: { !Set(TranslationEvidence.coverageWords($0)).isDisjoint(with: words) }) else { continue }
                }
                    clipped.append(candidate.surface)
                }
            }
            result[index].japaneseShortForms += clipped
            for acronym in acronyms where !result[index].englishShortForms.contains(acronym) && acronym != result[index].english {
                result[index].englishShortForms.append(acronym)
            }
        }
        return result
    }

    /// Whether `short` occurs in `full` starting and ending on word boundaries.
    static func isNested(_ short: String, in full: [Character], boundaries: Set<Int>) -> Bool {
        let s = Array(short)
        guard s.count <= full.count else { return false }
        for start in 0...(full.count - s.count) where Array(full[start..<(start + s.count)]) == s {
            if boundaries.count <= 1 || (boundaries.contains(start) && boundaries.contains(start + s.count)) { return true }
        }
        return false
    }

    static func isInOrderSubsequence(_ short: [Character], of full: [Character]) -> Bool {
        var i = 0
        for c in full where i < short.count && c == short[i] { i += 1 }
        return i == short.count
    }

    /// Competitive linking inside each segment: the strongest pair first, then the strongest
    /// pair that shares no word with a linked one, and so on.
    func link(_ count: Int, _ english: Occurrences, _ japanese: Occurrences, _ evidence: TranslationEvidence,
              documents: [String?] = []) -> [[Link]] {
        var cache: [String: TranslationEvidence.Match?] = [:]
        var result: [[Link]] = []
        for segment in 0..<count {
            var proposals: [Link] = []
            let japaneseNumbers = japanese.candidates[segment].candidates.map { TermNumbers.japanese($0.key) }
            for e in english.candidates[segment].candidates {
                let fe = english.frequency(e.key)
                let englishNumbers = TermNumbers.english(e.surface)
                for (jIndex, j) in japanese.candidates[segment].candidates.enumerated()
                    where !j.isPhrase && TermNumbers.agree(englishNumbers, japaneseNumbers[jIndex]) {
                    let match = cachedMatch(e, j, english, japanese, cache: &cache)
                    var strength = match?.strength ?? 0
                    // Transliteration is for names and new loanwords. An everyday lower-case
                    // English word has its loanword in the dictionary if it has one at all, so
                    // sounding like a katakana name (worse ~ ロシア) is chance.
                    if match?.signal == "transliteration", generalVocabulary.isEveryday(e) { strength = 0 }
                    let fj = japanese.frequency(j.key)
                    let together = Self.intersectionCount(english.postings[e.key] ?? [], japanese.postings[j.key] ?? [])
                    let dice = 2 * Double(together) / Double(fe + fj)
                    let association = dice * Double(together) / Double(together + 1)
                    // Co-occurrence alone links only what the dictionary cannot speak for: names and
                    // new coinages. A common word the dictionary glosses otherwise (一致 "agreement")
                    // is not a name's translation however often the two meet.
                    let byAssociation = together >= 2 && dice >= 0.6 && !evidence.isDictionaryWord(j.surface) && !j.isPhrase && !e.isPhrase
                    guard strength >= minEvidence || byAssociation else { continue }
                    // A piece of a longer name links only on strong evidence of its own (a title
                    // such as "Prime Minister" = 首相): otherwise it is a leftover of a name whose
                    // whole translation was not found ("Information" = 情報).
                    if e.isNameFragment, strength < 0.9 { continue }
                    // One Japanese word does not stand for an English phrase it half explains:
                    // English adds a head noun Japanese leaves to grammar (迅速に "in an
                    // expeditious manner", 国際的な "international gathering"), so the pair is a
                    // fragment. Widening may still grow such a word into a compound below.
                    if strength < 0.9, e.parts.count >= 2, j.units.count == 1, evidence.isDictionaryWord(j.surface),
                       !evidence.explainsEveryWord(english: e, japanese: j) { continue }
                    // English and Japanese compounds are head-final: a phrase whose head the
                    // Japanese does not explain is translated only in its modifiers (U.S.
                    // presidential retreat ⇔ 米大統領, missile threat ⇔ ミサイル開発), so the
                    // pair is a fragment. Widening may still grow a link into such a compound.
                    if strength < 0.9, e.parts.count >= 2, !e.isName, !j.isPhrase,
                       !evidence.explainsHead(english: e, japanese: j) { continue }
                    // A sequence of country abbreviations (日米韓) names a relation of all its
                    // countries: an English naming some of them ("U.S." ⇔ 日米) is a fragment.
                    if strength < 0.9, JapaneseTermAffixes.isCountryCompound(j.surface) { continue }
                    // Nor by association (see `cachedMatch`).
                    if match == nil, JapaneseTermAffixes.isCountryTitle(j.surface, isWord: evidence.isDictionaryWord) { continue }
                    // A name with an honorific (林氏, …フィールド氏) links only where the English
                    // translates the honorific too ("Tokugawa clan" ⇔ 徳川氏); "Mr. Hayashi" is
                    // the name alone, which is a candidate of its own.
                    if strength < 0.95, let last = j.parts.last, JapaneseTermAffixes.honorifics.contains(last), j.parts.count >= 2 { continue }
                    // An English coordination links on sure evidence only (see `coordinations`).
                    if e.isPhrase, strength < 0.9 { continue }
                    // Strong evidence counts as one level, and inside it the longer pair wins, so a
                    // whole term beats its parts (the agreement's full name over "Agreement").
                    let level = strength >= 0.9 ? 1.0 : strength
                    let score = level + (1 - level) * association * 0.8 + 0.01 * Double(e.units.count + j.units.count)
                    proposals.append(Link(english: e, japanese: j, strength: strength,
                                          signal: match?.signal ?? "association", score: score))
                }
            }
            // An acronym Japanese keeps in Latin letters (NATO, ICBM) is the term on both sides,
            // even where the Japanese spells the long form out in brackets
            // (NATO（北大西洋条約機構）): the bracket explains, the acronym is what was written.
            func isSameForm(_ link: Link) -> Bool {
                JapaneseCandidateExtractor.latinForm(link.japanese.surface).map(EnglishWordForms.foldLatin)
                    == EnglishWordForms.foldLatin(link.english.surface)
            }
            let sameForm = Set(proposals.filter { isSameForm($0) && EnglishCandidateExtractor.isAcronym($0.english.surface)
                && !$0.english.surface.contains(Character(" ")) }.map(\.english.units))
            proposals.removeAll { sameForm.contains($0.english.units) && !isSameForm($0) }
            proposals.sort { $0.score > $1.score }
            var chosen: [Link] = []
            // Word units already linked, per side: checking a proposal costs its length, not the
            // number of links so far (long segments have thousands of proposals).
            var usedEnglish: Set<Int> = [], usedJapanese: Set<Int> = []
            for proposal in proposals where !proposal.english.units.contains(where: usedEnglish.contains)
                && !proposal.japanese.units.contains(where: usedJapanese.contains) {
                chosen.append(proposal)
                usedEnglish.formUnion(proposal.english.units)
                usedJapanese.formUnion(proposal.japanese.units)
            }
            func match(_ e: TermCandidate, _ j: TermCandidate) -> TranslationEvidence.Match? {
                guard TermNumbers.agree(english: e.surface, japanese: j.key) else { return nil }
                return cachedMatch(e, j, english, japanese, cache: &cache)
            }
            for index in chosen.indices {
                guard let wider = widened(chosen[index], english.candidates[segment].candidates, japanese.candidates[segment].candidates,
                                          usedEnglish: usedEnglish, usedJapanese: usedJapanese, match: match) else { continue }
                usedEnglish.formUnion(wider.english.units)
                usedJapanese.formUnion(wider.japanese.units)
                chosen[index] = wider
            }
            chosen += chosen.compactMap { nestedHead(of: $0, proposals, english, japanese) }
            chosen += chosen.compactMap { nestedName(of: $0, proposals) }
            let phrases = phraseLinks(chosen, english.candidates[segment].candidates, japanese.candidates[segment].candidates, match: match)
            // A piece of a name ("Spirit" ⇔ 精神) was only linked for want of the whole name;
            // unless it is a name itself, surely matched: no English word (Hatamaki-toge ⇔ 旗巻峠
            // inside the Battle of Hatamaki-toge, Bunei ⇔ 文永 inside the Bunei War).
            chosen.removeAll { link in
                link.english.isNameFragment && !(link.strength >= 0.9 && evidence.isProperName(link.english.surface))
                    && phrases.contains { Self.encloses($0.english.units, link.english.units) }
            }
            chosen += phrases
            result.append(chosen)
        }
        if linksNeighbours { addNeighbourLinks(&result, english, japanese, documents: documents, cache: &cache) }
        return result
    }

    /// Japanese candidates that occur inside another compound candidate (no particle, so no
    /// hiragana) of the text: the units it builds its compounds from (ミサイル in 弾道ミサイル, 首脳
    /// in 首脳会談). A phrase like 戦略的な挑戦 does not make 挑戦 one. Over a corpus, a compound in
    /// any of its documents counts: the corpus is one text about one domain.
    static func productiveJapanese(_ japanese: Occurrences) -> Set<String> {
        let keys = Set(japanese.postings.keys)
        var result: Set<String> = []
        // Every inner substring of every compound, looked up: linear in the corpus, where
        // comparing all pairs of keys would be quadratic.
        for compound in keys where !compound.unicodeScalars.contains(where: { (0x3041...0x309F).contains($0.value) }) {
            let characters = Array(compound)
            guard characters.count >= 2 else { continue }
            for start in 0..<characters.count {
                for end in (start + 1)...characters.count where end - start < characters.count {
                    let piece = String(characters[start..<end])
                    if keys.contains(piece) { result.insert(piece) }
                }
            }
        }
        return result
    }

    /// A one-word English term linked once on half a match or less: facing ⇔ 直面 (EDICT: "facing
    /// up to"), conference ⇔ 記者会見 ("press conference"), relation ⇔ 日韓関係. The English names
    /// a part of what the Japanese says, so the pair is a fragment far more often than a term
    /// (on Samples 11 of 13 such pairs were wrong; on the Kyoto check 73 of 75 are not lexicon
    /// pairs). It is scored down like general vocabulary: below the default `minScore`, still
    /// shown by a lower one. A pair seen twice or more, or known to the user, is kept.
    static func isHalfExplainedWord(_ pair: ExtractedTermPair) -> Bool {
        guard !pair.isKnown, pair.frequency <= 1, pair.evidenceStrength > 0, pair.evidenceStrength <= 0.5,
              !pair.english.contains(Character(" ")), !pair.english.contains(Character("-")) else { return false }
        return !pair.evidence.contains("association")
    }

    /// The evidence for a pair of candidates, computed once per pair of keys: a segment's
    /// candidates meet again in other segments and in the later passes.
    func cachedMatch(_ e: TermCandidate, _ j: TermCandidate, _ english: Occurrences, _ japanese: Occurrences,
                     cache: inout [String: TranslationEvidence.Match?]) -> TranslationEvidence.Match? {
        let cacheKey = e.key + "\u{1}" + j.key
        if let cached = cache[cacheKey] { return cached }
        // A country's holder of a title (米大統領 "U.S. President") pairs as the title alone, in
        // every pass (direct links, widening, phrases, neighbours).
        if JapaneseTermAffixes.isCountryTitle(j.surface, isWord: evidence.isDictionaryWord) {
            cache[cacheKey] = .some(nil)
            return nil
        }
        let found = evidence.match(english: e, japanese: j, englishAliases: english.aliases[e.key] ?? [],
                                   japaneseAliases: japanese.aliases[j.key] ?? [])
        cache[cacheKey] = found
        return found
    }

    /// English and Japanese compound nouns are both head-final, and a modifier the dictionary
    /// cannot explain (counterstrike, 反撃) is left over beside a pair it can (capability ⇔ 能力).
    /// When both leftovers sit on the same side of the linked pair, inside one candidate on each
    /// side, and no other link took them, they are that pair's modifiers: the link widens to the
    /// whole compound (counterstrike capability ⇔ 反撃能力, defense budget ⇔ 防衛費). Of the
    /// widenings, the one with the strongest evidence is taken, the longer on a tie.
    func widened(_ link: Link, _ englishCandidates: [TermCandidate], _ japaneseCandidates: [TermCandidate],
                 usedEnglish: Set<Int>, usedJapanese: Set<Int>,
                 match: (TermCandidate, TermCandidate) -> TranslationEvidence.Match?) -> Link? {
        func sides(_ outer: Range<Int>, _ inner: Range<Int>) -> (before: Bool, after: Bool)? {
            guard outer != inner, outer.lowerBound <= inner.lowerBound, outer.upperBound >= inner.upperBound else { return nil }
            return (outer.lowerBound < inner.lowerBound, outer.upperBound > inner.upperBound)
        }
        var best: Link?
        for e in englishCandidates where !e.isNameFragment {
            guard let englishSides = sides(e.units, link.english.units),
                  !e.units.contains(where: { usedEnglish.contains($0) && !link.english.units.contains($0) }) else { continue }
            for j in japaneseCandidates where !j.isPhrase {
                guard let japaneseSides = sides(j.units, link.japanese.units), japaneseSides == englishSides,
                      !j.units.contains(where: { usedJapanese.contains($0) && !link.japanese.units.contains($0) }),
                      let found = match(e, j), found.strength > 0 else { continue }
                // Widening does not take an honorific the English leaves out (see `link`).
                if found.strength < 0.95, let last = j.parts.last, JapaneseTermAffixes.honorifics.contains(last) { continue }
                let size = e.units.count + j.units.count
                if let current = best, (current.strength, current.english.units.count + current.japanese.units.count) >= (found.strength, size) { continue }
                best = Link(english: e, japanese: j, strength: found.strength, signal: found.signal, score: link.score)
            }
        }
        return best
    }

    /// A Japanese particle phrase (最大の戦略的挑戦) links after competitive linking, beside the
    /// links inside it, never instead of them: a phrase that wins a word's place loses the word
    /// pair (完全な非核化 would hide 非核化 ⇔ denuclearization). It needs sure evidence (≥ 0.9),
    /// and every link touching either side must lie inside the phrase pair. Longer phrases first.
    /// A phrase whose modifier says only what everyday words say (完全な非核化 "complete
    /// denuclearization", 重要な成果 "important result") is a noun with an epithet, not a term:
    /// some English word explained by the modifier alone must be below the general-vocabulary
    /// threshold (不法 "unlawful", 最大 "greatest"). Coordinations (平和と安定) have no modifier.
    func phraseLinks(_ chosen: [Link], _ englishCandidates: [TermCandidate], _ japaneseCandidates: [TermCandidate],
                     match: (TermCandidate, TermCandidate) -> TranslationEvidence.Match?) -> [Link] {
        var added: [Link] = []
        for j in japaneseCandidates.filter(\.isPhrase).sorted(by: { $0.units.count > $1.units.count }) {
            guard !added.contains(where: { $0.japanese.units.overlaps(j.units) }) else { continue }
            let links = chosen.filter { $0.japanese.units.overlaps(j.units) }
            guard links.allSatisfy({ Self.encloses(j.units, $0.japanese.units) }) else { continue }
            var best: Link?
            for e in englishCandidates where !added.contains(where: { $0.english.units.overlaps(e.units) }) {
                guard chosen.filter({ $0.english.units.overlaps(e.units) }).allSatisfy({ link in Self.encloses(e.units, link.english.units) && links.contains { $0.english.units == link.english.units } }),
                      let found = match(e, j), found.strength >= 0.9 else { continue }
                // A phrase the dictionary lists whole (関ヶ原の戦い) is a name, not a noun with an
                // epithet.
                if !evidence.isDictionaryWord(j.surface) {
                    guard let modifier = evidence.phraseExplanation(english: e, japanese: j)?.modifierWords,
                          Self.hasCountryModifier(j)
                            || modifier.contains(where: { generalVocabulary.entries(using: $0) < generalVocabulary.threshold }) else { continue }
                }
                if let current = best, (current.strength, current.english.units.count) >= (found.strength, e.units.count) { continue }
                best = Link(english: e, japanese: j, strength: found.strength, signal: found.signal, score: found.strength)
            }
            if let best { added.append(best) }
        }
        return added
    }

    /// Whether a Japanese phrase's modifier is a sequence of country abbreviations (日米韓 in
    /// 日米韓の連携): it names the parties of a relation or framework, no epithet, though the
    /// country names are everyday words.
    static func hasCountryModifier(_ phrase: TermCandidate) -> Bool {
        guard let first = phrase.phraseParts.first else { return false }
        return JapaneseTermAffixes.isCountryCompound(first) && phrase.surface.dropFirst(first.count).hasPrefix("の")
    }

    static func encloses(_ outer: Range<Int>, _ inner: Range<Int>) -> Bool {
        outer.lowerBound <= inner.lowerBound && inner.upperBound <= outer.upperBound
    }

    /// A term used as the head of a longer one is linked as well: a sentence yields the whole and
    /// the term it is built on. The pair must be sure (evidence of at least 0.9), its Japanese a
    /// dictionary word, and either
    /// - the Japanese whole is a bound prefix and the head (米|大統領, 米|副大統領, 前|大統領): such a
    ///   whole is a phrase, "the U.S. president", and the head is the term even inside a name;
    ///   but a country's institution (米海兵隊, 米海軍) is a name, its head another concept; or
    /// - the head is a compound of its own, two English words or more, no piece of a name, and
    ///   found alone elsewhere on both sides (ballistic missile in intercontinental ballistic
    ///   missile ⇔ 大陸間弾道ミサイル, where the text also says 弾道ミサイル alone). A lone
    ///   word is a building block of compounds (drill, statement), and a piece of a name is no
    ///   term of its own (Strategy in National Security Strategy).
    /// Only the longest such head is taken.
    func nestedHead(of link: Link, _ proposals: [Link], _ english: Occurrences, _ japanese: Occurrences) -> Link? {
        proposals.filter { p in
            guard p.strength >= 0.9, p.english.units.upperBound == link.english.units.upperBound,
                  p.english.units.lowerBound > link.english.units.lowerBound,
                  p.japanese.units.upperBound == link.japanese.units.upperBound,
                  p.japanese.units.lowerBound > link.japanese.units.lowerBound,
                  evidence.isDictionaryWord(p.japanese.surface) else { return false }
            let afterPrefix = p.japanese.units.lowerBound == link.japanese.units.lowerBound + 1
                && link.japanese.parts.first.map(JapaneseTermAffixes.prefixes.contains) == true
            // A country's institution (米海兵隊 U.S. Marine Corps, 米国務省) is a name of its own;
            // only a title after a country (米|大統領) is the term inside the phrase.
            let countryInstitution = link.japanese.parts.first.flatMap { $0.count == 1 ? JapaneseTermAffixes.countryAbbreviations[$0.first!] : nil } != nil
                && !JapaneseTermAffixes.titleHeads.contains(where: { p.japanese.surface.hasSuffix($0) })
            if afterPrefix, !countryInstitution { return true }
            guard p.english.units.count >= 2, !p.english.isNameFragment else { return false }
            // Kept where it also occurs alone: on each side, some segment holds the head without
            // the whole.
            return english.frequency(p.english.key) > english.frequency(link.english.key)
                && japanese.frequency(p.japanese.key) > japanese.frequency(link.japanese.key)
        }.max { ($0.english.units.count + $0.japanese.units.count) < ($1.english.units.count + $1.japanese.units.count) }
    }

    /// A name that opens a longer term is linked as well: Kamakura ⇔ 鎌倉 in Kamakura period ⇔
    /// 鎌倉時代, Fukushima ⇔ 福島 in Fukushima Domain ⇔ 福島藩. The name is a concept of its
    /// own (the place, the clan, the era) that a reader looks up alone, where a leading common
    /// word is not (defense ⇔ 防衛 in defense budget, kept only where it stands alone). The pair
    /// must be sure (evidence of at least 0.9), open both sides of the link, be written as a name
    /// in English and stand as one there (no piece of a longer capitalised name: National
    /// Security in National Security Strategy), and not be a sequence of country abbreviations,
    /// which labels a relation (日米 in 日米同盟), and it must stand as a name
    /// (`isStandingName`). The longest such name is taken.
    func nestedName(of link: Link, _ proposals: [Link]) -> Link? {
        proposals.filter { p in
            p.strength >= 0.9 && p.english.isName && !p.english.isNameFragment
                && p.english.units.lowerBound == link.english.units.lowerBound && p.english.units.upperBound < link.english.units.upperBound
                && p.japanese.units.lowerBound == link.japanese.units.lowerBound && p.japanese.units.upperBound < link.japanese.units.upperBound
                && !JapaneseTermAffixes.isCountryCompound(p.japanese.surface)
                && isStandingName(english: p.english.surface, japanese: p.japanese.surface)
        }.max { ($0.english.units.count + $0.japanese.units.count) < ($1.english.units.count + $1.japanese.units.count) }
    }

    /// Whether a name cut from the front of a longer term stands as a name: the English does
    /// not end in an adjective or nationality (Okinawa Prefectural, Kagoshima Prefectural in
    /// "… Prefectural government") nor open with a number or ordinal (Second Kishida in
    /// "Second Kishida cabinet"), and the Japanese is a word or name a dictionary lists, or
    /// all katakana (中国海警 cut from 中国海警局 is neither).
    func isStandingName(english: String, japanese: String) -> Bool {
        let words = english.split(separator: " ")
        guard let first = words.first, let last = words.last else { return false }
        let lastLower = last.lowercased()
        if EnglishTermBoundaries.cannotEndTerm(lastLower) || EnglishTermBoundaries.demonyms.contains(lastLower) || lastLower == "english" { return false }
        if first.first?.isNumber == true || TermNumbers.value(ofEnglishWord: first.lowercased()) != nil { return false }
        return evidence.isDictionaryWord(japanese) || evidence.names?.glosses[japanese] != nil
            || japanese.unicodeScalars.allSatisfy { [.katakana, .punctuation].contains(ScriptClass.of($0)) }
    }

    /// An acronym names what its long form names: where the text defines one ("the General
    /// Security of Military Information Agreement, or GSOMIA"), an acronym pair without a
    /// category of its own takes its long form's (GSOMIA a treaty, as 軍事情報包括保護協定 is).
    /// Japanese defines one in brackets too: 大陸間弾道ミサイル（ICBM）.
    static func givingAcronymsTheirLongFormsCategory(_ pairs: inout [ExtractedTermPair], _ english: Occurrences, _ japanese: Occurrences) {
        var categories: [String: ConceptCategory] = [:]
        for pair in pairs {
            guard let category = pair.category else { continue }
            for alias in (english.aliases[pair.englishKey] ?? []) + (japanese.aliases[pair.japaneseKey] ?? [])
            where categories[alias] == nil && EnglishCandidateExtractor.isAcronym(alias) {
                categories[alias] = category
            }
        }
        for index in pairs.indices where pairs[index].category == nil {
            if let category = categories[pairs[index].english] ?? categories[pairs[index].japanese] { pairs[index].category = category }
        }
    }

    /// Pairs over the whole input: evidence from the best link, association from how often the
    /// two linked whenever either occurred.
    func aggregate(_ links: [[Link]], _ segments: [SegmentPair], _ english: Occurrences, _ japanese: Occurrences) -> [ExtractedTermPair] {
        struct Tally {
            var strength = 0.0
            var signals: [String] = []
            var segments: [Int] = []
            var known = false
            var japaneseSegments: [Int: Int] = [:]
            var englishIsName = false
            var afterPersonalTitle = false
            var followingHeads: [String: Int] = [:]
            var links = 0
            /// The head most often written after the English, when it follows in at least half
            /// the links: "North Korea missile launches" once among many mentions is a modifier,
            /// not the kind of thing North Korea is.
            var mostFollowingHead: String? {
                guard let best = followingHeads.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), 2 * best.value >= links else { return nil }
                return best.key
            }
        }
        var tallies: [String: Tally] = [:]
        var order: [String] = []
        for (segment, chosen) in links.enumerated() {
            for link in chosen {
                let key = link.english.key + "\u{1}" + link.japanese.key
                if tallies[key] == nil { order.append(key) }
                var tally = tallies[key] ?? Tally()
                tally.strength = max(tally.strength, link.strength)
                if !tally.signals.contains(link.signal) { tally.signals.append(link.signal) }
                if tally.segments.last != segment { tally.segments.append(segment) }
                if let other = link.japaneseSegment { tally.japaneseSegments[segment] = other }
                tally.known = tally.known || link.signal == "glossary"
                tally.englishIsName = tally.englishIsName || (link.english.isName && !link.english.isNameFragment)
                tally.afterPersonalTitle = tally.afterPersonalTitle || link.english.followsPersonalTitle
                if let head = link.english.followingHead { tally.followingHeads[head, default: 0] += 1 }
                tally.links += 1
                tallies[key] = tally
            }
        }
        let englishTermhood = Termhood.cValues(english.postings.mapValues(\.count))
        let japaneseTermhood = Termhood.flr(japanese.candidates)
        var pairs: [ExtractedTermPair] = []
        for key in order {
            let tally = tallies[key]!
            let parts = key.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init)
            let fe = english.frequency(parts[0]), fj = japanese.frequency(parts[1])
            let linked = tally.segments.count
            let together = Self.intersectionCount(english.postings[parts[0]] ?? [], japanese.postings[parts[1]] ?? [])
            let consistency = Double(linked) / Double(max(fe, fj))
            let association = consistency * Double(linked) / Double(linked + 1)
            let score = tally.strength * (0.7 + 0.3 * consistency) + (1 - tally.strength) * association * 0.9
            var signals = tally.signals
            if linked >= 2, !signals.contains("association") { signals.append("association") }
            let englishSurface = english.surface(parts[0])
            let japaneseSurface = japanese.surface(parts[1])
            pairs.append(ExtractedTermPair(
                english: englishSurface, japanese: japaneseSurface, englishKey: parts[0], japaneseKey: parts[1],
                score: min(1, score), frequency: linked, cooccurrence: together, evidence: signals,
                segments: tally.segments.map { segments[$0].id }, isKnown: tally.known,
                englishTermhood: englishTermhood[parts[0]] ?? 0, japaneseTermhood: japaneseTermhood[parts[1]] ?? 0,
                category: CategoryGuess.category(english: englishSurface, japanese: japaneseSurface,
                                                 japaneseIsWord: evidence.isDictionaryWord(japaneseSurface),
                                                 isPlace: { evidence.names?.places.contains($0) ?? false },
                                                 onlyPlace: { evidence.names?.isPlaceOnly($0) ?? false },
                                                 afterPersonalTitle: tally.afterPersonalTitle,
                                                 followingHead: tally.mostFollowingHead),
                evidenceStrength: tally.strength))
            pairs[pairs.count - 1].japaneseSegments = Dictionary(uniqueKeysWithValues: tally.japaneseSegments.map { (segments[$0.key].id, segments[$0.value].id) })
            pairs[pairs.count - 1].documentCount = Set(tally.segments.map { segments[$0].document ?? segments[$0].id }).count
            pairs[pairs.count - 1].englishIsName = tally.englishIsName
        }
        Self.givingAcronymsTheirLongFormsCategory(&pairs, english, japanese)
        let spelled = Self.preferringSpelledOut(pairs) { full in
            let key = EnglishCandidateExtractor.key(of: full)
            return english.frequency(key) > 0 ? english.surface(key) : nil
        }
        return Self.foldingSurnames(spelled).sorted { ($0.score, $0.frequency, $1.english) > ($1.score, $1.frequency, $0.english) }
    }

    /// News names a person in full once and by surname after that, so a person yields two pairs:
    /// "Fumio Kishida" ⇔ 岸田文雄 and "Kishida" ⇔ 岸田 (or "Joe Biden" and "Biden" ⇔ バイデン).
    /// The surname pair is the same concept: it is folded into the full name's as short forms.
    /// The full name must be two or three capitalised words, guessed a person or written in
    /// katakana ("Defense Ministry" has no surname); the surname pair's English must be
    /// its last word, and its Japanese either the same or the start of the full Japanese name
    /// (family name first) or the last part of a ・-joined katakana name.
    static func foldingSurnames(_ pairs: [ExtractedTermPair]) -> [ExtractedTermPair] {
        var result = pairs
        var removed: Set<Int> = []
        for (index, full) in pairs.enumerated() {
            let words = full.english.split(separator: " ")
            let katakana = full.japanese.unicodeScalars.allSatisfy { ScriptClass.of($0) == .katakana || $0 == "・" }
            guard (2...3).contains(words.count), // A hyphenated surname is one word (Linda Thomas-Greenfield).
                  words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" } && $0.last != "-" }),
                  full.category == .person || katakana, let surname = words.last else { continue }
            for (other, short) in pairs.enumerated() where other != index && !removed.contains(other) && short.english == String(surname) {
                let ja = short.japanese, fullJa = full.japanese
                let sameJapanese = ja == fullJa
                let familyFirst = fullJa.hasPrefix(ja) && ja.count < fullJa.count
                let katakanaLast = fullJa.hasSuffix("・" + ja)
                guard sameJapanese || familyFirst || katakanaLast else { continue }
                removed.insert(other)
                result[index].englishShortForms.append(short.english)
                if !sameJapanese { result[index].japaneseShortForms.append(ja) }
                result[index].score = max(full.score, short.score)
                result[index].frequency = full.frequency + short.frequency
                result[index].segments = Array(Set(full.segments + short.segments)).sorted()
                result[index].japaneseSegments.merge(short.japaneseSegments) { kept, _ in kept }
                result[index].category = .person
            }
        }
        return result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    }

    static func intersectionCount(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }
}

extension TermExtractor {
    /// Why one pair was or was not extracted, one line per segment holding either side: whether
    /// each side is a candidate there, the evidence, and which links took its words instead.
    /// For evaluation and debugging only; the extraction itself never calls it.
    public func explain(english: String, japanese: String, in segments: [SegmentPair]) -> [String] {
        explain([(english, japanese)], in: segments)[0]
    }

    /// `explain` for many pairs, extracting and linking the segments once.
    public func explain(_ pairs: [(english: String, japanese: String)], in segments: [SegmentPair]) -> [[String]] {
        let (englishOccurrences, japaneseOccurrences) = occurrences(segments)
        let links = link(segments.count, englishOccurrences, japaneseOccurrences, evidence)
        return pairs.map { explain(english: $0.english, japanese: $0.japanese, segments, englishOccurrences, japaneseOccurrences, links) }
    }

    func explain(english: String, japanese: String, _ segments: [SegmentPair], _ englishOccurrences: Occurrences,
                 _ japaneseOccurrences: Occurrences, _ links: [[Link]]) -> [String] {
        let ek = EnglishCandidateExtractor.key(of: english), jk = JapaneseCandidateExtractor.key(of: japanese)
        var lines: [String] = []
        for index in segments.indices {
            let es = englishOccurrences.candidates[index].candidates.filter { $0.key == ek }
            let js = japaneseOccurrences.candidates[index].candidates.filter { $0.key == jk }
            let englishText = segments[index].english.lowercased().contains(english.lowercased().prefix(6))
            guard !es.isEmpty || !js.isEmpty || (englishText && segments[index].japanese.contains(japanese)) else { continue }
            var line = "\(segments[index].id): EN \(es.isEmpty ? "-" : "cand") JA \(js.isEmpty ? (segments[index].japanese.contains(japanese) ? "text-only" : "-") : "cand")"
            if let e = es.first, let j = js.first {
                let match = evidence.match(english: e, japanese: j, englishAliases: englishOccurrences.aliases[e.key] ?? [],
                                           japaneseAliases: japaneseOccurrences.aliases[j.key] ?? [])
                line += " ev=\(match.map { "\($0.signal) \(String(format: "%.2f", $0.strength))" } ?? "none") frag=\(e.isNameFragment)"
            }
            let chosen = links[index]
            if chosen.contains(where: { $0.english.key == ek && $0.japanese.key == jk }) {
                line += " LINKED"
            } else {
                let blockers = chosen.filter { l in
                    es.contains { $0.units.overlaps(l.english.units) } || js.contains { $0.units.overlaps(l.japanese.units) }
                }
                line += " blocked by " + blockers.map { "\($0.english.surface)⇔\($0.japanese.surface)(\(String(format: "%.2f", $0.score)))" }.joined(separator: ", ")
            }
            lines.append(line)
        }
        return lines
    }
}
