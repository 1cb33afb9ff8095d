import Testing
import YakugoQA

@Suite struct MarkedTextTests {
    @Test func markersAreRemovedAndCountedInScalars() {
        let marked = MarkedText("10月1️⃣14日2️⃣")
        #expect(marked.text == "10月14日")
        #expect(marked.markers == [1: 3, 2: 6])
    }

    @Test func digitsWithoutKeycapStay() {
        #expect(MarkedText("1\u{FE0F}").text == "1\u{FE0F}")
    }

    @Test func placeholdersBecomeTags() {
        let marked = MarkedText("{1}防衛省{/1}が{2/}", placeholders: true)
        #expect(marked.text == "防衛省が")
        #expect(marked.tags.map(\.placeholder) == ["{1}", "{/1}", "{2/}"])
        #expect(marked.tags.map(\.offset) == [0, 3, 4])
        #expect(MarkedText("{not a tag}", placeholders: true).text == "{not a tag}")
    }
}
