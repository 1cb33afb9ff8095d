import YakugoCore
import YakugoText

/// A person or place the glossary knows is written differently in the target (Kishida → 岸本).
///
/// Names come from glossary concepts of category person or place, or pairs the extractor found
/// by transliteration; a person is also found by family name alone ("Kishida" for Fumio
/// Kishida, matched to the short form 岸田). When none of the allowed forms is in the target,
/// the check looks for the wrong rendering: a person's kanji name differing in one character
/// (岸本 for 岸田) or a katakana name one or two sounds away (バイテン for バイデン). A person
/// named in full but missing altogether is reported too; a family name alone is not (Japanese
/// drops a subject the reader knows), nor a place, since Japanese news folds places into
/// compounds (日米, 訪中) or leaves them out.
public struct NameMismatchCheck: Check {
    public static let description = CheckDescription(
        id: "name-mismatch",
        title: "Person or place name rendered differently",
        category: .names,
        defaultSeverity: .error,
        rationale: """
            Misspelt names are the error readers notice first, and a machine or a tired \
            translator swaps look-alike kanji (岸田/岸本) or mishears katakana. Names are checked \
            against the glossary's person and place entries, including family names on their own.
            """,
        triggeringExamples: [
            CheckExample("Kishida met the president.", "1️⃣岸本首相が大統領と会談した。", glossary: [NameMismatchCheck.kishida]),
            CheckExample("Biden spoke with Kishida.", "1️⃣バイテン氏は岸田首相と電話で会談した。",
                         glossary: [NameMismatchCheck.kishida, NameMismatchCheck.biden]),
            CheckExample("1️⃣Fumio Kishida visited Seoul.", "首相がソウルを訪れた。", glossary: [NameMismatchCheck.kishida]),
        ],
        nonTriggeringExamples: [
            CheckExample("Kishida met the president.", "岸田首相が大統領と会談した。", glossary: [NameMismatchCheck.kishida]),
            CheckExample("Prime Minister Fumio Kishida met Biden.", "岸田文雄首相はバイデン大統領と会談した。",
                         glossary: [NameMismatchCheck.kishida, NameMismatchCheck.biden]),
            CheckExample("The United States and Japan agreed.", "日米が合意した。",
                         glossary: [Concept(english: "United States", japanese: "米国", category: .place)]),
        ])

    static let kishida = Concept(terms: [
        Term("Fumio Kishida", language: .english), Term("岸田文雄", language: .japanese),
        Term("岸田", language: .japanese, usage: .shortForm),
    ], category: .person)
    static let biden = Concept(terms: [
        Term("Joe Biden", language: .english), Term("ジョー・バイデン", language: .japanese),
    ], category: .person)

    public static let analysisParts: SegmentAnalysis.Parts = [.sourceTerms, .targetText]

    public init() {}

    public func check(_ segment: QASegment, context: CheckContext) -> [Finding] {
        guard !context.terms.isEmpty else { return [] }
        let analysis = context.analysis(of: segment)
        let target = analysis.target
        let targetScalars = Array(segment.target.unicodeScalars)
        var out: [Finding] = []
        var seen: Set<Int> = []
        for match in analysis.sourceTerms where !seen.contains(match.entry) {
            let entry = context.terms.entries[match.entry]
            guard entry.isName, !entry.allowedJapanese.isEmpty else { continue }
            if context.terms.containsAllowed(entry, in: target) { continue }
            let isPerson = entry.concept.category == .person
            if !isPerson, context.terms.forbiddenOccurrences(entry, in: target).count > 0 { continue }
            let suggestion = match.isFamilyName
                ? entry.allowedJapanese.filter { !$0.isEmpty }.min { $0.count < $1.count } : entry.replacement
            if let variant = Self.nearVariant(of: entry.allowedJapanese, in: targetScalars, kanji: isPerson) {
                seen.insert(match.entry)
                out.append(finding(segment, "\"\(match.text)\" is written \"\(segment.target.scalarSlice(variant))\"; expected \(entry.allowedJapanese.prefix(3).joined(separator: "、"))",
                                   source: TextRange(match.range), target: TextRange(variant), suggestion: suggestion))
            } else if isPerson, !match.isFamilyName {
                seen.insert(match.entry)
                out.append(finding(segment, "\"\(match.text)\" does not appear in the translation as \(entry.allowedJapanese.prefix(3).joined(separator: "、"))",
                                   source: TextRange(match.range), suggestion: suggestion))
            }
        }
        return out
    }

    /// The span of a look-alike of one of `forms` in the text: for a kanji name, a run of the
    /// same length differing in one character; for a katakana name, a katakana run within a
    /// small edit distance.
    static func nearVariant(of forms: [String], in text: [Unicode.Scalar], kanji: Bool) -> Range<Int>? {
        for form in forms.sorted(by: { $0.unicodeScalars.count > $1.unicodeScalars.count }) {
            let name = Array(form.unicodeScalars)
            guard name.count >= 2 else { continue }
            if name.allSatisfy(Scalars.isKanji) {
                // Places fold into compounds (日米, 訪中): a one-kanji difference is no evidence.
                guard kanji, text.count >= name.count else { continue }
                for start in 0...(text.count - name.count) {
                    let window = text[start..<(start + name.count)]
                    guard window.allSatisfy(Scalars.isKanji) else { continue }
                    let differences = zip(window, name).filter { $0 != $1 }.count
                    if differences == 1 { return start..<(start + name.count) }
                }
            } else if name.allSatisfy({ Scalars.isKatakana($0) || Japanese.nameJoiners.contains($0) }) {
                let wanted = name.filter { !Japanese.nameJoiners.contains($0) }
                var i = 0
                while i < text.count {
                    guard Scalars.isKatakana(text[i]) else { i += 1; continue }
                    var end = i
                    while end < text.count, Scalars.isKatakana(text[end]) || Japanese.nameJoiners.contains(text[end]) { end += 1 }
                    let run = text[i..<end].filter { !Japanese.nameJoiners.contains($0) }
                    let limit = wanted.count >= 6 ? 2 : 1
                    if run != wanted, abs(run.count - wanted.count) <= limit, editDistance(run, wanted) <= limit {
                        return i..<end
                    }
                    i = end
                }
            }
        }
        return nil
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
