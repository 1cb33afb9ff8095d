import YakugoCore

/// Splits text into word units, English or Japanese.
///
/// Both languages start from ICU's word boundaries and then change them where they fail for
/// terminology work:
/// - English: words joined by a hyphen, an apostrophe, a slash or an ampersand with no space
///   stay one unit (Self-Defense, F-35Bs, Korea's, Japan-U.S.), and the final period of an
///   initialism or known abbreviation belongs to it (U.S., a.m., Oct.).
/// - Japanese: ICU's dictionary splits loanwords and names (バイ|デ|ン) and mis-splits numbers
///   (４|日夜). Runs of katakana (with ー and the ・ of names) are one unit, an Arabic number
///   takes its counter (25分, 4発, 120万), date and time parts chain (2022年10月4日, 午後3時15分
///   is 午後 + 3時15分), and runs of Latin letters and digits are one unit (F35B, ICBM, NATO).
public struct WordTokenizer: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    /// The units of a text; white space is left out, punctuation is kept as units.
    public func units(in text: String) -> [WordUnit] {
        units(in: ScalarText(text), range: nil)
    }

    /// The units of a span of a text, with ranges in the whole text.
    public func units(in text: ScalarText, range: TextRange?) -> [WordUnit] {
        let span = range ?? TextRange(start: 0, end: text.count)
        guard !span.isEmpty else { return [] }
        let scalars = text.scalars
        let icu = ICUBreakIterator.boundaries(.word, locale: language == .japanese ? "ja" : "en_US", in: UTF16Text(scalars: scalars[span.start..<span.end]))
        var breaks = Set(icu.map { span.start + $0.offset })
        breaks.insert(span.start)
        breaks.insert(span.end)
        switch language {
        case .english: adjustEnglish(&breaks, scalars, span)
        case .japanese: adjustJapanese(&breaks, scalars, span)
        }
        let sorted = breaks.sorted()
        var result: [WordUnit] = []
        for (a, b) in zip(sorted, sorted.dropFirst()) where a < b {
            let unitRange = TextRange(start: a, end: b)
            let unitScalars = scalars[a..<b]
            if unitScalars.allSatisfy({ $0.properties.isWhitespace }) { continue }
            result.append(WordUnit(text: text[unitRange], range: unitRange, script: ScriptClass.of(unit: unitScalars)))
        }
        return result
    }

    // MARK: English

    private static let englishJoiners: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "'", "\u{2019}", "/", "&", "."]

    private func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }

    private func adjustEnglish(_ breaks: inout Set<Int>, _ scalars: [Unicode.Scalar], _ span: TextRange) {
        var i = span.start + 1
        while i < span.end - 1 {
            // letter/digit, joiner, letter/digit with no space: one word.
            if Self.englishJoiners.contains(scalars[i]), isWordScalar(scalars[i - 1]), isWordScalar(scalars[i + 1]) {
                breaks.remove(i)
                breaks.remove(i + 1)
            }
            i += 1
        }
        // A final period that belongs to an initialism or abbreviation: "U.S.", "a.m.", "Oct.".
        for p in span.start..<span.end where scalars[p] == "." && p > span.start && scalars[p - 1].properties.isAlphabetic {
            var w = p
            while w > span.start, scalars[w - 1].properties.isAlphabetic || scalars[w - 1] == "." { w -= 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[w..<p])
            let token = String(view).lowercased()
            let afterIsWord = p + 1 < span.end && isWordScalar(scalars[p + 1])
            if afterIsWord { continue }
            if EnglishSentenceSplitter.isInitialism(token) && token.contains(Character("."))
                || English.prenominalAbbreviations.contains(token) || English.monthAbbreviations.contains(token)
                || English.ambiguousAbbreviations.contains(token) || English.numeralAbbreviations.contains(token) && p + 2 < span.end && scalars[p + 2].properties.numericType != nil {
                breaks.remove(p)
                breaks.insert(p + 1)
            }
        }
    }

    // MARK: Japanese

    private static let dateTimeCounters: Set<String> = ["年", "月", "日", "時", "分", "秒"]
    private static let multipliers: Set<String> = ["万", "億", "兆", "千", "百"]

    private func isDigit(_ s: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(s) || (0xFF10...0xFF19).contains(s.value)
    }

    private func isLatinOrDigit(_ s: Unicode.Scalar) -> Bool {
        (s.isASCII && (s.properties.isAlphabetic || s.properties.numericType != nil))
            || (0xFF10...0xFF19).contains(s.value) || (0xFF21...0xFF3A).contains(s.value) || (0xFF41...0xFF5A).contains(s.value)
    }

    private func isKatakana(_ s: Unicode.Scalar) -> Bool {
        ScriptClass.of(s) == .katakana
    }

    private func adjustJapanese(_ breaks: inout Set<Int>, _ scalars: [Unicode.Scalar], _ span: TextRange) {
        func clear(_ range: Range<Int>) {
            guard range.count > 1 else { breaks.insert(range.lowerBound); breaks.insert(range.upperBound); return }
            for k in (range.lowerBound + 1)..<range.upperBound { breaks.remove(k) }
            breaks.insert(range.lowerBound)
            breaks.insert(range.upperBound)
        }
        var i = span.start
        while i < span.end {
            let s = scalars[i]
            if isKatakana(s) {
                // Katakana run, with ・ between katakana (names) kept inside.
                var j = i + 1
                while j < span.end {
                    if isKatakana(scalars[j]) { j += 1; continue }
                    if Japanese.nameJoiners.contains(scalars[j]), j + 1 < span.end, isKatakana(scalars[j + 1]) { j += 2; continue }
                    break
                }
                clear(i..<j)
                i = j
            } else if isDigit(s) {
                // Number (with , and . inside), then a counter; date and time parts chain.
                var j = i
                var end = i
                while true {
                    var k = j
                    while k < span.end, isDigit(scalars[k]) || ((scalars[k] == "," || scalars[k] == "." || scalars[k] == "，" || scalars[k] == "．") && k + 1 < span.end && isDigit(scalars[k + 1]) && k > j) { k += 1 }
                    guard k > j else { break }
                    // Latin letters right after the digits make a code such as 3D or 5G: Latin run.
                    if k < span.end, isLatinOrDigit(scalars[k]), !isDigit(scalars[k]) { break }
                    let counter = longestCounter(at: k, scalars, span)
                    end = k + counter.count
                    if Self.multipliers.contains(counter.text) {
                        // 120万人, 43兆円, 7兆9496億円: a multiplier takes more digits or a counter.
                        if end < span.end, isDigit(scalars[end]) { j = end; continue }
                        let next = longestCounter(at: end, scalars, span)
                        end += next.count
                        break
                    }
                    guard Self.dateTimeCounters.contains(counter.text), end < span.end, isDigit(scalars[end]) else { break }
                    j = end
                }
                if end > i {
                    clear(i..<end)
                    i = end
                } else {
                    i = latinRun(from: i, scalars, span, clear: clear)
                }
            } else if isLatinOrDigit(s) {
                i = latinRun(from: i, scalars, span, clear: clear)
            } else {
                i += 1
            }
        }
    }

    /// A run of Latin letters and digits with inner hyphens or periods (F-35B, U.S.) is one unit.
    private func latinRun(from i: Int, _ scalars: [Unicode.Scalar], _ span: TextRange, clear: (Range<Int>) -> Void) -> Int {
        var j = i
        while j < span.end {
            if isLatinOrDigit(scalars[j]) { j += 1; continue }
            if (scalars[j] == "-" || scalars[j] == "." || scalars[j] == "－" || scalars[j] == "&"), j + 1 < span.end, isLatinOrDigit(scalars[j + 1]) { j += 1; continue }
            break
        }
        clear(i..<j)
        return max(j, i + 1)
    }

    private func longestCounter(at position: Int, _ scalars: [Unicode.Scalar], _ span: TextRange) -> (text: String, count: Int) {
        var best = (text: "", count: 0)
        for counter in Japanese.counters {
            let units = Array(counter.unicodeScalars)
            guard units.count > best.count, position + units.count <= span.end else { continue }
            if Array(scalars[position..<(position + units.count)]) == units { best = (counter, units.count) }
        }
        return best
    }
}
