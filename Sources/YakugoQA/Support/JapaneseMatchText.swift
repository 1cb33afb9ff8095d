import YakugoCore
import YakugoText

/// Japanese text folded for substring matching, with offsets back to the original.
///
/// Folding: NFKC with case folding (full-width digits and Latin to ASCII, half-width katakana to
/// full width), then white space and the name joiner ・ dropped, so フリーダム・エッジ, フリーダムエッジ
/// and ﾌﾘｰﾀﾞﾑ ｴｯｼﾞ meet. Japanese has no word spaces, so matching is on substrings, never tokens.
struct JapaneseMatchText: Sendable {
    let original: String
    /// The folded scalars.
    let key: [Unicode.Scalar]
    /// For each folded scalar, the original span it came from.
    private let spans: [TextRange]

    init(_ text: String) {
        original = text
        let normalized = TextNormalizer.matchKey(text)
        var key: [Unicode.Scalar] = []
        var spans: [TextRange] = []
        for (k, scalar) in normalized.folded.scalars.enumerated() where !Self.dropped(scalar) {
            key.append(scalar)
            spans.append(normalized.originalRange(of: TextRange(start: k, end: k + 1)))
        }
        self.key = key
        self.spans = spans
    }

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

    /// The original span of a folded range.
    func originalRange(_ range: Range<Int>) -> TextRange {
        guard !range.isEmpty, range.lowerBound < spans.count else {
            let at = range.lowerBound < spans.count ? spans[range.lowerBound].start : original.unicodeScalars.count
            return TextRange(start: at, end: at)
        }
        return TextRange(start: spans[range.lowerBound].start, end: spans[min(range.upperBound, spans.count) - 1].end)
    }
}
