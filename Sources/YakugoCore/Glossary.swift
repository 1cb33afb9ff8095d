/// Whether a term may be used: the three states a terminologist reviews a glossary in.
public enum TermStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Proposed by extraction or a user, not reviewed yet.
    case candidate
    /// Reviewed and allowed.
    case approved
    /// Must not be used; the concept's approved term of the same language replaces it.
    case forbidden
}

/// The part a term plays inside its concept, so a short form is never offered as the full name.
public enum TermUsage: String, Hashable, Sendable, Codable, CaseIterable {
    /// The form to use by default (one per language and concept).
    case preferred
    /// Another full form that is also correct (フリーダム・エッジ / フリーダムエッジ).
    case variant
    /// An acronym or abbreviation (JASDF, ICBM).
    case abbreviation
    /// A clipped form used in running text (空自 for 航空自衛隊).
    case shortForm
}

/// The broad kind of thing a concept names; drives checks (names are checked as names).
public enum ConceptCategory: String, Hashable, Sendable, Codable, CaseIterable {
    case organization = "org"
    case person
    case title
    case place
    case weapon
    case treaty
    case concept
    case event
}

/// One written form of a concept in one language.
public struct Term: Hashable, Sendable, Codable {
    public var text: String
    public var language: Language
    public var usage: TermUsage
    public var status: TermStatus
    /// A note about this form only (why it is forbidden, where it is used).
    public var note: String?

    public init(_ text: String, language: Language, usage: TermUsage = .preferred,
                status: TermStatus = .approved, note: String? = nil) {
        self.text = text
        self.language = language
        self.usage = usage
        self.status = status
        self.note = note
    }
}

/// A sentence pair showing a concept in use, with where it came from.
public struct TermContext: Hashable, Sendable, Codable {
    public var english: String
    public var japanese: String
    /// Segment id such as `icbm-eez-hokkaido-2022#3`; nil when unknown.
    public var segment: String?

    public init(english: String, japanese: String, segment: String? = nil) {
        self.english = english
        self.japanese = japanese
        self.segment = segment
    }
}

/// One glossary entry: a single meaning with all its English and Japanese forms.
public struct Concept: Hashable, Sendable, Codable {
    /// Stable identifier (TBX `termEntry id`); nil until a writer assigns one.
    public var id: String?
    public var terms: [Term]
    public var category: ConceptCategory?
    /// Subject field, e.g. `defense` or `diplomacy`.
    public var domain: String?
    public var note: String?
    /// Confidence in [0, 1] of an extracted pair; nil for a curated entry.
    public var score: Double?
    /// How many aligned segments showed the pair; nil when not counted.
    public var frequency: Int?
    /// Documents or files the entry was found in or taken from.
    public var sources: [String]
    public var contexts: [TermContext]
    /// Names of the signals that support an extracted pair (`dice`, `edict`, `transliteration`).
    public var evidence: [String]

    public init(id: String? = nil, terms: [Term], category: ConceptCategory? = nil, domain: String? = nil,
                note: String? = nil, score: Double? = nil, frequency: Int? = nil, sources: [String] = [],
                contexts: [TermContext] = [], evidence: [String] = []) {
        self.id = id
        self.terms = terms
        self.category = category
        self.domain = domain
        self.note = note
        self.score = score
        self.frequency = frequency
        self.sources = sources
        self.contexts = contexts
        self.evidence = evidence
    }

    /// A two-term concept, the shape extraction and hand-written glossaries produce.
    public init(english: String, japanese: String, status: TermStatus = .approved, category: ConceptCategory? = nil) {
        self.init(terms: [Term(english, language: .english, status: status),
                          Term(japanese, language: .japanese, status: status)],
                  category: category)
    }

    /// All forms in one language, in entry order.
    public func terms(in language: Language) -> [Term] { terms.filter { $0.language == language } }

    /// The preferred form in a language: the first non-forbidden `preferred` term, else the first
    /// non-forbidden term of any usage.
    public func preferred(in language: Language) -> Term? {
        let usable = terms(in: language).filter { $0.status != .forbidden }
        return usable.first { $0.usage == .preferred } ?? usable.first
    }

    /// The forms a translation may use: every term of the language that is not forbidden.
    public func allowed(in language: Language) -> [Term] {
        terms(in: language).filter { $0.status != .forbidden }
    }

    /// The forms a reviewer accepted: the approved terms of the language. A candidate form of a
    /// concept is only a proposal, so checks never take it for a correct rendering.
    public func approved(in language: Language) -> [Term] {
        terms(in: language).filter { $0.status == .approved }
    }

    /// The forms a translation must not use.
    public func forbidden(in language: Language) -> [Term] {
        terms(in: language).filter { $0.status == .forbidden }
    }

    /// The concept's review state: forbidden only if every term is, candidate if any allowed term
    /// is still a candidate, else approved.
    public var status: TermStatus {
        let usable = terms.filter { $0.status != .forbidden }
        if usable.isEmpty { return .forbidden }
        return usable.contains { $0.status == .candidate } ? .candidate : .approved
    }
}

/// A bilingual glossary: concepts in file order, with the language pair they cover.
public struct Glossary: Hashable, Sendable, Codable {
    public var sourceLanguage: Language
    public var targetLanguage: Language
    public var concepts: [Concept]

    public init(concepts: [Concept] = [], sourceLanguage: Language = .english, targetLanguage: Language = .japanese) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.concepts = concepts
    }

    public var count: Int { concepts.count }
    public var isEmpty: Bool { concepts.isEmpty }

    /// Every allowed (English, Japanese) pair: each allowed English form with each allowed
    /// Japanese form of the same concept. This is what the aligner and the extractor use as anchors.
    public var allowedPairs: [(english: String, japanese: String)] {
        var out: [(english: String, japanese: String)] = []
        for concept in concepts {
            for en in concept.allowed(in: .english) {
                for ja in concept.allowed(in: .japanese) { out.append((en.text, ja.text)) }
            }
        }
        return out
    }
}
