import Foundation
import Testing
import YakugoCore
@testable import YakugoFormats

/// Files other tools wrote (../shared/data/tmx_tbx_samples/tmx) and the TMX DTD, when the shared
/// data directory sits beside the package.
enum SharedData {
    /// The package root: three levels up from this file (Tests/YakugoFormatsTests/x.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    static let tmxSamples = root.appendingPathComponent("tmx_tbx_samples/tmx")
    static let tmx14DTD = root.appendingPathComponent("xml_schemas/tmx/tmx14.dtd")

    static var available: Bool {
        FileManager.default.fileExists(atPath: tmxSamples.path) && FileManager.default.fileExists(atPath: tmx14DTD.path)
    }

    static let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Every file under the samples directory, recursively, sorted.
    static func sampleFiles() -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: tmxSamples.path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = tmxSamples.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    struct ProcessResult { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ executable: String, _ arguments: [String]) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// `count(XPATH)` as xmllint computes it; nil when xmllint cannot parse the file.
    static func xmllintCount(_ xpath: String, in path: String) throws -> Int? {
        guard let xmllint else { return nil }
        let result = try run(xmllint, ["--nonet", "--xpath", "count(\(xpath))", path])
        guard result.status == 0 else { return nil }
        return Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func validateAgainstTMX14(_ path: String) throws -> ProcessResult? {
        guard let xmllint else { return nil }
        return try run(xmllint, ["--noout", "--nonet", "--dtdvalid", tmx14DTD.path, path])
    }

    static func skipMessage(_ test: String) -> String? {
        if !available { return "\(test): skipped, \(root.path) is absent" }
        if xmllint == nil { return "\(test): skipped, xmllint is not installed (Debian package libxml2-utils)" }
        return nil
    }
}

@Suite("TMX files from other tools")
struct TMXSamplesTests {
    @Test func everySampleFileIsReadOrRefusedClearly() throws {
        if let message = SharedData.skipMessage("everySampleFileIsReadOrRefusedClearly") { print(message); return }
        let files = SharedData.sampleFiles()
        #expect(files.count == 43)  // 23 + 3 kit files, 11 OmegaT, 6 Okapi (README.md of the samples)
        var full = 0, withWarnings = 0, refused = 0
        for path in files {
            let name = path.replacingOccurrences(of: SharedData.tmxSamples.path + "/", with: "")
            let expectedUnits = try SharedData.xmllintCount("//tu", in: path)
            do {
                let result = try TMXReader.read(path: path)
                // Everything we read must be something xmllint also parses, with the same counts.
                let units = try #require(expectedUnits, "\(name): read, but xmllint cannot parse it")
                #expect(result.memory.units.count == units, "\(name)")
                #expect(result.memory.units.map(\.variants.count).reduce(0, +) == (try SharedData.xmllintCount("//tuv", in: path)), "\(name)")
                #expect(result.memory.units.allSatisfy { !$0.variants.isEmpty }, "\(name)")
                if result.warningCount == 0 {
                    full += 1
                    print("TMX sample read fully: \(name) (\(units) units)")
                } else {
                    withWarnings += 1
                    print("TMX sample read with \(result.warningCount) warning(s): \(name) (\(units) units): \(result.warnings.map(\.message).joined(separator: "; "))")
                }
            } catch {
                refused += 1
                #expect(expectedUnits == nil, "\(name): refused, but xmllint parses it: \(error)")
                #expect("\(error)".contains("not a TMX file"), "\(name): \(error)")
                print("TMX sample refused: \(name): \(error)")
            }
        }
        #expect(refused == 3)  // License.txt and the two ImportTest1I .txt files
        #expect(full + withWarnings == 40)
    }

    @Test func compliance1IWhitespaceMatchesTheKitsExpectedText() throws {
        if !SharedData.available { print("compliance1IWhitespaceMatchesTheKitsExpectedText: skipped, \(SharedData.root.path) is absent"); return }
        let kit = SharedData.tmxSamples.appendingPathComponent("lisa_compliance_kit")
        let unit = try TMXReader.read(path: kit.appendingPathComponent("ImportTest1I.tmx").path).memory.units[0]
        // The kit states the expected segment text in two files (UTF-8 and UTF-16 with BOM).
        let english = try String(contentsOf: kit.appendingPathComponent("ImportTest1I.txt"), encoding: .utf8)
        let japanese = try String(contentsOf: kit.appendingPathComponent("ImportTest1I_ja-jp.txt"), encoding: .utf16)
        #expect(unit.variant(for: "en-US")?.plainText == english.trimmingCharacters(in: .newlines))
        #expect(unit.variant(for: "ja-JP")?.plainText == japanese.trimmingCharacters(in: .newlines))
    }

    @Test func sampleContentIsReadAsWritten() throws {
        if !SharedData.available { print("sampleContentIsReadAsWritten: skipped, \(SharedData.root.path) is absent"); return }
        func units(_ relative: String) throws -> [TranslationUnit] {
            try TMXReader.read(path: SharedData.tmxSamples.appendingPathComponent(relative).path).memory.units
        }
        // Values below are copied from the sample files by eye.
        let cnjp = try units("omegat/project_CN_JP_project_save_tmx11.tmx")
        #expect(cnjp[0].variant(for: "ja")?.plainText == "太平寺の中心的なペン塔")
        #expect(cnjp[0].variant(for: "zh-cn")?.plainText == "太平寺中的文笔塔")
        #expect(try units("omegat/test-SMP.tmx")[0].variant(for: "en")?.plainText == "𝐀𝐁𝐂")
        let codes = try units("lisa_compliance_kit/ImportTest2A-0index.tmx")
        #expect(codes[0].variant(for: "en-US")?.placeholderText == "The big {1}black{/1} {2}cat{/2} sleeps.")
        #expect(codes[0].variant(for: "fr")?.plainText == "Le gros chat noir dors.")
        #expect(codes[1].variant(for: "en-us")?.plainText == #"Test for special characters = <=lt, >=gt, &=amp, "=quot."#)
        #expect(codes[5].id == nil && codes[5].variant(for: "en-US")?.language == "En-uS")
        #expect(codes[6].variants.map(\.language) == ["FR-CA", "en-us"])
        #expect(codes[6].variant(for: "en")?.placeholderText == "Some text with {1}a part highlighted{/1}.")
    }

    @Test func ourOutputValidatesAgainstTheTMX14DTD() throws {
        if let message = SharedData.skipMessage("ourOutputValidatesAgainstTheTMX14DTD") { print(message); return }
        let directory = NSTemporaryDirectory() + "yakugo-dtd-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let bold = InlineCode(kind: .bpt, attributes: [.init(name: "i", value: "1"), .init(name: "type", value: "bold")], content: [.text("<b>")])
        let units = [
            TranslationUnit(id: "missile-2022#1", variants: [
                TranslationVariant(language: "en-US", content: [.text("North Korea fired a "), .code(bold), .text("ballistic missile"),
                                                                .code(InlineCode(kind: .ept, attributes: [.init(name: "i", value: "1")], content: [.text("</b>")])), .text(" over Japan & \"Aomori\".")]),
                TranslationVariant(language: "ja-JP", content: [.text("北朝鮮が"), .code(InlineCode(kind: .ph, attributes: [.init(name: "x", value: "1")], content: [.text("<br/>")])), .text("弾道ミサイルを発射した。𠮷")]),
            ], properties: [.init(type: TMXFormat.documentProperty, value: "missile-over-japan-2022"), .init(type: TMXFormat.scoreProperty, value: "0.97"),
                            .init(type: TMXFormat.beadProperty, value: "1-1")], notes: ["aligned"], creationDate: "20261129T120000Z"),
            TranslationUnit(id: "missile-2022#2", variants: [
                TranslationVariant(language: "en-US", text: "Control\u{1}character removed."),
                TranslationVariant(language: "ja-JP", content: [.code(InlineCode(kind: .it, attributes: [.init(name: "pos", value: "begin")], content: [.text("<i>")])),
                                                                .code(InlineCode(kind: .hi, attributes: [.init(name: "type", value: "term")], content: [.text("航空自衛隊")]))]),
            ]),
        ]
        let path = directory + "/ours.tmx"
        let removed = try TMXWriter.write(TranslationMemory(header: TranslationMemoryHeader(creationToolVersion: "0.1.0"), units: units), to: path)
        #expect(removed == 1)
        let validation = try #require(try SharedData.validateAgainstTMX14(path))
        #expect(validation.status == 0, "xmllint: \(validation.stderr)")
    }

    @Test func everyValidSampleWrittenBackValidatesAndReadsTheSame() throws {
        if let message = SharedData.skipMessage("everyValidSampleWrittenBackValidatesAndReadsTheSame") { print(message); return }
        let directory = NSTemporaryDirectory() + "yakugo-rewrite-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var rewritten = 0
        for path in SharedData.sampleFiles() where path.hasSuffix(".tmx") {
            let name = URL(fileURLWithPath: path).lastPathComponent
            let memory = try TMXReader.read(path: path).memory
            let output = directory + "/" + name
            try TMXWriter.write(memory, to: output)
            let validation = try #require(try SharedData.validateAgainstTMX14(output))
            #expect(validation.status == 0, "\(name): \(validation.stderr)")
            let again = try TMXReader.read(path: output).memory
            // Units without tuid get their position on writing; everything else is unchanged.
            let withIds = memory.units.enumerated().map { index, unit in
                var unit = unit
                if unit.id == nil { unit.id = String(index + 1) }
                return unit
            }
            #expect(again.units == withIds, "\(name)")
            rewritten += 1
        }
        #expect(rewritten == 40)
    }
}
