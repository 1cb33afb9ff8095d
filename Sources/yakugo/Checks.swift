import ArgumentParser
import Foundation
import YakugoFormats
import YakugoQA

extension Yakugo {
    /// `yakugo checks`: the checks `yakugo validate` can run.
    struct ChecksCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "checks",
            abstract: "List the checks of `yakugo validate` with their category, severity and title.",
            discussion: """
                text: one check a line (id, category, default severity, title); json: an array of {"id","title","category","severity","rationale"}; markdown: the reference with every check's examples, as Docs/CHECKS.md holds it.

                EXAMPLES:
                  yakugo checks
                  yakugo checks --format json
                  yakugo checks --format markdown -o Docs/CHECKS.md
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

        @Option(help: "Output format: text, json or markdown.")
        var format: Format = .text

        @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
        var output: String?

        func run() throws {
            try CLI.emit(Self.render(format), to: output)
        }

        static func render(_ format: Format) -> String {
            let descriptions = Checks.descriptions
            switch format {
            case .text:
                let idWidth = descriptions.map(\.id.count).max() ?? 0
                let categoryWidth = descriptions.map(\.category.rawValue.count).max() ?? 0
                let severityWidth = descriptions.map(\.defaultSeverity.rawValue.count).max() ?? 0
                func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
                return descriptions.map { d in
                    [pad(d.id, idWidth), pad(d.category.rawValue, categoryWidth), pad(d.defaultSeverity.rawValue, severityWidth), d.title]
                        .joined(separator: "  ") + "\n"
                }.joined()
            case .json:
                let objects = descriptions.map { d in
                    JSONText.object([
                        ("id", JSONText.quote(d.id)), ("title", JSONText.quote(d.title)),
                        ("category", JSONText.quote(d.category.rawValue)), ("severity", JSONText.quote(d.defaultSeverity.rawValue)),
                        ("rationale", JSONText.quote(d.rationale)),
                    ])
                }
                return "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n"
            case .markdown:
                return CheckDocumentation.markdown()
            }
        }
    }
}
