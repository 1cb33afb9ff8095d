import Foundation
import Testing
import YakugoCore
@testable import YakugoFormats

private func tsv(_ text: String) throws -> SegmentTable {
    try SegmentTableReader.read(text, source: "t.tsv", delimiter: .tab)
}

private func csv(_ text: String) throws -> SegmentTable {
    try SegmentTableReader.read(text, source: "t.csv", delimiter: .comma)
}

@Suite("Segment table reader")
struct SegmentTableReaderTests {
    @Test func headerNamesColumnsInAnyOrderAndOtherColumnsAreIgnored() throws {
        let table = try tsv("Japanese\tnote\tID\tEnglish\n北朝鮮が発射した。\tx\ts1\tNorth Korea fired.\n")
        #expect(table.hadHeader)
        #expect(table.rows == [SegmentTableRow(id: "s1", english: "North Korea fired.", japanese: "北朝鮮が発射した。", line: 2)])
    }

    @Test func sourceAndTargetHeaderAsTMXConvertWritesIt() throws {
        let table = try tsv("id\tsource\ttarget\n7\tTab\\there, back\\\\slash\t改行\\n後\n")
        #expect(table.rows[0].id == "7")
        #expect(table.rows[0].english == "Tab\there, back\\slash")
        #expect(table.rows[0].japanese == "改行\n後")
    }

    @Test func alignsTSVIsReadByItsTextColumns() throws {
        // `yakugo align --format tsv`: en and ja hold sentence indices, the text is in en_text
        // and ja_text.
        let table = try tsv("document\ten\tja\tshape\tscore\tflag\ten_text\tja_text\n"
            + "a\t1,2\t1\t2-1\t0.990\t\tIt fired 2 missiles. Japan protested.\tミサイル2発を発射し、日本は抗議した。\n")
        #expect(table.hadHeader)
        #expect(table.rows.count == 1)
        #expect(table.rows[0].english == "It fired 2 missiles. Japan protested.")
        #expect(table.rows[0].japanese == "ミサイル2発を発射し、日本は抗議した。")
    }

    @Test func headerWithoutIDNumbersRowsByLine() throws {
        let table = try tsv("english\tjapanese\nOne.\t一。\n\nTwo.\t二。\n")
        #expect(table.rows.map(\.id) == ["2", "4"])
    }

    @Test func withoutHeaderColumnsAreIDEnglishJapanese() throws {
        let table = try tsv("a1\tOct. 4\t10月4日\textra\r\na2\tSept. 30\t9月30日\r\n")
        #expect(!table.hadHeader)
        #expect(table.rows.map(\.id) == ["a1", "a2"])
        #expect(table.rows.map(\.english) == ["Oct. 4", "Sept. 30"])
        #expect(table.rows.map(\.japanese) == ["10月4日", "9月30日"])
    }

    @Test func twoCellsWithoutHeaderAreEnglishAndJapanese() throws {
        let table = try tsv("1,000 troops\t千人の部隊\n")
        #expect(table.rows == [SegmentTableRow(id: "1", english: "1,000 troops", japanese: "千人の部隊", line: 1)])
    }

    @Test func textCellsAreNotTrimmedButIDsAre() throws {
        let table = try tsv(" x \t Leading space.\t末尾に空白。 \n")
        #expect(table.rows[0].id == "x")
        #expect(table.rows[0].english == " Leading space.")
        #expect(table.rows[0].japanese == "末尾に空白。 ")
    }

    @Test func missingJapaneseCellReadsAsEmpty() throws {
        let table = try tsv("id\tenglish\tjapanese\n1\tUntranslated.\n")
        #expect(table.rows[0].japanese == "")
    }

    @Test func csvHandlesQuotedCommasQuotesAndLineBreaks() throws {
        let table = try csv("id,english,japanese\n1,\"1,000 troops, he said\",\"千人の部隊と\"\"述べた\"\"\"\n2,\"Two\nlines\",二行\n3,Three,三\n")
        #expect(table.rows.map(\.english) == ["1,000 troops, he said", "Two\nlines", "Three"])
        #expect(table.rows[0].japanese == "千人の部隊と\"述べた\"")
        #expect(table.rows.map(\.line) == [2, 3, 5])
    }

    @Test func oneCellRowWithoutHeaderIsAnError() throws {
        #expect(throws: FormatError.self) { try tsv("only one cell\n") }
    }

    @Test func headerOnlyHasNoText() throws {
        #expect(throws: FormatError.noText(source: "t.tsv", format: "TSV segment table")) { try tsv("id\tenglish\tjapanese\n") }
    }

    @Test func delimiterComesFromTheNameElseTheFirstLine() {
        #expect(SegmentTableReader.delimiter(forPath: "a.CSV", text: "a\tb") == .comma)
        #expect(SegmentTableReader.delimiter(forPath: "a.tsv", text: "a,b") == .tab)
        #expect(SegmentTableReader.delimiter(forPath: "-", text: "a\tb,c\n") == .tab)
        #expect(SegmentTableReader.delimiter(forPath: "pairs.txt", text: "a,b\n") == .comma)
    }

    @Test func readsFilesByPath() throws {
        let path = NSTemporaryDirectory() + "yakugo-table-\(UUID().uuidString).csv"
        try Data("\u{FEFF}id,english,japanese\n1,One.,一。\n".utf8).write(to: URL(fileURLWithPath: path))
        let table = try SegmentTableReader.read(path: path)
        #expect(table.hadHeader && table.rows.count == 1)
    }
}
