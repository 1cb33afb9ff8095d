// Compact, stable descriptions for logs, QA reports and test failure messages.

extension NumberValue: CustomStringConvertible {
    public var description: String {
        var out = value.description
        if let upper { out += "…" + upper.description }
        if approximation != .exact { out = "\(approximation.rawValue) " + out }
        if isOrdinal { out += " (ordinal)" }
        return out
    }
}

extension DateValue: CustomStringConvertible {
    public var description: String {
        var parts: [String] = []
        if let year { parts.append((isFiscalYear ? "FY" : "") + String(year)) }
        if let month { parts.append("M" + String(month)) }
        if let day { parts.append("D" + String(day) + (lastDay.map { "–" + String($0) } ?? "")) }
        if let weekday { parts.append("W" + String(weekday)) }
        if let era, let eraYear { parts.append("(\(era.rawValue)\(eraYear))") }
        return parts.isEmpty ? "date()" : parts.joined(separator: " ")
    }
}

extension TimeValue: CustomStringConvertible {
    public var description: String {
        let m = minute < 10 ? "0" + String(minute) : String(minute)
        return (isApproximate ? "~" : "") + String(hour) + ":" + m
    }
}

extension NumericValue: CustomStringConvertible {
    public var description: String {
        switch self {
        case .number(let n): return "number(\(n))"
        case .quantity(let n, let u): return "quantity(\(n) \(u.rawValue))"
        case .date(let d): return "date(\(d))"
        case .time(let t): return "time(\(t))"
        }
    }
}
