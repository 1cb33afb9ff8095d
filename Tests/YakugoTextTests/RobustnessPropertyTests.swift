import Testing
import YakugoTestSupport
import YakugoCore
@testable import YakugoText

/// Random texts built from the pieces that stress segmentation: abbreviations, quotes,
/// brackets, enders, digits, astral characters, line breaks.
private func randomText(_ rng: inout SeededGenerator) -> String {
    let pieces = ["U.S.", "Oct.", " ", "\n", "\n\n", "。", "「", "」", "（", "）", "(", ")", "“", "”", "\"", "!", "?", "！", "？",
                  "...", "4", "２５", "分", "月", "日", "ミサイル", "・", "バイデン", "防衛省", "は", "と述べた", "Mr.", "Kishida",
                  "said", "the", "The", "a.m.", "𠮷", "\u{3000}", "\r\n", "＝", "-", "F-35B", "'s", "’", ".", ",", "、", "ｶﾞ", "\u{3099}"]
    var text = ""
    for _ in 0..<Int.random(in: 0...60, using: &rng) { text += pieces.randomElement(using: &rng)! }
    return text
}

@Suite("Robustness on random input")
struct RobustnessPropertyTests {
    @Test(arguments: Language.allCases)
    func segmentationCoversTheTextWithValidRanges(language: Language) {
        var rng = SeededGenerator(seed: language == .english ? 1 : 2)
        for _ in 0..<1500 {
            let text = randomText(&rng)
            let document = SentenceSegmenter(language: language).segment(text: text)
            let scalars = ScalarText(text)
            var last = 0
            for sentence in document.sentences {
                #expect(sentence.range.start >= last && sentence.range.end <= scalars.count, "\(text.debugDescription)")
                #expect(scalars[sentence.range] == sentence.text)
                #expect(!sentence.text.isEmpty)
                last = sentence.range.end
            }
            // Nothing but white space is lost between sentences.
            let covered = document.sentences.map(\.text).joined()
            let strip = { (s: String) in String(String.UnicodeScalarView(s.unicodeScalars.filter { !$0.properties.isWhitespace })) }
            #expect(strip(covered) == strip(text), "\(text.debugDescription)")
        }
    }

    @Test(arguments: Language.allCases)
    func wordUnitsAreOrderedAndExact(language: Language) {
        var rng = SeededGenerator(seed: language == .english ? 3 : 4)
        for _ in 0..<1500 {
            let text = randomText(&rng)
            let scalars = ScalarText(text)
            var last = 0
            for unit in WordTokenizer(language: language).units(in: text) {
                #expect(unit.range.start >= last && !unit.range.isEmpty)
                #expect(scalars[unit.range] == unit.text)
                last = unit.range.end
            }
        }
    }

    @Test func normalizationMapsEveryFoldedSpanInsideTheOriginal() {
        var rng = SeededGenerator(seed: 5)
        for _ in 0..<1000 {
            let text = randomText(&rng)
            for normalized in [TextNormalizer.nfkc(text), TextNormalizer.foldWidth(text), TextNormalizer.matchKey(text)] {
                let count = normalized.folded.count
                let whole = normalized.originalRange(of: TextRange(start: 0, end: count))
                #expect(whole.start >= 0 && whole.end <= normalized.original.count)
                for k in 0..<count {
                    let r = normalized.originalRange(of: TextRange(start: k, end: k + 1))
                    #expect(r.start < r.end && r.end <= normalized.original.count)
                }
            }
        }
    }
}
