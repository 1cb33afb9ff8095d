import Testing
import YakugoQA

@Suite struct SeverityTests {
    @Test func errorsOutrankWarnings() {
        #expect(Severity.error > .warning)
        #expect(Severity.warning > .info)
    }
}
