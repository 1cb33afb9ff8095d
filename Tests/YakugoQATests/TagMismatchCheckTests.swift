import Testing
import YakugoCore
import YakugoQA

@Suite struct TagMismatchCheckTests {
    @Test func duplicatedCodeIsReported() {
        let found = run("tag-mismatch", "A{1/}B", "A{1/}B{1/}")
        #expect(found.count == 1)
        #expect(found.first?.targetSpan == TextRange(start: 2, end: 2))
    }

    @Test func segmentsFromTranslationUnitsCarryTheirCodes() throws {
        let bold = InlineCode(kind: .bpt, attributes: [.init(name: "i", value: "1")], content: [.text("<b>")])
        let end = InlineCode(kind: .ept, attributes: [.init(name: "i", value: "1")], content: [.text("</b>")])
        let unit = TranslationUnit(id: "u1", variants: [
            TranslationVariant(language: "en", content: [.code(bold), .text("Bold"), .code(end), .text(" text")]),
            TranslationVariant(language: "ja", content: [.text("太字")]),
        ])
        let segment = try #require(QASegment(unit: unit, fallbackID: "1"))
        #expect(segment.source == "Bold text")
        #expect(segment.sourceTags == [InlineTag("{1}", at: 0), InlineTag("{/1}", at: 4)])
        let report = Validator(configuration: try ValidationConfiguration(only: ["tag-mismatch"])).validate([segment])
        #expect(report.findings.count == 2)
    }
}
