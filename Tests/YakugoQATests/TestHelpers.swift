import YakugoCore
import YakugoQA

/// Runs one check alone on a pair (markers and placeholders taken out) and returns its findings.
func run(_ id: String, _ source: String, _ target: String, glossary: [Concept] = [],
         options: QAOptions = QAOptions()) -> [Finding] {
    let configuration = try! ValidationConfiguration(only: [id], options: options)
    let segment = QASegment(id: "s", placeholderSource: source, placeholderTarget: target)
    return Validator(glossary: Glossary(concepts: glossary), configuration: configuration).validate([segment]).findings
}

/// The target offsets of the markers in a marked text.
func markers(_ text: String) -> [Int] { MarkedText(text).offsets }
