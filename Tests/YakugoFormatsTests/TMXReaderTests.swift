import Foundation
import Testing
import YakugoCore
@testable import YakugoFormats

private func tmx(_ body: String, header: String = #"<header creationtool="T" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en-US" srclang="en-US" o-tmf="T"/>"#, version: String = "1.4") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <tmx version="\(version)">
    \(header)
    <body>
    \(body)
    </body>
    </tmx>
    """
}

private func read(_ text: String) throws -> TMXReadResult {
    try TMXReader.read(Array(text.utf8), source: "test.tmx")
}

private func firstVariant(_ seg: String) throws -> TranslationVariant {
    try read(tmx(#"<tu><tuv xml:lang="en"><seg>\#(seg)</seg></tuv></tu>"#)).memory.units[0].variants[0]
}

@Suite("TMX reader")
struct TMXReaderTests {
    @Test func readsHeaderFieldsAndVersion() throws {
        let header = #"<header creationtool="OmegaT" creationtoolversion="6.1" datatype="html" segtype="paragraph" adminlang="EN-US" srclang="*all*" o-tmf="OmegaT TMX" creationdate="20241107T122621Z"><note>n</note><prop type="p">v</prop></header>"#
        let result = try read(tmx("", header: header))
        let h = result.memory.header
        #expect(result.memory.version == "1.4")
        #expect(h.creationTool == "OmegaT" && h.creationToolVersion == "6.1" && h.dataType == "html" && h.segType == "paragraph")
        #expect(h.adminLang == "EN-US" && h.srcLang == "*all*" && h.oTmf == "OmegaT TMX" && h.creationDate == "20241107T122621Z")
        #expect(h.notes == ["n"] && h.properties == [.init(type: "p", value: "v")])
        #expect(result.memory.units.isEmpty && result.warningCount == 0)
    }

    @Test func readsUnitIdDatePropertiesNotesAndVariants() throws {
        let body = #"""
            <tu tuid="a-1" creationdate="20261129T120000Z"><note>first</note><prop type="x-yakugo-score">0.9</prop><prop type="x-yakugo-score">0.8</prop>
              <tuv xml:lang="en-US"><prop type="q">1</prop><seg>North Korea fired a missile.</seg></tuv>
              <tuv xml:lang="ja-JP"><note>訳注</note><seg>北朝鮮がミサイルを発射した。</seg></tuv>
            </tu>
            """#
        let unit = try read(tmx(body)).memory.units[0]
        #expect(unit.id == "a-1" && unit.creationDate == "20261129T120000Z")
        #expect(unit.notes == ["first"])
        #expect(unit.properties == [.init(type: "x-yakugo-score", value: "0.9"), .init(type: "x-yakugo-score", value: "0.8")])
        #expect(unit.variants.map(\.language) == ["en-US", "ja-JP"])
        #expect(unit.variants.map(\.plainText) == ["North Korea fired a missile.", "北朝鮮がミサイルを発射した。"])
        #expect(unit.variants[0].properties == [.init(type: "q", value: "1")] && unit.variants[1].notes == ["訳注"])
    }

    @Test func keepsWhitespaceInsideSegmentsExactly() throws {
        let variant = try firstVariant("  two  spaces\n\tand<ph/> <ph/>&#x3000;end ")
        #expect(variant.plainText == "  two  spaces\n\tand \u{3000}end ")
    }

    @Test func readsInlineCodesWithAttributesAndNativeContent() throws {
        let variant = try firstVariant(#"Click <bpt i="1" x="3" type="link">&lt;a href="<sub>title</sub>"&gt;</bpt>here<ept i="1">&lt;/a&gt;</ept><it pos="begin">&lt;b&gt;</it>"#)
        let link = InlineCode(kind: .bpt, attributes: [.init(name: "i", value: "1"), .init(name: "x", value: "3"), .init(name: "type", value: "link")],
                              content: [.text("<a href=\""), .code(InlineCode(kind: .sub, content: [.text("title")])), .text("\">")])
        #expect(variant.content == [
            .text("Click "), .code(link), .text("here"),
            .code(InlineCode(kind: .ept, attributes: [.init(name: "i", value: "1")], content: [.text("</a>")])),
            .code(InlineCode(kind: .it, attributes: [.init(name: "pos", value: "begin")], content: [.text("<b>")])),
        ])
    }

    @Test func plainTextKeepsHighlightedTextButNotNativeCodes() throws {
        let variant = try firstVariant(#"The <bpt i="1">&lt;b&gt;</bpt>Air <hi type="term">Self-Defense</hi> Force<ept i="1">&lt;/b&gt;</ept><ph>&lt;br/&gt;</ph>."#)
        #expect(variant.plainText == "The Air Self-Defense Force.")
    }

    @Test func placeholderTextNumbersPairsByIStandaloneByXElsePosition() throws {
        let variant = try firstVariant(#"<bpt i="2" x="7">&lt;b&gt;</bpt>A<ept i="2">&lt;/b&gt;</ept> <ph x="5">&lt;br/&gt;</ph> <ut>{\b}</ut> <it pos="end" x="9">&lt;/i&gt;</it> <hi>B<ph/></hi>"#)
        // bpt/ept by i (2); ph by x (5); ut has no x: 4th code; it pos=end by x (9);
        // hi is the 6th code and has no x; the ph inside it is the 7th.
        #expect(variant.placeholderText == "{2}A{/2} {5/} {4/} {/9} {6}B{7/}{/6}")
    }

    @Test func readsTheTMX11LangAttribute() throws {
        let unit = try read(tmx(#"<tu><tuv lang="zh-CN"><seg>文笔塔</seg></tuv><tuv lang="ja-JP"><seg>ペン塔</seg></tuv></tu>"#, version: "1.1")).memory.units[0]
        #expect(unit.variants.map(\.language) == ["zh-CN", "ja-JP"])
        #expect(unit.variant(for: "ja")?.plainText == "ペン塔")
    }

    @Test func readsUTF16LittleAndBigEndianWithByteOrderMark() throws {
        let text = tmx(#"<tu><tuv xml:lang="ja"><seg>防衛省 𠮷</seg></tuv></tu>"#).replacingOccurrences(of: "UTF-8", with: "UTF-16")
        for (bom, encoding) in [([UInt8(0xFF), 0xFE], String.Encoding.utf16LittleEndian), ([0xFE, 0xFF], .utf16BigEndian)] {
            let bytes = bom + [UInt8](text.data(using: encoding)!)
            let unit = try TMXReader.read(bytes, source: "utf16.tmx").memory.units[0]
            #expect(unit.variants[0].plainText == "防衛省 𠮷")
        }
    }

    @Test func variantLookupIgnoresCaseAndFallsBackAcrossRegions() {
        let unit = TranslationUnit(variants: [
            TranslationVariant(language: "en-GB", text: "colour"), TranslationVariant(language: "EN-us", text: "color"),
            TranslationVariant(language: "ja", text: "色"),
        ])
        #expect(unit.variant(for: "en-US")?.plainText == "color")   // exact region, any case
        #expect(unit.variant(for: "en")?.plainText == "colour")     // bare language: first in file order
        #expect(unit.variant(for: "ja-JP")?.plainText == "色")       // region asked, bare tag in file
        #expect(unit.variant(for: "JA_jp")?.plainText == "色")
        #expect(unit.variant(for: "en-AU")?.plainText == "colour")  // other region as last resort
        #expect(unit.variant(for: "fr") == nil)
        #expect(unit.variant(for: "") == nil)
    }

    @Test func exactRegionIsPreferredOverABareTag() {
        let unit = TranslationUnit(variants: [TranslationVariant(language: "ja", text: "a"), TranslationVariant(language: "ja-JP", text: "b")])
        #expect(unit.variant(for: "ja-jp")?.plainText == "b")
        #expect(unit.variant(for: "ja")?.plainText == "a")
    }

    @Test func brokenXMLIsAnErrorWithLineAndColumn() throws {
        let text = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header/>\n<body><tu><tuv xml:lang=\"en\"><seg>a</tuv>\n</tu></body></tmx>"
        do {
            _ = try read(text)
            Issue.record("no error")
        } catch let FormatError.malformed(source, format, line, column, reason) {
            #expect(source == "test.tmx" && format == "TMX")
            #expect(line == 3)  // the mismatched </tuv> is on line 3
            #expect(column != nil)
            #expect(reason.contains("seg") && reason.contains("tuv"))
        }
    }

    @Test func errorAfterManyUnitsStopsTheStreamWithTheBrokenLine() throws {
        // Enough good units that libxml2 hands some out before it parses the broken one.
        let good = (1...2000).map { #"<tu><tuv xml:lang="en"><seg>unit \#($0)</seg></tuv></tu>"# }.joined(separator: "\n")
        let text = tmx(good + "\n" + #"<tu><tuv xml:lang="en"><seg>a & b</seg></tuv></tu>"#)
        let reader = try TMXStreamReader(bytes: Array(text.utf8), source: "s.tmx")
        var read = 0
        var failure: FormatError?
        while failure == nil {
            do {
                guard try reader.next() != nil else { break }
                read += 1
            } catch {
                failure = error
            }
        }
        guard case let .malformed(_, _, line, _, _)? = failure else { Issue.record("no error"); return }
        #expect(line == 2005)  // 4 lines before the body, then 2000 good units
        #expect(read > 0 && read <= 2000)
    }

    @Test func invalidUTF8IsAnErrorWithItsLine() throws {
        let bytes = Array(tmx("<tu><tuv xml:lang=\"en\"><seg>bad \u{1}</seg></tuv></tu>").utf8).map { $0 == 0x01 ? 0xFF : $0 }
        #expect(throws: FormatError.self) { try TMXReader.read(bytes, source: "bad.tmx") }
        do {
            _ = try TMXReader.read(bytes, source: "bad.tmx")
        } catch {
            guard case let .malformed(_, _, line, _, reason) = error else { Issue.record("\(error)"); return }
            #expect(line == 5 && reason.contains("UTF-8"))
        }
    }

    @Test func nestingBeyondLibxml2sLimitIsAnErrorNotACrash() {
        let deep = String(repeating: "<hi>", count: 5000) + "x" + String(repeating: "</hi>", count: 5000)
        #expect(throws: FormatError.self) { try read(tmx(#"<tu><tuv xml:lang="en"><seg>\#(deep)</seg></tuv></tu>"#)) }
    }

    @Test func nonTMXRootIsAClearError() {
        #expect(throws: FormatError.malformed(source: "test.tmx", format: "TMX", line: 1, column: nil, reason: "not a TMX file: the root element is <xliff>, not <tmx>")) {
            try read(#"<xliff version="1.2"><file/></xliff>"#)
        }
    }

    @Test func plainTextFileIsAClearError() {
        do {
            _ = try read("English segment with [    ]\n")
            Issue.record("no error")
        } catch {
            #expect("\(error)".contains("not a TMX file"))
        }
    }

    @Test func emptyAndMissingFilesAreErrors() {
        #expect(throws: FormatError.emptyInput(source: "test.tmx")) { try read(" \n") }
        #expect(throws: FormatError.unreadable(path: "/no/such/file.tmx", reason: "no such file")) { try TMXReader.read(path: "/no/such/file.tmx") }
    }

    @Test func externalEntitiesAreNeverExpanded() throws {
        let secretFile = NSTemporaryDirectory() + "yakugo-secret-\(UUID().uuidString).txt"
        try Data("TOP-SECRET".utf8).write(to: URL(fileURLWithPath: secretFile))
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx [
              <!ENTITY x SYSTEM "file:///etc/passwd">
              <!ENTITY s SYSTEM "file://\(secretFile)">
            ]>
            <tmx version="1.4"><header creationtool="T" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="en" o-tmf="T"/>
            <body><tu><tuv xml:lang="en"><seg>a&x;b&s;c</seg></tuv></tu></body></tmx>
            """
        let path = NSTemporaryDirectory() + "yakugo-xxe-\(UUID().uuidString).tmx"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        for result in [try read(text), try TMXReader.read(path: path)] {
            let seg = result.memory.units[0].variants[0].plainText
            #expect(seg == "abc")
            #expect(!seg.contains("root:") && !seg.contains("TOP-SECRET"))
            #expect(result.warnings.contains { $0.message.contains("&x;") })
        }
    }

    @Test func externalDTDIsNotFetched() throws {
        // Port 9 (discard) on localhost: a fetch attempt would fail or hang; neither happens.
        let text = tmx(#"<tu><tuv xml:lang="en"><seg>x</seg></tuv></tu>"#)
            .replacingOccurrences(of: "<tmx", with: "<!DOCTYPE tmx SYSTEM \"http://127.0.0.1:9/tmx14.dtd\">\n<tmx")
        let result = try read(text)
        #expect(result.memory.units.count == 1 && result.warningCount == 0)
    }

    @Test func recoverableOdditiesAreWarningsAndNothingIsDropped() throws {
        let body = """
            <tu tuid="empty"></tu>
            <tu tuid="e"><tuv xml:lang="en"><seg></seg></tuv><tuv xml:lang="ja"><seg>本文</seg></tuv></tu>
            <tu tuid="u"><tuv xml:lang="en"><seg>kept <b>bold</b> text</seg></tuv><custom/></tu>
            <tu tuid="n"><tuv><seg>no language</seg></tuv></tu>
            """
        let result = try read(tmx(body))
        #expect(result.memory.units.map(\.id) == ["empty", "e", "u", "n"])
        #expect(result.memory.units[2].variants[0].plainText == "kept bold text")
        let messages = result.warnings.map(\.message)
        #expect(messages.count == 5)
        #expect(messages.contains(#"<tu tuid="empty"> has no <tuv>"#))
        #expect(messages.contains(#"<tuv xml:lang="en"> has an empty <seg>"#))
        #expect(messages.contains("unknown element <b> in a segment: its text is kept, the tag dropped"))
        #expect(messages.contains("unknown element <custom> in <tu> skipped"))
        #expect(messages.contains("<tuv> has no xml:lang (or lang) attribute"))
        // Lines count from the <?xml line: the body starts on line 5.
        #expect(result.warnings.first { $0.message.contains("tuid=\"empty\"") }?.line == 5)
    }

    @Test func unknownVersionIsAWarning() throws {
        let result = try read(tmx("", version: "2.0"))
        #expect(result.warnings.map(\.message) == [#"TMX version "2.0" is not one of 1.1–1.4b; read as 1.4b"#])
    }

    @Test func streamingReaderHasTheHeaderBeforeTheFirstUnit() throws {
        let text = tmx((1...3).map { #"<tu tuid="\#($0)"><tuv xml:lang="en"><seg>s\#($0)</seg></tuv></tu>"# }.joined(separator: "\n"))
        let reader = try TMXStreamReader(bytes: Array(text.utf8), source: "s.tmx")
        #expect(reader.header.creationTool == "T")
        var ids: [String?] = []
        while let unit = try reader.next() { ids.append(unit.id) }
        #expect(ids == ["1", "2", "3"])
        #expect(try reader.next() == nil)
    }

    @Test func warningsBeyondTheLimitAreCountedNotKept() throws {
        let body = String(repeating: "<tu/>\n", count: TMXStreamReader.keptWarningLimit + 500)
        let result = try read(tmx(body))
        #expect(result.memory.units.count == TMXStreamReader.keptWarningLimit + 500)
        #expect(result.warningCount == TMXStreamReader.keptWarningLimit + 500)
        #expect(result.warnings.count == TMXStreamReader.keptWarningLimit)
    }
}
