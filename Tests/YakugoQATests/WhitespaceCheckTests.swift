import Testing
import YakugoCore
import YakugoQA

@Suite struct WhitespaceCheckTests {
    @Test func leadingSpaceIsReported() {
        #expect(run("whitespace", "Text.", " 本文。").first?.targetSpan == TextRange(start: 0, end: 1))
    }

    @Test func paragraphIndentIsNotLeadingSpace() {
        #expect(run("whitespace", "Text.", "\u{3000}本文。").isEmpty)
    }

    @Test func spaceAfterOpeningQuoteIsReported() {
        #expect(run("whitespace", "Text.", "「 対応する」").count == 1)
    }

    @Test func doubleSpacesMirroringTheSourcePass() {
        #expect(run("whitespace", "A  B", "A  B").isEmpty)
    }
}
