/// A numeric expression found in text: its place and its normalized meaning.
public struct NumericMention: Hashable, Sendable, Codable {
    /// Unicode-scalar offsets into the input `String` (not UTF-16, not `Character`).
    public var range: Range<Int>
    /// The matched original text (`String(text.unicodeScalars[range])`).
    public var text: String
    /// The normalized meaning.
    public var value: NumericValue

    public init(range: Range<Int>, text: String, value: NumericValue) {
        self.range = range
        self.text = text
        self.value = value
    }
}

/// The normalized meaning of a numeric expression.
public enum NumericValue: Hashable, Sendable, Codable {
    /// A bare number: "1,000", "1.2 million", "千", "thirteen", "２５", "3rd".
    case number(NumberValue)
    /// A number with a unit or counter: "25 minutes", "25分間", "¥43 trillion", "30%", "4発".
    case quantity(NumberValue, unit: QuantityUnit)
    /// A calendar date, possibly partial: "Oct. 4", "2022年10月4日", "fiscal 2023", "火曜日".
    case date(DateValue)
    /// A time of day: "7:30 a.m.", "午前7時半", "noon", "正午".
    case time(TimeValue)

    /// The number carried by `.number` and `.quantity`, nil for dates and times.
    public var numberValue: NumberValue? {
        switch self {
        case .number(let n), .quantity(let n, _): return n
        case .date, .time: return nil
        }
    }

    /// The unit of a `.quantity`.
    public var unit: QuantityUnit? {
        if case .quantity(_, let u) = self { return u }
        return nil
    }
}

/// How a number is hedged in the text.
public enum Approximation: String, Hashable, Sendable, CaseIterable, Codable {
    /// No hedge.
    case exact
    /// about, around, roughly, approximately, some, an estimated / 約, およそ, 程度, ほど, 前後, くらい.
    case about
    /// nearly, almost, close to / 近く, 弱, ほぼ.
    case nearly
    /// more than, over, above, exceeding / 超, 余り, 余, 強.
    case over
    /// at least / 以上, 少なくとも, 最低.
    case atLeast
    /// less than, fewer than, under, below / 未満, 足らず.
    case under
    /// at most, no more than / 以下.
    case atMost
    /// up to, as many as, as much as / 最大, 最大で.
    case upTo

    /// Coarse grouping used by `NumericValue.matchesIncludingApproximation`:
    /// translators routinely render "more than 1,000" as "1000人以上", so
    /// `over` and `atLeast` (and likewise the upper bounds) are treated alike.
    public enum Direction: Sendable, Hashable {
        case exact, approximate, lowerBound, upperBound
    }

    /// The coarse grouping of this hedge.
    public var direction: Direction {
        switch self {
        case .exact: return .exact
        case .about, .nearly: return .approximate
        case .over, .atLeast: return .lowerBound
        case .under, .atMost, .upTo: return .upperBound
        }
    }
}

/// A number, possibly a range, possibly hedged.
public struct NumberValue: Hashable, Sendable, Codable {
    /// The number, or the lower end of a range.
    public var value: ExactNumber
    /// Upper end of a range ("3 to 5", "3-5", "3～5"); `value` is the lower end.
    public var upper: ExactNumber?
    /// The hedge written with the number ("about", "以上").
    public var approximation: Approximation
    /// Digit ordinals ("3rd", "12th") and Japanese 第N.
    public var isOrdinal: Bool

    public init(_ value: ExactNumber, upper: ExactNumber? = nil,
                approximation: Approximation = .exact, isOrdinal: Bool = false) {
        self.value = value
        self.upper = upper
        self.approximation = approximation
        self.isOrdinal = isOrdinal
    }

    public init(_ value: Int, upper: Int? = nil,
                approximation: Approximation = .exact, isOrdinal: Bool = false) {
        self.init(ExactNumber(value), upper: upper.map { ExactNumber($0) },
                  approximation: approximation, isOrdinal: isOrdinal)
    }

    /// True when `upper` is set.
    public var isRange: Bool { upper != nil }
}

/// Units and counters. Japanese counters are modelled as units so that
/// "4発" meets "four missiles" and "1000人" meets "1,000 troops".
///
/// | unit | English | Japanese |
/// |---|---|---|
/// | second…year | seconds, minutes, hours, days, weeks, months, years | 秒(間), 分(間), 時間, 日間, 週間, カ月/か月/ヶ月, 年間 |
/// | night | nights | 泊 |
/// | age | 30-year-old, 30 years old, aged 30 | 歳, 才 (up to 150: 千歳 is a place) |
/// | kilometer, meter, mile, nauticalMile | km, kilometers, meters, m, miles, nautical miles | キロ(メートル), km, メートル, マイル, カイリ/海里/浬 |
/// | centimeter, millimeter, foot | cm, centimeters, mm, millimeters, feet, ft | センチ(メートル), cm, ミリ(メートル), mm, フィート |
/// | kilogram, ton, gram | kg, kilograms, tons, tonnes, grams | キログラム, kg, トン, グラム |
/// | knot, liter, hectare | knots, liters, litres, hectares | ノット, リットル, ヘクタール |
/// | yen, dollar, won, yuan, euro, pound | ¥, yen, $, US$, dollars, won, yuan, €, euros, £, pounds, GBP | 円, ドル/米ドル, ウォン, 元/人民元, ユーロ, ポンド |
/// | percent, percentagePoint | %, percent, per cent, pct, percentage points | %, ％, パーセント, 割 (×10), ポイント |
/// | person | people, persons, troops, soldiers, personnel, civilians, sailors | 人, 名 |
/// | aircraft | aircraft, jets, fighters, planes, drones, helicopters, bombers | 機 |
/// | ship | ships, vessels, warships, destroyers, submarines, frigates, boats | 隻 |
/// | missile | missiles, rounds, shells, rockets, shots | 発 |
/// | vehicle | vehicles, tanks, trucks, launchers | 台 |
/// | country | countries, nations | カ国/か国/ヶ国/ヵ国/箇国 |
/// | times | times, twice | 回, 度, 倍 (English "times" is both repetition and multiple) |
public enum QuantityUnit: String, Hashable, Sendable, CaseIterable, Codable {
    case second, minute, hour, day, week, month, year
    /// Nights of a stay: "two nights", "2泊" (as in 2泊3日).
    case night
    /// A person's age in years ("a 30-year-old", 三十歳): a unit of its own, so a wrong age is
    /// suggested as 30歳, not as a duration (30年); it is compatible with years in comparison.
    case age
    case kilometer, meter, mile, nauticalMile
    /// Smaller lengths: calibres, ranges and depths (155mm, 20センチ, 30,000 feet).
    case centimeter, millimeter, foot
    case kilogram, ton, gram
    /// Speed of ships and aircraft (30 knots = 30ノット).
    case knot
    case liter, hectare
    case yen, dollar, won, yuan, euro
    /// Pounds sterling (£75m, 75 million pounds, 7500万ポンド).
    case pound
    case percent, percentagePoint
    case person, aircraft, ship, missile, vehicle, country, times

    /// True for the seven duration units.
    public var isDuration: Bool {
        switch self {
        case .second, .minute, .hour, .day, .week, .month, .year: return true
        default: return false
        }
    }

    /// True for currencies.
    public var isCurrency: Bool {
        switch self {
        case .yen, .dollar, .won, .yuan, .euro, .pound: return true
        default: return false
        }
    }
}

/// Japanese imperial eras (gengō) since the Meiji restoration.
public enum JapaneseEra: String, Hashable, Sendable, CaseIterable, Codable {
    case meiji = "明治", taisho = "大正", showa = "昭和", heisei = "平成", reiwa = "令和"

    /// Gregorian year of the era's first year (元年).
    public var firstGregorianYear: Int {
        switch self {
        case .meiji: return 1868
        case .taisho: return 1912
        case .showa: return 1926
        case .heisei: return 1989
        case .reiwa: return 2019
        }
    }

    /// Gregorian year of era year `n` (n = 1 for 元年).
    public func gregorianYear(_ n: Int) -> Int { firstGregorianYear + n - 1 }
}

/// A calendar date, possibly partial. Absent fields are nil.
public struct DateValue: Hashable, Sendable, Codable {
    /// Gregorian year (era years are converted: 令和5年 → 2023).
    public var year: Int?
    /// 1–12.
    public var month: Int?
    /// 1–31 (the first day of a day range).
    public var day: Int?
    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int?
    /// "fiscal 2023", "FY2023", "2023年度": `year` is the fiscal year's label.
    public var isFiscalYear: Bool
    /// Japanese era and era year as written ("令和5年" → .reiwa, 5).
    public var era: JapaneseEra?
    public var eraYear: Int?
    /// Last day of a day range in one month: "Oct. 4-5", "10月4～5日" (day 4, lastDay 5).
    public var lastDay: Int?

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil, weekday: Int? = nil,
                isFiscalYear: Bool = false, era: JapaneseEra? = nil, eraYear: Int? = nil,
                lastDay: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.weekday = weekday
        self.isFiscalYear = isFiscalYear
        self.era = era
        self.eraYear = eraYear
        self.lastDay = lastDay
    }
}

/// A time of day on the 24-hour clock.
public struct TimeValue: Hashable, Sendable, Codable {
    /// 0–23.
    public var hour: Int
    /// 0–59.
    public var minute: Int
    /// "about 7 a.m.", "7時ごろ".
    public var isApproximate: Bool

    public init(hour: Int, minute: Int = 0, isApproximate: Bool = false) {
        self.hour = hour
        self.minute = minute
        self.isApproximate = isApproximate
    }
}
