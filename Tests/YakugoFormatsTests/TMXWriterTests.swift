import Foundation
import Testing
import YakugoCore
@testable import YakugoFormats

private let fixedHeader = TranslationMemoryHeader(creationToolVersion: "0.1.0", creationDate: "20261129T120000Z")

private func written(_ units: [TranslationUnit], header: TranslationMemoryHeader = fixedHeader) throws -> (text: String, removed: Int) {
    let (bytes, removed) = try TMXWriter.bytes(for: TranslationMemory(header: header, units: units))
    return (String(decoding: bytes, as: UTF8.self), removed)
}

private func pair(_ id: String?, _ english: String, _ japanese: String) -> TranslationUnit {
    TranslationUnit(id: id, variants: [TranslationVariant(language: "en-US", text: english), TranslationVariant(language: "ja-JP", text: japanese)])
}

private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "yakugo-tmx-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

@Suite("TMX writer")
struct TMXWriterTests {
    @Test func writesDeclarationDoctypeHeaderPropsAndEscapedSegments() throws {
        var unit = pair("doc1-1", "Kishida & Biden <agreed>", "岸田首相と\"バイデン\"氏")
        unit.properties = [.init(type: "x-yakugo-document", value: "missile.en.txt"), .init(type: "x-yakugo-score", value: "0.93")]
        // Written by hand from the TMX 1.4b specification and the house layout.
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="Yakugo" creationtoolversion="0.1.0" datatype="plaintext" segtype="sentence" adminlang="en-US" srclang="en-US" o-tmf="Yakugo" creationdate="20261129T120000Z"/>
              <body>
                <tu tuid="doc1-1">
                  <prop type="x-yakugo-document">missile.en.txt</prop>
                  <prop type="x-yakugo-score">0.93</prop>
                  <tuv xml:lang="en-US">
                    <seg>Kishida &amp; Biden &lt;agreed&gt;</seg>
                  </tuv>
                  <tuv xml:lang="ja-JP">
                    <seg>岸田首相と&quot;バイデン&quot;氏</seg>
                  </tuv>
                </tu>
              </body>
            </tmx>

            """
        let result = try written([unit])
        #expect(result.text == expected)
        #expect(result.removed == 0)
    }

    @Test func headerFieldsAreConfigurable() throws {
        let header = TranslationMemoryHeader(
            creationTool: "Aligner", creationToolVersion: "2.0", dataType: "html", segType: "paragraph",
            adminLang: "ja-JP", srcLang: "ja-JP", oTmf: "Other", creationDate: "20200101T000000Z",
            properties: [.init(type: "x-corpus", value: "asahi")], notes: ["aligned by hand"]
        )
        let text = try written([pair("1", "a", "b")], header: header).text
        #expect(text.contains(#"<header creationtool="Aligner" creationtoolversion="2.0" datatype="html" segtype="paragraph" adminlang="ja-JP" srclang="ja-JP" o-tmf="Other" creationdate="20200101T000000Z">"#))
        #expect(text.contains("<note>aligned by hand</note>"))
        #expect(text.contains(#"<prop type="x-corpus">asahi</prop>"#))
    }

    @Test func srcLangDefaultsToAdminLang() throws {
        let text = try written([pair("1", "a", "b")], header: TranslationMemoryHeader(adminLang: "ja-JP", creationDate: "20200101T000000Z")).text
        #expect(text.contains(#"adminlang="ja-JP" srclang="ja-JP""#))
    }

    @Test func missingCreationDateIsTheCurrentUTCTimeInTMXForm() throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let before = formatter.string(from: Date())
        let text = try written([pair("1", "a", "b")], header: TranslationMemoryHeader()).text
        let after = formatter.string(from: Date().addingTimeInterval(1))
        let date = try #require(text.firstMatch(of: #/creationdate="([^"]*)"/#)).output.1
        #expect(String(date) >= before && String(date) <= after)
    }

    @Test func tmxDatesOfKnownInstants() {
        // Checked against Python's datetime.fromtimestamp(t, timezone.utc).
        #expect(TMXFormat.date(secondsSince1970: 0) == "19700101T000000Z")
        #expect(TMXFormat.date(secondsSince1970: 1_000_000_000) == "20010909T014640Z")
        #expect(TMXFormat.date(secondsSince1970: 951_782_400) == "20000229T000000Z")
        #expect(TMXFormat.date(secondsSince1970: -1) == "19691231T235959Z")
        #expect(TMXFormat.date(secondsSince1970: 4_102_444_799) == "20991231T235959Z")
    }

    @Test func forbiddenCharactersAreRemovedEverywhereAndCounted() throws {
        var unit = pair("id\u{1}", "a\u{0}b\u{1B}c\u{FFFE}d\u{FFFF}\te", "岸田\u{7}")
        unit.properties = [.init(type: "x-\u{8}note", value: "v\u{C}")]
        let result = try written([unit])
        #expect(result.removed == 8)
        #expect(result.text.contains(#"<tu tuid="id">"#))
        #expect(result.text.contains("<seg>abcd\te</seg>"))
        #expect(result.text.contains("<seg>岸田</seg>"))
        #expect(result.text.contains(#"<prop type="x-note">v</prop>"#))
        let reread = try TMXReader.read(Array(result.text.utf8), source: "out.tmx")
        #expect(reread.memory.units[0].variants[0].plainText == "abcd\te")
    }

    @Test func carriageReturnIsWrittenAsACharacterReference() throws {
        let text = try written([pair("1", "line one\r\nline two", "一行目\r二行目")]).text
        #expect(text.contains("<seg>line one&#13;\nline two</seg>"))
        let reread = try TMXReader.read(Array(text.utf8), source: "out.tmx")
        #expect(reread.memory.units[0].variants.map(\.plainText) == ["line one\r\nline two", "一行目\r二行目"])
    }

    @Test func inlineCodesAreWrittenBackAsElements() throws {
        let content: [InlineElement] = [
            .text("Press "),
            .code(InlineCode(kind: .bpt, attributes: [.init(name: "i", value: "1"), .init(name: "type", value: "bold")], content: [.text("<b>")])),
            .text("Enter"),
            .code(InlineCode(kind: .ept, attributes: [.init(name: "i", value: "1")], content: [.text("</b>")])),
            .code(InlineCode(kind: .ph, attributes: [.init(name: "x", value: "2")])),
            .code(InlineCode(kind: .hi, attributes: [.init(name: "type", value: "term")], content: [.text("now")])),
        ]
        let unit = TranslationUnit(id: "1", variants: [TranslationVariant(language: "en", content: content)])
        let text = try written([unit]).text
        #expect(text.contains(#"<seg>Press <bpt i="1" type="bold">&lt;b&gt;</bpt>Enter<ept i="1">&lt;/b&gt;</ept><ph x="2"/><hi type="term">now</hi></seg>"#))
    }

    @Test func unitWithoutIdGetsItsPositionAsTuid() throws {
        let text = try written([pair(nil, "a", "b"), pair("named", "c", "d"), pair(nil, "e", "f")]).text
        #expect(text.contains(#"<tu tuid="1">"#) && text.contains(#"<tu tuid="named">"#) && text.contains(#"<tu tuid="3">"#))
    }

    @Test func unitWithoutVariantsIsRefused() {
        #expect(throws: FormatError.unrepresentable(format: "TMX", reason: "unit 7 has no variant; TMX requires at least one <tuv>")) {
            try written([TranslationUnit(id: "7", variants: [])])
        }
    }

    @Test func variantWithoutLanguageIsRefused() {
        #expect(throws: FormatError.self) {
            try written([TranslationUnit(id: "1", variants: [TranslationVariant(language: "", text: "x")])])
        }
    }

    @Test func attributeNameThatIsNotAnXMLNameIsRefused() {
        let code = InlineCode(kind: .ph, attributes: [.init(name: "bad name", value: "1")])
        #expect(throws: FormatError.self) {
            try written([TranslationUnit(id: "1", variants: [TranslationVariant(language: "en", content: [.code(code)])])])
        }
    }

    @Test func codesNestedBeyondWhatParsersAcceptAreRefused() throws {
        func nested(_ depth: Int) -> [InlineElement] {
            var content: [InlineElement] = [.text("core")]
            for _ in 0..<depth { content = [.code(InlineCode(kind: .hi, content: content))] }
            return content
        }
        let deep = TranslationUnit(id: "1", variants: [TranslationVariant(language: "en", content: nested(TMXWriter.maximumCodeDepth + 1))])
        #expect(throws: FormatError.self) { try written([deep]) }
        // The deepest accepted nesting reads back: the limit keeps what we write readable.
        let deepest = TranslationUnit(id: "1", variants: [TranslationVariant(language: "en", content: nested(TMXWriter.maximumCodeDepth))])
        let text = try written([deepest]).text
        #expect(try TMXReader.read(Array(text.utf8), source: "deep.tmx").memory.units == [deepest])
    }

    @Test func segTypeOutsideTheDTDListIsRefused() {
        #expect(throws: FormatError.self) {
            try written([pair("1", "a", "b")], header: TranslationMemoryHeader(segType: "word"))
        }
    }

    @Test func fileOutputAppearsOnlyAtFinishAndMatchesMemoryOutput() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/memory.tmx"
        let units = [pair("1", "Missile launched.", "ミサイルが発射された。"), pair("2", "Japan protested.", "日本は抗議した。")]
        let writer = try TMXWriter(path: path, header: fixedHeader)
        for unit in units { try writer.write(unit) }
        #expect(!FileManager.default.fileExists(atPath: path))
        try writer.finish()
        let onDisk = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(onDisk == (try TMXWriter.bytes(for: TranslationMemory(header: fixedHeader, units: units))).bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["memory.tmx"])
    }

    @Test func abandonedFileWriteKeepsTheOldFileAndLeavesNoTemporary() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/memory.tmx"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        do {
            let writer = try TMXWriter(path: path, header: fixedHeader)
            try writer.write(pair("1", "a", "b"))
            #expect(throws: FormatError.self) { try writer.write(TranslationUnit(id: "2", variants: [])) }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["memory.tmx"])
    }

    @Test func unwritableDirectoryIsAnError() {
        #expect(throws: FormatError.self) {
            try TMXWriter.write(TranslationMemory(header: fixedHeader, units: [pair("1", "a", "b")]), to: "/nonexistent-dir-yakugo/out.tmx")
        }
    }
}
