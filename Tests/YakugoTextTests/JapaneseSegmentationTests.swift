import Testing
import YakugoCore
@testable import YakugoText

private func sentences(_ text: String) -> [String] {
    SentenceSegmenter(language: .japanese).segment(text: text).sentences.map(\.text)
}

@Suite("Japanese sentence segmentation")
struct JapaneseSegmentationTests {
    @Test func breaksAfterSentenceEnders() {
        #expect(sentences("北朝鮮がミサイルを発射した。政府は抗議した！本当か？そうだ。") ==
            ["北朝鮮がミサイルを発射した。", "政府は抗議した！", "本当か？", "そうだ。"])
    }

    @Test func halfWidthEnders() {
        #expect(sentences("発射した｡抗議した!本当か?そうだ") == ["発射した｡", "抗議した!", "本当か?", "そうだ"])
    }

    @Test func quotationWithSaidStaysOneSentence() {
        let text = "岸田首相は「断じて容認できない。強く非難する」と述べた。会談は25分間だった。"
        #expect(sentences(text) == ["岸田首相は「断じて容認できない。強く非難する」と述べた。", "会談は25分間だった。"])
    }

    @Test func quotationEndingWithPeriodThenParticleStaysOne() {
        #expect(sentences("首相は「容認できない。」と語った。") == ["首相は「容認できない。」と語った。"])
    }

    @Test func closingBracketThatEndsTheSentenceSplits() {
        #expect(sentences("「容認できない。」岸田首相はそう語った。") == ["「容認できない。」", "岸田首相はそう語った。"])
    }

    @Test func openingQuoteStartsTheNextSentence() {
        // ICU keeps the 「 with the sentence before it; we must not.
        #expect(sentences("共同訓練を実施した。「抑止力を高める」と防衛相は述べた。") ==
            ["共同訓練を実施した。", "「抑止力を高める」と防衛相は述べた。"])
    }

    @Test func noBreakInsideParentheses() {
        #expect(sentences("国連安全保障理事会（安保理。15カ国）が会合を開いた。") == ["国連安全保障理事会（安保理。15カ国）が会合を開いた。"])
    }

    @Test func noBreakInsideDoubleQuotes() {
        #expect(sentences("『抑止力の強化。』という題の報告書を出した。") == ["『抑止力の強化。』という題の報告書を出した。"])
    }

    @Test func photoCaptionStaysOneUnit() {
        let text = "九州西方の空域で共同訓練を行う航空自衛隊のF2戦闘機と米軍のF35B戦闘機＝10月4日（統合幕僚監部提供）"
        #expect(sentences(text) == [text])
    }

    @Test func captionWithPeriodBeforeCreditStaysOneUnit() {
        let text = "共同訓練を行う戦闘機。＝4日（防衛省提供）"
        #expect(sentences(text) == [text])
    }

    @Test func trailingBracketedCreditJoinsCaption() {
        #expect(sentences("共同訓練を行う戦闘機。（防衛省提供）") == ["共同訓練を行う戦闘機。（防衛省提供）"])
    }

    @Test func strayOpeningBracketDoesNotSwallowTheParagraph() {
        #expect(sentences("発射した「ミサイルは。政府は抗議した。") == ["発射した「ミサイルは。", "政府は抗議した。"])
    }

    @Test func headlineWithoutPeriodAndParagraphs() {
        let text = "北朝鮮ミサイル、日本上空を通過\n\n政府はJアラートを発出した。住民に避難を呼びかけた。"
        #expect(sentences(text) == ["北朝鮮ミサイル、日本上空を通過", "政府はJアラートを発出した。", "住民に避難を呼びかけた。"])
    }

    @Test func exclamationInLatinNameIsNotAnEnder() {
        #expect(sentences("Yahoo!ニュースが報じた。") == ["Yahoo!ニュースが報じた。"])
    }

    @Test func repeatedEndersStayTogether() {
        #expect(sentences("本当か！？信じられない。") == ["本当か！？", "信じられない。"])
    }
}

@Suite("Japanese sentence segmentation: quotations after a colon-like lead")
struct JapaneseQuotationLeadTests {
    @Test func finalQuotationAfterLeadSentenceIsItsOwnSentence() {
        #expect(sentences("防衛相はこう指摘した。「射程は1万5000キロを超え得る」") ==
            ["防衛相はこう指摘した。", "「射程は1万5000キロを超え得る」"])
    }
}

@Suite("Japanese sentence segmentation: consecutive quotations")
struct JapaneseConsecutiveQuotationTests {
    @Test func twoQuotationsInARowAreTwoSentences() {
        #expect(sentences("「噛まれた！噛まれた！」「全員海から出ろ」と叫んだ。") == ["「噛まれた！噛まれた！」", "「全員海から出ろ」と叫んだ。"])
    }
}
