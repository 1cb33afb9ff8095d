import YakugoCore

/// English sentence splitting: ICU's sentence boundaries, then our own rules for the places
/// where ICU breaks news text wrongly (after "U.S." or "Oct." before a capital, before a
/// photo credit).
struct EnglishSentenceSplitter {
    /// ICU locale. Not `@ss=standard`: its suppression list also swallows breaks after words such
    /// as "NATO." (measured), and our own abbreviation rules below cover titles and ranks.
    static let locale = "en_US"

    func split(_ scalars: [Unicode.Scalar], paragraph: TextRange) -> [TextRange] {
        let pieces = ICUBreakIterator.sentencePieces(scalars, paragraph: paragraph, locale: Self.locale)
        if pieces.isEmpty { return [paragraph] }

        var merged: [TextRange] = [pieces[0]]
        for piece in pieces.dropFirst() {
            let previous = merged[merged.count - 1]
            if shouldJoin(previous, piece, scalars) {
                merged[merged.count - 1] = TextRange(start: previous.start, end: piece.end)
            } else {
                merged.append(piece)
            }
        }
        return merged
    }

    /// Whether the break ICU put between two pieces is false.
    func shouldJoin(_ previous: TextRange, _ next: TextRange, _ scalars: [Unicode.Scalar]) -> Bool {
        let nextWord = firstWord(of: next, scalars)
        // A news sentence never starts in lower case: "“Why?” he asked", "at 7 a.m. local time".
        if let first = nextWord.unicodeScalars.first, first.properties.isLowercase { return true }
        if isCredit(next, scalars) { return true }
        if endsWithQuotation(previous, scalars), isAttribution(next, scalars) { return true }

        // Find the final punctuation of the previous piece, behind closing quotes and brackets.
        var end = previous.end
        var closedAfterPunctuation = false
        while end > previous.start, English.closingPunctuation.contains(scalars[end - 1]) {
            end -= 1
            closedAfterPunctuation = true
        }
        guard end > previous.start, scalars[end - 1] == "." else { return false }
        // "…the U.S.” The" — a quotation or bracket closed after the period: a real end.
        if closedAfterPunctuation { return false }
        // An ellipsis "..." before a capital is a sentence end in news copy.
        if end >= previous.start + 3, scalars[end - 2] == ".", scalars[end - 3] == "." { return false }

        let token = abbreviationToken(endingAt: end - 1, from: previous.start, scalars)
        guard !token.isEmpty else { return false }
        let nextLower = nextWord.lowercased()
        let startsWithDigit = nextWord.unicodeScalars.first.map { $0.properties.numericType != nil } ?? false
        let isStarter = English.sentenceStarters.contains(nextLower)

        if English.prenominalAbbreviations.contains(token) { return true }
        if startsWithDigit, English.numeralAbbreviations.contains(token) || English.monthAbbreviations.contains(token) { return true }
        // News style abbreviates a month only before a day or year ("Oct. 4", "Sept. 2017"), so
        // "until Oct. President…" is a sentence end that absorbed its period.
        if English.monthAbbreviations.contains(token) { return false }
        if English.ambiguousAbbreviations.contains(token) || Self.isInitialism(token) {
            // A capital letter alone (not "v." of a case name) ends a label as often as it
            // stands for a name: "Company A. Oh, hi" is two sentences. A name's initial is
            // followed by more of the name, never by a title ("Company I. Mr. Takada") or by an
            // interjection opening a spoken turn; "U.S. Rep. Smith" and the headline "U.S.
            // Thanks Japan" are one sentence, since "U.S." is no single letter.
            if token.count == 1, !English.ambiguousAbbreviations.contains(token),
               scalars[end - 2].properties.isUppercase,
               English.prenominalAbbreviations.contains(nextLower) || English.interjections.contains(nextLower) { return false }
            return !isStarter
        }
        return false
    }

    /// The lower-cased word before the period at `periodIndex`, with inner periods kept
    /// ("u.s", "a.m", "oct"); empty when the period follows no letter, or an ordinal's suffix
    /// glued to its number: "the 1st." is an ordinal, not "St." (Saint); "10a.m." stays a.m.
    func abbreviationToken(endingAt periodIndex: Int, from lowerBound: Int, _ scalars: [Unicode.Scalar]) -> String {
        var i = periodIndex
        while i > lowerBound {
            let s = scalars[i - 1]
            if s.properties.isAlphabetic || s == "." { i -= 1 } else { break }
        }
        if i > lowerBound, scalars[i - 1].properties.numericType != nil, periodIndex - i == 2 {
            var suffix = String.UnicodeScalarView()
            suffix.append(contentsOf: scalars[i..<periodIndex])
            if English.ordinalSuffixes.contains(String(suffix).lowercased()) { return "" }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[i..<periodIndex])
        return String(view).lowercased()
    }

    /// "u.s", "u.s.s.r", "j" (a name's initial): single letters joined by periods.
    static func isInitialism(_ token: String) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { $0.count == 1 && $0.unicodeScalars.first!.properties.isAlphabetic }
    }

    /// The first word of a piece, behind opening quotes and brackets.
    func firstWord(of range: TextRange, _ scalars: [Unicode.Scalar]) -> String {
        var i = range.start
        while i < range.end, !(scalars[i].properties.isAlphabetic || scalars[i].properties.numericType != nil) { i += 1 }
        var j = i
        while j < range.end, scalars[j].properties.isAlphabetic || scalars[j].properties.numericType != nil { j += 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[i..<j])
        return String(view)
    }

    /// Whether a piece ends with a closing quotation mark (after any final punctuation).
    func endsWithQuotation(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> Bool {
        guard range.length > 0 else { return false }
        let last = scalars[range.end - 1]
        return last == "\"" || last == "\u{201D}" || last == "'" || last == "\u{2019}"
    }

    /// A short attribution clause: "Hammel added.", "said Lt. Smith.", "the ministry said." —
    /// at most six words, one of them a verb of saying, ending the piece.
    func isAttribution(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> Bool {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.start..<range.end])
        let words = String(view).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "," })
        guard !words.isEmpty, words.count <= 6, let last = words.last, last.hasSuffix(".") else { return false }
        let bare = words.map { String($0.filter { $0 != "." && $0 != "," }).lowercased() }
        return bare.contains(where: English.speechVerbs.contains)
    }

    /// A photo credit or source line: a piece wholly in parentheses that does not end as a
    /// sentence, "(Provided by the Joint Staff Office)". It belongs to the caption before it.
    func isCredit(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> Bool {
        guard range.length >= 2, scalars[range.start] == "(", scalars[range.end - 1] == ")" else { return false }
        let beforeClose = scalars[range.end - 2]
        return !English.sentenceEnders.contains(beforeClose)
    }
}
