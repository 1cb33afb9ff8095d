import Testing
import YakugoQA

@Suite struct EmptyTargetCheckTests {
    @Test(arguments: ["", " ", "\u{3000}", "\n\t", "\u{3000}\u{3000} "])
    func blankTargetsAreEmpty(target: String) {
        #expect(run("empty-target", "Text.", target).count == 1)
    }

    @Test func emptySourceAndTargetPass() {
        #expect(run("empty-target", " ", "").isEmpty)
    }
}
