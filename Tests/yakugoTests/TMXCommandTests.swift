import Foundation
import Testing

private let memory = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE tmx SYSTEM "tmx14.dtd">
    <tmx version="1.4">
      <header creationtool="Yakugo" creationtoolversion="0.1.0" datatype="plaintext" segtype="sentence" adminlang="en-US" srclang="en-US" o-tmf="Yakugo" creationdate="20261129T120000Z"/>
      <body>
        <tu tuid="m-1">
          <tuv xml:lang="en-US"><seg>North Korea fired a <bpt i="1">&lt;b&gt;</bpt>missile<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
          <tuv xml:lang="JA-jp"><seg>北朝鮮が<bpt i="1">&lt;b&gt;</bpt>ミサイル<ept i="1">&lt;/b&gt;</ept>を発射した。</seg></tuv>
        </tu>
        <tu>
          <tuv xml:lang="en-GB"><seg>Tab\there, line\nbreak, back\\slash &amp; "quotes"</seg></tuv>
          <tuv xml:lang="ja"><seg>タブ&#9;改行&#10;𠮷</seg></tuv>
        </tu>
        <tu tuid="m-3">
          <tuv xml:lang="en-US"><seg>Only English.</seg></tuv>
          <tuv xml:lang="fr-FR"><seg>Seulement anglais.</seg></tuv>
        </tu>
      </body>
    </tmx>
    """

private func memoryFile() throws -> String {
    try CLI.temporaryFile(Array(memory.utf8), suffix: ".tmx")
}

@Suite("yakugo tmx")
struct TMXCommandTests {
    @Test func statsShowsHeaderUnitsAndLanguageCounts() throws {
        let file = try memoryFile()
        let result = try CLI.run(["tmx", "stats", file])
        #expect(result.status == 0)
        // JA-jp is counted as ja-JP; ties keep file order.
        #expect(result.stdout == """
            file: \(file)
            version: 1.4
            creation tool: Yakugo 0.1.0
            source language: en-US
            segment type: sentence
            units: 3
            variants: 6
            languages:
              en-US\t2
              ja-JP\t1
              en-GB\t1
              ja\t1
              fr-FR\t1
            warnings: 0

            """)
    }

    @Test func statsAsJSON() throws {
        let file = try memoryFile()
        let result = try CLI.run(["tmx", "stats", file, "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["units"] as? Int == 3 && object["variants"] as? Int == 6 && object["warnings"] as? Int == 0)
        #expect(object["creationTool"] as? String == "Yakugo" && object["creationToolVersion"] as? String == "0.1.0")
        #expect(object["srcLang"] as? String == "en-US" && object["segType"] as? String == "sentence")
        let languages = try #require(object["languages"] as? [[String: Any]])
        #expect(languages.first?["tag"] as? String == "en-US" && languages.first?["count"] as? Int == 2)
    }

    @Test func convertToTSVPicksLanguagesByTagAndEscapes() throws {
        let file = try memoryFile()
        let result = try CLI.run(["tmx", "convert", file, "--to", "tsv", "--source", "en", "--target", "ja"])
        #expect(result.status == 0)
        // Unit 2 has no tuid: its id is its position. Unit 3 has no Japanese: empty cell + warning.
        #expect(result.stdout == """
            id\tsource\ttarget
            m-1\tNorth Korea fired a {1}missile{/1}.\t北朝鮮が{1}ミサイル{/1}を発射した。
            2\tTab\\there, line\\nbreak, back\\\\slash & "quotes"\tタブ\\t改行\\n𠮷
            m-3\tOnly English.\t

            """)
        #expect(result.stderr.contains("1 of 3 units have no ja variant"))
    }

    @Test func convertDefaultsToHeaderSourceLanguageAndJapanese() throws {
        let file = try memoryFile()
        let result = try CLI.run(["tmx", "convert", file])
        #expect(result.stdout.split(separator: "\n").dropFirst().first == "m-1\tNorth Korea fired a {1}missile{/1}.\t北朝鮮が{1}ミサイル{/1}を発射した。")
    }

    @Test func convertToJSONLinesKeepsEveryLanguage() throws {
        let file = try memoryFile()
        let result = try CLI.run(["tmx", "convert", file, "--to", "jsonl"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[2] == #"{"id":"m-3","variants":[{"lang":"en-US","text":"Only English."},{"lang":"fr-FR","text":"Seulement anglais."}]}"#)
        #expect(lines[1] == #"{"id":"2","variants":[{"lang":"en-GB","text":"Tab\there, line\nbreak, back\\slash & \"quotes\""},{"lang":"ja","text":"タブ\t改行\n𠮷"}]}"#)
    }

    @Test func convertWritesTheOutputFile() throws {
        let file = try memoryFile()
        let output = NSTemporaryDirectory() + "yakugo-tmx-out-\(UUID().uuidString).tsv"
        let result = try CLI.run(["tmx", "convert", file, "--target", "fr", "-o", output])
        #expect(result.status == 0 && result.stdout.isEmpty)
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasSuffix("m-3\tOnly English.\tSeulement anglais.\n"))
    }

    @Test func readsStandardInput() throws {
        let result = try CLI.run(["tmx", "stats", "-"], stdin: Array(memory.utf8))
        #expect(result.status == 0 && result.stdout.contains("units: 3"))
    }

    @Test func brokenTMXExits2WithLineAndColumn() throws {
        let broken = memory.replacingOccurrences(of: "<seg>Only English.</seg>", with: "<seg>Only English.</tuv>")
        let file = try CLI.temporaryFile(Array(broken.utf8), suffix: ".tmx")
        let result = try CLI.run(["tmx", "convert", file])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        // Line 16 holds the mismatched end tag (the seg of unit 2 spans lines 11-12).
        #expect(result.stderr.hasPrefix("yakugo: \(file):16:"))
        #expect(result.stderr.contains("malformed TMX"))
    }

    @Test func brokenTMXLeavesAnExistingOutputFileAlone() throws {
        // The converter streams into a temporary file: an error half-way must neither
        // replace the old output nor leave the temporary file behind.
        let broken = memory.replacingOccurrences(of: "<seg>Only English.</seg>", with: "<seg>Only English.</tuv>")
        let file = try CLI.temporaryFile(Array(broken.utf8), suffix: ".tmx")
        let directory = NSTemporaryDirectory() + "yakugo-tmx-keep-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let output = directory + "/pairs.tsv"
        try "previous content\n".write(toFile: output, atomically: true, encoding: .utf8)
        let result = try CLI.run(["tmx", "convert", file, "-o", output])
        #expect(result.status == 2)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous content\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["pairs.tsv"])
    }

    @Test func nonTMXFileExits2() throws {
        let file = try CLI.temporaryFile(Array("<html><body>hi</body></html>".utf8), suffix: ".tmx")
        let result = try CLI.run(["tmx", "stats", file])
        #expect(result.status == 2 && result.stderr.contains("not a TMX file: the root element is <html>"))
    }

    @Test func warningsGoToStandardErrorAndAreCounted() throws {
        let odd = memory.replacingOccurrences(of: "<tu tuid=\"m-3\">", with: "<tu tuid=\"empty\"></tu><tu tuid=\"m-3\">")
        let file = try CLI.temporaryFile(Array(odd.utf8), suffix: ".tmx")
        let result = try CLI.run(["tmx", "stats", file])
        #expect(result.status == 0)
        #expect(result.stdout.contains("units: 4") && result.stdout.contains("warnings: 1"))
        #expect(result.stderr.contains(#"warning: \#(file):15: <tu tuid="empty"> has no <tuv>"#))
    }

    @Test func aLanguageNoUnitHasIsAnErrorAndWritesNothing() throws {
        let file = try memoryFile()
        let out = NSTemporaryDirectory() + "yakugo-tmx-\(UUID().uuidString).tsv"
        let result = try CLI.run(["tmx", "convert", file, "--to", "tsv", "--target", "de", "-o", out])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no unit has a de variant; the file's languages are JA-jp, en-GB, en-US, fr-FR, ja"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func sameSourceAndTargetIsAUsageError() throws {
        let file = try memoryFile()
        let result = try CLI.run(["tmx", "convert", file, "--source", "ja", "--target", "JA"])
        #expect(result.status == 2)
    }

    @Test func helpHasExamples() throws {
        for command in [["tmx", "--help"], ["tmx", "stats", "--help"], ["tmx", "convert", "--help"]] {
            let result = try CLI.run(command)
            #expect(result.status == 0 && result.stdout.contains("EXAMPLES"))
        }
    }
}
