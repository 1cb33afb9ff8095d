import Testing
import YakugoCore
@testable import YakugoFormats

@Suite("Text decoding and plain-text input")
struct TextDecoderTests {
    @Test func plainUTF8() throws {
        #expect(try TextDecoder.decode(Array("防衛省 Defense".utf8), source: "t") == "防衛省 Defense")
    }

    @Test func byteOrderMarkIsRemoved() throws {
        #expect(try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("abc".utf8), source: "t") == "abc")
    }

    @Test func utf16WithBOMBothEndians() throws {
        let little: [UInt8] = [0xFF, 0xFE, 0x32, 0x96, 0x61, 0x00]  // 防a
        let big: [UInt8] = [0xFE, 0xFF, 0x96, 0x32, 0x00, 0x61]
        #expect(try TextDecoder.decode(little, source: "t") == "防a")
        #expect(try TextDecoder.decode(big, source: "t") == "防a")
    }

    @Test func invalidUTF8ReportsByteOffsetAndLine() {
        let bytes = Array("ab\nc".utf8) + [0xE3, 0x81] + Array("x".utf8)
        #expect(throws: FormatError.invalidUTF8(source: "t", byteOffset: 4, line: 2)) {
            try TextDecoder.decode(bytes, source: "t")
        }
    }

    @Test func latin1IsInvalidUTF8() {
        #expect(throws: FormatError.invalidUTF8(source: "t", byteOffset: 3, line: 1)) {
            try TextDecoder.decode([0x63, 0x61, 0x66, 0xE9], source: "t")
        }
    }

    @Test func emptyAndWhitespaceOnlyAreRejected() {
        #expect(throws: FormatError.emptyInput(source: "t")) { try TextDecoder.decode([], source: "t") }
        #expect(throws: FormatError.emptyInput(source: "t")) { try TextDecoder.decode(Array(" \n\r\n\t".utf8), source: "t") }
        #expect(throws: FormatError.emptyInput(source: "t")) { try TextDecoder.decode([0xEF, 0xBB, 0xBF], source: "t") }
    }

    @Test func binaryIsRejected() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]
        #expect(throws: FormatError.binaryInput(source: "t", byteOffset: 6)) { try TextDecoder.decode(png, source: "t") }
        #expect(throws: FormatError.binaryInput(source: "t", byteOffset: 1)) { try TextDecoder.decode([0x41, 0x00, 0x42], source: "t") }
    }

    @Test func errorMessagesAreClear() {
        let message = FormatError.invalidUTF8(source: "a.txt", byteOffset: 12, line: 3).description
        #expect(message.contains("a.txt") && message.contains("byte offset 12") && message.contains("line 3"))
    }

    @Test func crlfParagraphsKeepOriginalOffsets() throws {
        let text = "Headline\r\n\r\nFirst sentence.\r\n"
        let source = try PlainTextReader.read(Array(text.utf8), source: "t")
        #expect(source.paragraphs.map { ScalarText(source.text)[$0] } == ["Headline", "First sentence."])
        #expect(source.paragraphs[1].start == 12)
    }

    @Test func hugeSingleLineIsRead() throws {
        let line = String(repeating: "The drill continued. ", count: 50_000)
        let source = try PlainTextReader.read(Array(line.utf8), source: "t")
        #expect(source.paragraphs.count == 1)
    }

    @Test func linesModeKeepsEveryLine() throws {
        let source = try PlainTextReader.readLines(Array("One. Two.\n\nThree\n".utf8), source: "t")
        #expect(source.paragraphs.map { ScalarText(source.text)[$0] } == ["One. Two.", "Three"])
    }
}
