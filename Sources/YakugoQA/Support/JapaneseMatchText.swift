import YakugoCore
import YakugoText

/// Japanese text folded for substring matching, with offsets back to the original.
///
/// Folding: NFKC with case folding (full-width digits and Latin to ASCII, half-width katakana to
/// full width), then white space and the name joiner ・ dropped, so フリーダム・エッジ, フリーダムエッジ
/// and ﾌﾘｰﾀﾞﾑ ｴｯｼﾞ meet; a numeral run with a kanji numeral is rewritten in Arabic digits
/// (安保関連三文書 → 安保関連3文書, 第五条 → 第5条, 二十一 → 21), so a glossary form and a target
/// written with the other numerals meet. Folding is the same on both sides, so a kanji word that
/// merely contains a numeral (一方, 九州) still equals itself. Japanese has no word spaces, so
/// matching is on substrings, never tokens.
struct JapaneseMatchText: Sendable {
    let original: String
    /// The folded scalars.
    let key: [Unicode.Scalar]
    /// For each folded scalar, the original span it came from.
    private let spans: [TextRange]

    init(_ text: String) {
        self.init(text, matchKey: TextNormalizer.matchKey(text))
    }

    /// The folding of `text` from its match key (`TextNormalizer.matchKey(text)`) when the
    /// caller has it already.
    init(_ text: String, matchKey normalized: NormalizedText) {
        original = text
        var key: [Unicode.Scalar] = []
        var spans: [TextRange] = []
        for (k, scalar) in normalized.folded.scalars.enumerated() where !Self.dropped(scalar) {
            key.append(scalar)
            spans.append(normalized.originalRange(of: TextRange(start: k, end: k + 1)))
        }
        (self.key, self.spans) = Self.foldingNumerals(key, spans)
    }

    /// Kanji numerals folded into digits: 〇一二三四五六七八九 and the small multipliers 十百千,
    /// with any Arabic digits glued to them (3千 = 3000). The large multipliers 万億兆 stay as
    /// written, as the glossary writes them after digits (1万2000). Every digit of a rewritten
    /// run points back to the whole run in the original.
    static func foldingNumerals(_ key: [Unicode.Scalar], _ spans: [TextRange]) -> ([Unicode.Scalar], [TextRange]) {
        guard key.contains(where: isKanjiNumeral) else { return (key, spans) }
        var outKey: [Unicode.Scalar] = []
        var outSpans: [TextRange] = []
        var i = 0
        while i < key.count {
            guard isKanjiNumeral(key[i]) || isASCIIDigit(key[i]) else {
                outKey.append(key[i])
                outSpans.append(spans[i])
                i += 1
                continue
            }
            var end = i
            while end < key.count, isKanjiNumeral(key[end]) || isASCIIDigit(key[end]) { end += 1 }
            let run = key[i..<end]
            var text = String.UnicodeScalarView()
            text.append(contentsOf: run)
            if run.contains(where: isKanjiNumeral), let value = JapaneseNumeralParser.parse(String(text))?.intValue, value >= 0 {
                let span = TextRange(start: spans[i].start, end: spans[end - 1].end)
                for digit in String(value).unicodeScalars {
                    outKey.append(digit)
                    outSpans.append(span)
                }
            } else {
                outKey.append(contentsOf: run)
                outSpans.append(contentsOf: spans[i..<end])
            }
            i = end
        }
        return (outKey, outSpans)
    }

    /// Kanji digits and the multipliers 十百千 (a numeral is built from them within a 万 group).
    static let kanjiNumerals: Set<Unicode.Scalar> = ["〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千"]

    static func isKanjiNumeral(_ s: Unicode.Scalar) -> Bool { kanjiNumerals.contains(s) }
    static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    static func dropped(_ s: Unicode.Scalar) -> Bool {
        Scalars.isSpace(s) || Japanese.nameJoiners.contains(s) || s == "\u{30FB}"
    }

    /// The folded key of a term, as a string (for dictionaries).
    static func key(of term: String) -> [Unicode.Scalar] { JapaneseMatchText(term).key }

    /// Every occurrence of `needle` (a folded key) as ranges of folded offsets.
    func occurrences(of needle: [Unicode.Scalar]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= key.count else { return [] }
        var out: [Range<Int>] = []
        let first = needle[0]
        var i = 0
        while i + needle.count <= key.count {
            if key[i] == first, key[i..<(i + needle.count)].elementsEqual(needle) {
                out.append(i..<(i + needle.count))
            }
            i += 1
        }
        return out
    }

    func contains(_ needle: [Unicode.Scalar]) -> Bool { !occurrences(of: needle).isEmpty }

    /// Whether one folded key holds another.
    static func key(_ key: [Unicode.Scalar], contains needle: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty, needle.count <= key.count else { return false }
        return (0...(key.count - needle.count)).contains { key[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// Particles Japanese puts inside a compound when it unpacks it into a phrase: 電話会談 →
    /// 電話で会談, 厳重抗議 → 厳重に抗議, 3カ国共同訓練 → 3カ国の共同訓練, 日米会談 → 日米による会談,
    /// 戦略挑戦 → 戦略的な挑戦. The compound's meaning is kept; only its packaging changes.
    static let compoundParticles: [[Unicode.Scalar]] = ["で", "に", "の", "と", "な", "による", "的", "的な"].map { Array($0.unicodeScalars) }

    /// Whether `needle` occurs split in two at a compound boundary with one particle between
    /// the parts. Each part has two characters at least (a word, not a morpheme), and the split
    /// never falls inside a run of katakana, Latin letters or digits (a loanword or a figure).
    func containsSplit(_ needle: [Unicode.Scalar]) -> Bool {
        guard needle.count >= 4 else { return false }
        for p in 2...(needle.count - 2) where !Self.sameRun(needle[p - 1], needle[p]) {
            for particle in Self.compoundParticles {
                if contains(Array(needle[..<p]) + particle + Array(needle[p...])) { return true }
            }
        }
        return false
    }

    static func sameRun(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        func kind(_ s: Unicode.Scalar) -> Int {
            if ("\u{30A0}"..."\u{30FF}").contains(s) { return 1 }
            if ("0"..."9").contains(s) { return 2 }
            if ("a"..."z").contains(s) || ("A"..."Z").contains(s) { return 3 }
            return 0
        }
        let k = kind(a)
        return k != 0 && k == kind(b)
    }

    /// The original span of a folded range.
    func originalRange(_ range: Range<Int>) -> TextRange {
        guard !range.isEmpty, range.lowerBound < spans.count else {
            let at = range.lowerBound < spans.count ? spans[range.lowerBound].start : original.unicodeScalars.count
            return TextRange(start: at, end: at)
        }
        return TextRange(start: spans[range.lowerBound].start, end: spans[min(range.upperBound, spans.count) - 1].end)
    }
}
