import Foundation
import Testing
import YakugoTestSupport
import YakugoCore
@testable import YakugoFormats

/// Translate Toolkit (Python) reads what we write: the check another real TMX consumer agrees
/// with our escaping, language tags and inline markup.
@Suite("TMX interoperability with Translate Toolkit")
struct TMXInteropTests {
    static func translateToolkitAvailable() -> Bool {
        guard let result = try? SharedData.run("/usr/bin/env", ["python3", "-c", "import translate.storage.tmx"]) else { return false }
        return result.status == 0
    }

    /// All the text Translate Toolkit shows for a segment: words plus the inner text of codes
    /// (it flattens inline elements), so this is what its `source`/`target` must equal.
    static func flattened(_ content: [InlineElement]) -> String {
        content.map { element in
            switch element {
            case let .text(text): return text
            case let .code(code): return flattened(code.content)
            }
        }.joined()
    }

    @Test func translateToolkitReadsOurUnitsAndText() throws {
        guard Self.translateToolkitAvailable() else {
            print("translateToolkitReadsOurUnitsAndText: skipped, python3 cannot import translate (pip install translate-toolkit)")
            return
        }
        var generator = RandomMemory(random: SeededGenerator(seed: 7))
        var units: [TranslationUnit] = [
            TranslationUnit(id: "plain-1", variants: [
                TranslationVariant(language: "en-US", text: "The Air Self-Defense Force & the U.S. <Air Force> held \"drills\" on Oct. 4."),
                TranslationVariant(language: "ja-JP", text: "航空自衛隊と米空軍は10月4日に「共同訓練」を実施した。𠮷😀"),
            ]),
            TranslationUnit(id: "codes-2", variants: [
                TranslationVariant(language: "en-US", content: [.text("Press "), .code(InlineCode(kind: .ph, attributes: [.init(name: "x", value: "1")], content: [.text("<br/>")])), .text(" now")]),
                TranslationVariant(language: "ja-JP", content: [.code(InlineCode(kind: .bpt, attributes: [.init(name: "i", value: "1")], content: [.text("<b>")])), .text("今"),
                                                                .code(InlineCode(kind: .ept, attributes: [.init(name: "i", value: "1")], content: [.text("</b>")]))]),
            ]),
        ]
        // Random Japanese/English text with XML specials (no codes, no leading/trailing
        // whitespace, which Translate Toolkit may normalize).
        for index in 0..<20 {
            func text() -> String {
                var value = ""
                while value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { value = generator.text() }
                return value.trimmingCharacters(in: .whitespacesAndNewlines).filter { $0 != "\r" && $0 != "\r\n" }
            }
            units.append(TranslationUnit(id: "random-\(index)", variants: [TranslationVariant(language: "en-US", text: text()), TranslationVariant(language: "ja-JP", text: text())]))
        }
        let path = NSTemporaryDirectory() + "yakugo-interop-\(UUID().uuidString).tmx"
        try TMXWriter.write(TranslationMemory(header: TranslationMemoryHeader(creationToolVersion: "0.1.0", srcLang: "en-US"), units: units), to: path)

        let script = """
            import json, sys
            from translate.storage import tmx
            store = tmx.tmxfile.parsefile(sys.argv[1])
            store.settargetlanguage("ja-JP")
            # ASCII-only JSON: a raw U+FEFF inside a JSON string did not survive the trip here.
            print(json.dumps([[u.getid(), u.source, u.target] for u in store.units]))
            """
        let result = try SharedData.run("/usr/bin/env", ["python3", "-c", script, path])
        #expect(result.status == 0, "python: \(result.stderr)")
        let decoded = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String]]
        let rows = try #require(decoded)
        // The removal of forbidden characters is not under test here: compare with what we
        // read back ourselves, which the round-trip tests tie to the input.
        let ours = try TMXReader.read(path: path).memory.units
        #expect(rows.count == ours.count)
        for (row, unit) in zip(rows, ours) {
            #expect(row[0] == unit.id)
            #expect(row[1] == Self.flattened(unit.variant(for: "en-US")!.content), "\(unit.id ?? "")")
            #expect(row[2] == Self.flattened(unit.variant(for: "ja-JP")!.content), "\(unit.id ?? "")")
        }
        #expect(rows[0][2] == "航空自衛隊と米空軍は10月4日に「共同訓練」を実施した。𠮷😀")
        #expect(rows[1][1] == "Press <br/> now")
    }
}
