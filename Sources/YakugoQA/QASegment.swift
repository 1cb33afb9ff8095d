import YakugoCore

/// One English–Japanese segment pair to validate: plain text on each side, inline codes apart.
///
/// The texts hold no markup: inline codes (TMX `bpt`/`ept`/`ph`…, XLIFF `g`/`x`/`pc`/`ph`) are
/// listed in `sourceTags` / `targetTags` as placeholders with the offset where they stood, so
/// number and term checks never read `{1}` as the number one.
public struct QASegment: Hashable, Sendable {
    /// The segment's identifier as the input file gives it (TMX `tuid`, XLIFF `id`, a TSV row id).
    public var id: String
    /// English source text.
    public var source: String
    /// Japanese target text.
    public var target: String
    /// Inline codes of the source, in text order.
    public var sourceTags: [InlineTag]
    /// Inline codes of the target, in text order.
    public var targetTags: [InlineTag]
    /// The document or file the segment belongs to (for messages and JUnit suites); nil when one.
    public var document: String?

    public init(id: String, source: String, target: String, sourceTags: [InlineTag] = [],
                targetTags: [InlineTag] = [], document: String? = nil) {
        self.id = id
        self.source = source
        self.target = target
        self.sourceTags = sourceTags
        self.targetTags = targetTags
        self.document = document
    }
}

/// An inline code as a placeholder (`{1}`, `{/1}`, `{2/}`) and where it stands in the plain text.
public struct InlineTag: Hashable, Sendable {
    /// The placeholder that names the code; equal placeholders on both sides are the same code.
    public var placeholder: String
    /// Unicode-scalar offset in the segment's plain text.
    public var offset: Int

    public init(_ placeholder: String, at offset: Int) {
        self.placeholder = placeholder
        self.offset = offset
    }

    /// Whether the placeholder opens a pair (`{1}`), closes one (`{/1}`) or stands alone (`{1/}`).
    public var role: Role {
        if placeholder.hasPrefix("{/") { return .closing }
        if placeholder.hasSuffix("/}") { return .standalone }
        return .opening
    }

    /// The code's number or name without braces and slashes (`1` for `{/1}`).
    public var name: String {
        String(placeholder.filter { $0 != "{" && $0 != "}" && $0 != "/" })
    }

    /// The three shapes of a placeholder.
    public enum Role: Sendable, Hashable { case opening, closing, standalone }
}

extension QASegment {
    /// A segment from a translation unit: the English and Japanese variants (chosen by language
    /// tag), their plain text, and their codes as placeholders (`TranslationVariant.placeholderText`'s
    /// scheme). Nil when the unit lacks either language; `fallbackID` names a unit without `tuid`.
    public init?(unit: TranslationUnit, fallbackID: String, sourceTag: String = "en", targetTag: String = "ja",
                 document: String? = nil) {
        guard let source = unit.variant(for: sourceTag), let target = unit.variant(for: targetTag) else { return nil }
        let (sourceText, sourceTags) = Self.split(source.content)
        let (targetText, targetTags) = Self.split(target.content)
        self.init(id: unit.id ?? fallbackID, source: sourceText, target: targetText,
                  sourceTags: sourceTags, targetTags: targetTags, document: document)
    }

    /// Plain text and placeholders of inline content; the numbering follows `placeholderText`.
    static func split(_ content: [InlineElement]) -> (String, [InlineTag]) {
        var text = ""
        var count = 0
        var tags: [InlineTag] = []
        var ordinal = 0
        func walk(_ elements: [InlineElement]) {
            for element in elements {
                switch element {
                case let .text(piece):
                    text += piece
                    count += piece.unicodeScalars.count
                case let .code(code):
                    ordinal += 1
                    let number = code.placeholderNumber(ordinal: ordinal)
                    switch code.kind {
                    case .bpt: tags.append(InlineTag("{\(number)}", at: count))
                    case .ept: tags.append(InlineTag("{/\(number)}", at: count))
                    case .it:
                        tags.append(InlineTag(code.attribute("pos") == "end" ? "{/\(number)}" : "{\(number)}", at: count))
                    case .ph, .ut: tags.append(InlineTag("{\(number)/}", at: count))
                    case .hi:
                        tags.append(InlineTag("{\(number)}", at: count))
                        walk(code.content)
                        tags.append(InlineTag("{/\(number)}", at: count))
                    case .sub: break
                    }
                }
            }
        }
        walk(content)
        return (text, tags)
    }
}
