/// A failure to read or write a file: bad input or an I/O problem, never a QA finding.
public enum FormatError: Error, CustomStringConvertible, Equatable, Sendable {
    case unreadable(path: String, reason: String)
    case unwritable(path: String, reason: String)
    case emptyInput(source: String)
    case binaryInput(source: String, byteOffset: Int)
    case invalidUTF8(source: String, byteOffset: Int, line: Int)
    case invalidUTF16(source: String, byteOffset: Int)
    case malformed(source: String, format: String, line: Int?, column: Int?, reason: String)
    case noText(source: String, format: String)
    /// Values the format cannot carry (an attribute name that is not an XML name, a TMX unit
    /// without any variant): refused rather than written as a file other tools reject.
    case unrepresentable(format: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): cannot read: \(reason)"
        case let .unwritable(path, reason): return "\(path): cannot write: \(reason)"
        case let .emptyInput(source): return "\(source): the file is empty (no text to process)"
        case let .binaryInput(source, offset):
            return "\(source): looks like a binary file, not text (NUL or control byte at byte offset \(offset))"
        case let .invalidUTF8(source, offset, line):
            return "\(source): invalid UTF-8 at byte offset \(offset) (line \(line)); save the file as UTF-8"
        case let .invalidUTF16(source, offset):
            return "\(source): invalid UTF-16 at byte offset \(offset)"
        case let .malformed(source, format, line, column, reason):
            var place = source
            if let line { place += ":\(line)" }
            if let column { place += ":\(column)" }
            return "\(place): malformed \(format): \(reason)"
        case let .noText(source, format):
            return "\(source): no text found in this \(format) file"
        case let .unrepresentable(format, reason):
            return "cannot write \(format): \(reason)"
        }
    }
}
