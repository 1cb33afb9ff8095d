import Foundation
import Testing

/// `yakugo extract` end to end. Expectations that name pairs run with --no-dictionary and a
/// --glossary, so they hold whatever EDICT is installed; one test uses EDICT and skips without it.
@Suite("yakugo extract")
struct ExtractCommandTests {
    static let english = """
        Japan Air Self-Defense Force holds drill after ballistic missile launch

        The Japan Air Self-Defense Force held a joint drill with U.S. fighters on Tuesday, the Defense Ministry said.
        The drill followed North Korea's launch of a ballistic missile that flew over Japan.
        The Defense Ministry said the ballistic missile fell into the Pacific Ocean.
        A Japan Air Self-Defense Force spokesperson said the drill showed the strength of the alliance.

        """
    static let japanese = """
        弾道ミサイル発射受け航空自衛隊が訓練

        防衛省によると、航空自衛隊は火曜日、米軍の戦闘機と共同訓練を行った。
        訓練は、北朝鮮が日本上空を通過する弾道ミサイルを発射したことを受けたもの。
        防衛省は、弾道ミサイルは太平洋に落下したと発表した。
        航空自衛隊の報道官は、訓練が同盟の強さを示したと述べた。

        """
    /// A second article for the corpus: the same bodies in other sentences.
    static let english2 = """
        The Defense Ministry said the Japan Air Self-Defense Force scrambled fighters on Friday.
        The Japan Air Self-Defense Force reported no damage.

        """
    static let japanese2 = """
        防衛省によると、航空自衛隊は金曜日、戦闘機を緊急発進させた。
        航空自衛隊は被害はなかったと報告した。

        """
    static let glossaryCSV = "english,japanese\nJapan Air Self-Defense Force,航空自衛隊\nDefense Ministry,防衛省\n"
    static let header = "english\tjapanese\tscore\tfrequency\tcategory\tstatus\texample"

    /// A fresh folder holding `drill.en.txt`, `drill.ja.txt` and the glossary `known.csv`.
    static func folder() throws -> String {
        let dir = NSTemporaryDirectory() + "yakugo-extract-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try english.write(toFile: dir + "/drill.en.txt", atomically: true, encoding: .utf8)
        try japanese.write(toFile: dir + "/drill.ja.txt", atomically: true, encoding: .utf8)
        try glossaryCSV.write(toFile: dir + "/known.csv", atomically: true, encoding: .utf8)
        return dir
    }

    /// Extraction of the drill pair with the glossary and without EDICT, plus `extra` arguments.
    static func extractDrill(_ extra: [String] = []) throws -> (result: CLI.Result, dir: String) {
        let dir = try folder()
        let result = try CLI.run(["extract", dir + "/drill.en.txt", dir + "/drill.ja.txt",
                                  "--no-dictionary", "--glossary", dir + "/known.csv"] + extra)
        return (result, dir)
    }

    /// TSV data rows as cells, header left out.
    static func rows(_ tsv: String) -> [[String]] {
        tsv.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func pairInputGivesTSVWithHeaderOnStandardOutput() throws {
        let (result, _) = try Self.extractDrill()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(Self.header + "\t"))
        let rows = Self.rows(result.stdout)
        #expect(rows.contains { $0[0] == "Japan Air Self-Defense Force" && $0[1] == "航空自衛隊" })
        #expect(rows.allSatisfy { Double($0[2]).map { (0...1).contains($0) } == true })
        #expect(result.stderr.contains(" from 5 segments (1 document)"))
    }

    @Test func glossaryPairsComeOutApprovedAndOthersCandidate() throws {
        let (result, _) = try Self.extractDrill()
        let rows = Self.rows(result.stdout)
        let approved = Set(rows.filter { $0[5] == "approved" }.map { $0[0] + "=" + $0[1] })
        #expect(approved == ["Japan Air Self-Defense Force=航空自衛隊", "Defense Ministry=防衛省"])
        #expect(rows.filter { $0[5] != "approved" }.allSatisfy { $0[5] == "candidate" })
        #expect(rows.count > approved.count, "the extractor finds pairs beyond the glossary")
    }

    @Test func csvOutputFileFromExtension() throws {
        let dir = try Self.folder()
        let out = dir + "/glossary.csv"
        let result = try CLI.run(["extract", dir + "/drill.en.txt", dir + "/drill.ja.txt", "--no-dictionary",
                                  "--glossary", dir + "/known.csv", "-o", out])
        #expect(result.status == 0 && result.stdout.isEmpty)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("english,japanese,score,frequency,category,status,example,"))
        #expect(text.contains("\nJapan Air Self-Defense Force,航空自衛隊,1,"))
    }

    @Test func jsonOutputKeepsExampleSegmentsNumberedByBead() throws {
        let (result, _) = try Self.extractDrill(["--format", "json"])
        #expect(result.status == 0)
        let root = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let concepts = root?["concepts"] as? [[String: Any]] ?? []
        let jasdf = concepts.first { ($0["terms"] as? [[String: Any]])?.first?["text"] as? String == "Japan Air Self-Defense Force" }
        let segments = (jasdf?["contexts"] as? [[String: Any]])?.compactMap { $0["segment"] as? String }
        #expect(segments == ["drill#1", "drill#2", "drill#5"])
        #expect(jasdf?["sources"] as? [String] == ["drill"])
    }

    @Test func tbxOutputValidatesAgainstTheTBXv2DTD() throws {
        let dir = try Self.folder()
        let out = dir + "/glossary.tbx"
        let result = try CLI.run(["extract", dir + "/drill.en.txt", dir + "/drill.ja.txt", "--no-dictionary",
                                  "--glossary", dir + "/known.csv", "-o", out])
        #expect(result.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("<martif type=\"TBX-Basic\""))
        let dtd = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/data/xml_schemas/tbx_v2/TBXcoreStructV02.dtd").path
        guard let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }),
              FileManager.default.fileExists(atPath: dtd) else {
            print("tbxOutputValidatesAgainstTheTBXv2DTD: validation skipped, xmllint or \(dtd) is absent")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--noout", "--nonet", "--dtdvalid", dtd, out]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "xmllint: \(message)")
    }

    @Test func corpusExtractsOnceOverEveryPairAndReportsUnpairedFiles() throws {
        let dir = try Self.folder()
        try Self.english2.write(toFile: dir + "/scramble.en.txt", atomically: true, encoding: .utf8)
        try Self.japanese2.write(toFile: dir + "/scramble.ja.txt", atomically: true, encoding: .utf8)
        try Self.english2.write(toFile: dir + "/lonely.en.txt", atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", "--corpus", dir, "--no-dictionary", "--glossary", dir + "/known.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("lonely.en.txt has no Japanese counterpart"))
        #expect(result.stderr.contains(" from 7 segments (2 documents)"))
        let jasdf = Self.rows(result.stdout).first { $0[0] == "Japan Air Self-Defense Force" }
        #expect(jasdf?[3] == "5", "frequency counts segments of both documents")
        #expect(jasdf?[17] == "drill|scramble", "sources: \(jasdf?[17] ?? "none")")
    }

    @Test func unreadablePairOfACorpusIsSkippedAndTheOthersAreExtracted() throws {
        let dir = try Self.folder()
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00]).write(to: URL(fileURLWithPath: dir + "/broken.en.txt"))
        try Self.japanese2.write(toFile: dir + "/broken.ja.txt", atomically: true, encoding: .utf8)
        let out = dir + "/glossary.tsv"
        let result = try CLI.run(["extract", "--corpus", dir, "--no-dictionary", "--glossary", dir + "/known.csv", "-o", out])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("pair broken skipped"))
        #expect(result.stderr.contains(" from 5 segments (1 document)"))
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.contains("Japan Air Self-Defense Force\t航空自衛隊"))
    }

    @Test func tmxWrittenByAlignIsExtractedAsAlignedSegments() throws {
        let dir = try Self.folder()
        let tmx = dir + "/drill.tmx"
        let aligned = try CLI.run(["align", dir + "/drill.en.txt", dir + "/drill.ja.txt", "--no-dictionary", "--format", "tmx", "-o", tmx])
        #expect(aligned.status == 0)
        let result = try CLI.run(["extract", "--tmx", tmx, "--no-dictionary", "--glossary", dir + "/known.csv", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(" from 5 segments (1 document)"))
        let fromPair = try Self.extractDrill(["--format", "json"]).result.stdout
        #expect(result.stdout == fromPair, "the same segments give the same glossary")
    }

    @Test func tmxUnitsMatchAnyRegionAndOneSidedUnitsAreSkipped() throws {
        let dir = try Self.folder()
        let tmx = dir + "/memory.tmx"
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>
            <tu tuid="u1"><tuv xml:lang="EN-gb"><seg>The Defense Ministry said the missile fell.</seg></tuv><tuv xml:lang="ja"><seg>防衛省はミサイルが落下したと発表した。</seg></tuv></tu>
            <tu><tuv xml:lang="en-US"><seg>The Defense Ministry protested.</seg></tuv><tuv xml:lang="ja_JP"><seg>防衛省は抗議した。</seg></tuv></tu>
            <tu tuid="u3"><tuv xml:lang="en-US"><seg>Only English here.</seg></tuv></tu>
            </body></tmx>
            """.write(toFile: tmx, atomically: true, encoding: .utf8)
        let result = try CLI.run(["extract", "--tmx", tmx, "--no-dictionary", "--glossary", dir + "/known.csv", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1 unit without both an English and a Japanese segment skipped"))
        #expect(result.stderr.contains("pair from 2 segments (1 document)") || result.stderr.contains("pairs from 2 segments (1 document)"))
        #expect(result.stdout.contains(#""segment" : "u1""#) && result.stdout.contains(#""segment" : "memory#2""#))
    }

    @Test func topKeepsTheBestPairs() throws {
        let all = Self.rows(try Self.extractDrill().result.stdout)
        let (result, _) = try Self.extractDrill(["--top", "2"])
        #expect(result.status == 0)
        #expect(Self.rows(result.stdout).map { $0[0] } == all.prefix(2).map { $0[0] })
        #expect(result.stderr.contains("2 pairs from"))
    }

    @Test func minScoreLeavesOutWeakerPairs() throws {
        let (result, _) = try Self.extractDrill(["--min-score", "0.95"])
        #expect(result.status == 0)
        let scores = Self.rows(result.stdout).compactMap { Double($0[2]) }
        #expect(!scores.isEmpty && scores.allSatisfy { $0 >= 0.95 })
    }

    @Test("usage errors exit 2", arguments: [
        ["--min-score", "1.5"], ["--top", "0"], ["--corpus", "."], ["--format", "xlsx"], ["-o", "glossary.unknown"],
    ])
    func usageErrorsExit2(extra: [String]) throws {
        let (result, _) = try Self.extractDrill(extra)
        #expect(result.status == 2 && !result.stderr.isEmpty && result.stdout.isEmpty)
    }

    @Test func noInputOrOneFileIsAUsageError() throws {
        #expect(try CLI.run(["extract"]).status == 2)
        #expect(try CLI.run(["extract", "only.en.txt"]).status == 2)
        #expect(try CLI.run(["extract", "--tmx", "a.tmx", "--presegmented"]).status == 2)
    }

    @Test("bad input exits 2 with one line and writes no file", arguments: [
        ("invalid", "invalid UTF-8 at byte offset 1"),
        ("empty", "empty"),
        ("binary", "binary"),
        ("malformed-tmx", "malformed TMX"),
        ("tmx-without-en-ja", "no translation unit has both an English"),
        ("folder-without-pairs", "no NAME.en/NAME.ja pairs"),
    ])
    func badInput(kind: String, expected: String) throws {
        let dir = try Self.folder()
        let out = dir + "/out.tsv"
        var arguments = ["extract", "--no-dictionary", "-o", out]
        func write(_ bytes: [UInt8], _ name: String) throws -> String {
            try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + name))
            return dir + "/" + name
        }
        switch kind {
        case "invalid": arguments += [try write([0x41, 0xC3, 0x28], "bad.en.txt"), dir + "/drill.ja.txt"]
        case "empty": arguments += [dir + "/drill.en.txt", try write([0xEF, 0xBB, 0xBF], "bad.ja.txt")]
        case "binary": arguments += [try write([0x00, 0x01, 0x02, 0x03], "bad.en.txt"), dir + "/drill.ja.txt"]
        case "malformed-tmx": arguments += ["--tmx", try write(Array("<tmx version=\"1.4\"><body><tu>".utf8), "bad.tmx")]
        case "tmx-without-en-ja":
            let text = "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"fr\"><seg>Bonjour.</seg></tuv><tuv xml:lang=\"de\"><seg>Hallo.</seg></tuv></tu></body></tmx>"
            arguments += ["--tmx", try write(Array(text.utf8), "fr-de.tmx")]
        default:
            let empty = dir + "/empty"
            try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
            _ = try write(Array("lonely".utf8), "empty/lonely.en.txt")
            arguments += ["--corpus", empty]
        }
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(expected), "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("pairs from"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// Issue 4's must-show: on the sample of the seed article's event, the key pairs come out of
    /// the dictionaries and the text alone, without the shipped glossary.
    @Test func seedEventSampleYieldsTheKeyPairsWithoutAGlossary() throws {
        guard FileManager.default.fileExists(atPath: "/usr/share/edict/edict") else {
            print("seedEventSampleYieldsTheKeyPairsWithoutAGlossary: skipped, EDICT is not installed (Debian package edict)")
            return
        }
        let base = CLI.samples + "/missile-over-japan-2022"
        let result = try CLI.run(["extract", base + ".en.txt", base + ".ja.txt"])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("EDICT not found"))
        let pairs = Set(Self.rows(result.stdout).map { $0[0] + "\t" + $0[1] })
        for expected in ["Air Self-Defense Force\t航空自衛隊", "Joint Staff Office\t統合幕僚監部", "Defense Ministry\t防衛省",
                         "denuclearization\t非核化", "U.N. Security Council\t国連安全保障理事会"] {
            #expect(pairs.contains(expected), "missing \(expected)")
        }
        let statuses = Set(Self.rows(result.stdout).map { $0[5] })
        #expect(statuses == ["candidate"])
    }
}
