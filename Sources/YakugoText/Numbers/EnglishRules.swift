// English rules of the number recognizer.

/// The number a numeric expression starts with.
struct EnglishLeadNumber {
    var value: ExactNumber
    var end: Int
    var isDigits: Bool
    var arabic: ArabicDigitRun?
    var isOrdinal = false
    /// The single word "one" (see the "one" rule in README.md).
    var isLoneOne = false
}

private enum WordKind { case none, units, tens, hundred, scale, dozen }

extension NumberScanner {
    func englishMatch(at i: Int) -> NumericHit? {
        let c = s[i]
        if NumberCharClass.decimalDigit(c) != nil {
            return englishExpression(at: i, start: i, hedge: .exact)
        }
        if NumberCharClass.isCurrencySymbol(c) {
            return currencyExpression(symbolAt: i, start: i, hedge: .exact)
        }
        if c == "−", digit(at: i + 1) != nil, !isAlnum(at: i - 1) {
            return negated(englishExpression(at: i + 1, start: i, hedge: .exact))
        }
        guard NumberCharClass.isLatinLetter(c), !isAlnum(at: i - 1), let (w, we) = word(at: i) else { return nil }
        let capitalized = NumberCharClass.isUppercaseLatin(c)

        if let h = englishHedged(at: i, firstWord: w, firstEnd: we) { return h }
        if w == "between", let k = afterSpace(we), let h = englishExpression(at: k, start: i, hedge: .exact, between: true),
           case .some(let v) = h.value, v.numberValue?.upper != nil {
            return h
        }
        // "aged 30", "aged 16-29": an age, as 30歳 and 16～29歳 give it.
        if w == "aged", let k = afterSpace(we), let h = englishExpression(at: k, start: k, hedge: .exact),
           case .number(let n)? = h.value, !n.isOrdinal {
            return NumericHit(start: i, end: h.end, value: .quantity(n, unit: .age))
        }
        if capitalized, NumberLexicon.englishMonths[w] != nil {
            return englishMonthDate(at: i)
        }
        if capitalized, let wd = NumberLexicon.englishWeekdays[w], !isAlnum(at: we) {
            var e = we
            if at(e) == "," { e += 1 }
            if let k = afterSpace(e), let md = englishMonthDate(at: k), case .date(var d)? = md.value, d.day != nil {
                d.weekday = wd
                return NumericHit(start: i, end: md.end, value: .date(d))
            }
            return NumericHit(start: i, end: we, value: .date(DateValue(weekday: wd)))
        }
        if !isAlnum(at: we) {
            switch w {
            case "noon": return NumericHit(start: i, end: we, value: .time(TimeValue(hour: 12, minute: 0)))
            case "midnight": return NumericHit(start: i, end: we, value: .time(TimeValue(hour: 0, minute: 0)))
            case "twice": return NumericHit(start: i, end: we, value: .quantity(NumberValue(2), unit: .times))
            case "thrice": return NumericHit(start: i, end: we, value: .quantity(NumberValue(3), unit: .times))
            case "fiscal":
                var k = afterSpace(we)
                if let kk = k, let (w2, e2) = word(at: kk), w2 == "year" { k = afterSpace(e2) }
                if let kk = k, let (y, e) = fourDigitYear(at: kk) {
                    return NumericHit(start: i, end: e, value: .date(DateValue(year: y, isFiscalYear: true)))
                }
            case "minus":
                if let k = afterSpace(we) { return negated(englishExpression(at: k, start: i, hedge: .exact)) }
            default: break
            }
        }
        // FY2023, FY 2023, FY23
        if w == "fy", c == "F" || c == "f", NumberCharClass.isUppercaseLatin(s[i + 1]) {
            var k = we
            if digit(at: k) == nil, let kk = afterSpace(k) { k = kk }
            if let a = parseArabic(at: k), let y = a.plainInt, !isAlnum(at: a.end), a.integerDigits == 4 || a.integerDigits == 2 {
                let year = a.integerDigits == 2 ? 2000 + y : y
                if (1900...2100).contains(year) {
                    return NumericHit(start: i, end: a.end, value: .date(DateValue(year: year, isFiscalYear: true)))
                }
            }
            return nil
        }
        // USD 1.5 billion, JPY 43 trillion (codes are upper case)
        if let unit = NumberLexicon.currencyCodes[w], we - i == 3, (i..<we).allSatisfy({ NumberCharClass.isUppercaseLatin(s[$0]) }),
           let k = afterSpace(we), digit(at: k) != nil, let h = englishExpression(at: k, start: i, hedge: .exact),
           case .number(let nv)? = h.value {
            return NumericHit(start: i, end: h.end, value: .quantity(nv, unit: unit))
        }
        // US$1.5 billion
        if w == "us", we < n, NumberCharClass.isCurrencySymbol(s[we]), s[we] == "$" {
            return currencyExpression(symbolAt: we, start: i, hedge: .exact)
        }
        if w == "a" || w == "an" || NumberLexicon.englishUnits[w] != nil || NumberLexicon.englishTens[w] != nil {
            return englishExpression(at: i, start: i, hedge: .exact)
        }
        return nil
    }

    private func negated(_ hit: NumericHit?) -> NumericHit? {
        guard var h = hit, let v = h.value else { return nil }
        switch v {
        case .number(var nv):
            nv.value = nv.value.negated
            nv.upper = nil
            h.value = .number(nv)
        case .quantity(var nv, let u):
            nv.value = nv.value.negated
            nv.upper = nil
            h.value = .quantity(nv, unit: u)
        default: return nil
        }
        return h
    }

    /// "about 25 minutes", "more than 1,000 troops", "some $3 billion", "around noon".
    func englishHedged(at i: Int, firstWord: String, firstEnd: Int) -> NumericHit? {
        var best: (Approximation, Int)?
        guard !isAlnum(at: firstEnd) else { return nil }
        for (words, approx) in NumberLexicon.englishHedges where words[0] == firstWord {
            var j = firstEnd
            var ok = true
            for w in words.dropFirst() {
                guard let a = afterSpace(j), let (ww, e) = word(at: a), ww == w, !isAlnum(at: e) else { ok = false; break }
                j = e
            }
            if ok, best == nil || j > best!.1 { best = (approx, j) }
        }
        guard let (approx, e) = best, let k = afterSpace(e) else { return nil }
        if let (w, we) = word(at: k), !isAlnum(at: we), w == "noon" || w == "midnight" {
            return NumericHit(start: i, end: we, value: .time(TimeValue(hour: w == "noon" ? 12 : 0, minute: 0, isApproximate: true)))
        }
        let hit: NumericHit?
        if let c = at(k), NumberCharClass.isCurrencySymbol(c) {
            hit = currencyExpression(symbolAt: k, start: i, hedge: approx)
        } else if let (w, we) = word(at: k), w == "us", at(we) == "$" {
            hit = currencyExpression(symbolAt: we, start: i, hedge: approx)
        } else {
            hit = englishExpression(at: k, start: i, hedge: approx)
        }
        guard var h = hit, let v = h.value else { return nil }
        // "over 10 days", "over five years": a span of time, not "more than".
        if firstWord == "over", e == firstEnd, let u = v.unit, u.isDuration {
            return nil
        }
        switch v {
        case .time(var t):
            t.isApproximate = true
            h.value = .time(t)
        case .date:
            return nil
        default: break
        }
        return h
    }

    /// Cardinal words: "thirteen", "twenty-five", "one hundred and five",
    /// "two million", "a hundred", "a dozen".
    func englishWords(at i: Int) -> EnglishLeadNumber? {
        var total = 0
        var current = 0
        var last = WordKind.none
        var lastScale = Int.max
        var count = 0
        var end = i
        var j = i
        var firstWord = ""
        if let (w, we) = word(at: i), w == "a" || w == "an" {
            guard let k = afterSpace(we), let (w2, _) = word(at: k),
                  w2 == "dozen" || (NumberLexicon.englishScales[w2] != nil) else { return nil }
            current = 1
            last = .units
            j = k
        }
        while let (w, we) = word(at: j), !(we < n && NumberCharClass.decimalDigit(s[we]) != nil) {
            if count == 0 { firstWord = w }
            if let v = NumberLexicon.englishUnits[w] {
                guard last == .none || last == .hundred || last == .scale || (last == .tens && v < 10 && v > 0) else { break }
                current += v
                last = .units
            } else if let v = NumberLexicon.englishTens[w] {
                guard last == .none || last == .hundred || last == .scale else { break }
                current += v
                last = .tens
            } else if w == "hundred" {
                guard last == .units || last == .tens, current < 100 else { break }
                current *= 100
                last = .hundred
            } else if let p = NumberLexicon.englishScales[w], p >= 3 {
                guard last == .units || last == .tens || last == .hundred, p < lastScale else { break }
                var m = 1
                for _ in 0..<p { m *= 10 }
                total += current * m
                current = 0
                last = .scale
                lastScale = p
            } else if w == "dozen" {
                guard last == .units, current < 100 else { break }
                current *= 12
                last = .dozen
            } else {
                break
            }
            count += 1
            end = we
            if last == .dozen { break }
            // connector to the next word
            if at(we) == "-" || at(we) == "‐", last == .tens, let (w2, _) = word(at: we + 1),
               let v2 = NumberLexicon.englishUnits[w2], v2 > 0, v2 < 10 {
                j = we + 1
                continue
            }
            guard let k = afterSpace(we) else { break }
            if let (w2, e2) = word(at: k), w2 == "and", last == .hundred || last == .scale,
               let k2 = afterSpace(e2), let (w3, _) = word(at: k2),
               NumberLexicon.englishUnits[w3] != nil || NumberLexicon.englishTens[w3] != nil {
                j = k2
                continue
            }
            j = k
        }
        guard count > 0, !isAlnum(at: end) else { return nil }
        // "two-plus-two" is the name of a meeting format, like "2+2".
        if previousWord(before: i) == "plus" && (at(i - 1) == "-" || at(i - 1) == "‐") { return nil }
        if at(end) == "-" || at(end) == "‐", let (w, _) = word(at: end + 1), w == "plus" { return nil }
        if at(end) == "-" || at(end) == "‐", let (w, _) = word(at: end + 1), NumberLexicon.englishOrdinalWords.contains(w) {
            return nil   // "twenty-first" is an ordinal word
        }
        return EnglishLeadNumber(value: ExactNumber(total + current), end: end, isDigits: false, arabic: nil,
                          isLoneOne: count == 1 && firstWord == "one" && total + current == 1)
    }

    func englishLead(at i: Int) -> EnglishLeadNumber? {
        if let a = parseArabic(at: i) {
            guard let v = a.value, !a.multiDot else { return nil }
            if isDesignation(start: i, end: a.end) {
                // The "11 a.m." of "9-11 a.m." follows a dash but is a time.
                var endOfClock = a.end
                if at(endOfClock) == ":", digit(at: endOfClock + 1) != nil, digit(at: endOfClock + 2) != nil { endOfClock += 3 }
                let dashAfterDigit = i >= 2 && NumberLexicon.rangeDashes.contains(s[i - 1]) && digit(at: i - 2) != nil
                guard dashAfterDigit, !designationAfter(a.end), amPm(at: endOfClock) != nil else { return nil }
            }
            var lead = EnglishLeadNumber(value: v, end: a.end, isDigits: true, arabic: a)
            if !a.grouped, !a.hasFraction, let (w, we) = word(at: a.end), !isAlnum(at: we),
               w == "st" || w == "nd" || w == "rd" || w == "th" {
                lead.isOrdinal = true
                lead.end = we
            }
            return lead
        }
        return englishWords(at: i)
    }

    /// "a.m." / "pm" / "P.M." at `i` (optionally after a space).
    func amPm(at i: Int) -> (Bool, Int)? {
        var j = i
        if !isLetter(at: j), let k = afterSpace(j) { j = k }
        guard let c0 = at(j) else { return nil }
        let first = NumberCharClass.asciiLowercased(c0)
        guard first == "a" || first == "p" else { return nil }
        let pm = first == "p"
        if at(j + 1) == ".", let m = at(j + 2), NumberCharClass.asciiLowercased(m) == "m" {
            var e = j + 3
            if at(e) == "." { e += 1 }
            return isAlnum(at: e) ? nil : (pm, e)
        }
        if let m = at(j + 1), NumberCharClass.asciiLowercased(m) == "m", !isAlnum(at: j + 2) { return (pm, j + 2) }
        return nil
    }

    /// The full English numeric expression starting with a number at `i`.
    func englishExpression(at i: Int, start: Int, hedge: Approximation, between: Bool = false) -> NumericHit? {
        if hedge == .exact, !between, let d = isoDate(at: i) { return d }
        guard let lead = englishLead(at: i) else { return nil }
        var value = lead.value
        var e = lead.end

        // Times: "7:30 a.m.", "7 a.m.", "07:30", "12 noon".
        if let a = lead.arabic, !lead.isOrdinal {
            if let (t, te) = colonTime(hour: a) {
                var time = t
                var end = te
                if let (pm, pe) = amPm(at: te), let h = a.plainInt, (1...12).contains(h) {
                    time.hour = h % 12 + (pm ? 12 : 0)
                    end = pe
                }
                time.isApproximate = hedge != .exact
                return NumericHit(start: start, end: end, value: .time(time))
            }
            // "7.30pm" (British style)
            if a.hasFraction, !a.grouped, a.integerDigits <= 2, a.end - i == a.integerDigits + 3,
               let (pm, pe) = amPm(at: a.end), let h = (i..<(i + a.integerDigits)).reduce(0, { $0 * 10 + (digit(at: $1) ?? 0) }) as Int?,
               (1...12).contains(h), let m1 = digit(at: a.end - 2), let m2 = digit(at: a.end - 1), m1 * 10 + m2 <= 59 {
                return NumericHit(start: start, end: pe, value: .time(TimeValue(hour: h % 12 + (pm ? 12 : 0), minute: m1 * 10 + m2, isApproximate: hedge != .exact)))
            }
            // "0600 GMT": the military/wire-service clock.
            if a.integerDigits == 4, let hhmm = a.plainInt, hhmm / 100 <= 23, hhmm % 100 <= 59,
               let k = afterSpace(a.end), let (w, we) = word(at: k), !isAlnum(at: we),
               NumberLexicon.englishTimeZones.contains(w), NumberCharClass.isUppercaseLatin(s[k]) {
                return NumericHit(start: start, end: we, value: .time(TimeValue(hour: hhmm / 100, minute: hhmm % 100, isApproximate: hedge != .exact)))
            }
            if let h = a.plainInt, a.integerDigits <= 2 {
                if (1...12).contains(h), let (pm, pe) = amPm(at: a.end) {
                    return NumericHit(start: start, end: pe, value: .time(TimeValue(hour: h % 12 + (pm ? 12 : 0), minute: 0, isApproximate: hedge != .exact)))
                }
                if h == 12, let k = afterSpace(a.end), let (w, we) = word(at: k), w == "noon", !isAlnum(at: we) {
                    return NumericHit(start: start, end: we, value: .time(TimeValue(hour: 12, minute: 0, isApproximate: hedge != .exact)))
                }
            }
        }

        // "seven o'clock", "7 o'clock" (hour as written; no meridiem).
        if !lead.isOrdinal, lead.value.isInteger, let h = lead.value.intValue, (1...12).contains(h),
           let k = afterSpace(e), let (w, we) = word(at: k), w == "o", let apos = at(we), apos == "'" || apos == "’",
           let (w2, e2) = word(at: we + 1), w2 == "clock", !isAlnum(at: e2) {
            return NumericHit(start: start, end: e2, value: .time(TimeValue(hour: h, minute: 0, isApproximate: hedge != .exact)))
        }

        // Day before month: "4 October", "4th Oct. 2022".
        if hedge == .exact, !between, let a = lead.arabic, let d = a.plainInt, a.integerDigits <= 2, (1...31).contains(d),
           let k = afterSpace(lead.end), let (w, we) = word(at: k), NumberCharClass.isUppercaseLatin(s[k]),
           let m = NumberLexicon.englishMonths[w], !isAlnum(at: we) {
            var end = we
            if !NumberLexicon.englishFullMonthNames.contains(w), at(end) == "." { end += 1 }
            var year: Int?
            var ye = end
            if at(ye) == "," { ye += 1 }
            if let k2 = afterSpace(ye), let (y, e2) = fourDigitYear(at: k2) { year = y; end = e2 }
            return NumericHit(start: start, end: end, value: .date(DateValue(year: year, month: m, day: d)))
        }

        if lead.isOrdinal {
            return NumericHit(start: start, end: e, value: .number(NumberValue(value, approximation: hedge, isOrdinal: true)))
        }

        // Scale: "1.2 million", "2.5bn".
        var scaled = false
        var scalePower = 0
        if lead.isDigits, let (p, k) = englishScale(after: e, currency: false) {
            value = value.scaled(byPowerOfTen: p)
            e = k
            scaled = true
            scalePower = p
        }

        // Time range "3 to 5 p.m.", "9-11 a.m.": the first number takes the second's meridiem.
        if !scaled, let a = lead.arabic, let h = a.plainInt, a.integerDigits <= 2, (1...12).contains(h) {
            var k: Int?
            if let c = at(e), NumberLexicon.rangeDashes.contains(c) { k = e + 1 }
            else if let sp = afterSpace(e), let (w, we) = word(at: sp), w == "to" || w == "and", let sp2 = afterSpace(we) { k = sp2 }
            if let k, let b = parseArabic(at: k), let h2 = b.plainInt, b.integerDigits <= 2, (1...12).contains(h2) {
                var bEnd = b.end
                if let c = at(bEnd), c == ":", digit(at: bEnd + 1) != nil, digit(at: bEnd + 2) != nil { bEnd += 3 }
                if let (pm, _) = amPm(at: bEnd) {
                    // "between 3 and 5 p.m.": let the caller drop "between" and read two times.
                    if between { return nil }
                    return NumericHit(start: start, end: e, value: .time(TimeValue(hour: h % 12 + (pm ? 12 : 0), minute: 0, isApproximate: hedge != .exact)))
                }
            }
        }

        // Range: "3-5", "3 to 5", "between 3 and 5".
        var upper: ExactNumber?
        var sawDashDigit = false
        if let c = at(e), NumberLexicon.rangeDashes.contains(c), lead.isDigits, digit(at: e + 1) != nil {
            sawDashDigit = true
            if let b = parseArabic(at: e + 1), var bv = b.value, !b.multiDot,
               !(at(b.end).map { NumberLexicon.rangeDashes.contains($0) } ?? false && digit(at: b.end + 1) != nil),
               !designationAfter(b.end) {
                var e2 = b.end
                if let (p, k) = englishScale(after: e2, currency: false) {
                    bv = bv.scaled(byPowerOfTen: p); e2 = k
                    if !scaled { value = value.scaled(byPowerOfTen: p) }
                } else if scaled {
                    bv = bv.scaled(byPowerOfTen: scalePower)
                }
                if value < bv, !(isAlnum(at: e2) && !isLetter(at: e2)) {
                    upper = bv
                    e = e2
                    sawDashDigit = false
                }
            }
        } else if let k = afterSpace(e), let (w, we) = word(at: k), (between ? w == "and" : w == "to"),
                  !(previousWord(before: start) == "from"), let k2 = afterSpace(we),
                  let b = englishLead(at: k2), !b.isOrdinal {
            var bv = b.value
            var e2 = b.end
            if b.isDigits, let (p, kk) = englishScale(after: e2, currency: false) {
                bv = bv.scaled(byPowerOfTen: p); e2 = kk
                if !scaled { value = value.scaled(byPowerOfTen: p) }
            } else if scaled, b.isDigits {
                bv = bv.scaled(byPowerOfTen: scalePower)
            }
            if value < bv, b.arabic.map({ colonTime(hour: $0) == nil }) ?? true {
                upper = bv
                e = e2
            }
        }
        if sawDashDigit { return nil }   // "3-2", "03-1234-5678": a score or code
        if between && upper == nil { return nil }

        // Unit or counted noun.
        var unit: QuantityUnit?
        let yearLike = lead.arabic.map { !$0.grouped && !$0.hasFraction && $0.integerDigits == 4 && (1900...2100).contains($0.plainInt ?? 0) } ?? false
        if let (u, k) = englishUnit(after: e, allowHyphen: upper == nil, allowModifiers: !yearLike || scaled) {
            unit = u
            // Decades are counted in years, as Japanese writes them (six decades = 60年).
            if u == .year, let word = word(at: afterSpace(e) ?? e)?.0, word == "decades" || word == "decade" {
                value = value.scaled(byPowerOfTen: 1)
                upper = upper?.scaled(byPowerOfTen: 1)
            }
            e = k
        }
        if lead.isLoneOne && !scaled && unit == nil && upper == nil {
            // "one" as a pronoun ("one of the", "no one") is not a number;
            // accept it only in "one or two"-style pairs.
            guard let k = afterSpace(e), let (w, we) = word(at: k), w == "or", let k2 = afterSpace(we),
                  englishLead(at: k2) != nil else { return nil }
        }
        if let unit {
            return NumericHit(start: start, end: e, value: .quantity(NumberValue(value, upper: upper, approximation: hedge), unit: unit))
        }
        // Year: "in 2022", "since 1990", "mid-2023", "in 2022 and 2023", "the 2022 fiscal year".
        if hedge == .exact, !scaled, upper == nil, let a = lead.arabic, !a.grouped, !a.hasFraction,
           a.integerDigits == 4, let y = a.plainInt, (1900...2100).contains(y) {
            if let k = afterSpace(e), let (w1, e1) = word(at: k), w1 == "fiscal", let k2 = afterSpace(e1),
               let (w2, e2) = word(at: k2), w2 == "year", !isAlnum(at: e2) {
                return NumericHit(start: start, end: e2, value: .date(DateValue(year: y, isFiscalYear: true)))
            }
            if let w = previousWord(before: start) {
                if NumberLexicon.englishYearContext.contains(w) || (["and", "or", "to"].contains(w) && followsYear(start)) {
                    return NumericHit(start: start, end: e, value: .date(DateValue(year: y)))
                }
            }
        }
        return NumericHit(start: start, end: e, value: .number(NumberValue(value, upper: upper, approximation: hedge)))
    }

    /// End of a modifier token at `k`: a word from the modifier list (hyphens
    /// and dots allowed: "long-range", "U.S.") or a designation ("F-35B", "MQ-9").
    func modifierEnd(at k: Int) -> Int? {
        var j = k
        var letters = false
        var digits = false
        var token = String.UnicodeScalarView()
        while j < n {
            let c = s[j]
            if NumberCharClass.isLatinLetter(c) { letters = true }
            else if NumberCharClass.decimalDigit(c) != nil { digits = true }
            else if (c == "-" || c == ".") && isAlnum(at: j + 1) {}
            else if c == "." && j > k { j += 1; token.append(c); break }
            else { break }
            if j - k < 32 { token.append(NumberCharClass.asciiLowercased(c)) }
            j += 1
        }
        guard j > k else { return nil }
        if letters && digits && !isAlnum(at: j) { return j }
        if !digits, NumberLexicon.englishCountedNounModifiers.contains(String(token)) { return j }
        return nil
    }

    /// True if the word before `i` is a conjunction preceded by a year
    /// 1900–2100 ("2022 and |2023", "2020, 2021 or |2022").
    func followsYear(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, NumberCharClass.isHorizontalSpace(s[j]) { j -= 1 }
        while j >= 0, NumberCharClass.isLatinLetter(s[j]) { j -= 1 }
        while j >= 0, NumberCharClass.isHorizontalSpace(s[j]) || s[j] == "," { j -= 1 }
        guard j >= 3 else { return false }
        var y = 0
        for k in (j - 3)...j {
            guard let d = digit(at: k) else { return false }
            y = y * 10 + d
        }
        return (1900...2100).contains(y) && !isAlnum(at: j - 4)
    }

    /// Unit after an English number: "%", " percent", "km", "-minute", " nautical miles", " troops".
    func englishUnit(after e: Int, allowHyphen: Bool, allowModifiers: Bool = true) -> (QuantityUnit, Int)? {
        if let c = at(e), c == "%" || c == "％" { return (.percent, e + 1) }
        var k: Int
        var viaHyphen = false
        var attached = false
        if let a = afterSpace(e) {
            k = a
            if let c = at(k), c == "%" || c == "％" { return (.percent, k + 1) }
        } else if allowHyphen, at(e) == "-" || at(e) == "‐", isLetter(at: e + 1) {
            k = e + 1
            viaHyphen = true
        } else if isLetter(at: e) {
            k = e
            attached = true
        } else {
            return nil
        }
        guard let (first, firstEnd) = word(at: k), !isAlnum(at: firstEnd) else { return nil }
        for (words, unit) in NumberLexicon.englishUnits_ where words[0] == first {
            var j = firstEnd
            var ok = true
            for w in words.dropFirst() {
                guard let a = afterSpace(j), let (ww, we) = word(at: a), ww == w, !isAlnum(at: we) else { ok = false; break }
                j = we
            }
            guard ok else { continue }
            if attached && !NumberLexicon.englishGluedUnits.contains(words[0]) { continue }
            if viaHyphen && words.count > 1 { continue }
            // "a 30-year-old", "two-year-olds": an age, as 三十歳 gives it.
            if viaHyphen, unit == .year, at(j) == "-", let (w, we) = word(at: j + 1), w == "old" || w == "olds", !isAlnum(at: we) {
                return (.age, we)
            }
            return (unit, j)
        }
        guard !attached, !viaHyphen else { return nil }
        var pos = k
        var modifiers = 0
        var found: (String, Int, QuantityUnit)?
        while found == nil {
            if let (w, we) = word(at: pos), !isAlnum(at: we), let unit = NumberLexicon.englishCountedNouns[w] {
                found = (w, we, unit)
                break
            }
            // Up to two modifiers or designations before the counted noun.
            guard allowModifiers, modifiers < 2, let me = modifierEnd(at: pos), let a = afterSpace(me) else { return nil }
            modifiers += 1
            pos = a
        }
        guard let (w, we, unit) = found else { return nil }
        if NumberLexicon.englishCountedNounsBlockedBeforeOf.contains(w), let a = afterSpace(we),
           let (w2, _) = word(at: a), w2 == "of" {
            return nil
        }
        return (unit, we)
    }

    /// A four-digit year at `i` that counts nothing ("1873", not the "1500 troops" of "In May,
    /// 1500 troops…").
    func yearNotCounting(at i: Int) -> (Int, Int)? {
        guard let (y, e) = fourDigitYear(at: i), englishUnit(after: e, allowHyphen: true) == nil,
              englishScale(after: e, currency: false) == nil else { return nil }
        return (y, e)
    }

    /// "Oct. 4", "October 4, 2022", "Sept. 2017", "October", "in May".
    func englishMonthDate(at i: Int) -> NumericHit? {
        guard let (w, we) = word(at: i), NumberCharClass.isUppercaseLatin(s[i]), let m = NumberLexicon.englishMonths[w],
              !isAlnum(at: we) else { return nil }
        let full = NumberLexicon.englishFullMonthNames.contains(w)
        var j = we
        var hadPeriod = false
        if !full, at(j) == "." { j += 1; hadPeriod = true }
        // "Oct. 4", and the unspaced "Oct.4" of some wire copy
        let dayStart = afterSpace(j) ?? (hadPeriod && digit(at: j) != nil ? j : nil)
        if let k = dayStart, let a = parseArabic(at: k), !a.grouped, !a.hasFraction, !a.multiDot {
            if let d = a.plainInt, a.integerDigits <= 2, (1...31).contains(d), colonTime(hour: a) == nil,
               amPm(at: a.end) == nil {
                var e = a.end
                if let (sfx, se) = word(at: e), ["st", "nd", "rd", "th"].contains(sfx), !isAlnum(at: se) { e = se }
                if isAlnum(at: e) { return nil }
                // "Oct. 4-5"
                var lastDay: Int?
                if let dash = at(e), NumberLexicon.rangeDashes.contains(dash), let b = parseArabic(at: e + 1),
                   let d2 = b.plainInt, b.integerDigits <= 2, d2 > d, d2 <= 31, !isAlnum(at: b.end),
                   !(at(b.end).map { NumberLexicon.rangeDashes.contains($0) } ?? false) {
                    lastDay = d2
                    e = b.end
                } else if let sp = afterSpace(e), let (w, we) = word(at: sp), w == "to" || w == "and" || w == "through",
                          let sp2 = afterSpace(we), let b = parseArabic(at: sp2), let d2 = b.plainInt, b.integerDigits <= 2,
                          d2 > d, d2 <= 31, !isAlnum(at: b.end), at(b.end) != ":", amPm(at: b.end) == nil,
                          englishUnit(after: b.end, allowHyphen: true) == nil, englishScale(after: b.end, currency: false) == nil {
                    // "Oct. 4 to 6"
                    lastDay = d2
                    e = b.end
                }
                var year: Int?
                var ye = e
                if at(ye) == "," { ye += 1 }
                if let k2 = afterSpace(ye), let (y, e2) = fourDigitYear(at: k2) {
                    year = y
                    e = e2
                } else if let k2 = afterSpace(e), let (w2, we2) = word(at: k2), w2 == "in", let k3 = afterSpace(we2),
                          let (y, e3) = yearNotCounting(at: k3) {
                    // "on December 1 in 1997": one date, as 1997年12月1日 gives it.
                    year = y
                    e = e3
                }
                return NumericHit(start: i, end: e, value: .date(DateValue(year: year, month: m, day: d, lastDay: lastDay)))
            }
            if let (y, e) = fourDigitYear(at: k) {
                return NumericHit(start: i, end: e, value: .date(DateValue(year: y, month: m)))
            }
        }
        // "in November, 1873", "late March, 1895": a comma may stand between month and year.
        if full || hadPeriod, at(j) == ",", let k = afterSpace(j + 1), let (y, e) = yearNotCounting(at: k) {
            return NumericHit(start: i, end: e, value: .date(DateValue(year: y, month: m)))
        }
        if w == "may" {
            guard let p = previousWord(before: i), NumberLexicon.englishYearContext.contains(p) else { return nil }
            return NumericHit(start: i, end: we, value: .date(DateValue(month: m)))
        }
        if full { return NumericHit(start: i, end: we, value: .date(DateValue(month: m))) }
        if hadPeriod { return NumericHit(start: i, end: j, value: .date(DateValue(month: m))) }
        return nil
    }
}
