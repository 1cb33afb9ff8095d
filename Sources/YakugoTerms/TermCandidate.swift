import YakugoCore

/// One possible term found in one sentence: its written form, the key occurrences are counted
/// under, and where it sits.
public struct TermCandidate: Hashable, Sendable {
    /// The form to show a user: as written, with an English plural made singular and a
    /// possessive dropped.
    public var surface: String
    /// The key that groups occurrences: English lower-cased, periods of initialisms dropped,
    /// each word stemmed; Japanese width-folded.
    public var key: String
    /// Word units covered, as a half-open range of unit indices in the sentence (used to keep
    /// nested candidates from being linked twice).
    public var units: Range<Int>
    /// The parts the candidate is built from: English content-word stems, Japanese word units.
    public var parts: [String]
    /// Whether it is written as a name (English: capitalised words or an acronym).
    public var isName: Bool
    /// Whether it is a part of a longer capitalised name in its sentence ("Information" inside
    /// "General Security of Military Information Agreement").
    public var isNameFragment: Bool
    /// For a Japanese phrase joined by a particle (最大の戦略的挑戦, 平和と安定): the words the
    /// particles join. Empty for a compound.
    public var phraseParts: [String] = []
    /// For English: written right after a personal title ("Mr. Sato", "Dr. Lee"), so a person.
    public var followsPersonalTitle = false
    /// For English: written right after a possessive ("China’s armed forces"), which names
    /// its owner.
    public var followsPossessive = false
    /// For an English name: the last word of the lower-case term written right after it
    /// ("cruise missile" after "Tomahawk", "multi-domain exercise" after "Freedom Edge"), which
    /// tells what the name names.
    public var followingHead: String?

    public init(surface: String, key: String, units: Range<Int>, parts: [String], isName: Bool, isNameFragment: Bool = false) {
        self.surface = surface
        self.key = key
        self.units = units
        self.parts = parts
        self.isName = isName
        self.isNameFragment = isNameFragment
    }

    /// Whether the candidate is a particle phrase rather than a compound.
    public var isPhrase: Bool { !phraseParts.isEmpty }

    /// Whether two candidates of the same sentence share a word unit.
    public func overlaps(_ other: TermCandidate) -> Bool { units.overlaps(other.units) }
}

/// The candidates of one sentence, with the aliases the sentence defines
/// ("Japan Air Self-Defense Force (JASDF)", "尹錫悦（ユン・ソンニョル）").
public struct SentenceCandidates: Sendable {
    public var candidates: [TermCandidate]
    /// Candidate key → alias forms the sentence gives for it in brackets or after "or"
    /// (an acronym, or the katakana reading of a kanji name).
    public var aliases: [String: [String]]

    public init(candidates: [TermCandidate], aliases: [String: [String]] = [:]) {
        self.candidates = candidates
        self.aliases = aliases
    }
}
