import Foundation
import YakugoCore
import YakugoFormats
import YakugoQA
import YakugoTestSupport

// `yakugo-eval qa [SAMPLES_DIR] [--glossary FILE] [--export CASES.tsv] [--misses FILE]`
//
// Precision and recall of every YakugoQA check on the labelled set of QACases.swift.
//
// Each copy is validated inside its own article (the base pairs, with the copy in place of its
// base pair, or added after them for the `inconsistent` duplicates), so file checks see a real
// file. Scoring unit: one (segment, check) pair.
// - A copy's findings are compared with its base pair's: only findings the base pair does not
//   have (check id and message) count, so a false alarm of a base pair is counted once, on the
//   base pair, and not again on each of its copies.
// - TP: a new finding of a labelled check. FN: a labelled check without a new finding.
// - FP: a base pair's finding (every check), or a new finding on a copy of a check that is
//   neither labelled nor listed as also acceptable for that injection.
// - Also acceptable: checks the injected error really belongs to as well (a truncated target
//   loses its numbers; a date read as a plain number is still a wrong number); neither TP nor FP.

/// Tallies of one check.
struct QACheckTally {
    var injected = 0, truePositives = 0, falsePositives = 0, falseNegatives = 0, falsePositivesOnBase = 0
    var precision: Double? { truePositives + falsePositives == 0 ? nil : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double? { truePositives + falseNegatives == 0 ? nil : Double(truePositives) / Double(truePositives + falseNegatives) }
}

/// A finding reduced to what scoring compares.
struct QAReported: Hashable {
    var check: String
    var message: String
}

/// Scores one segment: its labels, its findings, and the findings of the base pair it copies.
/// Returns the checks detected, missed, and falsely reported (with the finding).
func scoreSegment(_ item: QACase, findings: [QAReported], baseFindings: [QAReported]) -> (detected: Set<String>, missed: Set<String>, falseAlarms: [QAReported]) {
    var inherited: [QAReported: Int] = [:]
    for f in baseFindings { inherited[f, default: 0] += 1 }
    var new: [QAReported] = []
    for f in findings {
        if let n = inherited[f], n > 0 { inherited[f] = n - 1 } else { new.append(f) }
    }
    let detected = Set(new.map(\.check)).intersection(item.expected)
    var falseAlarms: [QAReported] = []
    var seen: Set<String> = []
    for f in new where !item.expected.contains(f.check) && !item.acceptable.contains(f.check) && seen.insert(f.check).inserted {
        falseAlarms.append(f)
    }
    return (detected, item.expected.subtracting(detected), falseAlarms)
}

func formatRatio(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "—" }

/// Renders `{1}`, `{/1}`, `{2/}` placeholders as XML-like inline tags for a PO export.
func xmlInlineTags(_ text: String) -> String {
    var out = text
    out = out.replacingOccurrences(of: #"\{([0-9]+)/\}"#, with: "<x$1/>", options: .regularExpression)
    out = out.replacingOccurrences(of: #"\{/([0-9]+)\}"#, with: "</g$1>", options: .regularExpression)
    out = out.replacingOccurrences(of: #"\{([0-9]+)\}"#, with: "<g$1>", options: .regularExpression)
    return out
}

func tsvField(_ s: String) -> String {
    s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
}

/// The two examples of issue 5, validated on their own.
let issueExamples: [QACase] = [
    QACase(id: "issue-oct4", document: "issue", base: nil, kind: "issue-example", source: "Oct. 4", target: "10月14日",
           expected: ["date-mismatch"]),
    QACase(id: "issue-1000-troops", document: "issue", base: nil, kind: "issue-example", source: "1,000 troops", target: "千人の部隊",
           expected: []),
]

func qaMain(_ arguments: ArraySlice<String>) {
    var positional: [String] = []
    var options: [String: String] = [:]
    var i = arguments.startIndex
    while i < arguments.endIndex {
        let a = arguments[i]
        if a.hasPrefix("--"), arguments.index(after: i) < arguments.endIndex {
            options[a] = arguments[arguments.index(after: i)]
            i = arguments.index(i, offsetBy: 2)
        } else {
            positional.append(a)
            i = arguments.index(after: i)
        }
    }
    let samplesDirectory = positional.first ?? "Samples"
    let glossaryPath = options["--glossary"] ?? "Glossaries/defense-diplomacy.en-ja.csv"
    let glossary: Glossary
    do { glossary = try GlossaryReader.read(path: glossaryPath) } catch {
        FileHandle.standardError.write(Data("yakugo-eval qa: \(error)\n".utf8))
        exit(2)
    }
    let validator = Validator(glossary: glossary, configuration: .default)
    let documents = qaBaseDocuments(samplesDirectory)
    var builder = QACaseBuilder(glossary: glossary, rng: SeededGenerator(seed: 20_240_505))

    var tallies: [String: QACheckTally] = Dictionary(uniqueKeysWithValues: Checks.ids.map { ($0, QACheckTally()) })
    var kinds: [String: (count: Int, detected: Int, falseAlarms: Int)] = [:]
    var kindOrder: [String] = []
    var misses: [String] = []
    var falseAlarmLines: [String] = []
    var exported: [QACase] = []
    var baseCount = 0, copyCount = 0, cleanCount = 0

    func describe(_ item: QACase, _ findings: [QAReported]) -> String {
        let found = findings.isEmpty ? "(none)" : findings.map { "\($0.check): \($0.message)" }.joined(separator: " | ")
        return "  EN: \(item.source)\n  JA: \(item.target)\n  findings: \(found)"
    }

    for document in documents {
        let baseSegments = document.base.map(\.segment)
        let baseReport = validator.validate(baseSegments)
        var byBase: [String: [QAReported]] = [:]
        for f in baseReport.findings { byBase[f.segment, default: []].append(QAReported(check: f.check, message: f.message)) }
        for item in document.base {
            baseCount += 1
            exported.append(item)
            let findings = byBase[item.id] ?? []
            var seen: Set<String> = []
            for f in findings where seen.insert(f.check).inserted {
                tallies[f.check]!.falsePositives += 1
                tallies[f.check]!.falsePositivesOnBase += 1
                falseAlarmLines.append("FP \(f.check) on base \(item.id): \(f.message)\n\(describe(item, findings))")
            }
        }
        for item in builder.cases(for: document) {
            exported.append(item)
            if item.expected.isEmpty { cleanCount += 1 } else { copyCount += 1 }
            var file = baseSegments
            if item.appended {
                file.append(item.segment)
            } else if let at = file.firstIndex(where: { $0.id == item.base }) {
                file[at] = item.segment
            }
            let findings = validator.validate(file).findings.filter { $0.segment == item.id }.map { QAReported(check: $0.check, message: $0.message) }
            let score = scoreSegment(item, findings: findings, baseFindings: byBase[item.base ?? ""] ?? [])
            for check in item.expected { tallies[check]!.injected += 1 }
            for check in score.detected { tallies[check]!.truePositives += 1 }
            for check in score.missed {
                tallies[check]!.falseNegatives += 1
                misses.append("FN \(check) [\(item.kind)] \(item.id)\n\(describe(item, findings))")
            }
            for f in score.falseAlarms {
                tallies[f.check]!.falsePositives += 1
                falseAlarmLines.append("FP \(f.check) on copy [\(item.kind)] \(item.id): \(f.message)\n\(describe(item, findings))")
            }
            if kinds[item.kind] == nil { kindOrder.append(item.kind) }
            var k = kinds[item.kind] ?? (0, 0, 0)
            k.count += 1
            k.detected += item.expected.isEmpty ? 0 : (score.missed.isEmpty ? 1 : 0)
            k.falseAlarms += score.falseAlarms.count
            kinds[item.kind] = k
        }
    }

    print("Labelled set: \(baseCount) gold-aligned pairs from \(documents.count) Samples/ articles (label: no finding), \(copyCount) copies with one injected error each, \(cleanCount) rewritten copies that stay correct (label: no finding). Glossary: \(glossaryPath).")
    print()
    print("| check | injected | TP | FP | FN | precision | recall |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    var total = QACheckTally()
    var precisions: [Double] = [], recalls: [Double] = []
    for id in Checks.ids {
        let t = tallies[id]!
        total.injected += t.injected
        total.truePositives += t.truePositives
        total.falsePositives += t.falsePositives
        total.falseNegatives += t.falseNegatives
        total.falsePositivesOnBase += t.falsePositivesOnBase
        if let p = t.precision { precisions.append(p) }
        if let r = t.recall { recalls.append(r) }
        let fp = t.falsePositivesOnBase > 0 ? "\(t.falsePositives) (\(t.falsePositivesOnBase) on base)" : "\(t.falsePositives)"
        print("| \(id) | \(t.injected) | \(t.truePositives) | \(fp) | \(t.falseNegatives) | \(formatRatio(t.precision)) | \(formatRatio(t.recall)) |")
    }
    print("| **overall (micro)** | \(total.injected) | \(total.truePositives) | \(total.falsePositives) (\(total.falsePositivesOnBase) on base) | \(total.falseNegatives) | **\(formatRatio(total.precision))** | **\(formatRatio(total.recall))** |")
    let macroP = precisions.isEmpty ? nil : precisions.reduce(0, +) / Double(precisions.count)
    let macroR = recalls.isEmpty ? nil : recalls.reduce(0, +) / Double(recalls.count)
    print("| overall (macro, mean of checks) | | | | | \(formatRatio(macroP)) | \(formatRatio(macroR)) |")
    print()
    print("By injection (a copy is detected when every labelled check fired; clean rewrites have no label):")
    print()
    print("| injection | copies | detected | false alarms |")
    print("|---|---:|---:|---:|")
    for kind in kindOrder.sorted() {
        let k = kinds[kind]!
        let detected = kind.hasPrefix("clean-") ? "—" : "\(k.detected)"
        print("| \(kind) | \(k.count) | \(detected) | \(k.falseAlarms) |")
    }
    print()
    print("Issue 5 examples (validated alone):")
    print()
    for item in issueExamples {
        let findings = validator.validate([item.segment]).findings
        let said = findings.isEmpty ? "nothing" : findings.map { "`\($0.check)`: \($0.message)" }.joined(separator: "; ")
        print("- \"\(item.source)\" → \"\(item.target)\": \(said)")
        exported.append(item)
    }

    if let path = options["--misses"] {
        let text = "# False negatives\n\n" + misses.joined(separator: "\n\n") + "\n\n# False positives\n\n" + falseAlarmLines.joined(separator: "\n\n") + "\n"
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    if let path = options["--export"] {
        var text = "id\tbase\tkind\texpected\tacceptable\tappended\tsource\ttarget\n"
        for item in exported {
            let source = item.tagged ? xmlInlineTags(item.source) : item.source
            let target = item.tagged ? xmlInlineTags(item.target) : item.target
            text += [item.id, item.base ?? "", item.kind, item.expected.sorted().joined(separator: ","),
                     item.acceptable.sorted().joined(separator: ","), item.appended ? "1" : "0", source, target]
                .map(tsvField).joined(separator: "\t") + "\n"
        }
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
