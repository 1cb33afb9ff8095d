import YakugoCore

/// A glossary term of the source has none of its approved Japanese forms in the target.
///
/// The English side matches any allowed form (preferred, variant, abbreviation), plural and
/// possessive aware ("ballistic missiles", "Japan's"), case aware (NSC only in capitals, Diet only
/// capitalised); the longest glossary form wins ("Japan Air Self-Defense Force", not "Japan").
/// The Japanese side is a substring search on folded text (NFKC, width, ・ and spaces ignored),
/// never a split on spaces. Persons and places are left to `name-mismatch`; a concept whose
/// forbidden form is in the target is left to `term-forbidden`; a one-word common noun after
/// "the"/"this"/"its" refers back and may be left out in Japanese.
public struct TermMissingCheck: Check {
    public static let description = CheckDescription(
        id: "term-missing",
        title: "Glossary term not translated as approved",
        category: .terminology,
        defaultSeverity: .error,
        rationale: """
            A reader of Japanese defense news expects one rendering per concept; a glossary term of \
            the source must appear in the target as one of its approved Japanese forms (preferred \
            form, variant or short form). Matching is on substrings of the normalized Japanese, \
            so 防衛省 is found in 防衛省は and ＳＤＦ equals SDF.
            """,
        triggeringExamples: [
            CheckExample("The 1️⃣Defense Ministry said the missile fell outside the EEZ.",
                         "国防当局は、ミサイルがEEZ外に落下したと発表した。", glossary: [TermMissingCheck.ministry]),
            CheckExample("Two 1️⃣ballistic missiles were launched.", "弾道弾2発が発射された。",
                         glossary: [Concept(english: "ballistic missile", japanese: "弾道ミサイル")]),
        ],
        nonTriggeringExamples: [
            CheckExample("The Defense Ministry said the missile fell outside the EEZ.",
                         "防衛省は、ミサイルがEEZ外に落下したと発表した。", glossary: [TermMissingCheck.ministry]),
            CheckExample("Two ballistic missiles were launched.", "弾道ミサイル2発が発射された。",
                         glossary: [Concept(english: "ballistic missile", japanese: "弾道ミサイル")]),
            CheckExample("Japan's Defense Ministry confirmed the launch.", "防衛省が発射を確認した。",
                         glossary: [TermMissingCheck.ministry]),
            CheckExample("The MSDF destroyer left port.", "海自の護衛艦が出港した。",
                         glossary: [Concept(terms: [Term("Maritime Self-Defense Force", language: .english),
                                                    Term("MSDF", language: .english, usage: .abbreviation),
                                                    Term("海上自衛隊", language: .japanese),
                                                    Term("海自", language: .japanese, usage: .shortForm)])]),
            CheckExample("The diet of the crew improved.", "乗組員の食事が改善した。",
                         glossary: [Concept(english: "Diet", japanese: "国会")]),
            CheckExample("Kishida called the launch unacceptable.", "岸田首相は「容認できない」と述べた。",
                         glossary: [Concept(english: "launch", japanese: "発射")]),
        ])

    static let ministry = Concept(terms: [
        Term("Defense Ministry", language: .english), Term("Ministry of Defense", language: .english, usage: .variant),
        Term("防衛省", language: .japanese), Term("防衛庁", language: .japanese, status: .forbidden),
    ], category: .organization)

    /// Determiners that make a one-word common noun refer back ("the missile", "the launch"):
    /// Japanese leaves such a noun out or replaces it (同ミサイル), so its absence is no error.
    static let anaphoricDeterminers: Set<String> = ["the", "this", "that", "these", "those", "its", "their"]

    static func isAnaphoric(_ match: GlossaryIndex.SourceMatch, in source: String) -> Bool {
        guard !match.text.contains(" "), match.text.first?.isLowercase == true else { return false }
        let before = source.scalarSlice(0..<match.range.lowerBound)
        guard let previous = before.split(whereSeparator: { $0 == " " || $0 == "\n" }).last else { return false }
        return anaphoricDeterminers.contains(previous.lowercased())
    }

    public init() {}

    public func check(_ segment: QASegment, context: CheckContext) -> [Finding] {
        guard !context.terms.isEmpty else { return [] }
        let target = JapaneseMatchText(segment.target)
        var out: [Finding] = []
        var reported: Set<Int> = []
        for match in context.terms.matches(inSource: segment.source) where !reported.contains(match.entry) {
            let entry = context.terms.entries[match.entry]
            guard !entry.isName, !entry.allowedJapanese.isEmpty else { continue }
            if Self.isAnaphoric(match, in: segment.source) { continue }
            if context.terms.containsAllowed(entry, in: target) { continue }
            if !context.terms.forbiddenOccurrences(entry, in: target).isEmpty { continue }
            reported.insert(match.entry)
            let forms = entry.allowedJapanese.prefix(4).joined(separator: "、")
            out.append(finding(segment, "\"\(match.text)\" should be translated as \(forms)",
                               source: TextRange(match.range), suggestion: entry.replacement))
        }
        return out
    }
}
