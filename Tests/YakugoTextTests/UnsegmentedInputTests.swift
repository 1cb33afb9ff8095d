import Testing
import YakugoCore
@testable import YakugoText

/// Pre-segmented input: one sentence per line, paragraphs marked by blank lines.
@Suite struct UnsegmentedInputTests {
    /// The lines of a text as units, the way the line reader gives them (blank lines dropped).
    func source(_ text: String) -> SourceText {
        let scalars = Array(text.unicodeScalars)
        var units: [TextRange] = []
        var start = 0
        let newline: Unicode.Scalar = "\n"
        for index in scalars.indices.filter({ scalars[$0] == newline }) + [scalars.count] {
            var end = index
            if end > start, scalars[end - 1] == "\r" { end -= 1 }
            if end > start { units.append(TextRange(start: start, end: end)) }
            start = index + 1
        }
        return SourceText(text: text, paragraphs: units)
    }

    @Test func eachLineIsOneSentence() {
        let document = SentenceSegmenter(language: .english).unsegmented(source("One. Two.\nThree.\n"))
        #expect(document.sentences.map(\.text) == ["One. Two.", "Three."])
    }

    @Test func withoutBlankLinesAllIsOneParagraph() {
        let document = SentenceSegmenter(language: .english).unsegmented(source("A.\nB.\nC."))
        #expect(document.sentences.map(\.paragraph) == [0, 0, 0])
    }

    @Test func aBlankLineStartsAParagraph() {
        let document = SentenceSegmenter(language: .japanese).unsegmented(source("一。\n二。\n\n三。\r\n\r\n\r\n四。\n五。"))
        #expect(document.sentences.map(\.text) == ["一。", "二。", "三。", "四。", "五。"])
        #expect(document.sentences.map(\.paragraph) == [0, 0, 1, 2, 2])
    }
}
