import YakugoCore

/// Counts that describe a glossary (`yakugo glossary stats`).
public struct GlossaryStatistics: Sendable, Equatable {
    public var concepts = 0
    /// Terms per language, forbidden forms included.
    public var englishTerms = 0
    public var japaneseTerms = 0
    /// Concepts per category; concepts without one are counted under "none".
    public var byCategory: [String: Int] = [:]
    /// Concepts per `Concept.status`.
    public var byStatus: [TermStatus: Int] = [:]
    public var forbiddenEnglish = 0
    public var forbiddenJapanese = 0
    /// Concepts with no allowed English (or Japanese) form.
    public var missingEnglish = 0
    public var missingJapanese = 0

    public init(_ glossary: Glossary) {
        concepts = glossary.count
        for concept in glossary.concepts {
            englishTerms += concept.terms(in: .english).count
            japaneseTerms += concept.terms(in: .japanese).count
            byCategory[concept.category?.rawValue ?? "none", default: 0] += 1
            byStatus[concept.status, default: 0] += 1
            forbiddenEnglish += concept.forbidden(in: .english).count
            forbiddenJapanese += concept.forbidden(in: .japanese).count
            if concept.allowed(in: .english).isEmpty { missingEnglish += 1 }
            if concept.allowed(in: .japanese).isEmpty { missingJapanese += 1 }
        }
    }
}
