import YakugoCore
import YakugoText

/// Finds Japanese term candidates: compound nouns rebuilt from runs of word units.
///
/// Japanese writes no spaces, and a compound noun (大陸間弾道ミサイル, 航空自衛隊) is a run of
/// kanji, katakana and Latin units; hiragana (particles, verb and adjective endings) and
/// punctuation end it. Word units come from `WordTokenizer` (ICU's dictionary, with katakana,
/// Latin and number runs kept whole). Numbers with counters and dates are not terms, and end a
/// run; a bare number right after a name stays with it (火星17), as does an ordinal (第5条) and a
/// bare number between two words (安保関連3文書). Every sub-run of up to
/// `maxUnits` units is a candidate unless it starts with a bound suffix or ends with a bound
/// prefix (`JapaneseTermAffixes`), so nested terms are found where they occur alone.
public struct JapaneseCandidateExtractor: Sendable {
    public var maxUnits: Int
    /// A dictionary whose headwords add word boundaries inside kanji runs.
    public var lexicon: BilingualLexicon?

    /// Person and place names (ENAMDICT): a name the word tokenizer does not know comes as
    /// single kanji, and its first or last may look like a bound affix (長|州|藩, 久|留|米).
    public var names: BilingualLexicon?

    public init(maxUnits: Int = 6, lexicon: BilingualLexicon? = nil, names: BilingualLexicon? = nil) {
        self.maxUnits = maxUnits
        self.lexicon = lexicon
        self.names = names
    }

    public func extract(_ sentence: String) -> SentenceCandidates {
        let tokens = WordTokenizer(language: .japanese).units(in: sentence)
        let units = refined(tokens)
        let mentions = NumberRecognizer.mentions(in: sentence, language: .japanese)
        let numeric = mentions.map(\.range)
        // An ordinal (第5, 第12) numbers one of a kind: 第5条, 第12海兵連隊 are names.
        let ordinals = mentions.filter { $0.text.hasPrefix("第") }.map(\.range)
        func isNumeric(_ unit: WordUnit) -> Bool {
            numeric.contains { $0.overlaps(unit.range.start..<unit.range.end) }
        }
        func ordinal(_ unit: WordUnit) -> Range<Int>? {
            ordinals.first { $0.overlaps(unit.range.start..<unit.range.end) }
        }
        func isWordLike(_ index: Int) -> Bool {
            index >= 0 && index < units.count && [.kanji, .katakana].contains(units[index].script) && !isNumeric(units[index])
        }
        var runs: [[Int]] = []
        var current: [Int] = []
        for (index, unit) in units.enumerated() {
            let script = unit.script
            let letters = script == .kanji || script == .katakana || script == .latin
            if letters, !isNumeric(unit) {
                current.append(index)
                continue
            }
            if ordinal(unit) != nil {
                current.append(index)
                continue
            }
            // A bare number between two words is part of the compound (安保関連3文書 "the three
            // security documents"); a number with a counter (3発, 3カ国) is no such part.
            if script == .digit, isWordLike(index - 1), isWordLike(index + 1), let last = current.last, last == index - 1,
               units[last].range.end == unit.range.start, unit.range.end == units[index + 1].range.start {
                current.append(index)
                continue
            }
            // A bare number glued to a name (火星17, 12式 is a counter and ends the run).
            if script == .digit, let last = current.last, units[last].range.end == unit.range.start,
               !isNumeric(units[last]) {
                current.append(index)
                continue
            }
            if !current.isEmpty { runs.append(current) }
            current = []
        }
        if !current.isEmpty { runs.append(current) }

        let inside = lexicon.map { Self.wordInteriorBoundaries(units, lexicon: $0) } ?? (starts: [], ends: [])
        let spanning = lexicon.map { Self.unitsInsideWords(units, lexicon: $0) } ?? (opening: [], closing: [])
        // Names are looked for among the tokenizer's own single-kanji units, before the
        // dictionary's extra cuts (which split 中国中 as 中|国|中 and would let out 国中).
        let spelledNames: [Range<Int>] = names.map { names in
            namesCutApart(tokens, names: names).compactMap { range in
                let from = tokens[range.lowerBound].range.start, to = tokens[range.upperBound - 1].range.end
                guard let first = units.firstIndex(where: { $0.range.start == from }),
                      let last = units.firstIndex(where: { $0.range.end == to }) else { return nil }
                return first..<(last + 1)
            }
        } ?? []
        var candidates: [TermCandidate] = []
        for run in runs {
            for start in run.indices {
                let first = units[run[start]]
                if first.text.unicodeScalars.first.map({ ScriptClass.of($0) == .digit }) == true { continue }
                if inside.starts.contains(run[start]) { continue }
                // 中 and 台 are suffixes too, but they open 中露 or 台日.
                let boundStart = JapaneseTermAffixes.suffixes.contains(first.text)
                for end in start..<min(run.count, start + maxUnits) {
                    let last = units[run[end]]
                    if inside.ends.contains(run[end]) { continue }
                    // 第12 alone is a rank, not a name: the name goes on (第12海兵連隊, 第5条).
                    if let rank = ordinal(last), last.range.end <= rank.upperBound { continue }
                    let parts = run[start...end].map { units[$0].text }
                    let surface = Self.surface(run[start...end].map { units[$0] })
                    // A sequence of country abbreviations names a relation (日米韓), though each
                    // one is a bound prefix.
                    let countries = JapaneseTermAffixes.isCountryCompound(surface)
                    // A name of single kanji opens or closes the candidate with what looks like
                    // an affix (長州藩, 久留米): the candidate holds the whole name.
                    let nameStart = spelledNames.contains { $0.lowerBound == run[start] && $0.upperBound <= run[end] + 1 }
                    let nameEnd = spelledNames.contains { $0.upperBound == run[end] + 1 && $0.lowerBound >= run[start] }
                    if boundStart, !countries, !nameStart, !spanning.opening.contains(run[start]) { continue }
                    if end > start, !countries, !nameEnd, JapaneseTermAffixes.prefixes.contains(last.text) && !spanning.closing.contains(run[end])
                        || JapaneseTermAffixes.positional.contains(last.text) { continue }
                    if start == end, !countries, JapaneseTermAffixes.prefixes.contains(last.text) && last.text.count == 1 { continue }
                    guard Self.isPlausible(surface, parts: parts) else { continue }
                    candidates.append(TermCandidate(surface: surface, key: Self.key(of: surface),
                                                    units: run[start]..<(run[end] + 1), parts: parts, isName: false))
                }
            }
        }
        candidates += phrases(units, candidates) + spelledDesignations(units)
        return SentenceCandidates(candidates: candidates, aliases: bracketAliases(units: units, candidates: candidates))
    }

    /// Symbols Japanese spells out in katakana inside a designation, with the symbol.
    static let spelledSymbols: [String: String] = ["プラス": "+"]

    /// A designation of numbers joined by a spelled-out symbol (2プラス2 for “2+2”): a run may
    /// not start with a number, so it is found here.
    func spelledDesignations(_ units: [WordUnit]) -> [TermCandidate] {
        guard units.count >= 3 else { return [] }
        return (0..<(units.count - 2)).compactMap { index in
            let three = units[index..<(index + 3)]
            guard three.first!.script == .digit, three.last!.script == .digit, Self.spelledSymbols[units[index + 1].text] != nil,
                  zip(three, three.dropFirst()).allSatisfy({ $0.range.end == $1.range.start }) else { return nil }
            let parts = three.map(\.text)
            return TermCandidate(surface: parts.joined(), key: Self.key(of: parts.joined()), units: index..<(index + 3), parts: parts, isName: false)
        }
    }

    /// The Latin form of a designation with spelled-out symbols (2プラス2 → 2+2), nil when
    /// anything else than Latin letters, digits and such symbols remains.
    public static func latinForm(_ surface: String) -> String? {
        var text = surface
        for (spelled, symbol) in spelledSymbols { text = text.replacing(spelled, with: symbol) }
        return text.unicodeScalars.allSatisfy(\.isASCII) ? text : nil
    }

    /// Some terms hold a particle: 最大の戦略的挑戦 "greatest strategic challenge", 不法な海洋権益の
    /// 主張 "unlawful maritime claims". A compound stops at the particle, so such a phrase is
    /// built from the words on either side of one of `JapaneseTermAffixes.phraseConnectors`: a
    /// candidate, or with a lexicon a dictionary word (攻撃的, which is no candidate as an
    /// adjective, may modify, and on the right only before another particle: 最大の攻撃的な行動).
    /// A phrase may be joined once more
    /// on its right (X の Y の Z), no further. Such a phrase is far more often narration than a
    /// term (日本の安全), so `TranslationEvidence` links it only when the English explains each
    /// joined word.
    func phrases(_ units: [WordUnit], _ candidates: [TermCandidate]) -> [TermCandidate] {
        func isWordScript(_ unit: WordUnit) -> Bool { [.kanji, .katakana].contains(unit.script) }
        // A kanji word with its okurigana (戦い "battle", 守り) is one noun, as in 関ヶ原の戦い.
        func isOkuriganaWord(_ unit: WordUnit) -> Bool {
            unit.script == .mixed && unit.text.unicodeScalars.first.map { ScriptClass.of($0) == .kanji } == true
                && unit.text.unicodeScalars.allSatisfy { [.kanji, .hiragana].contains(ScriptClass.of($0)) }
        }
        func adjacent(_ range: Range<Int>) -> Bool {
            if range.count == 1, isOkuriganaWord(units[range.lowerBound]) { return true }
            return range.dropFirst().allSatisfy { units[$0 - 1].range.end == units[$0].range.start && isWordScript(units[$0]) }
                && isWordScript(units[range.lowerBound])
        }
        // Dictionary words of up to three units, which `extract` may not have kept as candidates;
        // on the right, also a one-character event head (文永の役), which opens no phrase.
        func words(_ ranges: [Range<Int>], right: Bool = false) -> [TermCandidate] {
            guard let lexicon else { return [] }
            return ranges.compactMap { range in
                guard range.lowerBound >= 0, range.upperBound <= units.count, adjacent(range) else { return nil }
                let parts = range.map { units[$0].text }
                let surface = parts.joined()
                let eventHead = right && JapaneseTermAffixes.eventHeads.contains(surface)
                guard surface.unicodeScalars.count >= 2 || eventHead, lexicon.glosses[surface] != nil,
                      !JapaneseTermAffixes.nonTerms.contains(surface),
                      surface.hasSuffix("的") || eventHead || Self.isPlausible(surface, parts: parts) else { return nil }
                return TermCandidate(surface: surface, key: Self.key(of: surface), units: range, parts: parts, isName: false)
            }
        }
        func join(_ left: TermCandidate, _ connector: Int, _ right: TermCandidate) -> TermCandidate {
            let surface = left.surface + units[connector].text + right.surface
            var phrase = TermCandidate(surface: surface, key: Self.key(of: surface), units: left.units.lowerBound..<right.units.upperBound,
                                       parts: left.parts + [units[connector].text] + right.parts, isName: false)
            phrase.phraseParts = (left.isPhrase ? left.phraseParts : [left.surface]) + [right.surface]
            return phrase
        }
        func isConnector(_ index: Int) -> Bool {
            index > 0 && index + 1 < units.count && JapaneseTermAffixes.phraseConnectors.contains(units[index].text)
                && units[index - 1].range.end == units[index].range.start && units[index].range.end == units[index + 1].range.start
        }
        let known = Set(candidates.map(\.units))
        func sides(_ connector: Int) -> (left: [TermCandidate], right: [TermCandidate]) {
            let left = candidates.filter { $0.units.upperBound == connector }
                + words((1...3).map { (connector - $0)..<connector }).filter { !known.contains($0.units) }
            let right = candidates.filter { $0.units.lowerBound == connector + 1 }
                + words((1...3).map { (connector + 1)..<(connector + 1 + $0) }, right: true).filter { !known.contains($0.units) }
                    .filter { !$0.surface.hasSuffix("的") || isConnector($0.units.upperBound) }
            return (left, right)
        }
        let connectors = units.indices.filter(isConnector)
        var found: [TermCandidate] = []
        for connector in connectors {
            let (left, right) = sides(connector)
            for l in left { for r in right { found.append(join(l, connector, r)) } }
        }
        var chained: [TermCandidate] = []
        for connector in connectors {
            let right = sides(connector).right
            for l in found where l.units.upperBound == connector { for r in right { chained.append(join(l, connector, r)) } }
        }
        // An adjective on the right was only there to be joined on (危険かつ攻撃的 + な行動).
        return (found + chained).filter { !$0.surface.hasSuffix("的") }
    }

    /// ICU's dictionary sometimes cuts a kanji run where no word ends (米国|務|省 for 米 + 国務省).
    /// With a lexicon, each run of kanji units is also cut where a forward and a backward
    /// longest-match over the headwords cut it, and candidates may start and end at any of the
    /// boundaries, so 国務省 is found inside 米国務省.
    func refined(_ units: [WordUnit]) -> [WordUnit] {
        guard let lexicon else { return units }
        var out: [WordUnit] = []
        var index = 0
        while index < units.count {
            guard units[index].script == .kanji else { out.append(units[index]); index += 1; continue }
            var end = index
            while end < units.count, units[end].script == .kanji,
                  end == index || units[end - 1].range.end == units[end].range.start { end += 1 }
            let run = units[index..<end]
            let scalars = Array(run.map(\.text).joined().unicodeScalars)
            let start = run.first!.range.start
            var cuts = Set(run.map { $0.range.end - start })
            cuts.formUnion(Self.longestMatchCuts(scalars, lexicon: lexicon, backward: false))
            cuts.formUnion(Self.longestMatchCuts(scalars, lexicon: lexicon, backward: true))
            cuts.formUnion(Self.positionalCuts(scalars, lexicon: lexicon))
            var previous = 0
            for cut in cuts.sorted() where cut > previous && cut <= scalars.count {
                out.append(WordUnit(text: String(String.UnicodeScalarView(scalars[previous..<cut])),
                                    range: TextRange(start: start + previous, end: start + cut), script: .kanji))
                previous = cut
            }
            index = end
        }
        return out
    }

    /// Units a candidate may not start at (`starts`) or end with (`ends`), because the cut before
    /// the unit falls inside a dictionary word and does not split it into words.
    ///
    /// The extra cuts of `refined` let 国務省 out of 米国務省; they must not let out 務省 or
    /// 務長官 (the tails of 国務省 and 国務長官), 韓関係 (日韓 is the word), or 朝鮮 inside 北朝鮮:
    /// such fragments pair with "Department", "Secretary", "relations" or "Korea" and hide the
    /// whole term. A start at a cut inside a word W is kept when a word of two characters or more
    /// begins there, and for every such W either the part of W before the cut is a word of two
    /// characters or more (航空|自衛隊) or a bound prefix (米|大統領), or the word beginning at the
    /// cut reaches past W (米国 and 国務省 overlap: two readings, both words). Ends are the mirror
    /// image, with bound suffixes (防衛|費).
    static func wordInteriorBoundaries(_ units: [WordUnit], lexicon: BilingualLexicon) -> (starts: Set<Int>, ends: Set<Int>) {
        var starts: Set<Int> = [], ends: Set<Int> = []
        var index = 0
        while index < units.count {
            guard units[index].script == .kanji else { index += 1; continue }
            var end = index + 1
            while end < units.count, units[end].script == .kanji, units[end - 1].range.end == units[end].range.start { end += 1 }
            let scalars = Array(units[index..<end].map(\.text).joined().unicodeScalars)
            let count = scalars.count
            func isWord(_ from: Int, _ to: Int) -> Bool {
                to - from >= 2 && lexicon.glosses[String(String.UnicodeScalarView(scalars[from..<to]))] != nil
            }
            // Dictionary words of the run, as (from, to) scalar offsets; headwords are short.
            var words: [(from: Int, to: Int)] = []
            for from in 0..<count {
                for to in (from + 2)...max(from + 2, min(count, from + 8)) where to <= count && isWord(from, to) { words.append((from, to)) }
            }
            var offset = 0
            for unit in (index + 1)..<end {
                offset += units[unit - 1].text.unicodeScalars.count
                let cut = offset
                let spanning = words.filter { $0.from < cut && cut < $0.to }
                guard !spanning.isEmpty else { continue }
                let longestStarting = words.filter { $0.from == cut }.map(\.to).max()
                // A bound prefix or suffix is a head or tail of its own (米|大統領, 防衛|費).
                func text(_ from: Int, _ to: Int) -> String { String(String.UnicodeScalarView(scalars[from..<to])) }
                let startKept = longestStarting.map { reach in
                    spanning.allSatisfy { isWord($0.from, cut) || JapaneseTermAffixes.prefixes.contains(text($0.from, cut)) || reach > $0.to }
                } ?? false
                let longestEnding = words.filter { $0.to == cut }.map(\.from).min()
                let endKept = longestEnding.map { reach in
                    spanning.allSatisfy { isWord(cut, $0.to) || JapaneseTermAffixes.suffixes.contains(text(cut, $0.to)) || reach < $0.from }
                } ?? false
                // Of two overlapping words the longer wins: where a word from the cut reaches past
                // every word spanning it and is longer than each (国連大使 over 軍国 in
                // 張軍国連大使), the spanning words are no words here, and the cut bounds both
                // sides (張軍 | 国連大使). 米国 does not overrule 国務省 in 米国務省.
                let overruledFromRight = longestStarting.map { reach in spanning.allSatisfy { reach > $0.to && reach - cut > $0.to - $0.from } } ?? false
                let overruledFromLeft = longestEnding.map { reach in spanning.allSatisfy { reach < $0.from && cut - reach > $0.to - $0.from } } ?? false
                if !startKept && !overruledFromLeft { starts.insert(unit) }
                if !endKept && !overruledFromRight { ends.insert(unit - 1) }
            }
            index = end
        }
        return (starts, ends)
    }

    /// Cuts around a positional noun glued to a word: 公海|上, 就任|後, 不平等条約|上. The
    /// dictionary lists some such wholes (公海上 "on the high seas"), and a whole would hide the
    /// word, which is the term. The word before must have two characters or more, since a
    /// one-character base makes a word of its own (海上 "maritime", 国内, 空間), and no word may
    /// begin at the positional character (岸田|内閣: 内閣 "cabinet" is no position). When the
    /// character also closes a two-character word (期間, 国内), the other reading wins if what
    /// precedes that word is a word or a bound prefix: 全|期間 and 日本|国内, but 公海|上.
    static func positionalCuts(_ scalars: [Unicode.Scalar], lexicon: BilingualLexicon) -> Set<Int> {
        func text(_ from: Int, _ to: Int) -> String { String(String.UnicodeScalarView(scalars[from..<to])) }
        func isWord(_ from: Int, _ to: Int) -> Bool { lexicon.glosses[text(from, to)] != nil }
        var cuts: Set<Int> = []
        for position in scalars.indices where position >= 2 && JapaneseTermAffixes.positional.contains(String(scalars[position])) {
            guard let start = (max(0, position - 8)...(position - 2)).first(where: { isWord($0, position) }) else { continue }
            let wordAt = position + 2 <= scalars.count && ((position + 2)...min(scalars.count, position + 8)).contains { isWord(position, $0) }
            let head = text(start, position - 1)
            let otherReading = isWord(position - 1, position + 1)
                && (head.unicodeScalars.count >= 2 && isWord(start, position - 1) || JapaneseTermAffixes.prefixes.contains(head))
            if !wordAt, !otherReading { cuts.formUnion([position, position + 1]) }
        }
        return cuts
    }

    /// Word ends of a greedy longest-match segmentation, from the left or from the right.
    static func longestMatchCuts(_ scalars: [Unicode.Scalar], lexicon: BilingualLexicon, backward: Bool) -> Set<Int> {
        var cuts: Set<Int> = [0, scalars.count]
        if backward {
            var end = scalars.count
            while end > 0 {
                var length = min(8, end)
                while length > 1, lexicon.glosses[String(String.UnicodeScalarView(scalars[(end - length)..<end]))] == nil { length -= 1 }
                end -= length
                cuts.insert(end)
            }
        } else {
            var start = 0
            while start < scalars.count {
                var length = min(8, scalars.count - start)
                while length > 1, lexicon.glosses[String(String.UnicodeScalarView(scalars[start..<(start + length)]))] == nil { length -= 1 }
                start += length
                cuts.insert(start)
            }
        }
        return cuts
    }

    /// Unit ranges that spell a name of the names dictionary: a unit the general dictionary
    /// does not hold (the tokenizer knows 長州, but the dictionary's cuts split it as 長|州), or
    /// two to four single-kanji units glued together (a name the tokenizer does not know, cut
    /// into characters: 久|留|米).
    func namesCutApart(_ units: [WordUnit], names: BilingualLexicon) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for start in units.indices where units[start].script == .kanji && units[start].text.unicodeScalars.count >= 2 {
            // A name the tokenizer knows, which the general dictionary's cuts would split (長州).
            if names.glosses[units[start].text] != nil, lexicon?.glosses[units[start].text] == nil { found.append(start..<(start + 1)) }
        }
        for start in units.indices where units[start].script == .kanji && units[start].text.unicodeScalars.count == 1 {
            var end = start + 1
            while end < units.count, end - start < 4, units[end].script == .kanji, units[end].text.unicodeScalars.count == 1,
                  units[end - 1].range.end == units[end].range.start {
                end += 1
                let text = units[start..<end].map(\.text).joined()
                if names.glosses[text] != nil { found.append(start..<end) }
            }
        }
        return found
    }

    /// Units that open (`opening`) or close (`closing`) a dictionary word of two characters or
    /// more reaching past them: the extra cuts of `refined` split 中立国 as 中|立国, and 中 is a
    /// bound affix only where it stands alone, not as the first character of 中立. (A positional
    /// noun still ends no candidate: 日本側 holds the word 本側 in no useful sense.)
    static func unitsInsideWords(_ units: [WordUnit], lexicon: BilingualLexicon) -> (opening: Set<Int>, closing: Set<Int>) {
        var opening: Set<Int> = [], closing: Set<Int> = []
        for (index, unit) in units.enumerated() where unit.script == .kanji && unit.text.unicodeScalars.count == 1 {
            var text = unit.text
            var next = index + 1
            while next < units.count, next - index < 4, units[next].script == .kanji, units[next - 1].range.end == units[next].range.start {
                text += units[next].text
                if lexicon.glosses[text] != nil { opening.insert(index); break }
                next += 1
            }
            text = unit.text
            var previous = index - 1
            while previous >= 0, index - previous < 4, units[previous].script == .kanji, units[previous].range.end == units[previous + 1].range.start {
                text = units[previous].text + text
                if lexicon.glosses[text] != nil { closing.insert(index); break }
                previous -= 1
            }
        }
        return (opening, closing)
    }

    /// Two characters at least (a lone kanji is a morpheme, not a term), not a narration noun.
    static func isPlausible(_ surface: String, parts: [String]) -> Bool {
        let count = surface.unicodeScalars.count
        if count < 2 { return false }
        if JapaneseTermAffixes.nonTerms.contains(surface) { return false }
        // …的 makes an adjective (戦略的 "strategic"); the term is the noun it modifies.
        if surface.hasSuffix("的") { return false }
        return true
    }

    /// Width-folded form used to count occurrences (ＩＣＢＭ = ICBM, ﾐｻｲﾙ = ミサイル).
    /// The units' text joined as written: Latin words Japanese writes with a space between
    /// them keep it (Alan Lithgow, not AlanLithgow); everything else is written solid.
    static func surface(_ units: [WordUnit]) -> String {
        var text = ""
        for (index, unit) in units.enumerated() {
            if index > 0, unit.range.start > units[index - 1].range.end, unit.script == .latin, units[index - 1].script == .latin {
                text += " "
            }
            text += unit.text
        }
        return text
    }

    public static func key(of surface: String) -> String {
        TextNormalizer.foldWidth(surface).string
    }

    /// "尹錫悦（ユン・ソンニョル）" and "軍事情報包括保護協定（GSOMIA）": the bracketed katakana
    /// reading or Latin acronym becomes an alias of the longest candidate just before it.
    private func bracketAliases(units: [WordUnit], candidates: [TermCandidate]) -> [String: [String]] {
        var aliases: [String: [String]] = [:]
        for (index, unit) in units.enumerated() where unit.text == "（" || unit.text == "(" {
            guard index + 2 < units.count, units[index + 2].text == "）" || units[index + 2].text == ")" else { continue }
            let inner = units[index + 1]
            guard inner.script == .katakana || inner.script == .latin else { continue }
            // The compound before the bracket, not a particle phrase ending there (韓国の尹錫悦).
            let before = candidates.filter { $0.units.upperBound == index && !$0.isPhrase }
            if let best = before.max(by: { $0.units.count < $1.units.count }) {
                aliases[best.key, default: []].append(inner.text)
            }
        }
        return aliases
    }
}
