import YakugoCore
import YakugoQA

/// Runs one check alone on a pair (markers and placeholders taken out) and returns its findings.
func run(_ id: String, _ source: String, _ target: String, glossary: [Concept] = [],
         options: QAOptions = QAOptions()) -> [Finding] {
    let configuration = try! ValidationConfiguration(only: [id], options: options)
    // Examples carry position markers (1️⃣) as well as placeholders; both are taken out here.
    let s = MarkedText(source, placeholders: true), t = MarkedText(target, placeholders: true)
    let segment = QASegment(id: "s", source: s.text, target: t.text, sourceTags: s.tags, targetTags: t.tags)
    return Validator(glossary: Glossary(concepts: glossary), configuration: configuration).validate([segment]).findings
}

/// The target offsets of the markers in a marked text.
func markers(_ text: String) -> [Int] { MarkedText(text).offsets }
