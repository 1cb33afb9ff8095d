/// An exact decimal number: `significand × 10^exponent`.
///
/// Values are normalized on construction (trailing zeros of the significand are
/// moved into the exponent, zero has exponent 0), so numerically equal values are
/// `==` and hash alike: `1.2 million`, `120万`, `1200000` and `1,200,000` are all
/// `ExactNumber(significand: 12, exponent: 5)`.
///
/// Arithmetic helpers return `nil` instead of trapping when the significand would
/// overflow `Int`; the recognizer then skips the expression rather than crash.
public struct ExactNumber: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The digits, without trailing zeros (0 for zero).
    public let significand: Int
    /// The power of ten applied to `significand`.
    public let exponent: Int

    /// `significand × 10^exponent`, normalized.
    public init(significand: Int, exponent: Int = 0) {
        var s = significand
        var e = exponent
        if s == 0 {
            e = 0
        } else {
            while s % 10 == 0 {
                s /= 10
                if e == Int.max { break }
                e += 1
            }
        }
        self.significand = s
        self.exponent = e
    }

    private enum CodingKeys: String, CodingKey { case significand, exponent }

    /// Decoding re-normalizes, so decoded values compare equal as usual.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(significand: try c.decode(Int.self, forKey: .significand),
                  exponent: try c.decode(Int.self, forKey: .exponent))
    }

    /// An integer value.
    public init(_ value: Int) {
        self.init(significand: value, exponent: 0)
    }

    public static let zero = ExactNumber(0)

    /// True below zero.
    public var isNegative: Bool { significand < 0 }
    /// True for zero.
    public var isZero: Bool { significand == 0 }
    /// True when there is no fractional part.
    public var isInteger: Bool { exponent >= 0 }

    /// The value as an `Int` when it is an integer that fits.
    public var intValue: Int? {
        guard exponent >= 0 else { return nil }
        return ExactNumber.shift(significand, by: exponent)
    }

    /// The nearest `Double` (not exact for very large or long values).
    public var doubleValue: Double {
        let d = Double(significand)
        if exponent == 0 { return d }
        var p = 1.0
        let k = Swift.min(exponent.magnitude, 400)
        for _ in 0..<k { p *= 10 }
        return exponent > 0 ? d * p : d / p
    }

    /// `self × 10^k`, saturating the exponent.
    public func scaled(byPowerOfTen k: Int) -> ExactNumber {
        let (e, o) = exponent.addingReportingOverflow(k)
        return ExactNumber(significand: significand, exponent: o ? (k > 0 ? Int.max : Int.min) : e)
    }

    /// The exact sum, or nil if it does not fit.
    public func adding(_ other: ExactNumber) -> ExactNumber? {
        if significand == 0 { return other }
        if other.significand == 0 { return self }
        let e = Swift.min(exponent, other.exponent)
        guard let a = ExactNumber.shift(significand, by: exponent &- e),
              let b = ExactNumber.shift(other.significand, by: other.exponent &- e) else { return nil }
        let (s, o) = a.addingReportingOverflow(b)
        if o { return nil }
        return ExactNumber(significand: s, exponent: e)
    }

    /// The exact product, or nil if it does not fit.
    public func multiplied(by other: ExactNumber) -> ExactNumber? {
        let (s, o) = significand.multipliedReportingOverflow(by: other.significand)
        if o { return nil }
        let (e, o2) = exponent.addingReportingOverflow(other.exponent)
        if o2 { return nil }
        return ExactNumber(significand: s, exponent: e)
    }

    /// `-self` (Int.min saturates to Int.max).
    public var negated: ExactNumber {
        ExactNumber(significand: significand == Int.min ? Int.max : -significand, exponent: exponent)
    }

    /// `v × 10^k` for k ≥ 0, or nil on overflow.
    static func shift(_ v: Int, by k: Int) -> Int? {
        if v == 0 { return 0 }
        if k < 0 || k > 19 { return nil }
        var r = v
        for _ in 0..<k {
            let (m, o) = r.multipliedReportingOverflow(by: 10)
            if o { return nil }
            r = m
        }
        return r
    }

    public static func < (lhs: ExactNumber, rhs: ExactNumber) -> Bool {
        if lhs == rhs { return false }
        if let d = lhs.adding(rhs.negated) { return d.significand < 0 }
        return lhs.doubleValue < rhs.doubleValue
    }

    /// Plain decimal notation ("1200000", "2.5", "-0.05"); scientific beyond 10^30.
    public var description: String {
        let negative = significand < 0
        var digits = String(significand.magnitude)
        if exponent > 30 || exponent < -30 {
            return (negative ? "-" : "") + digits + "e" + String(exponent)
        }
        if exponent >= 0 {
            digits += String(repeating: "0", count: exponent)
        } else {
            let k = -exponent
            if digits.count <= k {
                digits = String(repeating: "0", count: k - digits.count + 1) + digits
            }
            let idx = digits.index(digits.endIndex, offsetBy: -k)
            digits = String(digits[..<idx]) + "." + String(digits[idx...])
        }
        return (negative ? "-" : "") + digits
    }
}

/// Accumulates decimal digits without overflowing on trailing zeros
/// ("1000000000000000000000" is 1 × 10^21).
struct DecimalAccumulator {
    private var significand = 0
    private var pendingZeros = 0
    private var fractionDigits = 0
    private(set) var overflow = false
    private(set) var count = 0

    mutating func append(_ digit: Int, fraction: Bool = false) {
        count += 1
        if fraction { fractionDigits += 1 }
        if overflow { return }
        if digit == 0 {
            pendingZeros += 1
            return
        }
        guard let shifted = ExactNumber.shift(significand, by: pendingZeros + 1) else {
            overflow = true
            return
        }
        let (s, o) = shifted.addingReportingOverflow(digit)
        if o { overflow = true; return }
        significand = s
        pendingZeros = 0
    }

    var value: ExactNumber? {
        overflow ? nil : ExactNumber(significand: significand, exponent: pendingZeros - fractionDigits)
    }
}
