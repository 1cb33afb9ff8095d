import YakugoCore

/// A folded form of a text for matching, with a map from every folded scalar back to the span
/// of the original it came from, so matches found in the folded text are reported on the original.
public struct NormalizedText: Sendable, Hashable {
    public let original: ScalarText
    public let folded: ScalarText
    /// For folded scalar k, the original span it was produced from.
    private let sourceStart: [Int]
    private let sourceEnd: [Int]

    init(original: ScalarText, folded: [Unicode.Scalar], sourceStart: [Int], sourceEnd: [Int]) {
        self.original = original
        var view = String.UnicodeScalarView()
        view.append(contentsOf: folded)
        self.folded = ScalarText(String(view))
        self.sourceStart = sourceStart
        self.sourceEnd = sourceEnd
    }

    /// The identity mapping.
    public init(_ text: String) {
        let original = ScalarText(text)
        self.init(original: original, folded: original.scalars, sourceStart: Array(0..<original.count), sourceEnd: Array(1..<(original.count + 1)))
    }

    public var string: String { folded.string }

    /// The original span of a span of the folded text.
    public func originalRange(of range: TextRange) -> TextRange {
        let count = folded.count
        guard count > 0 else { return TextRange(start: 0, end: 0) }
        let a = max(0, min(range.start, count))
        let b = max(a, min(range.end, count))
        if a == b {
            let position = a < count ? sourceStart[a] : original.count
            return TextRange(start: position, end: position)
        }
        return TextRange(start: sourceStart[a], end: sourceEnd[b - 1])
    }

    /// Applies a further folding to this one, composing the maps back to the original.
    func then(_ fold: (ScalarText) -> NormalizedText) -> NormalizedText {
        let next = fold(folded)
        var starts: [Int] = []
        var ends: [Int] = []
        starts.reserveCapacity(next.folded.count)
        ends.reserveCapacity(next.folded.count)
        for k in 0..<next.folded.count {
            let inner = next.originalRange(of: TextRange(start: k, end: k + 1))
            let outer = originalRange(of: inner)
            starts.append(outer.start)
            ends.append(outer.end)
        }
        return NormalizedText(original: original, folded: next.folded.scalars, sourceStart: starts, sourceEnd: ends)
    }

    /// Builds a folded text piece by piece: each appended output is tied to an original span.
    struct Builder {
        var scalars: [Unicode.Scalar] = []
        var starts: [Int] = []
        var ends: [Int] = []

        mutating func append<S: Sequence>(_ output: S, from range: Range<Int>) where S.Element == Unicode.Scalar {
            for scalar in output {
                scalars.append(scalar)
                starts.append(range.lowerBound)
                ends.append(range.upperBound)
            }
        }

        func build(original: ScalarText) -> NormalizedText {
            NormalizedText(original: original, folded: scalars, sourceStart: starts, sourceEnd: ends)
        }
    }
}
