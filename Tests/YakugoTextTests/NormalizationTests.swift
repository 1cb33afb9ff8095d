import Testing
import YakugoCore
@testable import YakugoText

@Suite("Normalization")
struct NormalizationTests {
    @Test func nfkcFoldsWidthAndCompatibilityForms() {
        #expect(TextNormalizer.nfkc("Ｆ－１５　２５分").string == "F-15 25分")
        #expect(TextNormalizer.nfkc("ｶﾞｲﾑｼｮｳ").string == "ガイムショウ")
        #expect(TextNormalizer.nfkc("①㍻").string == "1平成")
    }

    @Test func nfkcKeepsOffsetsToTheOriginal() {
        let text = "防衛省はＦ－１５を"
        let normalized = TextNormalizer.nfkc(text)
        let folded = Array(normalized.string.unicodeScalars)
        let start = folded.firstIndex(of: "F")!
        let original = normalized.originalRange(of: TextRange(start: start, end: start + 4))
        #expect(ScalarText(text)[original] == "Ｆ－１５")
    }

    @Test func decomposedInputComposes() {
        // か + combining voiced mark → が, mapped to both original scalars.
        let text = "か\u{3099}"
        let normalized = TextNormalizer.nfkc(text)
        #expect(normalized.string == "が")
        #expect(normalized.originalRange(of: TextRange(start: 0, end: 1)) == TextRange(start: 0, end: 2))
    }

    @Test func widthFoldingTurnsFullWidthDigitsAndLatinNarrow() {
        #expect(TextNormalizer.foldWidth("１０月４日にＩＣＢＭ").string == "10月4日にICBM")
    }

    @Test func widthFoldingWidensHalfWidthKatakana() {
        #expect(TextNormalizer.foldWidth("ﾐｻｲﾙとﾊﾞｲﾃﾞﾝ｢発射｣").string == "ミサイルとバイデン「発射」")
    }

    @Test func widthFoldingKeepsJapanesePunctuation() {
        let text = "首相（64）は「抑止力」と、述べた。\u{3000}次"
        #expect(TextNormalizer.foldWidth(text).string == text)
    }

    @Test func widthFoldingNeverNarrowsKatakana() {
        #expect(TextNormalizer.foldWidth("ミサイル").string == "ミサイル")
    }

    @Test func collapseWhitespace() {
        #expect(TextNormalizer.collapseWhitespace("  a \u{3000}\n b\u{00A0}c  ").string == "a b c")
    }

    @Test func matchKeyFoldsCaseWidthAndSpace() {
        #expect(TextNormalizer.matchKey("Ｊａｐａｎ  Air\nSelf-Defense").string == "japan air self-defense")
        #expect(TextNormalizer.matchKey("U.S.").string == TextNormalizer.matchKey("Ｕ．Ｓ．").string)
    }

    @Test func matchKeyMapsBackAcrossCollapsedSpace() {
        let text = "Ａｉｒ   Force"
        let key = TextNormalizer.matchKey(text)
        #expect(key.string == "air force")
        #expect(ScalarText(text)[key.originalRange(of: TextRange(start: 0, end: 9))] == text)
    }

    @Test func emptyText() {
        #expect(TextNormalizer.nfkc("").string == "")
        #expect(TextNormalizer.matchKey("").originalRange(of: TextRange(start: 0, end: 0)) == TextRange(start: 0, end: 0))
    }
}
