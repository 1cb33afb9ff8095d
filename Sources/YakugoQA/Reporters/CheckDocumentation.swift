import YakugoCore

/// Generates Docs/CHECKS.md from the check descriptions: the reference is the code, and a test
/// fails when the file is stale.
public enum CheckDocumentation {
    public static func markdown(_ descriptions: [CheckDescription] = Checks.descriptions) -> String {
        var out = """
            # Checks

            <!-- Generated from the check descriptions in Sources/YakugoQA/Checks by
                 CheckDocumentation.markdown(); do not edit. Regenerate with
                 `YAKUGO_RECORD=1 swift test --filter CheckDocumentationTests`. -->

            `yakugo validate` runs these checks on English–Japanese segment pairs. Select them with
            `--checks ID,…` or `--skip ID,…`; change a severity or suppress a known false positive
            in the config file. Spans are counted in Unicode code points. In the examples, ⟦ marks
            where the finding's span starts (in the English when the Japanese has no span).

            | id | title | category | severity |
            |---|---|---|---|

            """
        for d in descriptions {
            out += "| [`\(d.id)`](#\(d.id)) | \(d.title) | \(d.category.rawValue) | \(d.defaultSeverity.rawValue) |\n"
        }
        out += "\n## Preconditions\n\nWhen a check reports a segment, the checks it silences do not run on that segment:\n\n"
        out += "| check | silences | why |\n|---|---|---|\n"
        for row in Precondition.table {
            let silenced = Checks.ids.filter { row.silenced.contains($0) }.map { "`\($0)`" }.joined(separator: ", ")
            out += "| `\(row.check)` | \(silenced) | \(row.reason) |\n"
        }
        for category in CheckCategory.allCases {
            let members = descriptions.filter { $0.category == category }
            guard !members.isEmpty else { continue }
            out += "\n## \(category.rawValue.prefix(1).uppercased() + category.rawValue.dropFirst())\n"
            for d in members {
                out += "\n### \(d.id)\n\n**\(d.title)** · category `\(d.category.rawValue)` · default severity `\(d.defaultSeverity.rawValue)`\n\n"
                out += d.rationale + "\n\n"
                out += "Reported:\n\n" + table(d.triggeringExamples, marked: true)
                out += "\nNot reported:\n\n" + table(d.nonTriggeringExamples, marked: false)
            }
        }
        return out
    }

    static func table(_ examples: [CheckExample], marked: Bool) -> String {
        var out = "| English | Japanese | glossary |\n|---|---|---|\n"
        for example in examples {
            var rows = example.context.map { ($0.source, $0.target, "earlier segment") }
            let glossary = example.glossary.map(glossaryRow).joined(separator: "; ")
            rows.append((example.source, example.target, glossary))
            for (source, target, note) in rows {
                out += "| \(cell(source)) | \(cell(target)) | \(cell(note)) |\n"
            }
        }
        return out
    }

    /// A cell: keycap markers become ⟦ (the finding's start), pipes and line breaks escaped,
    /// white space made visible.
    static func cell(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if ("0"..."9").contains(s), i + 2 < scalars.count, scalars[i + 1] == "\u{FE0F}", scalars[i + 2] == "\u{20E3}" {
                out += "⟦"
                i += 3
                continue
            }
            switch s {
            case "|": out += "\\|"
            case "\n": out += "↵"
            case "\u{3000}": out += "□"
            case " " where i == 0 || i == scalars.count - 1 || (i + 1 < scalars.count && scalars[i + 1] == " "): out += "·"
            default: out.unicodeScalars.append(s)
            }
            i += 1
        }
        if out.isEmpty { return "*(empty)*" }
        return out
    }

    static func glossaryRow(_ concept: Concept) -> String {
        func forms(_ language: Language, _ status: TermStatus?) -> String {
            concept.terms(in: language).filter { status == nil ? $0.status != .forbidden : $0.status == status }
                .map(\.text).joined(separator: " / ")
        }
        var row = forms(.english, nil) + " → " + forms(.japanese, nil)
        let forbidden = forms(.japanese, .forbidden)
        if !forbidden.isEmpty { row += " (not " + forbidden + ")" }
        if let category = concept.category { row += " [\(category.rawValue)]" }
        return row
    }
}
