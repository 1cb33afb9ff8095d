import Foundation
import Testing

/// A segment table file (TSV unless `suffix` says otherwise).
private func table(_ text: String, suffix: String = ".tsv") throws -> String {
    try CLI.temporaryFile(Array(text.utf8), suffix: suffix)
}

private func outputPath(_ suffix: String = ".txt") -> String {
    NSTemporaryDirectory() + "yakugo-validate-out-\(UUID().uuidString)\(suffix)"
}

private let dateError = "id\tenglish\tjapanese\nd1\tNorth Korea fired a missile on Oct. 4.\t北朝鮮は10月14日にミサイルを発射した。\n"

private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

private func checkIDs(_ report: [String: Any]) -> [String] {
    (report["findings"] as? [[String: Any]] ?? []).compactMap { $0["check"] as? String }
}

@Suite("yakugo validate")
struct ValidateCommandTests {
    // MARK: The issue's must-show

    @Test func wrongDayIsADateMismatch() throws {
        let result = try CLI.run(["validate", try table(dateError)])
        #expect(result.status == 1)
        #expect(result.stdout.contains("[date-mismatch]"))
        #expect(result.stdout.contains("⟦10月14日⟧") && result.stdout.contains("suggestion: 10月4日"))
        #expect(result.stdout.hasSuffix("1 segment checked: 1 error, 0 warnings, 0 notes (date-mismatch 1)\n"))
    }

    @Test func thousandWrittenInKanjiIsNotReported() throws {
        let result = try CLI.run(["validate", try table("id\tenglish\tjapanese\nt1\t1,000 troops\t千人の部隊\n")])
        #expect(result.status == 0)
        #expect(result.stdout == "1 segment checked: 0 errors, 0 warnings, 0 notes\n")
    }

    // MARK: Input formats

    @Test func tsvWithoutHeaderIsIDEnglishJapanese() throws {
        let result = try CLI.run(["validate", try table("d1\tOct. 4\t10月14日\nd2\tSeptember 30\t9月30日\n"), "--format", "json"])
        #expect(result.status == 1)
        let report = try json(result.stdout)
        #expect(checkIDs(report) == ["date-mismatch"])
        #expect((report["findings"] as? [[String: Any]])?.first?["segment"] as? String == "d1")
    }

    @Test func csvWithQuotedFields() throws {
        let file = try table("id,english,japanese,note\nc1,\"On Oct. 4, 1,000 troops arrived.\",\"10月14日、千人の部隊が到着した。\",x\n", suffix: ".csv")
        let result = try CLI.run(["validate", file, "--format", "json"])
        #expect(result.status == 1)
        #expect(checkIDs(try json(result.stdout)) == ["date-mismatch"])
    }

    @Test func tmxWrittenByAlign() throws {
        let english = try CLI.temporaryFile(Array("North Korea fired a ballistic missile on Oct. 4.\nJapan lodged a protest through diplomatic channels.\n".utf8), suffix: ".en.txt")
        let japanese = try CLI.temporaryFile(Array("北朝鮮は10月14日、弾道ミサイルを発射した。\n日本政府は外交ルートを通じて抗議した。\n".utf8), suffix: ".ja.txt")
        let memory = outputPath(".tmx")
        let aligned = try CLI.run(["align", english, japanese, "--format", "tmx", "--no-dictionary", "-o", memory])
        #expect(aligned.status == 0)
        let result = try CLI.run(["validate", memory, "--format", "json"])
        #expect(result.status == 1)
        let report = try json(result.stdout)
        #expect(checkIDs(report) == ["date-mismatch"])
        let name = URL(fileURLWithPath: english).lastPathComponent.replacingOccurrences(of: ".en.txt", with: "")
        #expect((report["findings"] as? [[String: Any]])?.first?["segment"] as? String == "\(name)#1")
        #expect((report["summary"] as? [String: Any])?["segments"] as? Int == 2)
    }

    @Test func articlePairIsAlignedFirst() throws {
        let english = try CLI.temporaryFile(Array("North Korea fired a ballistic missile on Oct. 4.\nJapan lodged a protest through diplomatic channels.\n".utf8), suffix: ".en.txt")
        let japanese = try CLI.temporaryFile(Array("北朝鮮は10月14日、弾道ミサイルを発射した。\n日本政府は外交ルートを通じて抗議した。\n".utf8), suffix: ".ja.txt")
        let result = try CLI.run(["validate", english, japanese, "--no-dictionary", "--format", "json"])
        #expect(result.status == 1)
        let report = try json(result.stdout)
        #expect(checkIDs(report) == ["date-mismatch"])
        let name = URL(fileURLWithPath: english).lastPathComponent.replacingOccurrences(of: ".en.txt", with: "")
        #expect((report["findings"] as? [[String: Any]])?.first?["segment"] as? String == "\(name)#1")
    }

    @Test func oneSidedBeadsAreCountedNotChecked() throws {
        let english = CLI.samples + "/kishida-yoon-phone-call.en.txt", japanese = CLI.samples + "/kishida-yoon-phone-call.ja.txt"
        let aligned = try CLI.run(["align", english, japanese, "--no-dictionary", "--format", "tsv"])
        let shapes = aligned.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false)[3] }
        let oneSided = shapes.filter { $0 == "1-0" || $0 == "0-1" }.count
        let result = try CLI.run(["validate", english, japanese, "--no-dictionary", "--format", "json"])
        #expect(result.status == 0 || result.status == 1)
        let summary = try #require(try json(result.stdout)["summary"] as? [String: Any])
        #expect(summary["segments"] as? Int == shapes.count - oneSided)
        #expect(oneSided == 0 || result.stderr.contains("\(oneSided) sentence(s) without a counterpart"))
    }

    @Test func xliff12DroppedCodeIsATagMismatch() throws {
        let file = try CLI.temporaryFile(Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="news.html" source-language="en-US" target-language="ja-JP" datatype="html"><body>
                <trans-unit id="t1"><source>Press <g id="1">here</g>.<x id="2"/></source><target><g id="1">ここ</g>を押す。<x id="2"/></target></trans-unit>
                <trans-unit id="t2"><source>Prime Minister <g id="1">Kishida</g> spoke.</source><target>岸田首相が発言した。</target></trans-unit>
                <trans-unit id="t3"><source>Not translated yet.</source></trans-unit>
              </body></file>
            </xliff>
            """.utf8), suffix: ".xlf")
        let result = try CLI.run(["validate", file, "--format", "json"])
        #expect(result.status == 1)
        let report = try json(result.stdout)
        let findings = report["findings"] as? [[String: Any]] ?? []
        #expect(!findings.isEmpty && findings.allSatisfy { $0["segment"] as? String == "t2" && $0["check"] as? String == "tag-mismatch" })
        #expect((report["summary"] as? [String: Any])?["segments"] as? Int == 2)
        #expect(result.stderr.contains("1 of 3 unit(s)"))
    }

    @Test func xliff20DroppedCodeIsATagMismatch() throws {
        let file = try CLI.temporaryFile(Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ja">
              <file id="f1">
                <unit id="u1"><segment><source>It flew <sc id="3"/>25 minutes<ec startRef="3"/>.</source><target><sc id="3"/>25分間<ec startRef="3"/>飛行した。</target></segment></unit>
                <unit id="u2"><segment><source>Press <pc id="1">here</pc>.<ph id="2"/></source><target><pc id="1">ここ</pc>を押す。</target></segment></unit>
              </file>
            </xliff>
            """.utf8), suffix: ".xliff")
        let result = try CLI.run(["validate", file, "--format", "json"])
        #expect(result.status == 1)
        let findings = try json(result.stdout)["findings"] as? [[String: Any]] ?? []
        #expect(findings.count == 1)
        #expect(findings.first?["segment"] as? String == "u2" && findings.first?["check"] as? String == "tag-mismatch")
    }

    @Test func standardInputIsSniffed() throws {
        let result = try CLI.run(["validate", "-"], stdin: Array(dateError.utf8))
        #expect(result.status == 1 && result.stdout.contains("[date-mismatch]"))
    }

    // MARK: Glossary

    @Test func forbiddenGlossaryFormIsReportedWithItsReplacement() throws {
        let glossary = try CLI.temporaryFile(Array("Kyiv,キエフ,forbidden,キーウ\n".utf8), suffix: ".csv")
        let file = try table("k1\tRussian forces shelled Kyiv again.\tロシア軍が再びキエフを砲撃した。\n")
        let result = try CLI.run(["validate", file, "--glossary", glossary, "--format", "json"])
        #expect(result.status == 1)
        let finding = try #require((try json(result.stdout)["findings"] as? [[String: Any]])?.first)
        #expect(finding["check"] as? String == "term-forbidden")
        #expect(finding["suggestion"] as? String == "キーウ")
        #expect((finding["message"] as? String)?.contains("キーウ") == true)
        let fixed = try CLI.run(["validate", try table("k1\tRussian forces shelled Kyiv again.\tロシア軍が再びキーウを砲撃した。\n"), "--glossary", glossary])
        #expect(fixed.status == 0)
    }

    @Test func glossariesAreMerged() throws {
        let first = try CLI.temporaryFile(Array("english,japanese\nAir Self-Defense Force,航空自衛隊\n".utf8), suffix: ".csv")
        let second = try CLI.temporaryFile(Array("Kyiv,キエフ,forbidden,キーウ\n".utf8), suffix: ".csv")
        let file = try table("g1\tThe Air Self-Defense Force flew to Kyiv.\t空軍がキエフに飛んだ。\n")
        let result = try CLI.run(["validate", file, "--glossary", first, "--glossary", second, "--format", "json"])
        #expect(Set(checkIDs(try json(result.stdout))) == ["term-missing", "term-forbidden"])
    }

    // MARK: Selecting checks

    @Test func skipAndChecksSelectChecks() throws {
        let file = try table(dateError)
        #expect(try CLI.run(["validate", file, "--skip", "date-mismatch"]).status == 0)
        #expect(try CLI.run(["validate", file, "--checks", "number-mismatch,unit-mismatch"]).status == 0)
        #expect(try CLI.run(["validate", file, "--checks", "number-mismatch", "--checks", "date-mismatch"]).status == 1)
    }

    @Test func unknownCheckIDExits2WithTheKnownIDs() throws {
        let output = outputPath()
        let result = try CLI.run(["validate", try table(dateError), "--skip", "date-mismatch,dates", "-o", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown check \"dates\"") && result.stderr.contains("date-mismatch, unit-mismatch"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    // MARK: Config file

    @Test func configSeverityOverrideAndFailOn() throws {
        let config = try CLI.temporaryFile(Array("severity:\n  date-mismatch: warning\n".utf8), suffix: ".yaml")
        let file = try table(dateError)
        let relaxed = try CLI.run(["validate", file, "--config", config])
        #expect(relaxed.status == 0 && relaxed.stdout.contains("warning [date-mismatch]"))
        #expect(try CLI.run(["validate", file, "--config", config, "--fail-on", "warning"]).status == 1)
    }

    @Test func configSuppressionRemovesAKnownFalsePositive() throws {
        let config = try CLI.temporaryFile(Array("suppress:\n  - segment: d1\n    check: date-mismatch\n".utf8), suffix: ".yaml")
        let result = try CLI.run(["validate", try table(dateError), "--config", config])
        #expect(result.status == 0)
        #expect(result.stdout == "1 segment checked: 0 errors, 0 warnings, 0 notes; 1 suppressed\n")
    }

    @Test func aSuppressionOfNoSegmentIsWarnedAbout() throws {
        let config = try CLI.temporaryFile(Array("suppress:\n  - segment: d9\n    check: date-mismatch\n".utf8), suffix: ".yaml")
        let result = try CLI.run(["validate", try table(dateError), "--config", config])
        #expect(result.status == 1, "the finding of d1 stays")
        #expect(result.stderr.contains("segment \"d9\": no segment has that id"))
    }

    @Test func checksAndSkipLeavingNothingExit2() throws {
        let result = try CLI.run(["validate", try table(dateError), "--checks", "date-mismatch", "--skip", "date-mismatch"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no check left to run"))
    }

    @Test func configChecksAndOptionsWithFlagsOnTop() throws {
        let config = try CLI.temporaryFile(Array("""
            checks:
              disable: [date-mismatch, length-ratio]
            options:
              length_ratio_factor: 3
              allowed_latin_words: [iPhone]
              allow_mixed_parentheses: true
            """.utf8), suffix: ".yml")
        let file = try table(dateError)
        #expect(try CLI.run(["validate", file, "--config", config]).status == 0)
        // A check named in --checks runs even though the file disables it.
        #expect(try CLI.run(["validate", file, "--config", config, "--checks", "date-mismatch"]).status == 1)
    }

    @Test("bad config exits 2 naming the file and the key", arguments: [
        ("colour: true\n", "unknown key \"colour\""),
        ("options:\n  length_ratio: 2\n", "unknown key \"options.length_ratio\""),
        ("options:\n  length_ratio_factor: 0.5\n", "options.length_ratio_factor"),
        ("severity:\n  date-mismatch: fatal\n", "severity.date-mismatch"),
        ("checks:\n  enable: [dates]\n", "unknown check \"dates\""),
        ("suppress:\n  - segment: d1\n", "needs both segment and check"),
        ("checks: [unclosed\n", "invalid YAML"),
    ])
    func badConfig(text: String, expected: String) throws {
        let config = try CLI.temporaryFile(Array(text.utf8), suffix: ".yaml")
        let output = outputPath()
        let result = try CLI.run(["validate", try table(dateError), "--config", config, "-o", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains(config) && result.stderr.contains(expected))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    // MARK: Reports

    @Test func jsonHasTheDocumentedShape() throws {
        let result = try CLI.run(["validate", try table(dateError), "--format", "json"])
        let report = try json(result.stdout)
        #expect(Set(report.keys) == ["findings", "summary"])
        let finding = try #require((report["findings"] as? [[String: Any]])?.first)
        #expect(Set(finding.keys) == ["segment", "check", "severity", "message", "source_span", "target_span", "suggestion"])
        #expect(finding["severity"] as? String == "error")
        #expect(finding["source_span"] as? [Int] == [31, 37])
        #expect(finding["target_span"] as? [Int] == [4, 10])
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(Set(summary.keys) == ["segments", "findings", "suppressed", "by_severity", "by_check"])
        #expect(summary["by_severity"] as? [String: Int] == ["error": 1, "warning": 0, "info": 0])
        #expect(summary["by_check"] as? [String: Int] == ["date-mismatch": 1])
        // The summary line goes to stderr when the report is not text.
        #expect(result.stderr.contains("1 segment checked"))
    }

    @Test func junitIsWellFormedWithOneTestCasePerSegment() throws {
        let file = try table(dateError + "ok\t1,000 troops\t千人の部隊\n")
        let output = outputPath(".xml")
        let result = try CLI.run(["validate", file, "--format", "junit", "-o", output])
        #expect(result.status == 1 && result.stdout.isEmpty)
        let xml = try String(contentsOfFile: output, encoding: .utf8)
        #expect(xml.contains("<testsuites") && xml.components(separatedBy: "<testcase ").count == 3)
        #expect(xml.contains("<failure type=\"date-mismatch\""))
        for lint in ["/usr/bin/xmllint", "/bin/xmllint"] where FileManager.default.isExecutableFile(atPath: lint) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: lint)
            process.arguments = ["--noout", output]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            break
        }
    }

    @Test func failOnWarningCountsWarnings() throws {
        let file = try table("p1\tThe talks ended.\t会談は終わった。。\n")
        #expect(try CLI.run(["validate", file]).status == 0)
        #expect(try CLI.run(["validate", file, "--fail-on", "warning"]).status == 1)
    }

    @Test func noColourWhenNotATerminal() throws {
        let result = try CLI.run(["validate", try table(dateError)])
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func outputFileGetsTheReportAndStderrTheSummary() throws {
        let output = outputPath()
        let result = try CLI.run(["validate", try table(dateError), "-o", output])
        #expect(result.status == 1 && result.stdout.isEmpty)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("[date-mismatch]"))
        #expect(result.stderr.contains("yakugo: 1 segment checked"))
    }

    // MARK: Bad input

    @Test("bad input exits 2 with one clear line and no output file", arguments: [
        ([0x31, 0x09, 0x41, 0x09, 0xE3, 0x81] as [UInt8], ".tsv", "invalid UTF-8"),
        (Array("<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>a</target>".utf8), ".xlf", "malformed XLIFF"),
        (Array("<tmx version=\"1.4\"><body><tu>".utf8), ".tmx", "malformed TMX"),
        ([] as [UInt8], ".tsv", "empty"),
        ([] as [UInt8], ".xlf", "empty"),
        (Array("id\tenglish\tjapanese\n".utf8), ".tsv", "no text"),
        (Array("<html><body>x</body></html>".utf8), ".xml", "neither TMX"),
    ])
    func badInput(bytes: [UInt8], suffix: String, expected: String) throws {
        let file = try CLI.temporaryFile(bytes, suffix: suffix)
        let output = outputPath()
        let result = try CLI.run(["validate", file, "-o", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains(expected))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func tmxWithoutJapaneseExits2() throws {
        let file = try CLI.temporaryFile(Array(#"<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu></body></tmx>"#.utf8), suffix: ".tmx")
        let result = try CLI.run(["validate", file])
        #expect(result.status == 2 && result.stderr.contains("no unit has both en and ja text"))
    }

    @Test func usageErrorsExit2() throws {
        #expect(try CLI.run(["validate"]).status == 2)
        #expect(try CLI.run(["validate", try table(dateError), "--format", "xml"]).status == 2)
        #expect(try CLI.run(["validate", try table(dateError), "--target-lang", "fr"]).status == 2)
        #expect(try CLI.run(["validate", try table(dateError), try table(dateError)]).status == 2)
        #expect(try CLI.run(["validate", CLI.samples + "/kishida-yoon-phone-call.en.txt"]).status == 2)
    }
}

@Suite("yakugo checks")
struct ChecksCommandTests {
    @Test func textListsEveryCheckWithCategorySeverityAndTitle() throws {
        let result = try CLI.run(["checks"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        let json = try CLI.run(["checks", "--format", "json"])
        #expect(lines.count >= 13 && lines.count == json.stdout.components(separatedBy: "\"id\":").count - 1)
        #expect(lines.first?.split(separator: " ", omittingEmptySubsequences: true).prefix(3) == ["empty-target", "completeness", "error"])
        #expect(result.stdout.contains("date-mismatch") && result.stdout.contains("length-ratio"))
    }

    @Test func jsonIsAnArrayOfChecks() throws {
        let result = try CLI.run(["checks", "--format", "json"])
        let checks = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: String]])
        #expect(checks.count >= 13)
        #expect(Set(checks[0].keys) == ["id", "title", "category", "severity", "rationale"])
        #expect(checks.contains { $0["id"] == "term-forbidden" && $0["category"] == "terminology" })
    }

    @Test func markdownIsTheChecksReference() throws {
        let result = try CLI.run(["checks", "--format", "markdown"])
        #expect(result.status == 0 && result.stdout.hasPrefix("# Checks\n"))
        #expect(result.stdout.contains("### date-mismatch"))
    }
}
