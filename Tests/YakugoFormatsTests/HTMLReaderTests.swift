import Testing
import YakugoCore
@testable import YakugoFormats

private func paragraphs(_ html: String) throws -> [String] {
    let source = try HTMLReader.read(Array(html.utf8), source: "page.html")
    let text = ScalarText(source.text)
    return source.paragraphs.map { text[$0] }
}

@Suite("HTML article extraction")
struct HTMLReaderTests {
    @Test func headlineAndBodyWithoutFurniture() throws {
        let html = """
            <!DOCTYPE html><html><head><title>Site title</title><style>p { color: red }</style>
            <script>var x = "not text";</script></head><body>
            <header><a href="/">The Daily</a><nav><ul><li>World</li><li>Politics</li></ul></nav></header>
            <main><article><h1>Japan, U.S. hold drill</h1>
            <figure><img src="a.jpg" alt="jets"><figcaption>Jets fly on Oct. 4. (Provided by the JSO)</figcaption></figure>
            <p>Prime Minister <a href="/k">Fumio Kishida</a> spoke with <em>U.S.</em>
               President Joe Biden.</p>
            <p>They agreed to act &amp; &#8220;deter&#8221; threats.</p>
            <aside><h2>Related</h2><ul><li>Other story</li></ul></aside>
            </article></main><footer>© 2022 The Daily</footer></body></html>
            """
        #expect(try paragraphs(html) == [
            "Japan, U.S. hold drill",
            "Jets fly on Oct. 4. (Provided by the JSO)",
            "Prime Minister Fumio Kishida spoke with U.S. President Joe Biden.",
            "They agreed to act & “deter” threats.",
        ])
    }

    @Test func headlineOutsideTheArticleIsKept() throws {
        let html = "<html><body><h1>見出し</h1><article><p>本文である。</p></article></body></html>"
        #expect(try paragraphs(html) == ["見出し", "本文である。"])
    }

    @Test func bodyWithoutArticleAndLooseText() throws {
        let html = "<html><body><div>Loose text here.<p>Para.</p>More loose.</div><script>x()</script></body></html>"
        #expect(try paragraphs(html) == ["Loose text here.", "Para.", "More loose."])
    }

    @Test func japanesePageKeepsIdeographicSpace() throws {
        let html = "<html lang=\"ja\"><body><article><p>\u{3000}岸田首相は\n述べた。</p></article></body></html>"
        #expect(try paragraphs(html) == ["\u{3000}岸田首相は 述べた。"])
    }

    @Test func declaredShiftJISPageIsDecoded() throws {
        // 防衛 in Shift_JIS is 96 68 89 71.
        var bytes = Array("<html><head><meta charset=\"Shift_JIS\"></head><body><p>".utf8)
        bytes += [0x96, 0x68, 0x89, 0x71]
        bytes += Array("</p></body></html>".utf8)
        let source = try HTMLReader.read(bytes, source: "sjis.html")
        #expect(source.text == "防衛")
    }

    @Test func undeclaredNonUTF8PageIsAnError() {
        var bytes = Array("<html><body><p>".utf8)
        bytes += [0x96, 0x68]
        #expect(throws: FormatError.self) { try HTMLReader.read(bytes, source: "x.html") }
    }

    @Test func pageWithoutTextIsAnError() {
        #expect(throws: FormatError.noText(source: "e.html", format: "HTML")) {
            try HTMLReader.read(Array("<html><head><script>x</script></head><body><nav>menu</nav></body></html>".utf8), source: "e.html")
        }
    }

    @Test func emptyAndBrokenMarkupNeverCrash() throws {
        #expect(throws: FormatError.self) { try HTMLReader.read([], source: "e.html") }
        #expect(try paragraphs("<p>Unclosed <b>bold <p>Next") == ["Unclosed bold", "Next"])
    }

    @Test func externalEntitiesAreNotLoaded() throws {
        let html = "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><html><body><p>A &x; B</p></body></html>"
        let result = try paragraphs(html)
        #expect(!result.joined().contains("root:"))
    }

    @Test func sniffing() {
        #expect(ArticleReader.kind(ofPath: "a.txt", bytes: Array("<html>".utf8)) == .text)
        #expect(ArticleReader.kind(ofPath: "a.htm", bytes: []) == .html)
        #expect(ArticleReader.kind(ofPath: "a", bytes: Array("<!DOCTYPE html><html>".utf8)) == .html)
        #expect(ArticleReader.kind(ofPath: "a", bytes: Array("Plain text.".utf8)) == .text)
    }
}
