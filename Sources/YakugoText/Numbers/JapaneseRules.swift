// Japanese rules of the number recognizer.

/// A Japanese numeral run: Arabic digits (half- or full-width, with 3-digit
/// groups and a fraction), kanji digits (一…九, 〇/零; two or more in a row are
/// positional: 二〇二二), 十/百/千 within a group and 万/億/兆 between groups,
/// freely mixed (3千, 1千万, 7兆9496億, 1万2000).
struct JapaneseNumeralRun {
    var value: ExactNumber?
    var end: Int
    /// No Arabic digit in the run.
    var kanjiOnly: Bool
    /// Scalars consumed.
    var length: Int
    /// Set when the run is a single Arabic digit group without multipliers.
    var arabic: ArabicDigitRun?
    var overflow: Bool

    var intValue: Int? { value?.intValue }
    var isTwoDigitArabic: Bool { arabic?.integerDigits == 2 && arabic?.plainInt != nil }
}

/// Public entry to the Japanese numeral parser, for callers that already know
/// a string is a numeral ("三", "二十三", "五百万", "二〇二二", "7兆9496億", "１０００").
public enum JapaneseNumeralParser {
    /// The value of `text` if the whole string is one numeral, else nil.
    public static func parse(_ text: String) -> ExactNumber? {
        let scanner = NumberScanner(scalars: Array(text.unicodeScalars), language: .japanese)
        guard let r = scanner.parseJapaneseNumeral(at: 0), !r.overflow, r.end == scanner.n else { return nil }
        return r.value
    }
}

private let sortedJapaneseUnits: [(String, Int, QuantityUnit)] =
    NumberLexicon.japaneseUnits.map { ($0.0, $0.0.unicodeScalars.count, $0.1) }.sorted { $0.1 > $1.1 }

/// Every scalar that can begin a Japanese match other than a digit.
private let japaneseStarters: Set<Unicode.Scalar> = {
    var set: Set<Unicode.Scalar> = ["$", "¥", "￥", "€", "＄", "₩", "￦", "£", "￡", "−", "午", "正", "第", "マ"]
    for (period, _) in NumberLexicon.japaneseDayPeriods { set.insert(period.unicodeScalars.first!) }
    for (name, _) in NumberLexicon.eras { set.insert(name.unicodeScalars.first!) }
    for (prefix, _) in NumberLexicon.japanesePrefixHedges { set.insert(prefix.unicodeScalars.first!) }
    for (c, _) in NumberLexicon.japaneseWeekdayChars { set.insert(c) }
    for (c, _) in NumberLexicon.kanjiDigits { set.insert(c) }
    for (c, _) in NumberLexicon.kanjiSmallMultipliers { set.insert(c) }
    return set
}()

/// Suffix hedges plus the bare 余 ("300余人", "1000人余").
private let suffixHedges: [(String, Approximation)] = NumberLexicon.japaneseSuffixHedges + [("余", .over)]

extension NumberScanner {
    func isKanjiNumeralStart(_ c: Unicode.Scalar) -> Bool {
        NumberLexicon.kanjiDigits[c] != nil || NumberLexicon.kanjiSmallMultipliers[c] != nil
    }

    func parseJapaneseNumeral(at j: Int) -> JapaneseNumeralRun? {
        var total = ExactNumber.zero
        var section = ExactNumber.zero
        var current: ExactNumber?
        var lastSmall = Int.max
        var lastBig = Int.max
        var p = j
        var good: (Int, ExactNumber)?
        var sawKanji = false
        var arabicAtoms = 0
        var multipliers = 0
        var single: ArabicDigitRun?
        func overflow(_ end: Int) -> JapaneseNumeralRun {
            JapaneseNumeralRun(value: nil, end: Swift.max(end, j + 1), kanjiOnly: false, length: end - j, arabic: nil, overflow: true)
        }
        while p < n {
            let c = s[p]
            if NumberCharClass.decimalDigit(c) != nil {
                if current != nil { break }
                guard let a = parseArabic(at: p) else { break }
                guard let v = a.value, !a.multiDot else { return overflow(a.end) }
                current = v
                p = a.end
                arabicAtoms += 1
                single = a
            } else if NumberLexicon.kanjiDigits[c] != nil {
                if current != nil { break }
                var acc = DecimalAccumulator()
                var q = p
                while q < n, let d = NumberLexicon.kanjiDigits[s[q]] { acc.append(d); q += 1 }
                guard let v = acc.value else { return overflow(q) }
                current = v
                p = q
                sawKanji = true
            } else if let k = NumberLexicon.kanjiSmallMultipliers[c] {
                if k >= lastSmall { break }
                let base = current ?? ExactNumber(1)
                guard let ns = section.adding(base.scaled(byPowerOfTen: k)) else { return overflow(p + 1) }
                section = ns
                current = nil
                lastSmall = k
                p += 1
                sawKanji = true
                multipliers += 1
            } else if let k = NumberLexicon.kanjiLargeMultipliers[c] {
                if k >= lastBig { break }
                guard let grp = section.adding(current ?? .zero), !grp.isZero else { break }
                guard let nt = total.adding(grp.scaled(byPowerOfTen: k)) else { return overflow(p + 1) }
                total = nt
                section = .zero
                current = nil
                lastSmall = Int.max
                lastBig = k
                p += 1
                multipliers += 1
            } else {
                break
            }
            guard let v = total.adding(section)?.adding(current ?? .zero) else { return overflow(p) }
            good = (p, v)
        }
        guard let (end, value) = good else { return nil }
        let kanjiOnly = arabicAtoms == 0
        return JapaneseNumeralRun(value: value, end: end, kanjiOnly: kanjiOnly, length: end - j,
                               arabic: (arabicAtoms == 1 && !sawKanji && multipliers == 0) ? single : nil,
                               overflow: false)
    }

    func japaneseMatch(at i: Int) -> NumericHit? {
        let c = s[i]
        if NumberCharClass.isLatinLetter(c) { return nil }
        // Fast path: most scalars cannot start anything.
        if NumberCharClass.decimalDigit(c) == nil && !japaneseStarters.contains(c) { return nil }
        if NumberCharClass.isCurrencySymbol(c) { return currencyExpression(symbolAt: i, start: i, hedge: .exact) }
        if c == "−", digit(at: i + 1) != nil { return negatedJa(japaneseExpression(at: i + 1, start: i, hedge: .exact, afterPrefix: true)) }
        if c == "午", let pm = at(i + 1).flatMap({ $0 == "前" ? false : ($0 == "後" ? true : nil) }) {
            return japaneseClockTime(prefixAt: i, pm: pm)
        }
        for (period, pmHours) in NumberLexicon.japaneseDayPeriods {
            guard let e = literalEnd(period, at: i), let num = parseJapaneseNumeral(at: e), let h = num.intValue,
                  (0...12).contains(h), at(num.end) == "時", !matches("時間", at: num.end) else { continue }
            let hour = (pmHours?.contains(h) ?? false) ? h + 12 : h
            return japaneseTimeTail(start: i, hour: hour, from: num.end + 1, approximate: false)
        }
        if let e = literalEnd("正午", at: i) {
            let (approx, e2) = japaneseTimeApproximation(at: e)
            return NumericHit(start: i, end: e2, value: .time(TimeValue(hour: 12, minute: 0, isApproximate: approx)))
        }
        for (name, era) in NumberLexicon.eras {
            if let e = literalEnd(name, at: i) { return japaneseEraDate(start: i, era: era, after: e) }
        }
        if c == "第", let num = parseJapaneseNumeral(at: i + 1), !num.overflow, let v = num.value,
           !(num.arabic != nil && isDesignation(start: i + 1, end: num.end)) {
            return NumericHit(start: i, end: num.end, value: .number(NumberValue(v, isOrdinal: true)))
        }
        if let e = literalEnd("マイナス", at: i) {
            return negatedJa(japaneseExpression(at: e, start: i, hedge: .exact, afterPrefix: true))
        }
        for (prefix, approx) in NumberLexicon.japanesePrefixHedges {
            if let e = literalEnd(prefix, at: i), let h = japaneseExpression(at: e, start: i, hedge: approx, afterPrefix: true) {
                return h
            }
        }
        if let wd = NumberLexicon.japaneseWeekdayChars[c], at(i + 1) == "曜" {
            var e = i + 2
            if at(e) == "日" { e += 1 }
            return NumericHit(start: i, end: e, value: .date(DateValue(weekday: wd)))
        }
        if NumberCharClass.decimalDigit(c) != nil || isKanjiNumeralStart(c) {
            return japaneseExpression(at: i, start: i, hedge: .exact, afterPrefix: false)
        }
        return nil
    }

    private func negatedJa(_ hit: NumericHit?) -> NumericHit? {
        guard var h = hit, let v = h.value else { return nil }
        switch v {
        case .number(var nv):
            nv.value = nv.value.negated; nv.upper = nil; h.value = .number(nv)
        case .quantity(var nv, let u):
            nv.value = nv.value.negated; nv.upper = nil; h.value = .quantity(nv, unit: u)
        default: return nil
        }
        return h
    }

    /// "10/4", "10/4（火）": month/day, as Japanese headlines and schedules write
    /// dates (English text keeps 10/4 unrecognised: US and UK order differ).
    func japaneseSlashDate(at j: Int, start: Int) -> NumericHit? {
        // "全体の1/3", "約1/3" are fractions.
        guard start == j, !(j > 0 && (s[j - 1] == "の" || s[j - 1] == "約")) else { return nil }
        guard !designationBefore(j), let m = parseArabic(at: j), let mv = m.plainInt, m.integerDigits <= 2,
              (1...12).contains(mv), let sep = at(m.end), sep == "/" || sep == "／",
              let d = parseArabic(at: m.end + 1), let dv = d.plainInt, d.integerDigits <= 2, (1...31).contains(dv),
              !d.hasFraction, !isAlnum(at: d.end) else { return nil }
        if let c = at(d.end), c == "/" || c == "／" { return nil }
        var date = DateValue(month: mv, day: dv)
        var end = d.end
        if let (wd, we) = japaneseWeekdaySuffix(at: end) { date.weekday = wd; end = we }
        return NumericHit(start: start, end: end, value: .date(date))
    }

    /// "（火）", "(火)", "（火曜日）" after a date.
    func japaneseWeekdaySuffix(at e: Int) -> (Int, Int)? {
        guard let open = at(e), open == "（" || open == "(", let ch = at(e + 1),
              let wd = NumberLexicon.japaneseWeekdayChars[ch] else { return nil }
        var k = e + 2
        if at(k) == "曜" { k += 1; if at(k) == "日" { k += 1 } }
        guard let close = at(k), close == "）" || close == ")" else { return nil }
        return (wd, k + 1)
    }

    /// Continues a date with month, day and weekday: "2022年|10月4日（火）".
    func japaneseDateChain(start: Int, date: DateValue, from e0: Int) -> NumericHit {
        var d = date
        var e = e0
        if d.month == nil, d.day == nil, let m = parseJapaneseNumeral(at: e), let mv = m.intValue,
           (1...12).contains(mv), at(m.end) == "月" {
            d.month = mv
            e = m.end + 1
        }
        if d.month != nil, d.day == nil, let dn = parseJapaneseNumeral(at: e), let dv = dn.intValue,
           (1...31).contains(dv) {
            if at(dn.end) == "日", !matches("日間", at: dn.end) {
                d.day = dv
                e = dn.end + 1
            } else if let c = at(dn.end), NumberLexicon.japaneseRangeConnectors.contains(c),
                      let dn2 = parseJapaneseNumeral(at: dn.end + 1), let dv2 = dn2.intValue, dv2 > dv, dv2 <= 31,
                      at(dn2.end) == "日", !matches("日間", at: dn2.end) {
                // 10月4～5日
                d.day = dv
                d.lastDay = dv2
                e = dn2.end + 1
            }
        }
        if d.day != nil || d.month != nil, let (wd, we) = japaneseWeekdaySuffix(at: e) {
            d.weekday = wd
            e = we
        }
        return NumericHit(start: start, end: e, value: .date(d))
    }

    /// "令和5年", "令和元年", "令和5年度", "平成31年4月30日".
    func japaneseEraDate(start: Int, era: JapaneseEra, after e0: Int) -> NumericHit? {
        var k = e0
        let ey: Int
        if at(k) == "元" {
            ey = 1
            k += 1
        } else if let num = parseJapaneseNumeral(at: k), let v = num.intValue, (1...99).contains(v) {
            ey = v
            k = num.end
        } else {
            return nil
        }
        let base = DateValue(year: era.gregorianYear(ey), era: era, eraYear: ey)
        if let e = literalEnd("年度", at: k) {
            var d = base
            d.isFiscalYear = true
            return NumericHit(start: start, end: e, value: .date(d))
        }
        guard at(k) == "年" else { return nil }
        return japaneseDateChain(start: start, date: base, from: k + 1)
    }

    /// ごろ/頃/過ぎ after a time.
    func japaneseTimeApproximation(at e: Int) -> (Bool, Int) {
        for sfx in ["ごろ", "頃", "過ぎ", "すぎ"] {
            if let k = literalEnd(sfx, at: e) { return (true, k) }
        }
        return (false, e)
    }

    /// Minutes after "N時": "半", "15分", "15分30秒"; then ごろ.
    func japaneseTimeTail(start: Int, hour: Int, from k: Int, approximate: Bool) -> NumericHit {
        var minute = 0
        var e = k
        if at(e) == "半" {
            minute = 30
            e += 1
        } else if let m = parseJapaneseNumeral(at: e), let mv = m.intValue, (0...59).contains(mv),
                  at(m.end) == "分", !matches("分間", at: m.end) {
            minute = mv
            e = m.end + 1
            if let sec = parseJapaneseNumeral(at: e), let sv = sec.intValue, (0...59).contains(sv), at(sec.end) == "秒" {
                e = sec.end + 1
            }
        }
        let (approx, e2) = japaneseTimeApproximation(at: e)
        return NumericHit(start: start, end: e2, value: .time(TimeValue(hour: hour, minute: minute, isApproximate: approximate || approx)))
    }

    /// 午前/午後 + hour. Following the 1872 decree (太政官達第337号),
    /// 午前12時 is noon and 午後12時 is midnight; 午後0時 is noon.
    func japaneseClockTime(prefixAt i: Int, pm: Bool) -> NumericHit? {
        guard let num = parseJapaneseNumeral(at: i + 2), let h = num.intValue, (0...12).contains(h),
              at(num.end) == "時", !matches("時間", at: num.end) else { return nil }
        let hour: Int
        if pm { hour = h == 12 ? 0 : h + 12 } else { hour = h }
        return japaneseTimeTail(start: i, hour: hour, from: num.end + 1, approximate: false)
    }

    func japaneseUnit(at e: Int, kanjiOnly: Bool) -> (QuantityUnit, Int)? {
        for (lit, len, unit) in sortedJapaneseUnits where matches(lit, at: e) {
            if NumberCharClass.isASCIILetter(lit.unicodeScalars.first!) || lit.unicodeScalars.first!.value >= 0xFF21 && lit.unicodeScalars.first!.value <= 0xFF5A {
                if isAlnum(at: e + len) { continue }
            }
            if kanjiOnly && lit == "元" { continue }   // 一元化 "centralisation"
            return (unit, e + len)
        }
        return nil
    }

    /// The four-digit year before a range connector ending right before `j` (2024～|26年,
    /// 2024年～|26年), if any.
    func yearOpeningRange(before j: Int) -> Int? {
        guard j >= 5, NumberLexicon.japaneseRangeConnectors.contains(s[j - 1]) else { return nil }
        var k = j - 1
        if s[k - 1] == "年" { k -= 1 }
        guard k >= 4, !(k >= 5 && digit(at: k - 5) != nil) else { return nil }
        var year = 0
        for p in (k - 4)..<k {
            guard let d = digit(at: p) else { return nil }
            year = year * 10 + d
        }
        return (1000...2999).contains(year) ? year : nil
    }

    /// What follows 年 when it counts years rather than names one (1000～2000年前 "1,000 to
    /// 2,000 years ago", 2000～3000年かかる, 〜年以上, 〜年ほど, 〜年ぶり).
    static let afterYearCount = "前後間以余ほ程か近ぶ来"

    /// Whether a value can be a person's age before 歳/才.
    func isAge(_ value: ExactNumber) -> Bool {
        !(value < .zero) && !(NumberLexicon.oldestAge < value)
    }

    /// Whether 分 at `m` after the kanji numeral at `j` is minutes. 分 is also a tenth (九分通り
    /// "nine in ten", 五分五分 "even", 七分袖), a part (三分の一, 二分する "split in two") and a piece
    /// of words (十分 "enough", 十二分 "amply", 百分率 "percentage"); numerals of two characters
    /// or more (三十分, 十三分) are minutes, the words only after a hedge (約十分) or before a time
    /// word (十分後), and a lone digit unless 分 goes on as a word.
    func isKanjiMinutes(_ num: JapaneseNumeralRun, at j: Int, minuteAt m: Int, hedged: Bool) -> Bool {
        if j > 0, s[j - 1] == "時" { return false }   // 三時十五分: the minute of an unread clock time
        if NumberLexicon.japaneseMinuteFollowers.contains(where: { matches($0, at: m + 1) }) { return true }
        let isWord = num.length == 1 && NumberLexicon.kanjiSmallMultipliers[s[j]] != nil
            || num.length == 2 && matches("十二分", at: j)
        if isWord { return hedged }
        guard num.length == 1 else { return true }
        if j > 0, s[j - 1] == "分" { return false }   // the second half of 五分五分, 九分九厘
        guard let next = at(m + 1) else { return true }
        return !(next == "の" || NumberLexicon.japaneseBunVerbKana.contains(next) || NumberCharClass.isIdeograph(next)
                 || isKanjiNumeralStart(next))
    }

    func japaneseSuffixHedge(at e: Int, preUnit: Bool) -> (Approximation, Int)? {
        for (lit, approx) in suffixHedges {
            guard let k = literalEnd(lit, at: e) else { continue }
            if lit == "強", at(k) == "化" || at(k) == "調" { continue }
            if lit == "弱", at(k) == "体" || at(k) == "点" || at(k) == "者" { continue }
            if lit == "余", let c = at(k), "裕地計波剰談韻白".unicodeScalars.contains(c) { continue }
            return (approx, k)
        }
        return nil
    }

    /// A Japanese numeric expression starting with a numeral at `j`.
    func japaneseExpression(at j: Int, start: Int, hedge: Approximation, afterPrefix: Bool) -> NumericHit? {
        if hedge == .exact, let d = isoDate(at: j) { return d }
        for w in NumberLexicon.japaneseNumeralWords where matches(w, at: j) { return nil }
        if hedge == .exact, let d = japaneseSlashDate(at: j, start: start) { return d }
        guard let num = parseJapaneseNumeral(at: j) else { return nil }
        if num.overflow { return start == j ? NumericHit(start: start, end: num.end, value: nil) : nil }
        guard let v = num.value else { return nil }
        let kanji = num.kanjiOnly
        if !kanji, isDesignation(start: j, end: num.end) { return nil }
        // A noun counter or a percent sign right after a kanji numeral makes it a number even
        // when glued to ideographs on both sides (安保関連三文書, 成長率二％), unless it is vague (数十％).
        let countedByNoun = kanji && NumberLexicon.japaneseNounCounters.contains { matches($0, at: num.end) }
        let counted = kanji && (countedByNoun || NumberLexicon.japanesePercentSigns.contains { matches($0, at: num.end) })
        // So does a unit after a numeral of two characters or more (徒歩十三分, 兵士十五名, 満三十歳):
        // numeral words glued to an ideograph are single digits (統一, 関東一円) or take no unit
        // (九十九里, 五十嵐).
        let measured = kanji && num.length >= 2 && (japaneseUnit(at: num.end, kanjiOnly: true).map { $0.0 != .age || isAge(v) } ?? false
            || at(num.end) == "分" && isKanjiMinutes(num, at: j, minuteAt: num.end, hedged: hedge != .exact))
        if kanji, !afterPrefix, j > 0, NumberCharClass.isIdeograph(s[j - 1]),
           !NumberLexicon.kanjiNumeralAllowedPrecedingIdeographs.contains(s[j - 1]),
           !(counted || measured) || NumberLexicon.vagueNumeralPrefixes.contains(s[j - 1]) {
            return nil
        }
        var e = num.end
        let exact = hedge == .exact

        if let a = num.arabic, let (t, te) = colonTime(hour: a) {
            var time = t
            time.isApproximate = !exact
            let (approx, e2) = japaneseTimeApproximation(at: te)
            time.isApproximate = time.isApproximate || approx
            return NumericHit(start: start, end: e2, value: .time(time))
        }

        var unit: QuantityUnit?
        var value = v
        if let iv = v.intValue, v.significand >= 0 {
            if let fe = literalEnd("年度", at: e) {
                let year: Int? = iv >= 1000 && iv <= 2999 ? iv : (num.isTwoDigitArabic ? 2000 + iv : nil)
                if let year, exact {
                    return NumericHit(start: start, end: fe, value: .date(DateValue(year: year, isFiscalYear: true)))
                }
            } else if at(e) == "年", !matches("年間", at: e) {
                if iv >= 1000 && iv <= 2999 {
                    if exact { return japaneseDateChain(start: start, date: DateValue(year: iv), from: e + 1) }
                } else if num.isTwoDigitArabic, let first = yearOpeningRange(before: start), (first / 100) * 100 + iv > first {
                    // 2024～26年: the second year of a range, abbreviated.
                    if exact { return japaneseDateChain(start: start, date: DateValue(year: (first / 100) * 100 + iv), from: e + 1) }
                } else if num.isTwoDigitArabic, let m = parseJapaneseNumeral(at: e + 1), let mv = m.intValue,
                          (1...12).contains(mv), at(m.end) == "月" {
                    if exact { return japaneseDateChain(start: start, date: DateValue(year: 2000 + iv), from: e + 1) }
                } else {
                    unit = .year
                    e += 1
                }
            } else if at(e) == "月", (1...12).contains(iv), !matches("月間", at: e) {
                if exact { return japaneseDateChain(start: start, date: DateValue(month: iv), from: e + 1) }
                return nil
            } else if at(e) == "日", !matches("日間", at: e) {
                if (1...31).contains(iv), !endsWith("泊", before: start) {   // 2泊3日: 3 days
                    if !exact { return nil }
                    var d = DateValue(day: iv)
                    var end = e + 1
                    if let (wd, we) = japaneseWeekdaySuffix(at: end) { d.weekday = wd; end = we }
                    return NumericHit(start: start, end: end, value: .date(d))
                }
                unit = .day
                e += 1
            } else if at(e) == "時", !matches("時間", at: e) {
                if kanji || iv > 24 { return nil }   // 一時 "temporarily"
                return japaneseTimeTail(start: start, hour: iv % 24, from: e + 1, approximate: !exact)
            } else if at(e) == "分", !matches("分間", at: e) {
                if at(e + 1) == "の", let den = parseJapaneseNumeral(at: e + 2) {
                    return NumericHit(start: start, end: den.end, value: nil)   // 3分の1: a fraction
                }
                if kanji, !isKanjiMinutes(num, at: j, minuteAt: e, hedged: hedge != .exact) { return nil }
                unit = .minute
                e += 1
            } else if at(e) == "割" {
                // 3割 = 30%, 3割5分 = 35%
                var pct = iv * 10
                var end = e + 1
                if let b = parseJapaneseNumeral(at: end), let bv = b.intValue, (0...9).contains(bv), at(b.end) == "分",
                   at(b.end + 1) != "の" {
                    pct += bv
                    end = b.end + 1
                }
                value = ExactNumber(pct)
                unit = .percent
                e = end
            }
        }

        // Hour range "9～17時": the first number is a time as well.
        if unit == nil, exact, !kanji, let iv = v.intValue, iv <= 24, let c = at(e),
           NumberLexicon.japaneseRangeConnectors.contains(c), let b = parseJapaneseNumeral(at: e + 1),
           let bv = b.intValue, bv <= 24, at(b.end) == "時", !matches("時間", at: b.end) {
            return NumericHit(start: start, end: e, value: .time(TimeValue(hour: iv % 24, minute: 0)))
        }

        // Year range "1937～1945年", "2024～26年", "2023～27年度": the first number is a year as
        // well, fiscal before 年度 (the second is read on its own, an abbreviated one in the
        // first's century).
        if unit == nil, exact, num.arabic?.integerDigits == 4, let iv = v.intValue, (1000...2999).contains(iv),
           let c = at(e), NumberLexicon.japaneseRangeConnectors.contains(c), let b = parseJapaneseNumeral(at: e + 1),
           let a = b.arabic, let bv = b.intValue, at(b.end) == "年", !matches("年間", at: b.end),
           !(at(b.end + 1).map { Self.afterYearCount.unicodeScalars.contains($0) } ?? false),
           a.integerDigits == 4 ? bv > iv : a.integerDigits == 2 && (iv / 100) * 100 + bv > iv {
            return NumericHit(start: start, end: e, value: .date(DateValue(year: iv, isFiscalYear: matches("年度", at: b.end))))
        }

        // Day range "10～12日".
        if unit == nil, exact, let iv = v.intValue, (1...31).contains(iv), let c = at(e),
           NumberLexicon.japaneseRangeConnectors.contains(c), let b = parseJapaneseNumeral(at: e + 1),
           let bv = b.intValue, bv > iv, bv <= 31, at(b.end) == "日", !matches("日間", at: b.end) {
            var d = DateValue(day: iv, lastDay: bv)
            var end = b.end + 1
            if let (wd, we) = japaneseWeekdaySuffix(at: end) { d.weekday = wd; end = we }
            return NumericHit(start: start, end: end, value: .date(d))
        }

        // Range "3～5", "3〜5%". Not before 年/月/日/時, where the second number opens a date or
        // a clock time of its own, but before 年間/日間/時間, which make the range a duration
        // (3～5日間 is 3 to 5 days, not 3 and 5 days).
        var upper: ExactNumber?
        if unit == nil, let c = at(e), NumberLexicon.japaneseRangeConnectors.contains(c),
           let b = parseJapaneseNumeral(at: e + 1), !b.overflow, let bv = b.value, b.kanjiOnly == kanji,
           value < bv, !(b.arabic != nil && designationAfter(b.end)),
           !(at(b.end).map { "年月日時".unicodeScalars.contains($0) } ?? false) || at(b.end + 1) == "間"
            || at(b.end) == "年" && (at(b.end + 1).map { Self.afterYearCount.unicodeScalars.contains($0) } ?? false) {
            if let d = at(b.end), NumberLexicon.japaneseRangeConnectors.contains(d), digit(at: b.end + 1) != nil {
                return nil   // a code such as 03-1234-5678
            }
            upper = bv
            e = b.end
            // 5～10年かかる, 1000～2000年前: a count of years, so the range keeps its unit.
            if at(b.end) == "年", at(b.end + 1) != "間" {
                unit = .year
                e = b.end + 1
            }
        }

        var approx = hedge
        if unit == nil, let (a, k) = japaneseSuffixHedge(at: e, preUnit: true) {
            if approx == .exact { approx = a }
            e = k
        }
        let degreeContext = NumberLexicon.japaneseDegreeContexts.contains { endsWith($0, before: start) }
        if unit == nil, !(degreeContext && at(e) == "度"), let (u, k) = japaneseUnit(at: e, kanjiOnly: kanji),
           u != .age || isAge(value) {
            unit = u
            e = k
            // "3%～5%"
            if upper == nil, let c = at(e), NumberLexicon.japaneseRangeConnectors.contains(c),
               let b = parseJapaneseNumeral(at: e + 1), !b.overflow, let bv = b.value, value < bv,
               let (u2, k2) = japaneseUnit(at: b.end, kanjiOnly: b.kanjiOnly), u2 == u {
                upper = bv
                e = k2
            }
        }
        if unit != nil, let (a, k) = japaneseSuffixHedge(at: e, preUnit: false) {
            if approx == .exact { approx = a }
            e = k
        }
        if let unit {
            return NumericHit(start: start, end: e, value: .quantity(NumberValue(value, upper: upper, approximation: approx), unit: unit))
        }
        for counter in NumberLexicon.japanesePlainCounters {
            if let k = literalEnd(counter, at: e) {
                return NumericHit(start: start, end: k, value: .number(NumberValue(value, upper: upper, approximation: approx)))
            }
        }
        if !kanji && unit == nil && j > 0 && NumberCharClass.isKatakana(s[j - 1]) && !afterPrefix {
            // ボーイング737, ステージ2: a katakana name glued to digits without a
            // counter is a designation (ミサイル2発 has a counter and is kept).
            return nil
        }
        if kanji && value.isZero && e == num.end {
            return nil   // 〇〇: a placeholder or a mark, not zero
        }
        if kanji && upper == nil {
            // A bare kanji numeral is a number only if it is at least two
            // numeral characters long, or a lone 十/百/千, and is not glued to
            // a following ideograph (五十嵐, 八十二銀行, 九州, 一方, 千葉 are
            // words). A lone digit 一…九 needs a counter (三人, 一つ). A
            // one-character hedge does not rescue it (安倍一強 is "dominance").
            if countedByNoun && e == num.end {
                return NumericHit(start: start, end: e, value: .number(NumberValue(value, approximation: approx)))
            }
            if num.length < 2 && NumberLexicon.kanjiSmallMultipliers[s[j]] == nil { return nil }
            if e == num.end, let next = at(e), NumberCharClass.isIdeograph(next) { return nil }
            if e > num.end && e - num.end < 2 { return nil }
        }
        return NumericHit(start: start, end: e, value: .number(NumberValue(value, upper: upper, approximation: approx)))
    }
}
