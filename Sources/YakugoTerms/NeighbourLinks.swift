import YakugoCore

extension TermExtractor {
    /// Sentence alignment is not the translator's: a term may sit in the segment before or after
    /// the one its translation is in (a clause moved across a sentence boundary, a sentence the
    /// aligner left one-sided). So, after linking inside segments, a candidate left unlinked in
    /// its segment links to an unlinked candidate of a neighbouring segment on sure evidence
    /// (≥ 0.9) — when neither form occurs in the other's segment, where it would have been
    /// linked already. Both segments must belong to one known document. Longer and stronger pairs
    /// first; each word is linked once, as inside segments. Coordinations, particle phrases,
    /// pieces of names and everyday words are left out.
    func addNeighbourLinks(_ result: inout [[Link]], _ english: Occurrences, _ japanese: Occurrences, documents: [String?],
                           cache: inout [String: TranslationEvidence.Match?]) {
        let count = result.count
        guard count >= 2 else { return }
        var usedEnglish = result.map { Set($0.flatMap { $0.english.units }) }
        var usedJapanese = result.map { Set($0.flatMap { $0.japanese.units }) }
        func free(_ candidates: [TermCandidate], _ used: Set<Int>) -> [TermCandidate] {
            candidates.filter { c in !c.isPhrase && !c.units.contains(where: used.contains) }
        }
        let freeJapanese = (0..<count).map { free(japanese.candidates[$0].candidates, usedJapanese[$0]) }
        var proposals: [(link: Link, english: Int, japanese: Int)] = []
        for segment in 0..<count {
            // An everyday word has a translation in most sentences; only terms are sure enough.
            let englishCandidates = free(english.candidates[segment].candidates, usedEnglish[segment])
                .filter { !$0.isNameFragment && !generalVocabulary.isEveryday($0) }
            guard !englishCandidates.isEmpty else { continue }
            // Neighbours in one known document only: a corpus puts one article's last segment
            // next to another's first, and a translation memory's units need not be in order.
            for other in [segment - 1, segment + 1] where other >= 0 && other < count && segment < documents.count && other < documents.count
                && documents[segment] != nil && documents[segment] == documents[other] {
                for e in englishCandidates where !(english.postings[e.key] ?? []).contains(other) {
                    let englishNumbers = TermNumbers.english(e.surface)
                    for j in freeJapanese[other] where !(japanese.postings[j.key] ?? []).contains(segment)
                        && TermNumbers.agree(englishNumbers, TermNumbers.japanese(j.key)) {
                        guard let match = cachedMatch(e, j, english, japanese, cache: &cache), match.strength >= 0.9 else { continue }
                        let score = match.strength + 0.01 * Double(e.units.count + j.units.count)
                        proposals.append((Link(english: e, japanese: j, strength: match.strength, signal: match.signal, score: score,
                                               japaneseSegment: other), segment, other))
                    }
                }
            }
        }
        proposals.sort { $0.link.score > $1.link.score }
        for proposal in proposals where !proposal.link.english.units.contains(where: usedEnglish[proposal.english].contains)
            && !proposal.link.japanese.units.contains(where: usedJapanese[proposal.japanese].contains) {
            result[proposal.english].append(proposal.link)
            usedEnglish[proposal.english].formUnion(proposal.link.english.units)
            usedJapanese[proposal.japanese].formUnion(proposal.link.japanese.units)
        }
    }
}
