import YakugoCore

/// Tells everyday vocabulary from domain terms by how widely the dictionary uses an English word.
///
/// A translation can be right and still not belong in a glossary: peace ⇔ 平和, case ⇔ 場合 and
/// world ⇔ 世界 are vocabulary every translator knows. Such words have many senses and
/// collocations, so a general dictionary uses them in the glosses of many entries (EDICT as
/// loaded: time 1,410 entries, world 430, case 345, peace 130), while domain words are used by few
/// (deterrence 6, interoperability 10, destroyer 22). The count is a generality measure that needs
/// no corpus of its own. It decides nothing alone: a domain word can be common too (missile 48,
/// drill 73), so a pair is general vocabulary only when all of these hold:
/// - the English is one word, lower-case or capitalised only where it was never a name of its
///   own (opening a sentence, inside a longer name): names, acronyms and multi-word terms carry
///   their own specificity (Prime Minister, ICBM, joint drill);
/// - the dictionary uses that word in at least `standaloneThreshold` entries, or `threshold`
///   entries when the text builds compounds from its Japanese (a productive unit);
/// - the pair was linked in one segment only: a general word the text keeps translating the same
///   way is a subject of the text (army ⇔ 陸軍 in a history of the army), one used once is not;
///   over a corpus, at most once in each document it was linked in (group ⇔ 集団 once in each of
///   three articles is still vocabulary);
/// - the user's glossary does not hold the pair.
public struct GeneralVocabulary: Sendable {
    /// Number of dictionary entries whose glosses use each lower-cased English word.
    let entryCounts: [String: Int]
    /// A word used by at least this many entries is general. Lower thresholds drop more everyday
    /// words of news text but also more of the general words a history lexicon keeps (page,
    /// path, world); 100 is where that loss stays under one point of recall on the Kyoto check,
    /// see the sweep in Docs/BENCHMARKS.md.
    public var threshold: Int
    /// The bar for a word whose Japanese the text uses only on its own. A unit the text builds
    /// compounds from (首脳 in 首脳会談, ミサイル in 弾道ミサイル) is a subject of the text even
    /// when its standalone pair is linked once — the observation behind Nakagawa–Mori's FLR —
    /// and keeps `threshold`; a word that stands alone has no such support. 20 is the lowest bar
    /// that keeps the Kyoto check's recall loss under one point (sweep in Docs/BENCHMARKS.md).
    public var standaloneThreshold: Int

    public init(lexicon: BilingualLexicon?, threshold: Int = 100, standaloneThreshold: Int = 20) {
        self.init(entryCounts: Self.entryCounts(lexicon), threshold: threshold, standaloneThreshold: standaloneThreshold)
    }

    /// With counts already made (`TranslationEvidence` makes them once for both).
    public init(entryCounts: [String: Int], threshold: Int = 100, standaloneThreshold: Int = 20) {
        self.threshold = threshold
        self.standaloneThreshold = standaloneThreshold
        self.entryCounts = entryCounts
    }

    /// For each lower-cased a–z word, how many entries use it in a gloss.
    static func entryCounts(_ lexicon: BilingualLexicon?) -> [String: Int] {
        var counts: [String: Int] = [:]
        // Glosses are lower-cased; splitting their bytes at anything but a-z is enough here and
        // faster than splitting Characters over every gloss of EDICT.
        for glosses in lexicon?.glosses.values.map(Array.init) ?? [] {
            var words: Set<String> = []
            for gloss in glosses {
                for word in gloss.utf8.split(whereSeparator: { !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }) {
                    words.insert(String(decoding: word, as: UTF8.self))
                }
            }
            for word in words { counts[word, default: 0] += 1 }
        }
        return counts
    }

    /// How many dictionary entries use the word in a gloss (0 for a word it does not know).
    public func entries(using word: String) -> Int {
        entryCounts[word.lowercased()] ?? 0
    }

    /// A lower-case word the dictionary uses in this many glosses is everyday English, which
    /// never pairs by sound alone and never links across a sentence boundary (`TermExtractor`).
    public static let everydayEntries = 10

    /// Whether a candidate is one lower-case word used in at least `everydayEntries` glosses.
    public func isEveryday(_ candidate: TermCandidate) -> Bool {
        candidate.parts.count == 1 && candidate.surface.allSatisfy { $0.isLetter && $0.isLowercase }
            && entries(using: candidate.surface) >= Self.everydayEntries
    }

    /// Whether the pair is everyday vocabulary rather than a term (see the type's rules).
    public func isGeneral(_ pair: ExtractedTermPair, productive: Bool = false) -> Bool {
        guard !pair.isKnown, pair.frequency <= max(1, pair.documentCount) else { return false }
        let english = pair.english
        guard !english.isEmpty, english.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { return false }
        // A capital letter marks a name only where the word stood as a name of its own.
        if english.unicodeScalars.contains(where: { ("A"..."Z").contains($0) }) {
            let rest = english.unicodeScalars.dropFirst()
            guard !pair.englishIsName, !rest.contains(where: { ("A"..."Z").contains($0) }) else { return false }
        }
        return entries(using: english) >= (productive ? threshold : min(threshold, standaloneThreshold))
    }
}
