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
}
