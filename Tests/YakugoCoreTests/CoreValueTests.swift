import Testing
@testable import YakugoCore

@Suite("Core values")
struct CoreValueTests {
    @Test("language tags", arguments: [("en", Language.english), ("EN-us", .english), ("ja_JP", .japanese), ("jpn", .japanese), ("ja-Latn", .japanese)])
    func languageTags(tag: String, expected: Language) {
        #expect(Language(tag: tag) == expected)
    }

    @Test func unknownLanguageTag() {
        #expect(Language(tag: "ko") == nil)
        #expect(Language(tag: "") == nil)
    }

    @Test func defaultRegionalTags() {
        #expect(Language.english.defaultTag == "en-US")
        #expect(Language.japanese.defaultTag == "ja-JP")
    }

    @Test func textRangeRelations() {
        let outer = TextRange(start: 2, end: 10)
        #expect(outer.contains(TextRange(start: 3, end: 10)))
        #expect(!outer.contains(TextRange(start: 1, end: 3)))
        #expect(outer.overlaps(TextRange(start: 9, end: 12)))
        #expect(!outer.overlaps(TextRange(start: 10, end: 12)))
        #expect(outer.shifted(by: 5) == TextRange(start: 7, end: 15))
        #expect(outer.length == 8)
    }

    @Test func scalarTextCutsByCodePoints() {
        let text = ScalarText("𠮷野家で食べた")
        #expect(text.count == 7)
        #expect(text[TextRange(start: 0, end: 3)] == "𠮷野家")
        // Out-of-range spans are clamped, never a crash.
        #expect(text[TextRange(start: 5, end: 100)] == "べた")
        #expect(text[TextRange(start: 50, end: 60)] == "")
    }
}
