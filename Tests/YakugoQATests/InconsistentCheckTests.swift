import Testing
import YakugoQA

@Suite struct InconsistentCheckTests {
    static func findings(_ pairs: [(String, String)]) -> [Finding] {
        let segments = pairs.enumerated().map { QASegment(id: "\($0.offset + 1)", source: $0.element.0, target: $0.element.1) }
        return Validator(configuration: try! ValidationConfiguration(only: ["inconsistent"])).validate(segments).findings
    }

    @Test func laterSegmentIsReportedAndNamesTheFirst() {
        let found = Self.findings([("The drill ended.", "訓練が終了した。"), ("Other.", "別の文。"), ("The drill ended.", "演習が終わった。")])
        #expect(found.map(\.segment) == ["3"])
        #expect(found.first?.message.contains("segment 1") == true)
    }

    @Test func widthAndFinalPunctuationDoNotCount() {
        #expect(Self.findings([("Drill 2 ended.", "訓練２が終了した。"), ("Drill 2 ended", "訓練2が終了した")]).isEmpty)
    }

    @Test func shortTargetsMayServeTwoSources() {
        #expect(Self.findings([("Yes.", "はい。"), ("Yes, sir.", "はい。")]).isEmpty)
    }
}
