import Foundation
import Testing

/// Runs `yakugo` in a chosen directory (the lookup default depends on the current directory).
private func runYakugo(_ arguments: [String], in directory: String) throws -> CLI.Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CLI.binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLI.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
}

@Suite("yakugo glossary")
struct GlossaryCommandTests {
    static let curated = """
        id,english,japanese,category,status,domain,english_variants,english_abbreviations,japanese_variants,japanese_short_forms,forbidden_japanese,note
        jasdf,Japan Air Self-Defense Force,航空自衛隊,org,approved,defense,Air Self-Defense Force,JASDF,,空自,,
        counterstrike-capability,counterstrike capability,反撃能力,concept,approved,defense,,,,,敵基地攻撃能力,Official since 2022.
        eez,exclusive economic zone,排他的経済水域,place,candidate,diplomacy,,EEZ,,,,

        """

    static func directory() throws -> String {
        let path = NSTemporaryDirectory() + "yakugo-glossary-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func convertPicksTheFormatFromTheOutputExtension() throws {
        let dir = try Self.directory()
        try Self.write(Self.curated, to: dir + "/g.csv")
        let result = try CLI.run(["glossary", "convert", dir + "/g.csv", "-o", dir + "/g.tbx"])
        #expect(result.status == 0 && result.stdout.isEmpty, "\(result.stderr)")
        let tbx = try String(contentsOfFile: dir + "/g.tbx", encoding: .utf8)
        #expect(tbx.contains("<martif type=\"TBX-Basic\"") && tbx.contains("<term>航空自衛隊</term>"))
        let back = try CLI.run(["glossary", "convert", dir + "/g.tbx", "--format", "csv"])
        #expect(back.status == 0)
        #expect(back.stdout.hasPrefix("english,japanese,score,frequency,category,status,example,"))
        #expect(back.stdout.contains("Japan Air Self-Defense Force,航空自衛隊,,,org,approved,,Air Self-Defense Force,JASDF,,空自,,,,defense,,jasdf,,\n"))
    }

    @Test func convertToTBX3AndJSONOnStandardOutput() throws {
        let dir = try Self.directory()
        try Self.write(Self.curated, to: dir + "/g.csv")
        let v3 = try CLI.run(["glossary", "convert", dir + "/g.csv", "--format", "tbx3"])
        #expect(v3.status == 0 && v3.stdout.contains("<conceptEntry id=\"jasdf\">"))
        let json = try CLI.run(["glossary", "convert", dir + "/g.csv", "--format", "json"])
        #expect(json.status == 0 && json.stdout.contains("\"source_language\" : \"en\""))
        let csv = try CLI.run(["glossary", "convert", "-"], stdin: Array(json.stdout.utf8))
        #expect(csv.status == 0 && csv.stdout.contains("counterstrike capability,反撃能力,"))
    }

    @Test func convertWarnsAboutWhatCSVLoses() throws {
        let dir = try Self.directory()
        try Self.write(Self.curated, to: dir + "/g.csv")
        _ = try CLI.run(["glossary", "convert", dir + "/g.csv", "-o", dir + "/g.json"])
        var json = try String(contentsOfFile: dir + "/g.json", encoding: .utf8)
        json = json.replacingOccurrences(of: "\"text\" : \"空自\",", with: "\"note\" : \"headlines\",\n          \"text\" : \"空自\",")
        try Self.write(json, to: dir + "/g.json")
        let result = try CLI.run(["glossary", "convert", dir + "/g.json", "-o", dir + "/out.csv"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: CSV output: 1 × term notes dropped"))
    }

    @Test func badInputExits2AndLeavesNoOutputFile() throws {
        let dir = try Self.directory()
        try Self.write("english,japanese,status\ndeterrence,抑止力,maybe\n", to: dir + "/bad.csv")
        let result = try CLI.run(["glossary", "convert", dir + "/bad.csv", "-o", dir + "/out.tbx"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.csv:2") && result.stderr.contains("unknown status"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.tbx"))
        let broken = try CLI.run(["glossary", "convert", "/no/such/glossary.tbx", "-o", dir + "/out.csv"])
        #expect(broken.status == 2 && broken.stderr.contains("no such file"))
        try Self.write("<martif><text><body><termEntry>", to: dir + "/broken.tbx")
        let malformed = try CLI.run(["glossary", "convert", dir + "/broken.tbx", "-o", dir + "/out.csv"])
        #expect(malformed.status == 2 && malformed.stderr.contains("malformed TBX"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["bad.csv", "broken.tbx"])
    }

    @Test func unwritableOutputExits2WithoutPartialFile() throws {
        let dir = try Self.directory()
        try Self.write(Self.curated, to: dir + "/g.csv")
        let result = try CLI.run(["glossary", "convert", dir + "/g.csv", "-o", "/nonexistent-yakugo-dir/g.tbx"])
        #expect(result.status == 2 && result.stderr.contains("cannot write"))
        let unknown = try CLI.run(["glossary", "convert", dir + "/g.csv", "-o", dir + "/g.docx"])
        #expect(unknown.status == 2 && unknown.stderr.contains("--format"))
    }

    @Test func mergeReportsConflictsAndStillSucceeds() throws {
        let dir = try Self.directory()
        try Self.write(Self.curated, to: dir + "/a.csv")
        try Self.write("""
            english,japanese,status,forbidden_japanese,sources
            japan air self-defense force,日本航空自衛隊,approved,,extracted
            counterstrike capability,敵基地攻撃能力,approved,,extracted
            Quad,クアッド,candidate,,extracted

            """, to: dir + "/b.csv")
        let result = try CLI.run(["glossary", "merge", dir + "/a.csv", dir + "/b.csv", "-o", dir + "/merged.json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("conflict: Japan Air Self-Defense Force ⇔ 航空自衛隊: preferred Japanese differs"))
        #expect(result.stderr.contains("敵基地攻撃能力 is approved in \(dir)/b.csv but forbidden in \(dir)/a.csv"))
        #expect(result.stderr.contains("merged 6 concepts from 2 files into 4; 3 conflicts"))
        let stats = try CLI.run(["glossary", "stats", dir + "/merged.json"])
        #expect(stats.stdout.hasPrefix("concepts: 4\n"))
    }

    @Test func mergeNeedsTwoFiles() throws {
        let result = try CLI.run(["glossary", "merge", "a.csv"])
        #expect(result.status == 2)
    }

    @Test func lookupFindsEitherLanguageAndShowsForms() throws {
        let dir = try Self.directory()
        try Self.write(Self.curated, to: dir + "/g.csv")
        let english = try CLI.run(["glossary", "lookup", "ｊａｓｄｆ", "--glossary", dir + "/g.csv"])
        #expect(english.status == 0)
        #expect(english.stdout == """
            Japan Air Self-Defense Force ⇔ 航空自衛隊  [org, approved]
              English variants: Air Self-Defense Force
              English abbreviations: JASDF
              Japanese short forms: 空自
              domain: defense

            """)
        let forbidden = try CLI.run(["glossary", "lookup", "敵基地攻撃能力", "--glossary", dir + "/g.csv"])
        #expect(forbidden.stdout.contains("counterstrike capability ⇔ 反撃能力  [concept, approved]\n  forbidden: 敵基地攻撃能力 → use 反撃能力\n"))
        let json = try CLI.run(["glossary", "lookup", "zone", "--glossary", dir + "/g.csv", "--format", "json"])
        #expect(json.status == 0 && json.stdout.hasPrefix("[{\"match\":\"substring\",\"matched\":\"exclusive economic zone\""))
    }

    @Test func lookupWithoutMatchExits1() throws {
        let dir = try Self.directory()
        try Self.write(Self.curated, to: dir + "/g.csv")
        let result = try CLI.run(["glossary", "lookup", "submarine", "--glossary", dir + "/g.csv"])
        #expect(result.status == 1 && result.stdout.isEmpty && result.stderr.contains("no match for submarine"))
    }

    @Test func anEmptyTermOrLimitIsAUsageError() throws {
        let dir = try Self.directory()
        try Self.write(Self.curated, to: dir + "/g.csv")
        #expect(try CLI.run(["glossary", "lookup", "", "--glossary", dir + "/g.csv"]).status == 2)
        #expect(try CLI.run(["glossary", "lookup", "  ", "--glossary", dir + "/g.csv"]).status == 2)
        #expect(try CLI.run(["glossary", "lookup", "JASDF", "--limit", "0", "--glossary", dir + "/g.csv"]).status == 2)
    }

    @Test func lookupUsesTheShippedGlossaryFromTheCurrentDirectory() throws {
        let dir = try Self.directory()
        let none = try runYakugo(["glossary", "lookup", "JASDF"], in: dir)
        #expect(none.status == 2 && none.stderr.contains("--glossary"))
        try FileManager.default.createDirectory(atPath: dir + "/Glossaries", withIntermediateDirectories: true)
        try Self.write(Self.curated, to: dir + "/Glossaries/defense-diplomacy.en-ja.csv")
        let found = try runYakugo(["glossary", "lookup", "JASDF"], in: dir)
        #expect(found.status == 0 && found.stdout.hasPrefix("Japan Air Self-Defense Force ⇔ 航空自衛隊"))
    }

    @Test func statsCountsEverything() throws {
        let dir = try Self.directory()
        try Self.write(Self.curated, to: dir + "/g.csv")
        let result = try CLI.run(["glossary", "stats", dir + "/g.csv"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            concepts: 3
            terms: en 6, ja 5
            forbidden forms: en 0, ja 1
            missing a language: en 0, ja 0
            by status:
              candidate\t1
              approved\t2
              forbidden\t0
            by category:
              concept\t1
              org\t1
              place\t1

            """)
        let json = try CLI.run(["glossary", "stats", dir + "/g.csv", "--format", "json"])
        #expect(json.stdout.hasPrefix("{\"concepts\":3,\"terms\":{\"en\":6,\"ja\":5}"))
    }

    @Test func statsOfAForeignTBXWarnsAboutSkippedLanguages() throws {
        let sample = URL(fileURLWithPath: CLI.samples).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/data/tmx_tbx_samples/tbx/v2_lisa_vendor_samples/okapi_test02_win1254.tbx").path
        guard FileManager.default.fileExists(atPath: sample) else {
            print("statsOfAForeignTBXWarnsAboutSkippedLanguages: skipped, ../shared is absent")
            return
        }
        let result = try CLI.run(["glossary", "stats", sample])
        #expect(result.status == 0 && result.stdout.hasPrefix("concepts: 1\n"))
        #expect(result.stderr.contains("left out: tr (1)"))
    }
}
