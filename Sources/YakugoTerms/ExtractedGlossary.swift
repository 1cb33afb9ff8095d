import YakugoCore

extension ExtractedTermPair {
    /// The pair as a glossary concept: status `candidate` (a terminologist reviews it) unless the
    /// user's glossary already approved it, with score, frequency, evidence and example segments.
    public func concept(contexts: [String: SegmentPair] = [:]) -> Concept {
        let status: TermStatus = isKnown ? .approved : .candidate
        let all = segments.lazy.compactMap { id -> TermContext? in
            guard let context = contexts[id] else { return nil }
            // A neighbour link's translation is in the next or previous segment: show both halves.
            if let other = japaneseSegments[id], let japanese = contexts[other] {
                return TermContext(english: context.english, japanese: japanese.japanese, segment: id + "+" + other)
            }
            return TermContext(english: context.english, japanese: context.japanese, segment: id)
        }
        // Examples that show the term as written come first: a pair is also linked through its
        // short forms ("Matsudaira" ⇔ 松平 under Katamori Matsudaira), and in a history of a
        // family that segment may be about another Matsudaira.
        let englishKey = english.lowercased(), japaneseKey = japanese
        func showsTerm(_ context: TermContext) -> Bool {
            context.english.lowercased().contains(englishKey) && context.japanese.contains(japaneseKey)
        }
        var examples: [TermContext] = []
        var others: [TermContext] = []
        for context in all {
            if showsTerm(context) { examples.append(context) } else if others.count < 3 { others.append(context) }
            if examples.count == 3 { break }
        }
        examples += others.prefix(3 - examples.count)
        let shortForms = englishShortForms.map { Term($0, language: .english, usage: .shortForm, status: status) }
            + japaneseShortForms.map { Term($0, language: .japanese, usage: .shortForm, status: status) }
        return Concept(terms: [Term(english, language: .english, status: status),
                               Term(japanese, language: .japanese, status: status)] + shortForms,
                       category: category, score: (score * 1000).rounded() / 1000, frequency: frequency,
                       sources: Array(Set(segments.map { $0.split(separator: "#").first.map(String.init) ?? $0 })).sorted(),
                       contexts: examples, evidence: evidence)
    }
}

extension Array where Element == ExtractedTermPair {
    /// A glossary of the pairs in rank order, with up to three example segments each.
    public func glossary(segments: [SegmentPair]) -> Glossary {
        let byID = Dictionary(segments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var glossary = Glossary(concepts: map { $0.concept(contexts: byID) })
        for index in glossary.concepts.indices { glossary.concepts[index].id = "t\(index + 1)" }
        return glossary
    }
}
