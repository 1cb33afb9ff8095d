import YakugoCore
import YakugoText

/// A disagreement found while merging glossaries: the merge goes on, the user decides.
public struct GlossaryConflict: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The same concept has different preferred forms in one language.
        case preferredTerm = "preferred-term"
        /// A form approved (or a candidate) in one file and forbidden in another.
        case status
        /// The same concept filed under different categories.
        case category
        /// A form allowed in two concepts that share no form of the other language: the two
        /// files translate it differently (JASDF ⇔ 航空自衛隊 in one, JASDF ⇔ 空軍 in another).
        case sharedForm = "shared-form"
    }

    public var kind: Kind
    public var concept: String
    public var message: String

    public var description: String { "\(concept): \(message)" }
}

/// Merges glossaries into one, concept by concept.
///
/// Two concepts are the same when they have the same id, the same preferred English form
/// (compared by `TextNormalizer.matchKey`: case, width and spacing ignored), or share both an
/// English and a Japanese form. Merged concepts keep the first one's order and preferred forms
/// and take the union of terms, sources, evidence and contexts. A form present in both keeps the
/// stronger status: forbidden beats approved (reported as a conflict when the other file
/// approved it), approved beats candidate. A second, different preferred form is kept as a
/// variant and reported. Category, domain, note and id: the first one given; score and
/// frequency: the larger.
public struct GlossaryMerger {
    public private(set) var glossary = Glossary()
    public private(set) var conflicts: [GlossaryConflict] = []
    /// Where each merged concept first came from (file name), parallel to `glossary.concepts`.
    private var origins: [String] = []
    private var byID: [String: Int] = [:]
    private var byPreferredEnglish: [String: Int] = [:]
    private var byEnglishForm: [String: [Int]] = [:]
    /// Allowed forms of each language → the concepts that allow them (for `reportSharedForms`).
    private var byAllowedForm: [Language: [String: [Int]]] = [:]

    public init() {}

    /// Merges every glossary in order and returns the result and the conflicts.
    public static func merge(_ inputs: [(source: String, glossary: Glossary)]) -> (glossary: Glossary, conflicts: [GlossaryConflict]) {
        var merger = GlossaryMerger()
        for input in inputs { merger.add(input.glossary, source: input.source) }
        return (merger.glossary, merger.conflicts)
    }

    public mutating func add(_ other: Glossary, source: String) {
        for concept in other.concepts { add(concept, source: source) }
    }

    static func key(_ text: String) -> String { TextNormalizer.matchKey(text).string }

    public mutating func add(_ concept: Concept, source: String) {
        let target: Int
        if let index = match(concept) {
            merge(concept, from: source, into: index)
            target = index
        } else {
            reportSharedForms(concept, from: source)
            glossary.concepts.append(concept)
            origins.append(source)
            target = glossary.concepts.count - 1
        }
        index(target)
    }

    private func match(_ concept: Concept) -> Int? {
        if let id = concept.id, let index = byID[id] { return index }
        if let english = concept.preferred(in: .english), let index = byPreferredEnglish[Self.key(english.text)] { return index }
        let japanese = Set(concept.terms(in: .japanese).map { Self.key($0.text) })
        guard !japanese.isEmpty else { return nil }
        for term in concept.terms(in: .english) {
            for index in byEnglishForm[Self.key(term.text)] ?? [] {
                if glossary.concepts[index].terms(in: .japanese).contains(where: { japanese.contains(Self.key($0.text)) }) { return index }
            }
        }
        return nil
    }

    private mutating func index(_ index: Int) {
        let concept = glossary.concepts[index]
        if let id = concept.id, byID[id] == nil { byID[id] = index }
        if let english = concept.preferred(in: .english) {
            let key = Self.key(english.text)
            if byPreferredEnglish[key] == nil { byPreferredEnglish[key] = index }
        }
        for term in concept.terms(in: .english) {
            let key = Self.key(term.text)
            if byEnglishForm[key]?.contains(index) != true { byEnglishForm[key, default: []].append(index) }
        }
        for term in concept.terms where term.status != .forbidden {
            let key = Self.key(term.text)
            if byAllowedForm[term.language]?[key]?.contains(index) != true { byAllowedForm[term.language, default: [:]][key, default: []].append(index) }
        }
    }

    /// A new concept that allows a form a concept of another file allows, in either language,
    /// translates that form otherwise (it matched no concept, so they share no form of the
    /// other language): both are kept, and a validation against the merge would demand both.
    private mutating func reportSharedForms(_ concept: Concept, from source: String) {
        for language in [Language.english, .japanese] {
            for term in concept.terms(in: language) where term.status != .forbidden {
                let key = Self.key(term.text)
                // Within one file, a form of two concepts is the file's own business (NSC for
                // Japan's and for the U.S. National Security Council).
                for index in byAllowedForm[language]?[key] ?? [] where origins[index] != source {
                    let value = GlossaryConflict(kind: .sharedForm, concept: Self.label(glossary.concepts[index]),
                                                 message: "\(term.text) is also a form of \(Self.label(concept)) (\(source)); kept both concepts")
                    if !conflicts.contains(value) { conflicts.append(value) }
                }
            }
        }
    }

    private static func label(_ concept: Concept) -> String {
        let english = concept.preferred(in: .english)?.text ?? concept.terms(in: .english).first?.text
        let japanese = concept.preferred(in: .japanese)?.text ?? concept.terms(in: .japanese).first?.text
        return [english, japanese].compactMap { $0 }.joined(separator: " ⇔ ")
    }

    private mutating func merge(_ incoming: Concept, from source: String, into index: Int) {
        var merged = glossary.concepts[index]
        let origin = origins[index]
        let label = Self.label(merged)
        func conflict(_ kind: GlossaryConflict.Kind, _ message: String) {
            let value = GlossaryConflict(kind: kind, concept: label, message: message)
            if !conflicts.contains(value) { conflicts.append(value) }
        }
        for language in [Language.english, .japanese] {
            if let mine = merged.preferred(in: language), let theirs = incoming.preferred(in: language),
               theirs.usage == .preferred, mine.usage == .preferred, Self.key(mine.text) != Self.key(theirs.text) {
                let name = language == .english ? "English" : "Japanese"
                conflict(.preferredTerm, "preferred \(name) differs: \(mine.text) (\(origin)) vs \(theirs.text) (\(source)); kept \(mine.text), \(theirs.text) added as a variant")
            }
        }
        for term in incoming.terms {
            if let position = merged.terms.firstIndex(where: { $0.language == term.language && $0.text == term.text }) {
                let existing = merged.terms[position]
                if existing.status != term.status {
                    if existing.status == .forbidden || term.status == .forbidden {
                        let (approved, forbidden) = existing.status == .forbidden ? (source, origin) : (origin, source)
                        conflict(.status, "\(term.text) is \(existing.status == .forbidden ? term.status.rawValue : existing.status.rawValue) in \(approved) but forbidden in \(forbidden); kept forbidden")
                        merged.terms[position].status = .forbidden
                    } else {
                        merged.terms[position].status = .approved
                    }
                }
                if existing.note == nil { merged.terms[position].note = term.note }
            } else {
                var term = term
                if term.usage == .preferred, merged.terms.contains(where: { $0.language == term.language && $0.usage == .preferred }) {
                    term.usage = .variant
                }
                merged.terms.append(term)
            }
        }
        if let theirs = incoming.category {
            if let mine = merged.category, mine != theirs {
                conflict(.category, "category \(mine.rawValue) (\(origin)) vs \(theirs.rawValue) (\(source)); kept \(mine.rawValue)")
            } else if merged.category == nil {
                merged.category = theirs
            }
        }
        if merged.id == nil { merged.id = incoming.id }
        if merged.domain == nil { merged.domain = incoming.domain }
        if merged.note == nil { merged.note = incoming.note }
        if let score = incoming.score { merged.score = max(merged.score ?? score, score) }
        if let frequency = incoming.frequency { merged.frequency = max(merged.frequency ?? frequency, frequency) }
        for value in incoming.sources where !merged.sources.contains(value) { merged.sources.append(value) }
        for value in incoming.evidence where !merged.evidence.contains(value) { merged.evidence.append(value) }
        for value in incoming.contexts where !merged.contexts.contains(value) { merged.contexts.append(value) }
        glossary.concepts[index] = merged
    }
}
