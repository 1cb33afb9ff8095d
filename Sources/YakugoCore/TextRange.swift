/// A half-open span of a text, counted in Unicode scalars (code points) from the start.
///
/// Code points, not UTF-16 units or grapheme clusters, because they are what other tools'
/// string indices (Python, JSON consumers, most CAT tools) count, and they do not depend on the
/// Unicode version used for grapheme rules.
public struct TextRange: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "TextRange start \(start) is after end \(end)")
        self.start = start
        self.end = end
    }

    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }
    public var range: Range<Int> { start..<end }

    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    /// The same span moved by `delta` scalars, for ranges computed on a slice.
    public func shifted(by delta: Int) -> TextRange { TextRange(start: start + delta, end: end + delta) }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
