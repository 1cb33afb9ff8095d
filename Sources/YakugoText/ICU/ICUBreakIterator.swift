internal import CICU
import YakugoCore

/// ICU's rule-based break iteration (words, sentences), reported in scalar offsets.
enum ICUBreakIterator {
    enum Kind: Int32 { case character = 0, word = 1, line = 2, sentence = 3 }

    /// A boundary ICU reports, with the rule status of the segment that ends there.
    struct Boundary: Equatable {
        var offset: Int
        var ruleStatus: Int32
    }

    /// All boundaries after the text start (the final one is the text end). Empty when ICU
    /// cannot open an iterator for the locale, which only happens if ICU's data is missing.
    static func boundaries(_ kind: Kind, locale: String, in text: UTF16Text) -> [Boundary] {
        guard !text.units.isEmpty else { return [] }
        var status: Int32 = 0
        return text.units.withUnsafeBufferPointer { buffer -> [Boundary] in
            guard let iterator = locale.withCString({
                yk_ubrk_open(kind.rawValue, $0, buffer.baseAddress, Int32(buffer.count), &status)
            }), !yk_failed(status).boolValue else { return [] }
            defer { yk_ubrk_close(iterator) }
            var result: [Boundary] = []
            let done = yk_ubrk_done()
            _ = yk_ubrk_first(iterator)
            var next = yk_ubrk_next(iterator)
            while next != done {
                result.append(Boundary(offset: text.scalarIndex(ofUTF16: Int(next)), ruleStatus: yk_ubrk_rule_status(iterator)))
                next = yk_ubrk_next(iterator)
            }
            return result
        }
    }
}

extension ICUBreakIterator {
    /// ICU's sentences of one paragraph, trimmed of surrounding white space.
    static func sentencePieces(_ scalars: [Unicode.Scalar], paragraph: TextRange, locale: String) -> [TextRange] {
        let slice = scalars[paragraph.start..<paragraph.end]
        var pieces: [TextRange] = []
        var start = paragraph.start
        for boundary in boundaries(.sentence, locale: locale, in: UTF16Text(scalars: slice)) {
            let end = paragraph.start + boundary.offset
            if let piece = ParagraphSplitter.trim(TextRange(start: start, end: end), in: scalars) { pieces.append(piece) }
            start = end
        }
        if start < paragraph.end, let piece = ParagraphSplitter.trim(TextRange(start: start, end: paragraph.end), in: scalars) {
            pieces.append(piece)
        }
        return pieces
    }
}

extension Int32 {
    fileprivate var boolValue: Bool { self != 0 }
}
