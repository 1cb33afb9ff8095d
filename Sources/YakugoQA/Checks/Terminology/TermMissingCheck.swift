import YakugoCore

/// A glossary term of the source has none of its approved Japanese forms in the target.
///
/// The English side matches any allowed form (preferred, variant, abbreviation), plural and
/// possessive aware ("ballistic missiles", "Japan's"), case aware (NSC only in capitals, Diet only
/// capitalised); the longest glossary form wins ("Japan Air Self-Defense Force", not "Japan").
/// The Japanese side is a substring search on folded text (NFKC, width, ・ and spaces ignored,
/// kanji numerals as digits: 安保関連三文書 = 安保関連3文書, 第五条 = 第5条), never a split on
/// spaces; a compound may be unpacked with one particle between its parts (電話で会談 for
/// 電話会談, 厳重に抗議 for 厳重抗議, 3カ国の共同訓練 for 3カ国共同訓練). A glossary term inside the
/// longer one that matched ("cruise missiles" in "Tomahawk cruise missiles") is required too
/// when it is not part of the longer term's preferred English and the longer term's Japanese
/// keeps it (巡航ミサイル「トマホーク」), unless the form found holds it; "Cabinet" inside "Chief
/// Cabinet Secretary" is rendered by 官房長官. Persons and places are left to `name-mismatch`; a
/// concept whose forbidden form is in the target is left to `term-forbidden`; a one-word common
/// noun after "the"/"this"/"its" refers back and may be left out in Japanese; a single
/// lower-case word of general vocabulary ("range", "alliance", "summit") is only a warning.
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
            so 防衛省 is found in 防衛省は, ＳＤＦ equals SDF and 第五条 equals 第5条. Japanese \
            unpacks a compound into a phrase without changing the term (電話で会談, 厳重に抗議, \
            3カ国の共同訓練), so one particle (で, に, の, と, な, による, 的, 的な) between two parts \
            of two characters or more is accepted. A term nested in a longer glossary term is \
            checked as well when the source adds it to the longer term's name and the glossary \
            keeps it in the longer term's Japanese: "Tomahawk cruise missiles" needs 巡航ミサイル \
            besides トマホーク, as the glossary's 巡航ミサイル「トマホーク」 shows, unless the form \
            used holds it (巡航ミサイル「トマホーク」, or a short form of such a form); "Cabinet" \
            in the name "Chief Cabinet Secretary" is rendered by 官房長官 and needs no 内閣. A concept or event matched by one lower-case \
            English word ("range", "alliance", "summit") is reported as a warning, not an error: \
            such words have senses the glossary does not mean ("the full range of capabilities" \
            is no 射程) and Japanese often leaves them to the context (日米 for "the two allies"), \
            so the reviewer decides. Only reviewed forms are rules: a candidate form (proposed by \
            `yakugo extract` and merged into an approved concept, 議会 beside 国会 for "Diet") is \
            not accepted until approved, and the finding says so; a concept with no approved \
            English form is not checked.
            """,
        triggeringExamples: [
            CheckExample("The 1️⃣Defense Ministry said the missile fell outside the EEZ.",
                         "国防当局は、ミサイルがEEZ外に落下したと発表した。", glossary: [TermMissingCheck.ministry]),
            CheckExample("Two 1️⃣ballistic missiles were launched.", "弾道弾2発が発射された。",
                         glossary: [Concept(english: "ballistic missile", japanese: "弾道ミサイル")]),
            CheckExample("Japan will buy Tomahawk 1️⃣cruise missiles.", "日本は高速滑空弾「トマホーク」を購入する。",
                         glossary: [TermMissingCheck.tomahawk, Concept(english: "cruise missile", japanese: "巡航ミサイル", category: .weapon)]),
            CheckExample("The 1️⃣three security documents were revised.", "安保関連四文書が改定された。",
                         glossary: [Concept(english: "three security documents", japanese: "安保関連3文書", category: .treaty)]),
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
            CheckExample("The three security documents were revised.", "安保関連三文書が改定された。",
                         glossary: [Concept(english: "three security documents", japanese: "安保関連3文書", category: .treaty)]),
            CheckExample("The leaders held phone talks on Monday.", "両首脳は月曜日、電話で会談した。",
                         glossary: [Concept(english: "phone talks", japanese: "電話会談", category: .event)]),
            CheckExample("Tokyo lodged a strong protest.", "日本政府は厳重に抗議した。",
                         glossary: [Concept(english: "strong protest", japanese: "厳重抗議", category: .concept)]),
            CheckExample("Japan will buy Tomahawk cruise missiles.", "日本は巡航ミサイル「トマホーク」を購入する。",
                         glossary: [TermMissingCheck.tomahawk, Concept(english: "cruise missile", japanese: "巡航ミサイル", category: .weapon)]),
        ])

    static let tomahawk = Concept(terms: [
        Term("Tomahawk", language: .english), Term("Tomahawk cruise missile", language: .english, usage: .variant),
        Term("トマホーク", language: .japanese), Term("巡航ミサイル「トマホーク」", language: .japanese, usage: .variant),
    ], category: .weapon)

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

    public static let analysisParts: SegmentAnalysis.Parts = [.sourceTerms, .targetText]

    public init() {}

    /// A glossary word of general vocabulary: one lower-case English word ("range", "alliance",
    /// "summit") of a concept or event. Such words have senses the glossary does not mean (the
    /// "full range of capabilities" is no 射程) and Japanese often leaves them to the context
    /// (日米 for "the two allies"), so their absence is a warning to review, not an error.
    static func isGeneralWord(_ match: GlossaryIndex.SourceMatch, _ entry: GlossaryIndex.Entry) -> Bool {
        guard entry.concept.category == .concept || entry.concept.category == .event else { return false }
        return !match.text.contains(where: { $0 == " " || $0 == "-" }) && match.text.first?.isLowercase == true
    }

    public func check(_ segment: QASegment, context: CheckContext) -> [Finding] {
        guard !context.terms.isEmpty else { return [] }
        let analysis = context.analysis(of: segment)
        let target = analysis.target
        var out: [Finding] = []
        var reported: Set<Int> = []
        func isMissing(_ match: GlossaryIndex.SourceMatch) -> Bool {
            let entry = context.terms.entries[match.entry]
            guard !entry.isName, !entry.allowedJapanese.isEmpty else { return false }
            if Self.isAnaphoric(match, in: segment.source) { return false }
            if context.terms.containsAllowed(entry, in: target, allowingParticle: true) { return false }
            return context.terms.forbiddenOccurrences(entry, in: target).isEmpty
        }
        func report(_ match: GlossaryIndex.SourceMatch) {
            let entry = context.terms.entries[match.entry]
            reported.insert(match.entry)
            let forms = entry.allowedJapanese.prefix(4).joined(separator: "、")
            var message = "\"\(match.text)\" should be translated as \(forms)"
            // Say why a form the glossary lists is not enough: it has not been reviewed yet.
            let candidates = context.terms.candidatesPresent(entry, in: target)
            if !candidates.isEmpty {
                message += " (\(candidates.joined(separator: "、")) \(candidates.count == 1 ? "is a candidate" : "are candidates"), not approved yet)"
            }
            var found = finding(segment, message,
                                source: TextRange(match.range), suggestion: entry.replacement)
            if Self.isGeneralWord(match, entry) { found.severity = .warning }
            out.append(found)
        }
        for match in analysis.sourceTerms where !reported.contains(match.entry) {
            if isMissing(match) {
                report(match)
                continue
            }
            // The longer term is there; a glossary term inside it must be too when the source
            // adds it to the longer term's name ("Tomahawk" + "cruise missiles") and the glossary
            // keeps it in the longer term's Japanese (巡航ミサイル「トマホーク」). A term inside the
            // name itself ("Cabinet" in "Chief Cabinet Secretary", 官房長官) is rendered by the
            // name's Japanese. A form found that holds it (巡航ミサイル「トマホーク」), or a short
            // form of a full form that does, satisfies it; トマホーク alone does not.
            let outer = context.terms.entries[match.entry]
            guard !outer.isName else { continue }
            let (present, anyShortForm) = context.terms.allowedKeysPresent(outer, in: target)
            let named = Set(context.terms.innerEntriesOfPreferredEnglish(match.entry))
            for inner in context.terms.innerMatches(of: match, in: analysis.sourceWords)
            where !reported.contains(inner.entry) && !named.contains(inner.entry) {
                let innerKeys = context.terms.entries[inner.entry].allowedKeys
                func holds(_ key: [Unicode.Scalar]) -> Bool {
                    innerKeys.contains { k in JapaneseMatchText.key(key, contains: k) }
                }
                guard outer.allowedKeys.contains(where: holds) else { continue }
                if present.contains(where: holds) || anyShortForm { continue }
                if isMissing(inner) { report(inner) }
            }
        }
        return out.sorted { ($0.sourceSpan?.start ?? 0) < ($1.sourceSpan?.start ?? 0) }
    }
}
