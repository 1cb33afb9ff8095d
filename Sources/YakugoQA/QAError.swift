/// Configuration mistakes that stop a validation before it starts (findings are never errors).
public enum QAError: Error, CustomStringConvertible, Equatable {
    /// `--checks`, `--skip`, a severity override or a suppression named a check that does not exist.
    case unknownCheck(String, known: [String])
    /// An option value out of its range (`length-ratio` factor below 1).
    case invalidOption(name: String, value: String, reason: String)

    public var description: String {
        switch self {
        case let .unknownCheck(id, known):
            return "unknown check \"\(id)\" (known checks: \(known.joined(separator: ", ")))"
        case let .invalidOption(name, value, reason):
            return "invalid value \"\(value)\" for option \(name): \(reason)"
        }
    }
}
