/// One alignment bead: consecutive sentences on each side that translate each other.
///
/// A side may be empty (a sentence with no counterpart). Indices are 0-based sentence
/// positions in the English and Japanese documents.
public struct Bead: Hashable, Sendable, Codable {
    public var english: Range<Int>
    public var japanese: Range<Int>
    /// Confidence in [0, 1] that this bead is right; see Docs/ALIGNMENT.md for its meaning.
    public var confidence: Double

    public init(english: Range<Int>, japanese: Range<Int>, confidence: Double = 1) {
        self.english = english
        self.japanese = japanese
        self.confidence = confidence
    }

    /// "2-1" for two English sentences and one Japanese.
    public var shape: String { "\(english.count)-\(japanese.count)" }

    /// Whether one side is empty.
    public var isOneSided: Bool { english.isEmpty || japanese.isEmpty }
}

/// A bilingual lexicon: Japanese headwords with their English glosses, for alignment anchors
/// and term pairing. Keys are Japanese forms exactly as written; glosses are lower-cased.
public struct BilingualLexicon: Sendable {
    public private(set) var glosses: [String: [String]] = [:]
    /// The longest headword, in characters, so lookups know how far to look.
    public private(set) var longestHeadword = 0

    public init() {}

    /// Room for `count` headwords, so loading a large dictionary does not rehash as it grows.
    public mutating func reserveCapacity(_ count: Int) {
        glosses.reserveCapacity(count)
    }

    public mutating func add(japanese: String, english: String) {
        glosses[japanese, default: []].append(english)
        longestHeadword = max(longestHeadword, japanese.unicodeScalars.count)
    }

    /// Kana readings of headwords written with kanji (奉行 → ぶぎょう): English writes some
    /// Japanese words in romaji (bugyo, kantei), which only the reading can meet.
    public private(set) var readings: [String: [String]] = [:]

    /// Adds a kana reading of a headword, once.
    public mutating func add(japanese: String, reading: String) {
        if readings[japanese]?.contains(reading) != true { readings[japanese, default: []].append(reading) }
    }

    /// Lower-cased gloss words written capitalised more often than not (japan, mutsu, nato):
    /// names, not common words, though glosses are kept in lower case.
    public private(set) var properNouns: Set<String> = []

    /// Sets the proper nouns (the dictionary reader finds them).
    public mutating func setProperNouns(_ words: Set<String>) {
        properNouns = words
    }

    /// Headwords a name dictionary tags as places (ニューヨーク, 沖縄, 中国 "Chūgoku").
    public private(set) var places: Set<String> = []
    /// Those of `places` that are also tagged as a person's name (沖縄 is a surname too).
    public private(set) var placesAlsoPersons: Set<String> = []

    /// Sets the place headwords and those also tagged as persons (the name reader finds them).
    public mutating func setPlaces(_ headwords: Set<String>, alsoPersons: Set<String>) {
        places = headwords
        placesAlsoPersons = alsoPersons
    }

    /// Whether the name dictionary tags the headword as a place, and never as a person's name.
    public func isPlaceOnly(_ headword: String) -> Bool {
        places.contains(headword) && !placesAlsoPersons.contains(headword)
    }

    public var count: Int { glosses.count }
    public var isEmpty: Bool { glosses.isEmpty }
}
