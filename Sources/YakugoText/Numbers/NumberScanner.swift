import YakugoCore

/// One recognized span. `value == nil` means "consume silently" (e.g. the
/// fraction 3分の1, which must not become "3 minutes" and "1").
struct NumericHit {
    var start: Int
    var end: Int
    var value: NumericValue?
}

/// A run of Arabic digits with optional thousands groups and a fraction.
struct ArabicDigitRun {
    var value: ExactNumber?
    var end: Int
    /// Digits before the first thousands separator or decimal point.
    var integerDigits: Int
    var grouped: Bool
    var hasFraction: Bool
    /// "1.2.3": a version or outline number, never a quantity.
    var multiDot: Bool

    /// The value as a small plain integer (no grouping, no fraction).
    var plainInt: Int? {
        guard !grouped, !hasFraction, !multiDot, integerDigits <= 9, let v = value else { return nil }
        return v.intValue
    }
}

/// The single-pass scanner shared by both languages. Language rules live in
/// `EnglishRules.swift` and `JapaneseRules.swift`.
struct NumberScanner {
    let s: [Unicode.Scalar]
    let n: Int
    let language: Language

    init(scalars: [Unicode.Scalar], language: Language) {
        self.s = scalars
        self.n = scalars.count
        self.language = language
    }

    func scan() -> [NumericHit] {
        var hits: [NumericHit] = []
        var i = 0
        while i < n {
            let hit: NumericHit?
            switch language {
            case .english: hit = englishMatch(at: i)
            case .japanese: hit = japaneseMatch(at: i)
            }
            if let hit, hit.end > i {
                if hit.value != nil { hits.append(hit) }
                i = hit.end
            } else {
                i = skipEnd(at: i)
            }
        }
        return hits
    }

    // MARK: Basic access

    @inline(__always)
    func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < n ? s[i] : nil }

    @inline(__always)
    func digit(at i: Int) -> Int? {
        guard i >= 0 && i < n else { return nil }
        return NumberCharClass.decimalDigit(s[i])
    }

    @inline(__always)
    func isLetter(at i: Int) -> Bool {
        guard i >= 0 && i < n else { return false }
        return NumberCharClass.isLatinLetter(s[i])
    }

    @inline(__always)
    func isAlnum(at i: Int) -> Bool {
        guard i >= 0 && i < n else { return false }
        return NumberCharClass.isLatinLetter(s[i]) || NumberCharClass.decimalDigit(s[i]) != nil
    }

    /// Where to resume after a failed match at `i`: a whole Latin word or a
    /// whole designation-like run ("F-35B", "2+2", "03-1234-5678"), else one scalar.
    func skipEnd(at i: Int) -> Int {
        guard isAlnum(at: i) else { return i + 1 }
        var j = i
        if NumberCharClass.isLatinLetter(s[i]) {
            while j < n, NumberCharClass.isLatinLetter(s[j]) || NumberCharClass.decimalDigit(s[j]) != nil { j += 1 }
            return j
        }
        while j < n {
            if isAlnum(at: j) { j += 1; continue }
            let c = s[j]
            if (c == "-" || c == "+" || c == "＋" || c == "/" || c == "／" || c == "・" || c == "." || c == "‐") && isAlnum(at: j + 1) && (NumberCharClass.decimalDigit(s[j + 1]) != nil || NumberCharClass.decimalDigit(s[j - 1]) != nil) {
                j += 1
                continue
            }
            break
        }
        return j
    }

    /// Exact literal match.
    func matches(_ literal: String, at i: Int) -> Bool {
        var j = i
        for c in literal.unicodeScalars {
            guard j < n, s[j] == c else { return false }
            j += 1
        }
        return true
    }

    /// End index of `literal` if it occurs at `i`.
    func literalEnd(_ literal: String, at i: Int) -> Int? {
        var j = i
        for c in literal.unicodeScalars {
            guard j < n, s[j] == c else { return nil }
            j += 1
        }
        return j
    }

    /// True if the text just before `i` ends with `literal`.
    func endsWith(_ literal: String, before i: Int) -> Bool {
        let lit = Array(literal.unicodeScalars)
        guard i - lit.count >= 0 else { return false }
        for (k, c) in lit.enumerated() where s[i - lit.count + k] != c { return false }
        return true
    }

    /// Index after one to three horizontal spaces at `i`, or nil if there is none.
    func afterSpace(_ i: Int) -> Int? {
        var j = i
        while j < n, j - i < 3, NumberCharClass.isHorizontalSpace(s[j]) { j += 1 }
        return j > i && j < n ? j : nil
    }

    /// The lowercased Latin word starting at `i` (letters only) and its end.
    func word(at i: Int) -> (String, Int)? {
        guard isLetter(at: i) else { return nil }
        var j = i
        var w = String.UnicodeScalarView()
        while j < n, NumberCharClass.isLatinLetter(s[j]) {
            if j - i < 24 { w.append(NumberCharClass.asciiLowercased(s[j])) }
            j += 1
        }
        return (String(w), j)
    }

    /// The lowercased word ending right before `i`, after skipping spaces (or a
    /// single hyphen when `hyphen` is set).
    func previousWord(before i: Int) -> String? {
        var j = i - 1
        var sawSeparator = false
        while j >= 0, NumberCharClass.isHorizontalSpace(s[j]) { j -= 1; sawSeparator = true }
        if !sawSeparator, j >= 0, s[j] == "-" || s[j] == "‐" { j -= 1; sawSeparator = true }
        guard sawSeparator, j >= 0, NumberCharClass.isLatinLetter(s[j]) else { return nil }
        let end = j + 1
        while j >= 0, NumberCharClass.isLatinLetter(s[j]) { j -= 1 }
        guard end - (j + 1) <= 24 else { return nil }
        var w = String.UnicodeScalarView()
        for k in (j + 1)..<end { w.append(NumberCharClass.asciiLowercased(s[k])) }
        return String(w)
    }

    // MARK: Arabic digits

    func parseArabic(at i: Int) -> ArabicDigitRun? {
        guard digit(at: i) != nil else { return nil }
        var acc = DecimalAccumulator()
        var j = i
        while let d = digit(at: j) { acc.append(d); j += 1 }
        let integerDigits = j - i
        var grouped = false
        if integerDigits <= 3 {
            while j < n, s[j] == "," || s[j] == "，",
                  let a = digit(at: j + 1), let b = digit(at: j + 2), let c = digit(at: j + 3),
                  digit(at: j + 4) == nil {
                acc.append(a); acc.append(b); acc.append(c)
                j += 4
                grouped = true
            }
        }
        var hasFraction = false
        var multiDot = false
        if j < n, s[j] == "." || s[j] == "．", digit(at: j + 1) != nil {
            j += 1
            while let d = digit(at: j) { acc.append(d, fraction: true); j += 1 }
            hasFraction = true
            while j < n, s[j] == "." || s[j] == "．", digit(at: j + 1) != nil {
                multiDot = true
                j += 1
                while digit(at: j) != nil { j += 1 }
            }
        }
        return ArabicDigitRun(value: acc.value, end: j, integerDigits: integerDigits,
                            grouped: grouped, hasFraction: hasFraction, multiDot: multiDot)
    }

    /// A plain 4-digit year 1000–2999 at `i` (not part of a longer number).
    func fourDigitYear(at i: Int) -> (Int, Int)? {
        guard let a = parseArabic(at: i), !a.grouped, !a.hasFraction, a.integerDigits == 4,
              let y = a.plainInt, (1000...2999).contains(y) else { return nil }
        if isLetter(at: a.end) || at(a.end) == "," && digit(at: a.end + 1) != nil { return nil }
        return (y, a.end)
    }

    /// Designation test for the digit run `start..<end`: letters glued on either
    /// side ("K9", "G7", "F35B"), letter-hyphen-digits ("F-35", "MQ-9",
    /// "Hwasong-17"), "2+2", "24/7", Japanese weapon names ("火星17"),
    /// katakana-glued numbers and 型/号/式 designations ("12式").
    func isDesignation(start: Int, end: Int) -> Bool {
        designationBefore(start) || designationAfter(end)
    }

    func designationBefore(_ start: Int) -> Bool {
        guard start > 0 else { return false }
        let p = s[start - 1]
        if NumberCharClass.isLatinLetter(p) { return true }
        // U+2212 stands for the hyphen in some typeset product codes (VP−730).
        if p == "-" || p == "‐" || p == "‑" || p == "−" && isLetter(at: start - 2) {
            if isLetter(at: start - 2) {
                if let w = previousWord(before: start), NumberLexicon.englishHyphenYearPrefixes.contains(w) { return false }
                return true
            }
            if digit(at: start - 2) != nil { return true }
        }
        if (p == "+" || p == "＋" || p == "/" || p == "／" || p == "." || p == "・") && digit(at: start - 2) != nil { return true }
        if endsWith("プラス", before: start) && digit(at: start - 4) != nil { return true }   // 2プラス2
        for stem in NumberLexicon.japaneseDesignationStems where endsWith(stem, before: start) { return true }
        return false
    }

    func designationAfter(_ end: Int) -> Bool {
        guard end < n else { return false }
        let c = s[end]
        if NumberCharClass.isLatinLetter(c) {
            var k = end
            var w = String.UnicodeScalarView()
            while k < n, NumberCharClass.isLatinLetter(s[k]), k - end < 6 { w.append(NumberCharClass.asciiLowercased(s[k])); k += 1 }
            if isAlnum(at: k) { return true }
            let suffix = String(w)
            if suffix == "a" || suffix == "p" {
                // "7a.m."
                return !(at(k) == "." && (at(k + 1) == "m" || at(k + 1) == "M"))
            }
            return !NumberLexicon.englishAttachedSuffixes.contains(suffix)
        }
        if (c == "+" || c == "＋" || c == "/" || c == "／" || c == "・") && digit(at: end + 1) != nil { return true }
        if matches("プラス", at: end) && digit(at: end + 3) != nil { return true }
        if NumberLexicon.rangeDashes.contains(c), let next = at(end + 1), NumberCharClass.isUppercaseLatin(next) { return true }
        if NumberLexicon.japaneseDesignationSuffixes.contains(c) { return true }
        return false
    }

    /// ISO-like dates "2022-10-04", "2022/10/4".
    func isoDate(at i: Int) -> NumericHit? {
        guard let (y, e1) = fourDigitYearLoose(at: i), let sep = at(e1), sep == "-" || sep == "/",
              let m = parseArabic(at: e1 + 1), let mv = m.plainInt, m.integerDigits <= 2, (1...12).contains(mv),
              at(m.end) == sep, let d = parseArabic(at: m.end + 1), let dv = d.plainInt, d.integerDigits <= 2,
              (1...31).contains(dv), !isAlnum(at: d.end) else { return nil }
        return NumericHit(start: i, end: d.end, value: .date(DateValue(year: y, month: mv, day: dv)))
    }

    private func fourDigitYearLoose(at i: Int) -> (Int, Int)? {
        guard let a = parseArabic(at: i), !a.grouped, !a.hasFraction, a.integerDigits == 4,
              let y = a.plainInt, (1000...2999).contains(y) else { return nil }
        return (y, a.end)
    }

    /// "07:30", "15：30" (24-hour clock) and the optional ":ss".
    func colonTime(hour a: ArabicDigitRun) -> (TimeValue, Int)? {
        guard let h = a.plainInt, a.integerDigits <= 2, h <= 24, let c = at(a.end), c == ":" || c == "：",
              let m1 = digit(at: a.end + 1), let m2 = digit(at: a.end + 2), digit(at: a.end + 3) == nil else { return nil }
        let minute = m1 * 10 + m2
        guard minute <= 59, !(h == 24 && minute > 0) else { return nil }
        var e = a.end + 3
        if let c2 = at(e), c2 == ":" || c2 == "：", digit(at: e + 1) != nil, digit(at: e + 2) != nil, digit(at: e + 3) == nil {
            e += 3
        }
        if isAlnum(at: e) && !(isLetter(at: e)) { return nil }
        return (TimeValue(hour: h % 24, minute: minute), e)
    }

    // MARK: Currency

    /// "$1.5 billion", "US$1.5bn", "¥43 trillion", "€20m", "$3-5 billion".
    func currencyExpression(symbolAt i: Int, start: Int, hedge: Approximation) -> NumericHit? {
        guard let sym = at(i), NumberCharClass.isCurrencySymbol(sym) else { return nil }
        var j = i + 1
        if let k = afterSpace(j), digit(at: k) != nil, at(j) != "\t" { j = k }
        guard let a = parseArabic(at: j), let v0 = a.value, !a.multiDot else { return nil }
        var value = v0
        var e = a.end
        var scaled = false
        if let (p, k) = englishScale(after: e, currency: true) {
            value = value.scaled(byPowerOfTen: p)
            e = k
            scaled = true
        }
        if isAlnum(at: e) { return nil }
        var upper: ExactNumber?
        if let c = at(e), NumberLexicon.rangeDashes.contains(c) || c == "~" || c == "～" {
            var k = e + 1
            if at(k) == sym { k += 1 }
            if let b = parseArabic(at: k), var bv = b.value, !b.multiDot {
                var e2 = b.end
                var p2: Int?
                if let (p, kk) = englishScale(after: e2, currency: true) { p2 = p; e2 = kk }
                if let p2 { bv = bv.scaled(byPowerOfTen: p2); if !scaled { value = value.scaled(byPowerOfTen: p2) } }
                else if scaled, let (p, _) = englishScale(after: e, currency: true) { bv = bv.scaled(byPowerOfTen: p) }
                if value < bv, !isAlnum(at: e2) { upper = bv; e = e2 }
            }
        }
        return NumericHit(start: start, end: e,
                   value: .quantity(NumberValue(value, upper: upper, approximation: hedge), unit: NumberCharClass.currencyUnit(for: sym)))
    }

    /// A scale word or abbreviation after a number: " million", " bn", "bn",
    /// and after currency also "m"/"k". Returns the power of ten and the end.
    func englishScale(after e: Int, currency: Bool) -> (Int, Int)? {
        if isLetter(at: e) {
            guard let (w, k) = word(at: e), !isAlnum(at: k) else { return nil }
            if let p = NumberLexicon.englishScaleAbbreviations[w] { return (p, k) }
            if currency, let p = NumberLexicon.englishCurrencyOnlyScaleAbbreviations[w] { return (p, k) }
            return nil
        }
        guard let k = afterSpace(e), let (w, we) = word(at: k), !(at(we) == "-" && isLetter(at: we + 1)) else { return nil }
        if let p = NumberLexicon.englishScales[w] { return (p, we) }
        if let p = NumberLexicon.englishScaleAbbreviations[w] { return (p, we) }
        return nil
    }
}
