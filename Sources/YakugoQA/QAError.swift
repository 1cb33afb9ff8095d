/// Configuration mistakes that stop a validation before it starts (findings are never errors).
public enum QAError: Error, CustomStringConvertible, Equatable {
    /// `--checks`, `--skip`, a severity override or a suppression named a check that does not exist.
    case unknownCheck(String, known: [String])
    /// An option value out of its range (`length-ratio` factor below 1).
    case invalidOption(name: String, value: String, reason: String)
    /// `--checks`, `--skip` and the config file together leave no check to run: a run that
    /// checks nothing would pass every file.
    case noChecks

    public var description: String {
        switch self {
        case let .unknownCheck(id, known):
            return "unknown check \"\(id)\" (known checks: \(known.joined(separator: ", ")))"
        case let .invalidOption(name, value, reason):
            return "invalid value \"\(value)\" for option \(name): \(reason)"
        case .noChecks:
            return "no check left to run: --checks, --skip and the config file together exclude every check"
        }
    }
}
