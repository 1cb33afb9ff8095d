import YakugoCore
import YakugoText

/// Finds Japanese term candidates: compound nouns rebuilt from runs of word units.
///
/// Japanese writes no spaces, and a compound noun (大陸間弾道ミサイル, 航空自衛隊) is a run of
/// kanji, katakana and Latin units; hiragana (particles, verb and adjective endings) and
/// punctuation end it. Word units come from `WordTokenizer` (ICU's dictionary, with katakana,
/// Latin and number runs kept whole). Numbers with counters and dates are not terms, and end a
/// run; a bare number right after a name stays with it (火星17). Every sub-run of up to
/// `maxUnits` units is a candidate unless it starts with a bound suffix or ends with a bound
/// prefix (`JapaneseTermAffixes`), so nested terms are found where they occur alone.
public struct JapaneseCandidateExtractor: Sendable {
    public var maxUnits: Int
    /// A dictionary whose headwords add word boundaries inside kanji runs.
    public var lexicon: BilingualLexicon?

    public init(maxUnits: Int = 6, lexicon: BilingualLexicon? = nil) {
        self.maxUnits = maxUnits
        self.lexicon = lexicon
    }

    public func extract(_ sentence: String) -> SentenceCandidates {
        let units = refined(WordTokenizer(language: .japanese).units(in: sentence))
        let numeric = NumberRecognizer.mentions(in: sentence, language: .japanese).map(\.range)
        func isNumeric(_ unit: WordUnit) -> Bool {
            numeric.contains { $0.overlaps(unit.range.start..<unit.range.end) }
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

        var candidates: [TermCandidate] = []
        for run in runs {
            for start in run.indices {
                let first = units[run[start]]
                if JapaneseTermAffixes.suffixes.contains(first.text) || first.script == .digit { continue }
                for end in start..<min(run.count, start + maxUnits) {
                    let last = units[run[end]]
                    if end > start, JapaneseTermAffixes.prefixes.contains(last.text) { continue }
                    if start == end, JapaneseTermAffixes.prefixes.contains(last.text) && last.text.count == 1 { continue }
                    let parts = run[start...end].map { units[$0].text }
                    let surface = parts.joined()
                    guard Self.isPlausible(surface, parts: parts) else { continue }
                    candidates.append(TermCandidate(surface: surface, key: Self.key(of: surface),
                                                    units: run[start]..<(run[end] + 1), parts: parts, isName: false))
                }
            }
        }
        return SentenceCandidates(candidates: candidates, aliases: bracketAliases(units: units, candidates: candidates))
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
            let before = candidates.filter { $0.units.upperBound == index }
            if let best = before.max(by: { $0.units.count < $1.units.count }) {
                aliases[best.key, default: []].append(inner.text)
            }
        }
        return aliases
    }
}
