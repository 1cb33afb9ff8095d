/// A text with position markers (keycap emoji 1️⃣…9️⃣, 0️⃣) taken out: the clean text and the
/// Unicode-scalar offset of each marker in it. Counting columns in Japanese is error-prone;
/// a marker placed in the text says where a finding must point without counting.
///
/// With `placeholders: true`, inline-code placeholders (`{1}`, `{/1}`, `{2/}`) are taken out
/// too and returned as `tags`, so a tab-separated file or an example can carry inline codes.
public struct MarkedText: Hashable, Sendable {
    /// The text without markers (and without placeholders when asked).
    public let text: String
    /// Marker number (the keycap digit) → offset in `text`, in Unicode scalars.
    public let markers: [Int: Int]
    /// Placeholders taken out, with their offsets in `text`.
    public let tags: [InlineTag]

    /// With `markers: false` keycap emoji stay in the text: real data may contain them, and
    /// only examples and tests use them as markers.
    public init(_ marked: String, placeholders: Bool = false, markers takeMarkers: Bool = true) {
        // Most real text has nothing to take out: keep it as it is rather than rebuild it.
        guard marked.unicodeScalars.contains(where: { placeholders && $0 == "{" || takeMarkers && $0 == "\u{20E3}" }) else {
            (self.text, self.markers, self.tags) = (marked, [:], [])
            return
        }
        let scalars = Array(marked.unicodeScalars)
        var out = String.UnicodeScalarView()
        var markers: [Int: Int] = [:]
        var tags: [InlineTag] = []
        var count = 0
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if takeMarkers, ("0"..."9").contains(s), i + 2 < scalars.count, scalars[i + 1] == "\u{FE0F}", scalars[i + 2] == "\u{20E3}" {
                markers[Int(s.value - 48)] = count
                i += 3
                continue
            }
            if placeholders, s == "{", let end = Self.placeholderEnd(scalars, from: i) {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[i..<end])
                tags.append(InlineTag(String(view), at: count))
                i = end
                continue
            }
            out.append(s)
            count += 1
            i += 1
        }
        self.text = String(out)
        self.markers = markers
        self.tags = tags
    }

    /// Marker offsets in marker order.
    public var offsets: [Int] { markers.keys.sorted().map { markers[$0]! } }

    /// The end of a placeholder `{N}`, `{/N}` or `{N/}` (N: letters, digits, `-`, `_`) starting at `start`.
    static func placeholderEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start + 1
        if i < scalars.count, scalars[i] == "/" { i += 1 }
        let nameStart = i
        while i < scalars.count, scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i]) || scalars[i] == "-" || scalars[i] == "_" {
            i += 1
        }
        guard i > nameStart, i - nameStart <= 12 else { return nil }
        if i < scalars.count, scalars[i] == "/", scalars[start + 1] != "/" { i += 1 }
        guard i < scalars.count, scalars[i] == "}" else { return nil }
        return i + 1
    }
}

extension QASegment {
    /// A segment from texts that carry inline codes as placeholders (`{1}bold{/1}`, `{2/}`),
    /// as `TranslationVariant.placeholderText` writes them: the placeholders become tags.
    public init(id: String, placeholderSource: String, placeholderTarget: String, document: String? = nil) {
        let source = MarkedText(placeholderSource, placeholders: true, markers: false)
        let target = MarkedText(placeholderTarget, placeholders: true, markers: false)
        self.init(id: id, source: source.text, target: target.text, sourceTags: source.tags, targetTags: target.tags,
                  document: document)
    }
}
