import YakugoCore
import YakugoText

/// Finds concepts by any of their forms, in either language.
///
/// Query and forms are compared by `TextNormalizer.matchKey` (NFKC, so full-width Ｆ－１５
/// finds F-15; case folded, so jasdf finds JASDF; spacing collapsed). A concept matches when
/// one of its forms (forbidden ones included: looking up a wrong form should show the right
/// one) equals the query, starts with it, or contains it; results are ranked in that order,
/// then by the length of the matching form, then by glossary order.
public enum GlossaryLookup {
    /// How a form matched the query, best first.
    public enum MatchKind: String, Sendable, Comparable {
        case exact, prefix, substring

        var rank: Int { self == .exact ? 0 : self == .prefix ? 1 : 2 }
        public static func < (a: MatchKind, b: MatchKind) -> Bool { a.rank < b.rank }
    }

    /// One concept found, with the form that matched best.
    public struct Match: Sendable {
        public var concept: Concept
        public var kind: MatchKind
        /// The form that matched.
        public var term: Term
        /// Index of the glossary the concept came from (in the list passed to `find`).
        public var glossary: Int
    }

    public static func find(_ query: String, in glossaries: [Glossary]) -> [Match] {
        let key = TextNormalizer.matchKey(query).string
        guard !key.isEmpty else { return [] }
        var matches: [(match: Match, length: Int, order: Int)] = []
        var order = 0
        for (glossaryIndex, glossary) in glossaries.enumerated() {
            for concept in glossary.concepts {
                order += 1
                var best: (kind: MatchKind, term: Term, length: Int)?
                for term in concept.terms {
                    let form = TextNormalizer.matchKey(term.text).string
                    let kind: MatchKind
                    if form == key { kind = .exact } else if form.hasPrefix(key) { kind = .prefix } else if form.contains(key) { kind = .substring } else { continue }
                    let length = form.count
                    if let current = best, (current.kind, current.length) <= (kind, length) { continue }
                    best = (kind, term, length)
                }
                if let best {
                    matches.append((Match(concept: concept, kind: best.kind, term: best.term, glossary: glossaryIndex), best.length, order))
                }
            }
        }
        return matches.sorted { ($0.match.kind.rank, $0.length, $0.order) < ($1.match.kind.rank, $1.length, $1.order) }.map(\.match)
    }
}

