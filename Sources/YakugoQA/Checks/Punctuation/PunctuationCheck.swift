import YakugoCore
import YakugoText

/// Japanese punctuation errors in the target: ASCII `.` or `,` ending a Japanese sentence or
/// clause (a `,` also after a digit or Latin word when Japanese follows: ICBM,北海道), unbalanced 「」『』（）, half-width katakana, doubled punctuation (。。、、).
///
/// A period or comma between digits (1,000, 2.5) or inside Latin text (U.S.) is not Japanese
/// punctuation and passes. Quotation marks are not required to balance when the source's do
/// not either (a quotation running over several segments).
public struct PunctuationCheck: Check {
    public static let description = CheckDescription(
        id: "punctuation",
        title: "Japanese punctuation error",
        category: .punctuation,
        defaultSeverity: .warning,
        rationale: """
            Japanese news punctuates with 、 and 。; an ASCII period or comma after kana or kanji \
            is a leftover of editing or of machine translation. Unbalanced brackets and quotes, \
            half-width katakana (ﾐｻｲﾙ) and doubled marks are typographic errors a style guide \
            (記者ハンドブック, JIS X 4051) rules out.
            """,
        triggeringExamples: [
            CheckExample("The missile fell into the sea.", "ミサイルは海に落下した1️⃣."),
            CheckExample("He said, \"We will respond.\"", "彼は1️⃣「対応する、と述べた。"),
            CheckExample("The missile fell into the sea.", "1️⃣ﾐｻｲﾙは海に落下した。"),
            CheckExample("The missile fell into the sea.", "ミサイルは海に落下した1️⃣。。"),
            CheckExample("Tokyo, Seoul and Washington", "日本1️⃣,韓国、米国"),
            CheckExample("North Korean ICBM lands off Hokkaido", "北朝鮮ICBM1️⃣,北海道沖に落下"),
        ],
        nonTriggeringExamples: [
            CheckExample("1,000 troops took part.", "1,000人の部隊が参加した。"),
            CheckExample("Lockheed Martin Corp., Raytheon Co. and others", "Lockheed Martin Corp., Raytheon Co.などが受注した。"),
            CheckExample("The U.S. and Japan agreed.", "U.S.と日本が合意した。"),
            CheckExample("He said, \"We will respond.\"", "彼は「対応する」と述べた。"),
            CheckExample("\"We will respond,\" he said, \"and", "「対応する」と彼は述べ、「そして"),
            CheckExample("The range is about 370 km (200 nautical miles).", "射程は約370キロ（200カイリ）だ。"),
        ])

    /// Bracket pairs that must balance, with the reason they matter.
    static let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [
        ("\u{300C}", "\u{300D}"), // 「」 quotation
        ("\u{300E}", "\u{300F}"), // 『』 quotation within quotation, titles
        ("\u{FF08}", "\u{FF09}"), // （） full-width parentheses
        ("(", ")"),
        ("\u{3010}", "\u{3011}"), // 【】
    ]

    /// Marks that must not be doubled.
    static let undoubled: Set<Unicode.Scalar> = ["\u{3002}", "\u{3001}", "\u{FF0C}", "\u{FF0E}", "\u{30FB}"]
    /// Sentence and clause marks: two of them in a row (、。) is a doubling too.
    static let clauseMarks: Set<Unicode.Scalar> = ["\u{3002}", "\u{3001}"]

    public init() {}

    public func check(_ segment: QASegment, context: CheckContext) -> [Finding] {
        let scalars = Array(segment.target.unicodeScalars)
        var out: [Finding] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "." || s == "," {
                if let previous = Self.previousVisible(scalars, before: i),
                   Self.endsJapanese(previous) || s == "," && Self.separatesJapaneseClause(scalars, commaAt: i) {
                    let next = i + 1 < scalars.count ? scalars[i + 1] : nil
                    if !(s == "." && next == ".") {
                        let replacement = s == "." ? "。" : "、"
                        out.append(finding(segment, "ASCII \"\(s)\" used as Japanese punctuation; use \(replacement)",
                                           target: TextRange(start: i, end: i + 1), suggestion: replacement))
                    }
                }
            } else if Scalars.isHalfWidthKatakana(s) {
                var end = i + 1
                while end < scalars.count, Scalars.isHalfWidthKatakana(scalars[end]) { end += 1 }
                let run = segment.target.scalarSlice(i..<end)
                out.append(finding(segment, "half-width katakana \"\(run)\"", target: TextRange(start: i, end: end),
                                   suggestion: TextNormalizer.foldWidth(run).string))
                i = end
                continue
            } else if i + 1 < scalars.count, Self.undoubled.contains(s) || Self.clauseMarks.contains(s) {
                let next = scalars[i + 1]
                if next == s && Self.undoubled.contains(s) || Self.clauseMarks.contains(s) && Self.clauseMarks.contains(next) {
                    var end = i + 2
                    while end < scalars.count, Self.clauseMarks.contains(scalars[end]) || scalars[end] == s { end += 1 }
                    out.append(finding(segment, "doubled punctuation \"\(segment.target.scalarSlice(i..<end))\"",
                                       target: TextRange(start: i, end: end), suggestion: String(next)))
                    i = end
                    continue
                }
            }
            i += 1
        }
        out += unbalanced(segment, scalars)
        return out.sorted { ($0.targetSpan?.start ?? 0) < ($1.targetSpan?.start ?? 0) }
    }

    /// Brackets without partner, by a stack over all pairs so that 「（」） is caught.
    func unbalanced(_ segment: QASegment, _ scalars: [Unicode.Scalar]) -> [Finding] {
        let sourceQuotesOpen = Self.sourceQuotationIsOpen(segment.source)
        var stack: [(scalar: Unicode.Scalar, at: Int)] = []
        var out: [Finding] = []
        func isQuote(_ s: Unicode.Scalar) -> Bool { s == "\u{300C}" || s == "\u{300D}" || s == "\u{300E}" || s == "\u{300F}" }
        for (i, s) in scalars.enumerated() {
            if Self.pairs.contains(where: { $0.open == s }) {
                stack.append((s, i))
            } else if let pair = Self.pairs.first(where: { $0.close == s }) {
                if let top = stack.last, top.scalar == pair.open {
                    stack.removeLast()
                } else if let index = stack.lastIndex(where: { $0.scalar == pair.open }) {
                    // Close the matching opener; those above it are unclosed.
                    for open in stack[(index + 1)...] where !(sourceQuotesOpen && isQuote(open.scalar)) {
                        out.append(finding(segment, "\"\(open.scalar)\" is not closed", target: TextRange(start: open.at, end: open.at + 1)))
                    }
                    stack.removeSubrange(index...)
                } else if !(sourceQuotesOpen && isQuote(s)) {
                    out.append(finding(segment, "\"\(s)\" closes nothing", target: TextRange(start: i, end: i + 1)))
                }
            }
        }
        for open in stack where !(sourceQuotesOpen && isQuote(open.scalar)) {
            let close = Self.pairs.first { $0.open == open.scalar }!.close
            out.append(finding(segment, "\"\(open.scalar)\" is not closed", target: TextRange(start: open.at, end: open.at + 1),
                               suggestion: String(close)))
        }
        return out
    }

    /// Whether the source's quotation marks are unbalanced (a quote spanning segments).
    static func sourceQuotationIsOpen(_ source: String) -> Bool {
        let s = source.unicodeScalars
        let straight = s.filter { $0 == "\"" }.count
        let opening = s.filter { $0 == "\u{201C}" }.count
        let closing = s.filter { $0 == "\u{201D}" }.count
        return straight % 2 == 1 || opening != closing
    }

    static func previousVisible(_ scalars: [Unicode.Scalar], before index: Int) -> Unicode.Scalar? {
        index > 0 ? scalars[index - 1] : nil
    }

    /// A comma after a digit or Latin letter that opens Japanese text: 北朝鮮ICBM,北海道沖,
    /// 日米2プラス2,宇宙への. A digit group (1,000) or a comma in Latin text (Inc., Ltd.) is
    /// followed by a digit, a space and Latin, or nothing Japanese, and passes. A period is not
    /// judged so: U.S.と日本 is an abbreviation before a particle.
    static func separatesJapaneseClause(_ scalars: [Unicode.Scalar], commaAt i: Int) -> Bool {
        guard i > 0, Scalars.isLatinLetter(scalars[i - 1]) || ("0"..."9").contains(scalars[i - 1]) else { return false }
        var k = i + 1
        while k < scalars.count, Scalars.isSpace(scalars[k]) { k += 1 }
        return k < scalars.count && Scalars.isJapaneseLetter(scalars[k])
    }

    /// Kana, kanji or a Japanese closing bracket: what a Japanese clause ends with.
    static func endsJapanese(_ s: Unicode.Scalar) -> Bool {
        Scalars.isJapaneseLetter(s) || s == "\u{300D}" || s == "\u{300F}" || s == "\u{FF09}"
    }
}
