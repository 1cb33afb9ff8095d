import Testing
import YakugoQA

@Suite struct LengthRatioCheckTests {
    static let source = "The Defense Ministry said the missile flew about 1,000 kilometers."

    @Test func outlierAgainstTheFileMedianIsReported() {
        var segments = (1...9).map { QASegment(id: "\($0)", source: Self.source, target: "防衛省によると、ミサイルは約1000キロ飛行した。") }
        segments.append(QASegment(id: "10", source: Self.source, target: "防衛省が発表した。"))
        let report = Validator(configuration: try! ValidationConfiguration(only: ["length-ratio"])).validate(segments)
        #expect(report.findings.map(\.segment) == ["10"])
    }

    @Test func aFileWithItsOwnLongerStyleUsesItsOwnMedian() {
        let long = String(repeating: "防衛省によると、ミサイルは約1000キロ飛行した。", count: 3)
        let segments = (1...10).map { QASegment(id: "\($0)", source: Self.source, target: long) }
        let report = Validator(configuration: try! ValidationConfiguration(only: ["length-ratio"])).validate(segments)
        #expect(report.findings.isEmpty)
    }
}
