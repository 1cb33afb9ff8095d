import Testing
import YakugoCore
@testable import YakugoText

@Suite("Paragraphs")
struct ParagraphSplitterTests {
    private func paragraphs(_ text: String) -> [String] {
        let scalars = ScalarText(text)
        return ParagraphSplitter.paragraphs(in: scalars).map { scalars[$0] }
    }

    @Test func blankLinesSeparateParagraphs() {
        #expect(paragraphs("One.\n\nTwo.\n   \nThree.") == ["One.", "Two.", "Three."])
    }

    @Test func crlfAndCRLineEndings() {
        #expect(paragraphs("One.\r\n\r\nTwo.\r\rThree.") == ["One.", "Two.", "Three."])
    }

    @Test func softWrappedLinesStayInOneParagraph() {
        #expect(paragraphs("A wrapped\nline.\n\nNext.") == ["A wrapped\nline.", "Next."])
    }

    @Test func linePerParagraphWhenNoBlankLine() {
        #expect(paragraphs("Headline\nFirst sentence.\nSecond.") == ["Headline", "First sentence.", "Second."])
    }

    @Test func aFinalLineBreakOrBlankLinesAroundTheTextAreNoParagraphMarks() {
        // Nearly every file ends with a line break; that empty last "line" once made a
        // line-per-paragraph file one paragraph, gluing the headline to the first sentence.
        #expect(paragraphs("Headline\nFirst sentence.\nSecond.\n") == ["Headline", "First sentence.", "Second."])
        #expect(paragraphs("見出し\r\n本文です。\r\n次の文です。\r\n") == ["見出し", "本文です。", "次の文です。"])
        #expect(paragraphs("\n\nHeadline\nFirst sentence.\n\n\n") == ["Headline", "First sentence."])
        // A blank line between lines of text still marks paragraphs, and lines inside one wrap.
        #expect(paragraphs("A wrapped\nline.\n\nNext.\n") == ["A wrapped\nline.", "Next."])
    }

    @Test func aHardWrappedParagraphWithoutBlankLinesStaysOne() {
        let wrapped = "North Korea fired a missile on Tuesday that flew\nover Japan for the first time in five years,\nprompting warnings.\n"
        #expect(paragraphs(wrapped) == ["North Korea fired a missile on Tuesday that flew\nover Japan for the first time in five years,\nprompting warnings."])
    }

    @Test func paragraphSeparatorIsAHardBreak() {
        #expect(paragraphs("One\u{2029}Two\n\nThree") == ["One", "Two", "Three"])
    }

    @Test func whitespaceOnlyTextHasNoParagraphs() {
        #expect(paragraphs(" \n\u{3000}\n\t").isEmpty)
        #expect(paragraphs("").isEmpty)
    }

    @Test func ideographicSpaceIndentIsTrimmed() {
        #expect(paragraphs("\u{3000}政府は抗議した。\n\n\u{3000}次の段落。") == ["政府は抗議した。", "次の段落。"])
    }
}
