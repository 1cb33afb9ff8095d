import Foundation
import Testing

/// Runs the built `yakugo` binary, which sits beside the test bundle.
struct CLI {
    static let binary: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [beside, beside.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("yakugo").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/yakugo").path
    }()

    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples").path

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ arguments: [String], stdin: [UInt8]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFile(_ bytes: [UInt8], suffix: String = ".txt") throws -> String {
        let path = NSTemporaryDirectory() + "yakugo-cli-\(UUID().uuidString)\(suffix)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}

@Suite("yakugo command line")
struct CLITests {
    @Test func versionAndHelp() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0 && version.stdout.contains("0."))
        let help = try CLI.run(["segment", "--help"])
        #expect(help.status == 0 && help.stdout.contains("EXAMPLES"))
    }

    @Test func segmentPrintsOneSentencePerLine() throws {
        let file = try CLI.temporaryFile(Array("Headline\n\nMr. Kishida met U.S. President Biden on Oct. 4. They agreed.\n".utf8))
        let result = try CLI.run(["segment", file, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout == "Headline\nMr. Kishida met U.S. President Biden on Oct. 4.\nThey agreed.\n")
    }

    @Test func paragraphsFlagAddsBlankLines() throws {
        let file = try CLI.temporaryFile(Array("見出し\n\n発射した。抗議した。\n".utf8))
        let result = try CLI.run(["segment", file, "--paragraphs"])
        #expect(result.stdout == "見出し\n\n発射した。\n抗議した。\n")
    }

    @Test func jsonlHasTextParagraphAndCodePointOffsets() throws {
        let file = try CLI.temporaryFile(Array("防衛省が発表した。\n\n𠮷田氏は「了解」と述べた。\n".utf8))
        let result = try CLI.run(["segment", file, "--format", "jsonl"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == #"{"text":"防衛省が発表した。","paragraph":0,"start":0,"end":9}"#)
        // 𠮷 is one code point (two UTF-16 units): offsets count code points.
        #expect(lines[1] == #"{"text":"𠮷田氏は「了解」と述べた。","paragraph":1,"start":11,"end":24}"#)
    }

    @Test func autoLanguageAndStandardInput() throws {
        let result = try CLI.run(["segment", "-"], stdin: Array("北朝鮮が発射した。政府は抗議した。".utf8))
        #expect(result.stdout == "北朝鮮が発射した。\n政府は抗議した。\n")
    }

    @Test func outputFileIsWritten() throws {
        let file = try CLI.temporaryFile(Array("One. Two.".utf8))
        let output = NSTemporaryDirectory() + "yakugo-cli-out-\(UUID().uuidString).txt"
        let result = try CLI.run(["segment", file, "--lang", "en", "-o", output])
        #expect(result.status == 0 && result.stdout.isEmpty)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "One.\nTwo.\n")
    }

    @Test func seedArticleKeepsAbbreviationsAndCaption() throws {
        let seed = URL(fileURLWithPath: CLI.samples).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/seed/000_36183aaedc039bfc.txt").path
        guard FileManager.default.fileExists(atPath: seed) else {
            print("skipped: ../shared is absent, the seed article cannot be segmented")
            return
        }
        let result = try CLI.run(["segment", seed, "--lang", "en"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(!lines.contains(where: { $0.hasSuffix("U.S.") || $0.hasSuffix("Oct.") }))
        #expect(lines.first?.hasSuffix("(Provided by the Joint Staff Office at the Defense Ministry)") == true)
        #expect(lines.count == 16)
    }

    @Test func sampleHTMLPageMatchesGold() throws {
        let result = try CLI.run(["segment", "--paragraphs", CLI.samples + "/html/missile-over-japan-2022.ja.html"])
        let gold = try String(contentsOfFile: CLI.samples + "/missile-over-japan-2022.ja.sents", encoding: .utf8)
        #expect(result.status == 0 && result.stdout == gold)
    }

    @Test("bad input exits 2 with one clear line", arguments: [
        ([0xEF, 0xBB, 0xBF] as [UInt8], "empty"),
        ([0x41, 0xC3, 0x28] as [UInt8], "invalid UTF-8 at byte offset 1"),
        ([0x00, 0x01, 0x02, 0x03] as [UInt8], "binary"),
    ])
    func badInput(bytes: [UInt8], expected: String) throws {
        let file = try CLI.temporaryFile(bytes)
        let result = try CLI.run(["segment", file, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(expected))
        #expect(result.stdout.isEmpty)
    }

    @Test func missingFileAndUsageErrorsExit2() throws {
        #expect(try CLI.run(["segment", "/no/such/file.txt"]).status == 2)
        #expect(try CLI.run(["segment"]).status == 2)
        #expect(try CLI.run(["segment", "x.txt", "--format", "xml"]).status == 2)
        #expect(try CLI.run(["frobnicate"]).status == 2)
    }

    @Test func undecidableLanguageAsksForLang() throws {
        let file = try CLI.temporaryFile(Array("12345 67890".utf8))
        let result = try CLI.run(["segment", file])
        #expect(result.status == 2 && result.stderr.contains("--lang"))
    }

    @Test func failedWriteLeavesNoPartialFile() throws {
        let file = try CLI.temporaryFile(Array("One.".utf8))
        let result = try CLI.run(["segment", file, "-o", "/nonexistent-dir-yakugo/out.txt"])
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent-dir-yakugo/out.txt"))
    }
}

@Suite("yakugo command line: language mismatch")
struct CLILanguageMismatchTests {
    @Test func mismatchedLanguageWarnsButRuns() throws {
        let file = try CLI.temporaryFile(Array("北朝鮮が弾道ミサイルを発射した。".utf8))
        let result = try CLI.run(["segment", file, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning") && result.stderr.contains("looks Japanese"))
    }
}

@Suite("yakugo numbers")
struct CLINumbersTests {
    @Test func listsNormalizedMentionsWithDocumentOffsets() throws {
        let file = try CLI.temporaryFile(Array("見出し\n\n首相は4日夜、約25分間電話した。".utf8))
        let result = try CLI.run(["numbers", file])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "sentence\tstart\tend\ttext\tkind\tvalue")
        // 見出し(3) + 2 line breaks = 5; 首相は = 3 → 4日 is 8..<10; 夜、= 2 → 約25分間 is 12..<17.
        #expect(lines.dropFirst().first == "1\t8\t10\t4日\tdate\tdate(D4)")
        #expect(lines.contains("1\t12\t17\t約25分間\tquantity\tquantity(about 25 minute)"))
    }

    @Test func jsonlFormat() throws {
        let file = try CLI.temporaryFile(Array("The budget is ¥43 trillion.".utf8))
        let result = try CLI.run(["numbers", file, "--format", "jsonl"])
        #expect(result.stdout == #"{"sentence":0,"start":14,"end":26,"text":"¥43 trillion","kind":"quantity","value":"quantity(43000000000000 yen)"}"# + "\n")
    }
}
