import Testing
import YakugoCore
import YakugoQA

/// Runs every check's own examples: the specification each description carries.
@Suite struct CheckExamplesTests {
    static let checkIDs = Checks.ids

    /// Findings of one check alone on an example (its context segments first).
    static func findings(of type: any Check.Type, for example: CheckExample) -> [Finding] {
        let configuration = try! ValidationConfiguration(only: [type.description.id])
        let validator = Validator(glossary: Glossary(concepts: example.glossary), configuration: configuration)
        return validator.validate(example.segments()).findings.filter { $0.segment == "example" }
    }

    @Test(arguments: checkIDs)
    func triggeringExamplesFireAtTheirMarkers(id: String) throws {
        let type = try #require(Checks.named(id))
        #expect(!type.description.triggeringExamples.isEmpty, "\(id) has no triggering example")
        for example in type.description.triggeringExamples {
            let found = Self.findings(of: type, for: example)
            let location = SourceLocation(fileID: example.file, filePath: example.file, line: example.line, column: 1)
            #expect(!found.isEmpty, "\(id) did not fire on \(example.source) → \(example.target)", sourceLocation: location)
            #expect(found.allSatisfy { $0.check == id }, sourceLocation: location)
            let targetMarkers = example.markedTarget.offsets
            let sourceMarkers = example.markedSource.offsets
            #expect(!(targetMarkers.isEmpty && sourceMarkers.isEmpty), "example without marker", sourceLocation: location)
            for marker in targetMarkers {
                #expect(found.contains { $0.targetSpan?.start == marker },
                        "\(id): no finding at target offset \(marker); got \(found.map { "\($0.targetSpan.map(String.init(describing:)) ?? "nil") \($0.message)" })",
                        sourceLocation: location)
            }
            for marker in sourceMarkers {
                #expect(found.contains { $0.sourceSpan?.start == marker },
                        "\(id): no finding at source offset \(marker); got \(found.map { "\($0.sourceSpan.map(String.init(describing:)) ?? "nil") \($0.message)" })",
                        sourceLocation: location)
            }
        }
    }

    @Test(arguments: checkIDs)
    func nonTriggeringExamplesPass(id: String) throws {
        let type = try #require(Checks.named(id))
        #expect(!type.description.nonTriggeringExamples.isEmpty, "\(id) has no non-triggering example")
        for example in type.description.nonTriggeringExamples {
            let found = Self.findings(of: type, for: example)
            let location = SourceLocation(fileID: example.file, filePath: example.file, line: example.line, column: 1)
            #expect(found.isEmpty, "\(id) fired on \(example.source) → \(example.target): \(found.map(\.message))",
                    sourceLocation: location)
        }
    }

    @Test func idsAreUniqueKebabCase() {
        #expect(Set(Self.checkIDs).count == Self.checkIDs.count)
        for id in Self.checkIDs {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)")
        }
    }
}
