import Foundation
import Testing
import YakugoQA

/// Docs/CHECKS.md is generated from the descriptions; this test fails when it is stale.
/// `YAKUGO_RECORD=1 swift test --filter CheckDocumentationTests` rewrites it.
@Suite struct CheckDocumentationTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let file = packageRoot.appendingPathComponent("Docs/CHECKS.md")

    @Test func checksDocumentIsUpToDate() throws {
        let generated = CheckDocumentation.markdown()
        if ProcessInfo.processInfo.environment["YAKUGO_RECORD"] != nil {
            try generated.write(to: Self.file, atomically: true, encoding: .utf8)
        }
        let onDisk = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(onDisk == generated, "Docs/CHECKS.md is stale: run YAKUGO_RECORD=1 swift test --filter CheckDocumentationTests")
    }

    @Test func everyCheckIsDocumentedWithItsExamples() {
        let markdown = CheckDocumentation.markdown()
        for description in Checks.descriptions {
            #expect(markdown.contains("### \(description.id)\n"))
        }
        #expect(markdown.contains("⟦10月14日"))
    }
}
