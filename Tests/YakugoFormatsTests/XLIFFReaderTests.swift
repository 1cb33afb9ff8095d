import Foundation
import Testing
import YakugoCore
@testable import YakugoFormats

private func read(_ text: String) throws -> XLIFFDocument {
    try XLIFFReader.read(Array(text.utf8), source: "test.xlf")
}

private func xliff12(_ body: String, file: String = #"original="news.html" source-language="en-US" target-language="ja-JP" datatype="plaintext""#) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
      <file \(file)>
        <body>
    \(body)
        </body>
      </file>
    </xliff>
    """
}

private func xliff20(_ units: String, languages: String = #"srcLang="en" trgLang="ja""#, version: String = "2.0") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <xliff version="\(version)" xmlns="urn:oasis:names:tc:xliff:document:2.0" \(languages)>
      <file id="f1" original="news.html">
    \(units)
      </file>
    </xliff>
    """
}

@Suite("XLIFF reader")
struct XLIFFReaderTests {
    @Test func readsVersion12TransUnitsWithLanguagesAndDocument() throws {
        let document = try read(xliff12(#"""
              <trans-unit id="t1"><source>Kishida spoke.</source><target>岸田氏が発言した。</target></trans-unit>
              <group id="g"><trans-unit id="t2"><source>Two.</source><target xml:lang="ja">二。</target></trans-unit></group>
            """#))
        #expect(document.majorVersion == 1 && document.version == "1.2")
        #expect(document.units.map(\.id) == ["t1", "t2"])
        let first = document.units[0]
        #expect(first.variants.map(\.language) == ["en-US", "ja-JP"])
        #expect(first.variants.map(\.plainText) == ["Kishida spoke.", "岸田氏が発言した。"])
        #expect(first.property(TMXFormat.documentProperty) == "news.html")
        #expect(document.units[1].variants[1].language == "ja")
        #expect(document.warnings.isEmpty)
    }

    @Test func version12InlineCodesBecomePlaceholders() throws {
        let document = try read(xliff12(#"""
              <trans-unit id="t1">
                <source>Press <g id="1">here</g><x id="2"/> and <bx id="3"/>go<ex id="4" rid="3"/> <ph id="5">&lt;br/&gt;</ph><bpt id="6">&lt;i&gt;</bpt>now<ept id="6">&lt;/i&gt;</ept><it id="7" pos="close">&lt;/u&gt;</it>.</source>
                <target><g id="1">ここ</g><x id="2"/>を押して<bx id="3"/>進む<ex id="4" rid="3"/><ph id="5">&lt;br/&gt;</ph><bpt id="6">&lt;i&gt;</bpt>今<ept id="6">&lt;/i&gt;</ept><it id="7" pos="close">&lt;/u&gt;</it>。</target>
              </trans-unit>
            """#))
        let unit = try #require(document.units.first)
        #expect(unit.variants[0].placeholderText == "Press {1}here{/1}{2/} and {3}go{/3} {5/}{6}now{/6}{/7}.")
        #expect(unit.variants[1].placeholderText == "{1}ここ{/1}{2/}を押して{3}進む{/3}{5/}{6}今{/6}{/7}。")
        // The native code of ph/bpt is kept, but is not text a reader sees.
        #expect(unit.variants[0].plainText == "Press here and go now.")
        #expect(document.warnings.isEmpty)
    }

    @Test func version12MarkerTextIsKept() throws {
        let document = try read(xliff12(#"<trans-unit id="t"><source>A <mrk mtype="term">term</mrk>.</source><target><mrk mtype="term">用語</mrk>。</target></trans-unit>"#))
        #expect(document.units[0].variants.map(\.placeholderText) == ["A term.", "用語。"])
    }

    @Test func version12SegSourceGivesOneUnitPerSegment() throws {
        let document = try read(xliff12(#"""
              <trans-unit id="p1">
                <source>One. Two.</source>
                <seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two.</mrk></seg-source>
                <target><mrk mtype="seg" mid="1">一。</mrk><mrk mtype="seg" mid="2">二。</mrk></target>
              </trans-unit>
            """#))
        #expect(document.units.map(\.id) == ["p1#1", "p1#2"])
        #expect(document.units.map { $0.variants.map(\.plainText) } == [["One.", "一。"], ["Two.", "二。"]])
    }

    @Test func missingTargetLeavesOnlyTheSourceVariant() throws {
        let document = try read(xliff12(#"""
              <trans-unit id="new"><source>Not translated yet.</source></trans-unit>
              <trans-unit id="empty"><source>Emptied.</source><target/></trans-unit>
            """#))
        #expect(document.units[0].variants.count == 1)
        #expect(document.units[0].variant(for: "ja") == nil)
        // An empty <target/> is a translation that is empty: kept, for empty-target to report.
        #expect(document.units[1].variants.count == 2 && document.units[1].variants[1].content.isEmpty)
    }

    @Test func translateNoIsInheritedFromGroups() throws {
        let document = try read(xliff12(#"""
              <group translate="no"><trans-unit id="code"><source>x = 1</source><target>x = 1</target></trans-unit></group>
              <trans-unit id="text"><source>Hello.</source><target>こんにちは。</target></trans-unit>
            """#))
        #expect(document.units.map { $0.property(XLIFFReader.translateProperty) } == ["no", nil])
    }

    @Test func readsVersion20UnitsAndSegments() throws {
        let document = try read(xliff20(#"""
            <unit id="u1"><segment id="s1"><source>Kishida spoke.</source><target>岸田氏が発言した。</target></segment></unit>
            <group id="g"><unit id="u2">
              <segment id="a"><source>One.</source><target>一。</target></segment>
              <ignorable><source> </source></ignorable>
              <segment><source>Two.</source><target xml:lang="ja-JP">二。</target></segment>
            </unit></group>
            """#))
        #expect(document.majorVersion == 2 && document.version == "2.0")
        #expect(document.units.map(\.id) == ["u1", "u2#a", "u2#2"])
        #expect(document.units[0].variants.map(\.language) == ["en", "ja"])
        #expect(document.units[2].variants[1].language == "ja-JP")
        #expect(document.units[0].property(TMXFormat.documentProperty) == "news.html")
    }

    @Test func version20InlineCodesBecomePlaceholders() throws {
        let document = try read(xliff20(#"""
            <unit id="u1">
              <originalData><data id="d1">&lt;br/&gt;</data></originalData>
              <segment>
                <source>Press <pc id="1">here</pc><ph id="2" dataRef="d1"/> and <sc id="3"/>go<ec startRef="3"/><sc id="4" isolated="yes"/> now<ec id="5" isolated="yes"/><cp hex="0009"/>end.</source>
                <target><pc id="1">ここ</pc><ph id="2" dataRef="d1"/>を押して<sc id="3"/>進む<ec startRef="3"/><sc id="4" isolated="yes"/>今<ec id="5" isolated="yes"/>。</target>
              </segment>
            </unit>
            """#))
        let unit = try #require(document.units.first)
        #expect(unit.variants[0].placeholderText == "Press {1}here{/1}{2/} and {3}go{/3}{4} now{/5}\tend.")
        #expect(unit.variants[1].placeholderText == "{1}ここ{/1}{2/}を押して{3}進む{/3}{4}今{/5}。")
        #expect(document.warnings.isEmpty)
    }

    @Test func version21IsReadAsVersion2() throws {
        let document = try read(xliff20(#"<unit id="u"><segment><source>A <mrk id="m" type="term">term</mrk>.</source><target>用語。</target></segment></unit>"#, version: "2.1"))
        #expect(document.majorVersion == 2 && document.version == "2.1")
        #expect(document.units[0].variants[0].plainText == "A term.")
    }

    @Test func versionIsSniffedFromStructureWhenAbsent() throws {
        let v1 = try read(#"<xliff><file source-language="en" target-language="ja"><body><trans-unit id="1"><source>a</source><target>あ</target></trans-unit></body></file></xliff>"#)
        #expect(v1.majorVersion == 1 && v1.units.count == 1)
        #expect(v1.warnings.contains { $0.contains("no version attribute") })
        let v2 = try read(#"<xliff srcLang="en" trgLang="ja"><file id="f"><unit id="1"><segment><source>a</source><target>あ</target></segment></unit></file></xliff>"#)
        #expect(v2.majorVersion == 2 && v2.units.count == 1)
    }

    @Test func externalEntityIsNotExpanded() throws {
        let secret = NSTemporaryDirectory() + "yakugo-xliff-secret-\(UUID().uuidString).txt"
        try Data("TOP-SECRET".utf8).write(to: URL(fileURLWithPath: secret))
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE xliff [
              <!ENTITY x SYSTEM "file:///etc/passwd">
              <!ENTITY s SYSTEM "file://\(secret)">
            ]>
            <xliff version="1.2"><file source-language="en" target-language="ja" original="x"><body>
            <trans-unit id="1"><source>a&x;b</source><target>あ&s;い</target></trans-unit>
            </body></file></xliff>
            """
        let path = NSTemporaryDirectory() + "yakugo-xxe-\(UUID().uuidString).xlf"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        for document in [try read(text), try XLIFFReader.read(path: path)] {
            let texts = document.units[0].variants.map(\.plainText)
            #expect(texts == ["ab", "あい"])
            #expect(!texts.joined().contains("root:") && !texts.joined().contains("TOP-SECRET"))
            #expect(document.warnings.contains { $0.contains("&x;") })
        }
    }

    @Test func malformedXMLIsAnErrorWithLine() throws {
        #expect {
            try read("<xliff version=\"1.2\">\n<file><body><trans-unit id=\"1\"><source>a</target>")
        } throws: { error in
            guard case let .malformed(_, format, line, _, _) = error as? FormatError else { return false }
            return format == "XLIFF" && line == 2
        }
    }

    @Test func otherRootIsRefused() throws {
        #expect(throws: FormatError.self) { try read(#"<tmx version="1.4"><body/></tmx>"#) }
    }

    @Test func emptyInputIsRefused() throws {
        #expect(throws: FormatError.emptyInput(source: "test.xlf")) { try read("  \n") }
    }

    @Test func sniffRecognisesXLIFF() {
        #expect(XLIFFReader.sniff(Array(xliff20("").utf8)))
        #expect(!XLIFFReader.sniff(Array("<tmx version=\"1.4\"/>".utf8)))
    }
}
