import YakugoCore

/// An XLIFF file read into translation units, one per segment, with what was noticed on the way.
public struct XLIFFDocument: Sendable {
    /// The `version` attribute of `<xliff>` as written (`1.2`, `2.0`, `2.1`); nil when absent.
    public var version: String?
    /// 1 for XLIFF 1.x (`trans-unit`), 2 for XLIFF 2.x (`unit`/`segment`).
    public var majorVersion: Int
    /// One unit per segment, in file order. Variants: the source first, then the target when
    /// the file has one (an absent `<target>` means not translated yet; an empty one is kept
    /// as an empty variant). A language the file does not declare is an empty tag.
    public var units: [TranslationUnit]
    /// Oddities that did not stop reading, each prefixed with the file name and line.
    public var warnings: [String]
}

/// Reads XLIFF 1.2 and 2.x files (the version sniffed from `<xliff version>`, else from the
/// structure) into `TranslationUnit`s, the model TMX also reads into.
///
/// Inline codes become TMX-style `InlineCode`s so that `placeholderText` and the validator show
/// them as placeholders: paired codes (1.2 `g`, `bx`/`ex`, `bpt`/`ept`; 2.x `pc`, `sc`/`ec`) as
/// `bpt`/`ept` numbered by id (`{1}`…`{/1}`), standalone codes (1.2 `x`, `ph`; 2.x `ph`) as
/// `ph` (`{2/}`), codes whose partner lies outside the segment (1.2 `it`, 2.x isolated
/// `sc`/`ec`) as `it`. Annotations (`mrk`, 2.x `sm`/`em`) are transparent: their text is kept.
/// 2.x `cp` becomes the character it stands for.
///
/// Unit ids: the `trans-unit`/`unit` id; a 1.2 unit segmented with `seg-source` and a 2.x unit
/// with several segments give one unit per segment, id `UNIT#SEGMENT` (the `mid`, the segment
/// id, or its 1-based position). The `<file>`'s `original` (else its `id`) is kept as the
/// `x-yakugo-document` property, and `translate="no"` (inherited from groups and files) as the
/// `x-xliff-translate` property with value `no`.
///
/// Safety is that of the TMX reader (`XMLTreeReader`): no DTD loading, no entity substitution,
/// no network; an entity reference stays unexpanded and is reported as a warning.
public enum XLIFFReader {
    /// Property holding `no` on units the file marks `translate="no"`.
    public static let translateProperty = "x-xliff-translate"

    /// Reads a file; "-" reads standard input.
    public static func read(path: String) throws(FormatError) -> XLIFFDocument {
        let bytes = try FileIO.readBytes(path)
        return try read(bytes, source: path == "-" ? "(standard input)" : path)
    }

    /// Reads an XLIFF document held in memory; `source` names it in messages.
    public static func read(_ bytes: [UInt8], source: String) throws(FormatError) -> XLIFFDocument {
        let tree = try XMLTreeReader.parse(bytes, source: source, format: "XLIFF")
        let root = tree.root
        guard root.localName == "xliff" else {
            throw .malformed(source: source, format: "XLIFF", line: root.line, column: nil,
                             reason: "not an XLIFF file: the root element is <\(root.name)>, not <xliff>")
        }
        var warnings = tree.warnings.map { "\(source): \($0)" }
        let version = root.attribute("version")
        let major: Int
        switch version?.first {
        case "1": major = 1
        case "2": major = 2
        default:
            // No (or an unknown) version: XLIFF 1.x files keep their units in <file><body>.
            let hasBody = root.elements.contains { $0.localName == "file" && $0.elements.contains { $0.localName == "body" } }
            major = hasBody ? 1 : 2
            warnings.append("\(source):\(root.line.map(String.init) ?? "1"): <xliff> has \(version.map { "an unknown version \"\($0)\"" } ?? "no version attribute"); read as XLIFF \(major == 1 ? "1.2" : "2.0")")
        }
        var reader = XLIFFUnitBuilder(source: source)
        if major == 1 {
            reader.readVersion1(root)
        } else {
            reader.readVersion2(root)
        }
        warnings += reader.warnings
        return XLIFFDocument(version: version, majorVersion: major, units: reader.units, warnings: warnings)
    }

    /// Whether the bytes look like an XLIFF document (an `<xliff` root element early on), for
    /// picking a reader when the file name does not tell.
    public static func sniff(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        return head.contains("<xliff") || head.contains(":xliff")
    }
}

/// Walks the element tree of either XLIFF version and collects units and warnings.
struct XLIFFUnitBuilder {
    let source: String
    var units: [TranslationUnit] = []
    var warnings: [String] = []

    init(source: String) {
        self.source = source
    }

    mutating func warn(_ message: String, _ element: XMLTreeElement) {
        warnings.append("\(source):\(element.line.map(String.init) ?? "?"): \(message)")
    }

    /// The unit for one segment: source variant, then target variant when present.
    mutating func append(id: String, document: String?, translate: Bool,
                         source: (language: String, content: [InlineElement]),
                         target: (language: String, content: [InlineElement])?) {
        var variants = [TranslationVariant(language: source.language, content: source.content)]
        if let target { variants.append(TranslationVariant(language: target.language, content: target.content)) }
        var properties: [TranslationUnit.Property] = []
        if let document { properties.append(.init(type: TMXFormat.documentProperty, value: document)) }
        if !translate { properties.append(.init(type: XLIFFReader.translateProperty, value: "no")) }
        units.append(TranslationUnit(id: id, variants: variants, properties: properties))
    }

    /// Appends text, merging with a preceding text element.
    static func append(_ element: InlineElement, to content: inout [InlineElement]) {
        if case let .text(new) = element {
            if new.isEmpty { return }
            if case let .text(old)? = content.last {
                content[content.count - 1] = .text(old + new)
                return
            }
        }
        content.append(element)
    }

    static func attributes(_ pairs: [(String, String?)]) -> [InlineCode.Attribute] {
        pairs.compactMap { name, value in value.map { InlineCode.Attribute(name: name, value: $0) } }
    }

    /// The native text of a code element (`<bpt>&lt;b></bpt>`), `sub` flows included as text.
    static func nativeContent(_ element: XMLTreeElement) -> [InlineElement] {
        let text = element.text
        return text.isEmpty ? [] : [.text(text)]
    }
}
