/// A text held both as a `String` and as an array of Unicode scalars, so spans given as
/// `TextRange` (code-point offsets) can be cut out in O(1).
public struct ScalarText: Sendable, Hashable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    public var count: Int { scalars.count }

    /// The text of a span; the span is clamped to the text so a stale range cannot trap.
    public subscript(range: TextRange) -> String {
        let lower = max(0, min(range.start, scalars.count))
        let upper = max(lower, min(range.end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }
}
