// Equality helpers for the sentence aligner (anchors) and translation QA
// (number-mismatch checks).
//
// Semantics, from strict to loose:
// - `==` (synthesized): identical normalized values, including approximation,
//   era spelling, ordinal flag and time approximation.
// - `matches(_:)`: the same *fact*: same kind, equal number(s) and equal unit;
//   partial dates are compatible when every field given on both sides agrees
//   (and at least one field is shared; a day range's last day counts only when
//   both sides give one); times agree on hour and minute.
//   Approximation is ignored ("about 25 minutes" matches "25分間").
// - `matchesIncludingApproximation(_:)`: `matches` and the same
//   `Approximation.Direction` ("more than 1,000" matches "1000人以上").
// - `looselyMatches(_:)`: numbers and quantities compare by magnitude only,
//   ignoring units ("1,000" matches "1000人"); a year-only date matches the
//   bare number of that year.

extension NumberValue {
    /// Equal lower and upper ends, ignoring approximation and ordinal flag.
    public func sameMagnitude(as other: NumberValue) -> Bool {
        value == other.value && upper == other.upper
    }
}

extension DateValue {
    /// Partial-date compatibility: every field present on both sides agrees,
    /// at least one field is shared, and both or neither are fiscal years.
    public func isCompatible(with other: DateValue) -> Bool {
        var shared = 0
        func check(_ a: Int?, _ b: Int?) -> Bool {
            guard let a, let b else { return true }
            shared += 1
            return a == b
        }
        guard check(year, other.year), check(month, other.month),
              check(day, other.day), check(weekday, other.weekday) else { return false }
        if let a = lastDay, let b = other.lastDay, a != b { return false }
        if (year != nil && other.year != nil) && isFiscalYear != other.isFiscalYear { return false }
        return shared > 0
    }
}

extension NumericValue {
    /// Same fact, ignoring approximation. See the file comment for details.
    public func matches(_ other: NumericValue) -> Bool {
        switch (self, other) {
        case (.number(let a), .number(let b)):
            return a.sameMagnitude(as: b)
        case (.quantity(let a, let ua), .quantity(let b, let ub)):
            return ua == ub && a.sameMagnitude(as: b)
        case (.date(let a), .date(let b)):
            return a.isCompatible(with: b)
        case (.time(let a), .time(let b)):
            return a.hour == b.hour && a.minute == b.minute
        default:
            return false
        }
    }

    /// `matches` plus agreement of the approximation direction.
    public func matchesIncludingApproximation(_ other: NumericValue) -> Bool {
        guard matches(other) else { return false }
        switch (self, other) {
        case (.time(let a), .time(let b)):
            return a.isApproximate == b.isApproximate
        default:
            if let a = numberValue, let b = other.numberValue {
                return a.approximation.direction == b.approximation.direction
            }
            return true
        }
    }

    /// Magnitude-only comparison: units are ignored, so a bare number matches
    /// a quantity of the same value; a year-only date matches its number.
    public func looselyMatches(_ other: NumericValue) -> Bool {
        if matches(other) { return true }
        if let a = numberValue, let b = other.numberValue { return a.sameMagnitude(as: b) }
        func yearOnly(_ v: NumericValue) -> Int? {
            if case .date(let d) = v, let y = d.year, d.month == nil, d.day == nil { return y }
            return nil
        }
        if let y = yearOnly(self), let n = other.numberValue, n.upper == nil { return n.value == ExactNumber(y) }
        if let y = yearOnly(other), let n = numberValue, n.upper == nil { return n.value == ExactNumber(y) }
        return false
    }
}
