import YakugoCore
@testable import YakugoTerms

/// Small builders shared by the extractor tests: a lexicon from (Japanese, English) entries, an
/// extractor that keeps every pair, and lookups in its output.
enum TermFixtures {
    static func lexicon(_ entries: [(String, String)]) -> BilingualLexicon {
        var lexicon = BilingualLexicon()
        for (japanese, english) in entries { lexicon.add(japanese: japanese, english: english) }
        return lexicon
    }

    static func extractor(_ lexicon: BilingualLexicon) -> TermExtractor {
        TermExtractor(evidence: TranslationEvidence(lexicon: lexicon), minScore: 0)
    }

    static func has(_ pairs: [ExtractedTermPair], _ english: String, _ japanese: String) -> Bool {
        pairs.contains { $0.english == english && $0.japanese == japanese }
    }

    static func englishCandidates(_ text: String) -> [TermCandidate] { EnglishCandidateExtractor().extract(text).candidates }

    /// An English candidate keyed as the extractor keys it, one unit a word.
    static func englishCandidate(_ phrase: String, name: Bool = false) -> TermCandidate {
        let words = phrase.split(separator: " ")
        return TermCandidate(surface: phrase, key: EnglishCandidateExtractor.key(of: phrase), units: 0..<words.count,
                             parts: words.map { EnglishCandidateExtractor.partKey(String($0)) }, isName: name)
    }

    /// A Japanese candidate of one unit.
    static func japaneseCandidate(_ surface: String) -> TermCandidate {
        TermCandidate(surface: surface, key: JapaneseCandidateExtractor.key(of: surface), units: 0..<1, parts: [surface], isName: false)
    }

    /// Every pair the extractor finds in one segment pair with the given dictionary entries.
    static func pairs(_ entries: [(String, String)], english: String, japanese: String) -> [ExtractedTermPair] {
        extractor(lexicon(entries)).extract([SegmentPair(id: "t#1", english: english, japanese: japanese)])
    }
}
