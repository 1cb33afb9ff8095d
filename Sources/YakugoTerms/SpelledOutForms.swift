import YakugoCore

extension TermExtractor {
    /// Initialisms news writes without defining them, with the form they stand for.
    static let spelledOutInitialisms: [String: String] = [
        "us": "United States", "un": "United Nations", "uk": "United Kingdom", "eu": "European Union",
    ]

    /// A glossary names a concept by its full form and lists the abbreviation under it, as TBX's
    /// `abbreviation` term does. News writes "U.S." far more often than "United States", so the
    /// pair U.S. ⇔ 米国 is found first; when the text also spells the name out, the pair is
    /// entered under the full form with the initialism as its English short form, merged with
    /// the full form's own pair if it has one. Initialisms the text defines (JASDF) come as
    /// aliases already (`addingClippedForms`).
    static func preferringSpelledOut(_ pairs: [ExtractedTermPair], spelledOutSurface: (String) -> String?) -> [ExtractedTermPair] {
        var result = pairs
        var removed: Set<Int> = []
        for (index, pair) in pairs.enumerated() {
            guard let full = spelledOutInitialisms[pair.englishKey], let surface = spelledOutSurface(full) else { continue }
            let fullKey = EnglishCandidateExtractor.key(of: full)
            if let target = result.indices.first(where: { !removed.contains($0) && result[$0].englishKey == fullKey && result[$0].japaneseKey == pair.japaneseKey }) {
                removed.insert(index)
                if !result[target].englishShortForms.contains(pair.english) { result[target].englishShortForms.append(pair.english) }
                result[target].score = max(result[target].score, pair.score)
                result[target].frequency += pair.frequency
                result[target].segments = Array(Set(result[target].segments + pair.segments)).sorted()
                result[target].japaneseSegments.merge(pair.japaneseSegments) { kept, _ in kept }
            } else {
                result[index].englishShortForms.append(pair.english)
                result[index].english = surface
                result[index].englishKey = fullKey
            }
        }
        return result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    }
}
