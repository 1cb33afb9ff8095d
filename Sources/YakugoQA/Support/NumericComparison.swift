import YakugoCore
import YakugoText

/// The numbers, dates and times of a segment's two sides put in correspondence, once, for
/// `number-mismatch`, `unit-mismatch` and `date-mismatch`.
///
/// Mentions come from `NumberRecognizer` (1,000 = 1000 = 千 = １０００, 1.2 million = 120万,
/// Thirteen = 13, Oct. 4 = 10月4日, 7:30 a.m. = 午前7時半, 令和5年 = 2023). Pairing is greedy,
/// best evidence first: same value and unit; same value with a bare number or counters on one
/// side (1,000 troops = 千人); the same measure converted (200 nautical miles = 約370キロ); a
/// year-only date against the bare number of that year. What is left is a mismatch, except
/// legitimate additions: a mention inside brackets (a conversion: 200カイリ（約370キロ）), one side
/// of a rate (1ドル＝150円), a weekday a translator replaced by the day, and target numbers the
/// source does not have at all (Japanese adds 1発 for "a missile").
struct NumericComparison {
    /// Same value, units that disagree (25 minutes → 25時間).
    struct UnitConflict {
        let source: NumericMention
        let target: NumericMention
    }

    /// A source mention without a counterpart, with the target mention that most likely renders
    /// it wrongly (nil when the target has none left).
    struct Unmatched {
        let source: NumericMention
        let target: NumericMention?
    }

    let source: [NumericMention]
    let target: [NumericMention]
    /// Segments with at most this many source × target mention pairs compare every pair.
    static let allPairsUpTo = 250_000
    /// Beyond that, how far from the same relative position a partner is looked for.
    static let band = 250
    private(set) var unitConflicts: [UnitConflict] = []
    private(set) var amountMismatches: [Unmatched] = []
    private(set) var dateMismatches: [Unmatched] = []

    init(source text: String, target translation: String) {
        let recognized = NumberRecognizer.mentions(in: text, language: .english)
        let pronounOnes = Self.pronounOnes(in: text, besides: recognized)
        source = (recognized + pronounOnes).sorted { $0.range.lowerBound < $1.range.lowerBound }
        let isPronounOne = source.map { mention in pronounOnes.contains { $0.range == mention.range } }
        target = Self.percentagePointsMarked(NumberRecognizer.mentions(in: translation, language: .japanese), in: translation)
        guard !source.isEmpty else { return }
        var usedSource = [Bool](repeating: false, count: source.count)
        var usedTarget = [Bool](repeating: false, count: target.count)
        var partnerOf = [Int?](repeating: nil, count: source.count)
        var scoreOf = [Int](repeating: 0, count: source.count)

        let targetScalars = Array(translation.unicodeScalars)

        // 1. Pairs by evidence, strongest first.
        var candidates: [(score: Int, distance: Int, s: Int, t: Int)] = []
        // Every pair is tried in a sentence's worth of numbers; in a segment of thousands (a
        // table pasted as one cell) only those near the same relative position, or the pairs
        // grow with the square of the count (60,000 numbers wanted 34 GB).
        let banded = source.count * target.count > Self.allPairsUpTo
        // The mentions of the other side (of `other`) near the same relative position as mention
        // `index` of `count`; all of them in a segment of ordinary size.
        func near(_ index: Int, of count: Int, in other: Int) -> Range<Int> {
            guard banded else { return 0..<other }
            let centre = other * index / count
            return max(0, centre - Self.band)..<min(other, centre + Self.band + 1)
        }
        for (i, s) in source.enumerated() {
            for j in near(i, of: source.count, in: target.count) {
                var score = Self.score(s.value, target[j].value)
                // N日 meets a count of days only where it can be one: before a time of day or a
                // weekday it names the day (30日午前, 30日（月）).
                if score == 3, Self.daysOnly(target[j].value) != nil, case .quantity(_, .day) = s.value,
                   Self.namesADay(target[j], in: targetScalars) { score = 0 }
                if score > 0 { candidates.append((score, abs(i - j), i, j)) }
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.distance != $1.distance ? $0.distance < $1.distance : $0.s < $1.s }
        for c in candidates where !usedSource[c.s] && !usedTarget[c.t] {
            usedSource[c.s] = true
            usedTarget[c.t] = true
            partnerOf[c.s] = c.t
            scoreOf[c.s] = c.score
            if c.score == Self.unitConflictScore {
                unitConflicts.append(UnitConflict(source: source[c.s], target: target[c.t]))
            }
        }

        // 1b. A range one side writes as one mention and the other as its two ends, next to each
        // other (1937-1945 ⇔ 1937年から1945年まで, 16-29 ⇔ 16歳から29歳, from 3 to 5 ⇔ 3～5).
        // (A pair of neighbours starts at most one before the end; near the same relative
        // position only, as above, in a segment of thousands.)
        func starts(_ index: Int, of count: Int, in other: Int) -> Range<Int> {
            let range = near(index, of: count, in: other)
            return range.lowerBound..<max(range.lowerBound, min(range.upperBound, other - 1))
        }
        for (i, s) in source.enumerated() where !usedSource[i] {
            guard let (low, high) = Self.ends(of: s.value) else { continue }
            for j in starts(i, of: source.count, in: target.count) where !usedTarget[j] && !usedTarget[j + 1]
                && Self.score(low, target[j].value) >= 3 && Self.score(high, target[j + 1].value) >= 3 {
                usedSource[i] = true
                usedTarget[j] = true
                usedTarget[j + 1] = true
                break
            }
        }
        for (j, t) in target.enumerated() where !usedTarget[j] {
            guard let (low, high) = Self.ends(of: t.value) else { continue }
            for i in starts(j, of: target.count, in: source.count) where !usedSource[i] && !usedSource[i + 1]
                && Self.score(source[i].value, low) >= 3 && Self.score(source[i + 1].value, high) >= 3 {
                usedTarget[j] = true
                usedSource[i] = true
                usedSource[i + 1] = true
                break
            }
        }

        // 2. Legitimate additions on either side are not mismatches.
        let sourceScalars = Array(text.unicodeScalars)
        for (i, s) in source.enumerated() where !usedSource[i] {
            if Self.isInsideBrackets(s.range, in: sourceScalars)
                || Self.isRateSide(s.range, in: sourceScalars)
                || i > 0 && Self.isCurrencyApposition(source[i - 1], s, in: sourceScalars) {
                usedSource[i] = true
            }
        }
        for (j, t) in target.enumerated() where !usedTarget[j] {
            if Self.isInsideBrackets(t.range, in: targetScalars) || Self.isRateSide(t.range, in: targetScalars) {
                usedTarget[j] = true
            }
        }
        // 2b. An added number cannot take the place of the source's own (compared as counts,
        // not as a set of values): "the three leaders" → 4首脳 … 3か国協力 pairs "three" with the
        // counted 3か国 the translator added, and leaves the plain 4 over. A plain source number
        // matched only to a counted repetition, with a plain number of another value left over,
        // is rendered by that plain number, wrongly; the counted one is the addition.
        var repaired: [Int: Int] = [:]
        for (i, s) in source.enumerated() where scoreOf[i] == Self.sameValueScore && s.value.unit == nil && !isPronounOne[i] {
            guard let j = partnerOf[i], let counted = target[j].value.unit, Self.isCounter(counted),
                  let n = s.value.numberValue else { continue }
            let plain = target.indices.filter { k in
                !usedTarget[k] && target[k].value.unit == nil && !Self.isDateLike(target[k].value)
                    && target[k].value.numberValue.map { $0.isOrdinal == n.isOrdinal && !$0.sameMagnitude(as: n) } == true
            }
            guard let k = plain.min(by: { abs($0 - i) < abs($1 - i) }) else { continue }
            usedTarget[k] = true
            repaired[i] = k
        }

        // Digits the target writes inside what the recognizer reads as a name or code
        // (マグニチュード7.5, 国道41号, F35B): no mention, but the number is there.
        // Each run stands for one number, and a run the English also writes inside a code of its
        // own (F-35 ⇔ F35) is that code's, not a stray number's.
        var codeDigits = Self.digitRunsOutsideMentions(translation, target)
        for run in Self.englishCodeDigits(text) { if let k = codeDigits.firstIndex(of: run) { codeDigits.remove(at: k) } }

        // 3. Leftover source mentions, each with the nearest leftover target mention of its kind.
        for (i, s) in source.enumerated() where !usedSource[i] || repaired[i] != nil {
            if let k = repaired[i] {
                amountMismatches.append(Unmatched(source: s, target: target[k]))
                continue
            }
            let isDate = Self.isDateLike(s.value)
            var partner: Int?
            var best = Int.max
            for (j, t) in target.enumerated() where !usedTarget[j] && Self.isDateLike(t.value) == isDate {
                // A pronoun "one" is compared only with a count the target states (1発 vs 2発).
                if isPronounOne[i], !(t.value.unit.map(Self.isCounter) ?? false) { continue }
                if isDate, Self.isWeekdayOnly(t.value) != Self.isWeekdayOnly(s.value) { continue }
                if !isDate, !Self.sameFamily(s.value, t.value) { continue }
                if !isDate, s.value.numberValue?.isOrdinal != t.value.numberValue?.isOrdinal { continue }
                let distance = abs(i - j)
                if distance < best { best = distance; partner = j }
            }
            if let partner {
                usedTarget[partner] = true
            } else if isPronounOne[i] || Self.isSpelledOutSmall(s) || Self.isWeekdayOnly(s.value)
                        || (!isDate && Self.takeCode(s, from: &codeDigits)) {
                // A weekday the translator replaced by the day (Tuesday → 4日) or left out.
                // "the three agreed", "the two leaders": Japanese says 3首脳, 両首脳 or nothing.
                continue
            }
            let unmatched = Unmatched(source: s, target: partner.map { target[$0] })
            if isDate {
                // A date the translator wrote relatively (同日, 今月) is not missing.
                if partner == nil && Self.relativeDateWords.contains(where: { translation.contains($0) }) { continue }
                dateMismatches.append(unmatched)
            } else {
                amountMismatches.append(unmatched)
            }
        }
    }

    static let unitConflictScore = 1
    /// Same value, a bare number or counters on one side (1,000 troops = 千人).
    static let sameValueScore = 4

    /// Words before "one" that make it no count ("no one", "the one", "every one").
    static let oneDeterminers: Set<String> = ["no", "any", "every", "some", "the", "this", "that", "which", "each", "each other", "someone"]
    /// Words after a pronoun "one": "one of them", "one that…", "one believed to be…", "one
    /// was…". Before any other word "one" is a determiner ("in one exercise"), which Japanese
    /// renders freely (一体的に, 1回の), so it is no count to compare.
    static let pronounOneFollowers: Set<String> = ["of", "that", "which", "who", "was", "is", "were", "are", "had", "has",
                                                   "could", "would", "may", "might", "will", "can", "fell", "flew", "landed"]

    static func followsPronounOne(_ word: String?) -> Bool {
        guard let word else { return true }   // punctuation or the end: "including one."
        return pronounOneFollowers.contains(word) || word.count > 4 && (word.hasSuffix("ed") || word.hasSuffix("ing"))
    }

    /// "one" standing for a counted thing ("three missiles, including one believed to be an
    /// ICBM", "one of them"), which the recognizer leaves alone as it is often a pronoun. These
    /// mentions (value 1) are compared only with a count the target states and are never
    /// reported missing: Japanese may leave such a "one" implicit.
    static func pronounOnes(in text: String, besides recognized: [NumericMention]) -> [NumericMention] {
        let scalars = Array(text.unicodeScalars)
        func isLetter(_ k: Int) -> Bool { k >= 0 && k < scalars.count && (scalars[k].properties.isAlphabetic || scalars[k] == "-" || scalars[k] == "'") }
        func word(before k: Int) -> String? {
            var e = k
            while e > 0, scalars[e - 1] == " " { e -= 1 }
            var b = e
            while b > 0, scalars[b - 1].properties.isAlphabetic { b -= 1 }
            return b < e ? String(String.UnicodeScalarView(scalars[b..<e])).lowercased() : nil
        }
        func word(after k: Int) -> String? {
            var b = k
            while b < scalars.count, scalars[b] == " " { b += 1 }
            if b < scalars.count, !scalars[b].properties.isAlphabetic { return nil }
            var e = b
            while e < scalars.count, scalars[e].properties.isAlphabetic { e += 1 }
            return b < e ? String(String.UnicodeScalarView(scalars[b..<e])).lowercased() : nil
        }
        // "one" in any case, compared scalar by scalar: no string is built for every offset.
        func isOne(at k: Int) -> Bool {
            (scalars[k] == "o" || scalars[k] == "O") && (scalars[k + 1] == "n" || scalars[k + 1] == "N")
                && (scalars[k + 2] == "e" || scalars[k + 2] == "E")
        }
        var out: [NumericMention] = []
        var i = 0
        while i + 3 <= scalars.count {
            defer { i += 1 }
            guard isOne(at: i), !isLetter(i - 1), !isLetter(i + 3) else { continue }
            let range = i..<(i + 3)
            if recognized.contains(where: { $0.range.overlaps(range) }) { continue }
            if let previous = word(before: i), oneDeterminers.contains(previous) { continue }
            if !followsPronounOne(word(after: i + 3)) { continue }
            out.append(NumericMention(range: range, text: String(String.UnicodeScalarView(scalars[range])),
                                      value: .number(NumberValue(ExactNumber(1)))))
        }
        return out
    }

    /// "2.5％ポイント" is how Japanese writes percentage points in full: the recognizer reads 2.5％.
    static func percentagePointsMarked(_ mentions: [NumericMention], in text: String) -> [NumericMention] {
        let scalars = Array(text.unicodeScalars)
        let points = Array("ポイント".unicodeScalars)
        return mentions.map { mention in
            guard case .quantity(let n, .percent) = mention.value, mention.range.upperBound + points.count <= scalars.count,
                  scalars[mention.range.upperBound..<(mention.range.upperBound + points.count)].elementsEqual(points) else { return mention }
            var marked = mention
            marked.value = .quantity(n, unit: .percentagePoint)
            return marked
        }
    }

    /// English news rounds what Japanese news gives in full (¥7.95 trillion = 7兆9496億円): the
    /// more precise value, rounded to the last digit of the coarser one, equals it. The coarser
    /// value must have two significant digits at least, so 1,000 never absorbs 1,004, and the
    /// precise value must not be hedged: "about 4,600" is not rounded from 約4601 (a writer who
    /// hedges rounds too, so the hedged figure is meant as given).
    static func roundsAlike(_ x: NumberValue, _ y: NumberValue) -> Bool {
        let (a, b) = (x.value, y.value)
        let fineIsHedged = a.exponent >= b.exponent ? y.approximation != .exact : x.approximation != .exact
        guard !fineIsHedged else { return false }
        return roundsAlike(a, b)
    }

    static func roundsAlike(_ a: ExactNumber, _ b: ExactNumber) -> Bool {
        let (coarse, fine) = a.exponent >= b.exponent ? (a, b) : (b, a)
        guard coarse.exponent > fine.exponent, String(coarse.significand.magnitude).count >= 2 else { return false }
        var scale = 1.0
        for _ in 0..<coarse.exponent { scale *= 10 }
        for _ in 0..<(-min(coarse.exponent, 0)) { scale /= 10 }
        return (fine.doubleValue / scale).rounded() == Double(coarse.significand)
    }

    /// A number written in words up to ten, with no digit: "three", "two-day".
    static func isSpelledOutSmall(_ mention: NumericMention) -> Bool {
        guard !mention.text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }),
              let n = mention.value.numberValue, n.upper == nil, let value = n.value.intValue else { return false }
        return value <= 10
    }

    /// "¥7.95 trillion, or about $56 billion": a currency amount restated in another currency.
    static func isCurrencyApposition(_ previous: NumericMention, _ mention: NumericMention, in scalars: [Unicode.Scalar]) -> Bool {
        guard let first = previous.value.unit, let second = mention.value.unit, first.isCurrency, second.isCurrency, first != second,
              previous.range.upperBound <= mention.range.lowerBound else { return false }
        let between = String(String.UnicodeScalarView(scalars[previous.range.upperBound..<mention.range.lowerBound]))
            .trimmingCharacters(in: " ,(")
        return between == "or" || between.isEmpty
    }

    /// Digit runs inside English words that mix letters and digits (F-35, Type-12, 2+2).
    static func englishCodeDigits(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: \.isLetter) && $0.contains(where: \.isNumber) }
            .flatMap { word in word.split(whereSeparator: { !$0.isNumber && $0 != "." }).map { String($0).trimmingDots } }
    }

    /// Runs of digits (with a decimal point) in the text, width-folded, outside every mention,
    /// in text order (a run written twice is there twice).
    static func digitRunsOutsideMentions(_ text: String, _ mentions: [NumericMention]) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var runs: [String] = []
        var index = 0
        while index < scalars.count {
            guard Self.digit(scalars[index]) != nil else { index += 1; continue }
            var end = index
            var run = ""
            while end < scalars.count, let d = Self.digit(scalars[end]) ?? ((scalars[end] == "." || scalars[end] == "．") && end + 1 < scalars.count && Self.digit(scalars[end + 1]) != nil ? "." : nil) {
                run.append(d)
                end += 1
            }
            if !mentions.contains(where: { $0.range.overlaps(index..<end) }) { runs.append(run) }
            index = end
        }
        return runs
    }

    /// An ASCII or full-width digit as its ASCII character; nil for anything else.
    static func digit(_ scalar: Unicode.Scalar) -> Character? {
        if ("0"..."9").contains(scalar) { return Character(scalar) }
        if (0xFF10...0xFF19).contains(scalar.value) { return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!) }
        return nil
    }

    /// Whether a source number written in digits occurs among the target's code digits; the
    /// run it matches is used up.
    static func takeCode(_ mention: NumericMention, from codeDigits: inout [String]) -> Bool {
        guard !codeDigits.isEmpty, mention.text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              mention.text.contains(where: \.isNumber), let k = codeDigits.firstIndex(of: mention.text.filter { $0 != "," }) else { return false }
        codeDigits.remove(at: k)
        return true
    }

    /// The day of a date that names a day of the month and nothing more (9日).
    static func dayOnly(_ value: NumericValue) -> Int? {
        guard case .date(let date) = value, let day = date.day, date.month == nil, date.year == nil else { return nil }
        return day
    }

    /// The two ends of a range as values of their own (3-5 days → 3 days, 5 days).
    static func ends(of value: NumericValue) -> (NumericValue, NumericValue)? {
        guard let n = value.numberValue, let upper = n.upper else { return nil }
        var low = n
        low.upper = nil
        var high = low
        high.value = upper
        if let unit = value.unit { return (.quantity(low, unit: unit), .quantity(high, unit: unit)) }
        return (.number(low), .number(high))
    }

    /// Whether the text right after a Japanese day-only date makes it a day of the month: a
    /// time of day, a weekday in brackets, or 付 (as of). Particles decide nothing: 3日に1回
    /// "once every 3 days" and 3日の協議 "3-day talks" count days as 3日に始まる names one.
    static func namesADay(_ mention: NumericMention, in scalars: [Unicode.Scalar]) -> Bool {
        let end = mention.range.upperBound
        guard end < scalars.count else { return false }
        return "付午朝夜夕未深正（(".unicodeScalars.contains(scalars[end])
    }

    /// The day, and the last day of a range (10～14日), of a date that gives no month, year
    /// or weekday.
    static func daysOnly(_ value: NumericValue) -> (Int, Int?)? {
        guard case .date(let date) = value, let day = date.day, date.month == nil, date.year == nil,
              date.weekday == nil else { return nil }
        return (day, date.lastDay)
    }

    /// How well two mentions correspond: 0 none, 1 same value but conflicting units, 2 the same
    /// measure converted, 3 a year and its number, 4 same value with a bare number or counter on
    /// one side, 5 the same fact.
    static func score(_ a: NumericValue, _ b: NumericValue) -> Int {
        if a.matches(b) { return 5 }
        switch (a, b) {
        case (.date, .date), (.time, .time), (.date, .time), (.time, .date):
            return 0
        default: break
        }
        // A day of the month written as an ordinal ("on the 9th") is a date in Japanese (9日).
        if let day = dayOnly(a) ?? dayOnly(b) {
            let other = dayOnly(a) != nil ? b : a
            if case .number(let n) = other, n.isOrdinal, n.upper == nil, n.value == ExactNumber(day) { return 3 }
        }
        // Japanese counts days with 日 as it names them (30日以内, 3日続く, 10～14日), and the
        // recognizer reads N日 up to 31 as a day of the month; against a duration in days of the
        // same number (and the same upper end) it is that duration.
        if let (day, lastDay) = daysOnly(a) ?? daysOnly(b) {
            let other = daysOnly(a) != nil ? b : a
            if case .quantity(let n, .day) = other, n.value == ExactNumber(day),
               n.upper == lastDay.map({ ExactNumber($0) }) { return 3 }
        }
        if let y = yearOnly(a) ?? yearOnly(b) {
            let other = yearOnly(a) != nil ? b : a
            if let n = other.numberValue, n.upper == nil, n.value == ExactNumber(y), other.unit == nil { return 3 }
            return 0
        }
        guard let x = a.numberValue, let y = b.numberValue else { return 0 }
        if x.sameMagnitude(as: y) {
            return unitsCompatible(a.unit, b.unit) ? sameValueScore : unitConflictScore
        }
        if x.upper == nil, y.upper == nil, roundsAlike(x, y) {
            return unitsCompatible(a.unit, b.unit) ? sameValueScore : unitConflictScore
        }
        if let ua = a.unit, let ub = b.unit, ua != ub, let fa = factor(ua), let fb = factor(ub), fa.dimension == fb.dimension {
            let va = x.value.doubleValue * fa.value
            let vb = y.value.doubleValue * fb.value
            if va > 0, abs(va - vb) / va < 0.03 { return 2 }
        }
        return 0
    }

    /// A bare number fits any unit; counters fit one another (四人 vs "four crew members" may be
    /// counted differently); measures must agree. Percent and percentage points differ: a rise
    /// of 16.5 percent is not one of 16.5 points (16.5ポイント), so they are a unit conflict.
    static func unitsCompatible(_ a: QuantityUnit?, _ b: QuantityUnit?) -> Bool {
        guard let a, let b else { return true }
        if a == b { return true }
        // "a 30-year-old building" is 築30年: an English age may be a Japanese count of years.
        if Set([a, b]) == [.age, .year] { return true }
        return isCounter(a) && isCounter(b)
    }

    static let percentFamily: Set<QuantityUnit> = [.percent, .percentagePoint]

    static func isCounter(_ unit: QuantityUnit) -> Bool {
        switch unit {
        case .person, .aircraft, .ship, .missile, .vehicle, .country, .times: return true
        default: return false
        }
    }

    /// Conversion factors to a base unit, for measures a translator may convert.
    static func factor(_ unit: QuantityUnit) -> (dimension: Int, value: Double)? {
        switch unit {
        case .meter: return (1, 1)
        case .kilometer: return (1, 1000)
        case .mile: return (1, 1609.344)
        case .nauticalMile: return (1, 1852)
        case .centimeter: return (1, 0.01)
        case .millimeter: return (1, 0.001)
        case .foot: return (1, 0.3048)
        case .kilogram: return (2, 1)
        case .ton: return (2, 1000)
        case .gram: return (2, 0.001)
        case .second: return (3, 1)
        case .minute: return (3, 60)
        case .hour: return (3, 3600)
        case .day: return (3, 86400)
        case .week: return (3, 604_800)
        default: return nil
        }
    }

    /// Whether two leftover amounts are worth pairing in a message: same unit family or a bare number.
    static func sameFamily(_ a: NumericValue, _ b: NumericValue) -> Bool {
        guard let ua = a.unit, let ub = b.unit else { return true }
        if unitsCompatible(ua, ub) { return true }
        if percentFamily.contains(ua) && percentFamily.contains(ub) { return true }
        if let fa = factor(ua), let fb = factor(ub) { return fa.dimension == fb.dimension }
        return ua.isCurrency && ub.isCurrency
    }

    static func yearOnly(_ v: NumericValue) -> Int? {
        if case .date(let d) = v, let y = d.year, d.month == nil, d.day == nil, d.weekday == nil { return y }
        return nil
    }

    static func isDateLike(_ v: NumericValue) -> Bool {
        switch v {
        case .date, .time: return true
        default: return false
        }
    }

    static func isWeekdayOnly(_ v: NumericValue) -> Bool {
        if case .date(let d) = v, d.weekday != nil, d.year == nil, d.month == nil, d.day == nil { return true }
        return false
    }

    /// Openers of brackets that hold a conversion or an aside.
    static let openers: Set<Unicode.Scalar> = ["(", "\u{FF08}", "[", "\u{FF3B}", "\u{3014}", "\u{3010}"]
    static let closers: Set<Unicode.Scalar> = [")", "\u{FF09}", "]", "\u{FF3D}", "\u{3015}", "\u{3011}"]

    /// Inside an open bracket that does not close before the mention, within the same sentence.
    static func isInsideBrackets(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        var i = range.lowerBound - 1
        // An aside is short: looking further back only costs time (a segment of thousands of
        // numbers made the search quadratic).
        let limit = max(0, range.lowerBound - 300)
        while i >= limit {
            let s = scalars[i]
            if openers.contains(s) { return true }
            if closers.contains(s) || s == "\u{3002}" { return false }
            i -= 1
        }
        return false
    }

    /// One side of a rate or equation: `=`/`＝` right before or after the mention (1ドル＝150円).
    static func isRateSide(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Bool {
        let signs: Set<Unicode.Scalar> = ["=", "\u{FF1D}", "\u{2248}"]
        var i = range.upperBound
        while i < scalars.count, scalars[i] == " " { i += 1 }
        if i < scalars.count, signs.contains(scalars[i]) { return true }
        var k = range.lowerBound - 1
        while k >= 0, scalars[k] == " " { k -= 1 }
        return k >= 0 && signs.contains(scalars[k])
    }

    /// Words a translator uses instead of repeating a date the reader already has.
    static let relativeDateWords = ["同日", "同月", "同年", "今月", "先月", "来月", "今年", "昨年", "去年", "来年",
                                    "前日", "翌日", "当日", "同時刻", "今週", "先週", "来週", "本日", "今日", "昨日", "明日"]
}

/// Japanese renderings of normalized values, for suggestions.
enum JapaneseRendering {
    static func date(_ d: DateValue) -> String {
        var out = ""
        if let year = d.year { out += "\(year)年" + (d.isFiscalYear ? "度" : "") }
        if let month = d.month { out += "\(month)月" }
        if let day = d.day { out += "\(day)日" }
        if let last = d.lastDay, d.day != nil { out = String(out.dropLast()) + "～\(last)日" }
        if let weekday = d.weekday, (1...7).contains(weekday) {
            let names = ["月", "火", "水", "木", "金", "土", "日"]
            out += out.isEmpty ? "\(names[weekday - 1])曜日" : "（\(names[weekday - 1])）"
        }
        return out
    }

    static func time(_ t: TimeValue) -> String {
        let period = t.hour < 12 ? "午前" : "午後"
        let hour = t.hour % 12
        return period + "\(hour)時" + (t.minute == 0 ? "" : t.minute == 30 ? "半" : "\(t.minute)分")
    }

    /// A number in Japanese news style: digits with 万/億/兆 for large round values (120万).
    static func number(_ n: ExactNumber) -> String {
        guard let value = n.intValue, value >= 10_000 else { return n.description }
        let units: [(Int, String)] = [(1_000_000_000_000, "兆"), (100_000_000, "億"), (10_000, "万")]
        var rest = value
        var out = ""
        for (size, name) in units where rest >= size {
            out += "\(rest / size)\(name)"
            rest %= size
        }
        if rest > 0 { out += "\(rest)" }
        return out
    }

    static let unitWords: [QuantityUnit: String] = [
        .second: "秒", .minute: "分", .hour: "時間", .day: "日間", .week: "週間", .month: "カ月", .year: "年",
        .night: "泊", .age: "歳", .kilometer: "キロ", .meter: "メートル", .mile: "マイル", .nauticalMile: "カイリ",
        .centimeter: "センチ", .millimeter: "ミリ", .foot: "フィート", .gram: "グラム", .knot: "ノット",
        .liter: "リットル", .hectare: "ヘクタール",
        .kilogram: "キログラム", .ton: "トン", .yen: "円", .dollar: "ドル", .won: "ウォン", .yuan: "元",
        .euro: "ユーロ", .pound: "ポンド", .percent: "%", .percentagePoint: "ポイント", .person: "人", .aircraft: "機",
        .ship: "隻", .missile: "発", .vehicle: "台", .country: "カ国", .times: "回",
    ]

    static func value(_ v: NumericValue) -> String {
        switch v {
        case .number(let n): return range(n)
        case .quantity(let n, let unit): return range(n) + (unitWords[unit] ?? "")
        case .date(let d): return date(d)
        case .time(let t): return time(t)
        }
    }

    static func range(_ n: NumberValue) -> String {
        number(n.value) + (n.upper.map { "～" + number($0) } ?? "")
    }
}

extension String {
    /// The string without leading and trailing periods ("35." → "35").
    fileprivate var trimmingDots: String {
        String(drop { $0 == "." }.reversed().drop { $0 == "." }.reversed())
    }
}
