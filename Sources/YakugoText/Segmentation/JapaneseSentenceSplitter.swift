import YakugoCore

/// Japanese sentence splitting by rule: a sentence ends at 。！？ outside brackets.
///
/// ICU's Japanese sentence rules keep an opening 「 with the sentence before it and split
/// inside quotations, so this scanner does not use ICU. Its rules:
/// - 。！？ (and half-width forms) end a sentence only outside 「」『』（）and the other pairs;
/// - a closing bracket that follows an ender ends the sentence unless the text goes on with a
///   particle or punctuation (「…。」と述べた stays one sentence, 「…。」岸田氏は splits);
/// - a quotation directly followed by another (「…」「…」) ends a sentence;
/// - text after ＝ (a caption credit) and a final bracketed credit stay with their caption.
struct JapaneseSentenceSplitter {
    func split(_ scalars: [Unicode.Scalar], paragraph: TextRange) -> [TextRange] {
        var pieces: [TextRange] = []
        var start = paragraph.start
        var stack: [Unicode.Scalar] = []  // expected closing brackets
        var i = paragraph.start
        let end = paragraph.end
        let matched = matchedOpeners(scalars, in: paragraph)

        func cut(at position: Int) {
            if let piece = ParagraphSplitter.trim(TextRange(start: start, end: position), in: scalars) { pieces.append(piece) }
            start = position
        }

        while i < end {
            let s = scalars[i]
            if let close = Japanese.bracketPairs[s], matched.contains(i) {
                stack.append(close)
                i += 1
                continue
            }
            if let top = stack.last, s == top {
                stack.removeLast()
                i += 1
                if stack.isEmpty, i - 2 >= start, Japanese.sentenceEnders.contains(scalars[i - 2]),
                   startsNewSentence(at: i, end: end, scalars) {
                    cut(at: i)
                } else if stack.isEmpty, i < end, Japanese.quotationOpeners.contains(scalars[i]), s == "\u{300D}" || s == "\u{300F}" {
                    // 「…」「…」: two quotations in a row are two utterances.
                    cut(at: i)
                }
                continue
            }
            if stack.isEmpty, Japanese.sentenceEnders.contains(s), isEnder(at: i, end: end, scalars) {
                var j = i + 1
                while j < end, Japanese.sentenceEnders.contains(scalars[j]) { j += 1 }
                // Stray closers right after the ender belong to this sentence.
                while j < end, Japanese.closingBrackets.contains(scalars[j]) { j += 1 }
                if !continuesAsCredit(at: j, end: end, scalars) { cut(at: j) }
                i = j
                continue
            }
            i += 1
        }
        cut(at: end)
        if pieces.isEmpty { return [paragraph] }

        // A final piece that is only a bracketed credit, "（防衛省提供）", joins the one before.
        if pieces.count > 1, let last = pieces.last, isBracketedCredit(last, scalars) {
            pieces.removeLast()
            pieces[pieces.count - 1] = TextRange(start: pieces[pieces.count - 1].start, end: last.end)
        }
        return pieces
    }

    /// Half-width ! and ? that belong to Latin text ("Yahoo!ニュース", "Why?") are not
    /// Japanese sentence ends unless white space or the paragraph end follows.
    private func isEnder(at i: Int, end: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        let s = scalars[i]
        guard s == "!" || s == "?" else { return true }
        guard i + 1 < end, !scalars[i + 1].properties.isWhitespace else { return true }
        let next = scalars[i + 1]
        if next.isASCII && (next.properties.isAlphabetic || next.properties.numericType != nil) { return false }
        if i > 0, scalars[i - 1].isASCII, scalars[i - 1].properties.isAlphabetic { return false }
        return true
    }

    /// After a closing bracket that followed an ender: does a new sentence start here?
    /// Hiragana (a particle such as と, って, など) or punctuation means the sentence goes on.
    private func startsNewSentence(at i: Int, end: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        var j = i
        while j < end, scalars[j].properties.isWhitespace { j += 1 }
        guard j < end else { return true }
        let next = scalars[j]
        if ScriptClass.of(next) == .hiragana { return false }
        if next == "\u{3001}" || next == "\u{FF0C}" || next == "," || Japanese.closingBrackets.contains(next) { return false }
        if Japanese.sentenceEnders.contains(next) || Japanese.captionCreditMarks.contains(next) { return false }
        return true
    }

    /// Text after an ender that starts with ＝ is a caption's credit, not a sentence.
    private func continuesAsCredit(at i: Int, end: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        var j = i
        while j < end, scalars[j].properties.isWhitespace { j += 1 }
        return j < end && Japanese.captionCreditMarks.contains(scalars[j])
    }

    /// Openers that have a partner later in the paragraph. A stray 「 that never closes must
    /// not swallow the rest of the paragraph, so only these count as brackets.
    private func matchedOpeners(_ scalars: [Unicode.Scalar], in paragraph: TextRange) -> Set<Int> {
        var open: [(index: Int, close: Unicode.Scalar)] = []
        var matched: Set<Int> = []
        for i in paragraph.start..<paragraph.end {
            let s = scalars[i]
            if let close = Japanese.bracketPairs[s] {
                open.append((i, close))
            } else if Japanese.closingBrackets.contains(s), let k = open.lastIndex(where: { $0.close == s }) {
                matched.insert(open[k].index)
                open.removeSubrange(k...)
            }
        }
        return matched
    }

    /// A credit is in round brackets, （防衛省提供）; a final 「…」 is a quotation, a sentence.
    private func isBracketedCredit(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> Bool {
        let open = scalars[range.start]
        guard range.length >= 2, open == "\u{FF08}" || open == "(", let close = Japanese.bracketPairs[open],
              scalars[range.end - 1] == close else { return false }
        return !scalars[range.start..<range.end].contains(where: { Japanese.sentenceEnders.contains($0) })
    }
}
