import Foundation
import Testing

@Suite("yakugo align")
struct AlignCommandTests {
    private let english = "Headline about the drill\n\nNorth Korea fired a missile on Oct. 4. It flew 4,600 km. Japan protested.\n"
    private let japanese = "共同訓練の見出し\n\n北朝鮮は10月4日、ミサイルを発射し、4600キロ飛行した。日本は抗議した。\n"

    @Test func jsonlBeadsWithIndicesAndText() throws {
        let en = try CLI.temporaryFile(Array(english.utf8), suffix: ".en.txt")
        let ja = try CLI.temporaryFile(Array(japanese.utf8), suffix: ".ja.txt")
        let result = try CLI.run(["align", en, ja, "--no-dictionary"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].contains(#""en":[1,2],"ja":[1]"#))
        #expect(lines[2].contains(#""en":[3],"ja":[2]"#) && lines[2].contains("日本は抗議した。"))
    }

    @Test func presegmentedBlankLinesSeparateParagraphsAndAreNoUnits() throws {
        let en = try CLI.temporaryFile(Array("North Korea fired a missile on Oct. 4.\nIt flew 4,600 km.\n\nJapan protested.\n".utf8), suffix: ".en.txt")
        let ja = try CLI.temporaryFile(Array("北朝鮮は10月4日、ミサイルを発射した。\n4600キロ飛行した。\n\n日本は抗議した。\n".utf8), suffix: ".ja.txt")
        let result = try CLI.run(["align", en, ja, "--presegmented", "--no-dictionary"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[2].contains(#""en":[2],"ja":[2]"#))
    }

    @Test func tmxOutputIsReadBackByTMXStats() throws {
        let en = try CLI.temporaryFile(Array(english.utf8), suffix: ".en.txt")
        let ja = try CLI.temporaryFile(Array(japanese.utf8), suffix: ".ja.txt")
        let out = NSTemporaryDirectory() + "yakugo-align-\(UUID().uuidString).tmx"
        let result = try CLI.run(["align", en, ja, "--no-dictionary", "--format", "tmx", "-o", out])
        #expect(result.status == 0)
        let stats = try CLI.run(["tmx", "stats", out])
        #expect(stats.status == 0 && stats.stdout.contains("units: 3"))
    }

    @Test func theOutputExtensionPicksTheFormatUnlessFormatIsGiven() throws {
        let en = try CLI.temporaryFile(Array(english.utf8), suffix: ".en.txt")
        let ja = try CLI.temporaryFile(Array(japanese.utf8), suffix: ".ja.txt")
        let base = NSTemporaryDirectory() + "yakugo-align-\(UUID().uuidString)"
        #expect(try CLI.run(["align", en, ja, "--no-dictionary", "-o", base + ".tmx"]).status == 0)
        #expect(try String(contentsOfFile: base + ".tmx", encoding: .utf8).contains("<tmx version=\"1.4\">"))
        #expect(try CLI.run(["align", en, ja, "--no-dictionary", "-o", base + ".tsv"]).status == 0)
        #expect(try String(contentsOfFile: base + ".tsv", encoding: .utf8).hasPrefix("document\ten\tja\t"))
        // An explicit --format wins over the extension.
        #expect(try CLI.run(["align", en, ja, "--no-dictionary", "--format", "jsonl", "-o", base + "-2.tmx"]).status == 0)
        #expect(try String(contentsOfFile: base + "-2.tmx", encoding: .utf8).hasPrefix("{"))
    }

    @Test func corpusPairsByNameAndReportsUnpairedFiles() throws {
        let dir = NSTemporaryDirectory() + "yakugo-corpus-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try english.write(toFile: dir + "/a.en.txt", atomically: true, encoding: .utf8)
        try japanese.write(toFile: dir + "/a.ja.txt", atomically: true, encoding: .utf8)
        try english.write(toFile: dir + "/lonely.en.txt", atomically: true, encoding: .utf8)
        let result = try CLI.run(["align", "--corpus", dir, "--format", "tsv", "--no-dictionary"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("lonely.en.txt has no Japanese counterpart"))
        let rows = result.stdout.split(separator: "\n")
        #expect(rows.first == "document\ten\tja\tshape\tscore\tflag\ten_text\tja_text")
        #expect(rows.dropFirst().allSatisfy { $0.hasPrefix("a\t") } && rows.count == 4)
    }

    @Test func unreadablePairOfACorpusIsSkippedAndTheOthersAreWritten() throws {
        let dir = NSTemporaryDirectory() + "yakugo-corpus-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try english.write(toFile: dir + "/a.en.txt", atomically: true, encoding: .utf8)
        try japanese.write(toFile: dir + "/a.ja.txt", atomically: true, encoding: .utf8)
        try "".write(toFile: dir + "/b.en.txt", atomically: true, encoding: .utf8)
        try japanese.write(toFile: dir + "/b.ja.txt", atomically: true, encoding: .utf8)
        try Data([0x41, 0xC3, 0x28, 0x0A]).write(to: URL(fileURLWithPath: dir + "/c.en.txt"))
        try japanese.write(toFile: dir + "/c.ja.txt", atomically: true, encoding: .utf8)
        let out = dir + "/out.tsv"
        let result = try CLI.run(["align", "--corpus", dir, "--no-dictionary", "-o", out])
        #expect(result.status == 2, "a skipped pair is an input error")
        #expect(result.stderr.contains("b.en.txt") && result.stderr.contains("pair b skipped"))
        #expect(result.stderr.contains("pair c skipped"))
        #expect(result.stderr.contains("2 of 3 pair(s) skipped"))
        let rows = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(!rows.isEmpty && rows.allSatisfy { $0.hasPrefix("a\t") })

        // When no pair can be read, nothing is written.
        try FileManager.default.removeItem(atPath: dir + "/a.en.txt")
        try FileManager.default.removeItem(atPath: out)
        let none = try CLI.run(["align", "--corpus", dir, "--no-dictionary", "-o", out])
        #expect(none.status == 2)
        #expect(none.stderr.contains("none of the 2 pair(s) could be read"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func usageErrorsExit2() throws {
        let en = try CLI.temporaryFile(Array(english.utf8), suffix: ".en.txt")
        #expect(try CLI.run(["align", en]).status == 2)
        #expect(try CLI.run(["align", "--corpus", "/no/such/dir"]).status == 2)
        #expect(try CLI.run(["align", en, en, "--low-confidence", "3"]).status == 2)
    }

    @Test func swappedFilesAreWarnedAbout() throws {
        let en = try CLI.temporaryFile(Array(english.utf8), suffix: ".en.txt")
        let ja = try CLI.temporaryFile(Array(japanese.utf8), suffix: ".ja.txt")
        let result = try CLI.run(["align", ja, en, "--no-dictionary"])
        #expect(result.stderr.contains("are the files swapped?"))
    }
}
