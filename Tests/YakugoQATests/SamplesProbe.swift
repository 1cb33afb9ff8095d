import Foundation
import Testing
import YakugoCore
import YakugoQA

/// Prints what the validator reports on the aligned Samples/ pairs (run with YAKUGO_PROBE=1).
@Suite struct SamplesProbe {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)
        chars.append("\n")
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\n" || c == "\r\n" { row.append(field); field = ""; if row.count > 1 { rows.append(row) }; row = [] }
            else { field.append(c) }
            i += 1
        }
        return rows
    }

    static func glossary() throws -> Glossary {
        let text = try String(contentsOf: root.appendingPathComponent("Glossaries/defense-diplomacy.en-ja.csv"), encoding: .utf8)
        var concepts: [Concept] = []
        for row in csvRows(text).dropFirst() where row.count >= 11 {
            func list(_ s: String) -> [String] { s.split(separator: "|").map(String.init) }
            var terms = [Term(row[1], language: .english), Term(row[2], language: .japanese)]
            terms += list(row[6]).map { Term($0, language: .english, usage: .variant) }
            terms += list(row[7]).map { Term($0, language: .english, usage: .abbreviation) }
            terms += list(row[8]).map { Term($0, language: .japanese, usage: .variant) }
            terms += list(row[9]).map { Term($0, language: .japanese, usage: .shortForm) }
            terms += list(row[10]).map { Term($0, language: .japanese, status: .forbidden) }
            concepts.append(Concept(id: row[0], terms: terms, category: ConceptCategory(rawValue: row[3])))
        }
        return Glossary(concepts: concepts)
    }

    @Test func probe() throws {
        guard ProcessInfo.processInfo.environment["YAKUGO_PROBE"] != nil else { return }
        let glossary = try Self.glossary()
        let samples = Self.root.appendingPathComponent("Samples")
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".align.tsv") }.sorted()
        var segments: [QASegment] = []
        for name in names {
            let base = String(name.dropLast(".align.tsv".count))
            func lines(_ ext: String) throws -> [String] {
                try String(contentsOf: samples.appendingPathComponent(base + ext), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    .filter { ext == ".align.tsv" || !$0.isEmpty }
            }
            let en = try lines(".en.sents"), ja = try lines(".ja.sents")
            for (k, line) in try lines(".align.tsv").enumerated() where !line.isEmpty {
                let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { continue }
                let s = parts[0].split(separator: ",").compactMap { Int($0) }.map { en[$0] }.joined(separator: " ")
                let t = parts[1].split(separator: ",").compactMap { Int($0) }.map { ja[$0] }.joined()
                segments.append(QASegment(id: "\(base)#\(k)", source: s, target: t))
            }
        }
        let report = Validator(glossary: glossary).validate(segments)
        print(TextReporter().report(report))
    }
}
