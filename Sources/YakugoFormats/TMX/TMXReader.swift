internal import CLibXML2
import FoundationEssentials
import YakugoCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole TMX file read into memory, with the oddities met on the way.
public struct TMXReadResult: Sendable {
    public var memory: TranslationMemory
    /// The first `TMXStreamReader.keptWarningLimit` warnings.
    public var warnings: [TMXWarning]
    /// All warnings, including those not kept.
    public var warningCount: Int
}

/// Reads TMX files (1.1 to 1.4b) whole; see `TMXStreamReader` for what is read and how.
public enum TMXReader {
    /// Reads a whole file; "-" is not accepted here (read the bytes and call `read(_:source:)`).
    public static func read(path: String) throws(FormatError) -> TMXReadResult {
        try collect(TMXStreamReader(path: path))
    }

    /// Reads a whole TMX document held in memory; `source` names it in messages.
    public static func read(_ bytes: [UInt8], source: String) throws(FormatError) -> TMXReadResult {
        try collect(TMXStreamReader(bytes: bytes, source: source))
    }

    private static func collect(_ reader: TMXStreamReader) throws(FormatError) -> TMXReadResult {
        var units: [TranslationUnit] = []
        while let unit = try reader.next() { units.append(unit) }
        return TMXReadResult(
            memory: TranslationMemory(version: reader.version, header: reader.header, units: units),
            warnings: reader.warnings, warningCount: reader.warningCount
        )
    }
}

/// Reads a TMX file unit by unit on libxml2's xmlTextReader, so memory stays flat at any size.
///
/// The header is read on opening, then `next()` returns one unit at a time.
///
/// What it accepts: TMX 1.1 to 1.4b; UTF-8, UTF-16 with a byte-order mark and the encodings
/// libxml2 knows from the XML declaration; `xml:lang` or TMX 1.1's `lang` on `<tuv>`; any number
/// of variants per unit; `srclang="*all*"`; inline codes `bpt`, `ept`, `it`, `ph`, `hi`, `ut`,
/// `sub` kept as `InlineCode`s with their attributes and native content. Whitespace inside
/// `<seg>` is kept exactly.
///
/// Safety: the DTD is never loaded, entities are never substituted and the network is never
/// used (`XML_PARSE_NONET`, no `XML_PARSE_NOENT`, no `XML_PARSE_DTDLOAD`), so a file cannot
/// make the reader open `/etc/passwd` or a URL; libxml2's default size limits stay on.
///
/// Errors (thrown `FormatError`): XML that is not well-formed (with libxml2's line and column),
/// a root element other than `<tmx>`, an empty file. Warnings (kept in `warnings`): units
/// without variants, variants without language or segment, empty segments, unknown elements,
/// stray text, entity references left unexpanded, an unknown TMX version.
public final class TMXStreamReader {
    /// How many warnings are kept; the rest are only counted, so a broken huge file cannot
    /// fill memory with messages.
    public static let keptWarningLimit = 1000

    public let source: String
    /// The `version` attribute of `<tmx>`.
    public private(set) var version: String?
    public private(set) var header = TranslationMemoryHeader()
    public private(set) var warnings: [TMXWarning] = []
    public private(set) var warningCount = 0

    private var reader: xmlTextReaderPtr?
    private var descriptor: Int32 = -1
    private var memory: UnsafeMutableBufferPointer<UInt8>?
    private let sink = XMLErrorSink()
    private var inBody = false
    private var sawRoot = false
    private var done = false

    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Opens a file and reads up to the start of `<body>`.
    public init(path: String) throws(FormatError) {
        source = path
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .unreadable(path: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: path, reason: "is a directory") }
        if info.st_size == 0 { throw .emptyInput(source: path) }
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        // Reading from our own descriptor (not xmlReaderForFile) keeps libxml2 from treating
        // the name as a URL it might fetch.
        reader = path.withCString { xmlReaderForFd(descriptor, $0, nil, Self.options) }
        try begin()
    }

    /// Opens a TMX document held in memory and reads up to the start of `<body>`.
    public init(bytes: [UInt8], source: String) throws(FormatError) {
        self.source = source
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .emptyInput(source: source) }
        guard bytes.count < Int(Int32.max) else { throw .unreadable(path: source, reason: "too large to read from memory; read it from a file") }
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = copy.initialize(from: bytes)
        memory = copy
        reader = copy.baseAddress!.withMemoryRebound(to: CChar.self, capacity: copy.count) { base in
            source.withCString { xmlReaderForMemory(base, Int32(copy.count), $0, nil, Self.options) }
        }
        try begin()
    }

    deinit {
        if let reader { xmlFreeTextReader(reader) }
        if descriptor >= 0 { close(descriptor) }
        memory?.deallocate()
    }

    /// The next unit, or nil at the end of the body.
    public func next() throws(FormatError) -> TranslationUnit? {
        while !done, inBody {
            guard try read() else { finish(); return nil }
            switch nodeType {
            case .element:
                if name == "tu" { return try readUnit() }
                warn("unknown element <\(name)> in <body> skipped")
                try skipElement()
            case .endElement:
                inBody = false
            case .text, .cdata:
                warnAboutStrayText(in: "body")
            case .entityReference:
                warn("entity reference &\(name); in <body> not expanded")
            default:
                break
            }
        }
        // Anything after </body> is read to the end so that late well-formedness errors
        // (a missing </tmx>) are reported rather than silently ignored.
        while !done {
            guard try read() else { finish(); return nil }
            if nodeType == .element {
                warn("unknown element <\(name)> after <body> skipped")
                try skipElement()
            }
        }
        return nil
    }

    // MARK: Structure

    private func begin() throws(FormatError) {
        guard let reader else { throw .unreadable(path: source, reason: "libxml2 could not open the input") }
        xmlTextReaderSetStructuredErrorHandler(reader, xmlErrorSinkCallback, Unmanaged.passUnretained(sink).toOpaque())
        // The prologue: everything up to the root element.
        while true {
            guard try read() else {
                throw .malformed(source: source, format: "TMX", line: nil, column: nil, reason: "no root element")
            }
            if nodeType == .element { break }
        }
        sawRoot = true
        guard name == "tmx" else {
            throw .malformed(source: source, format: "TMX", line: currentLine, column: nil, reason: "not a TMX file: the root element is <\(name)>, not <tmx>")
        }
        let attributes = readAttributes()
        version = attributes.first { $0.name == "version" }?.value
        if let version, !["1.1", "1.2", "1.3", "1.4", "1.4a", "1.4b"].contains(version) {
            warn("TMX version \"\(version)\" is not one of 1.1–1.4b; read as 1.4b")
        } else if version == nil {
            warn("<tmx> has no version attribute; read as 1.4b")
        }
        if isEmptyElement {
            warn("<tmx> is empty: no header and no body")
            finish()
            return
        }
        var sawHeader = false
        while true {
            guard try read() else { finish(); return }
            switch nodeType {
            case .element where name == "header" && !sawHeader:
                sawHeader = true
                try readHeader()
            case .element where name == "body":
                if !sawHeader { warn("no <header> before <body>") }
                inBody = !isEmptyElement
                return
            case .element:
                warn("unknown element <\(name)> in <tmx> skipped")
                try skipElement()
            case .endElement:
                warn("<tmx> has no <body>")
                finish()
                return
            case .text, .cdata:
                warnAboutStrayText(in: "tmx")
            default:
                break
            }
        }
    }

    private func readHeader() throws(FormatError) {
        for attribute in readAttributes() {
            switch attribute.name {
            case "creationtool": header.creationTool = attribute.value
            case "creationtoolversion": header.creationToolVersion = attribute.value
            case "datatype": header.dataType = attribute.value
            case "segtype": header.segType = attribute.value
            case "adminlang": header.adminLang = attribute.value
            case "srclang": header.srcLang = attribute.value
            case "o-tmf": header.oTmf = attribute.value
            case "creationdate": header.creationDate = attribute.value
            default: break
            }
        }
        if isEmptyElement { return }
        let depth = self.depth
        while try read() {
            switch nodeType {
            case .element where name == "note": header.notes.append(try readPlainText())
            case .element where name == "prop": header.properties.append(try readProperty())
            case .element where name == "ude":
                // User-defined encodings map private-use characters of legacy code pages;
                // the text we read is already Unicode, so there is nothing to apply.
                try skipElement()
            case .element:
                warn("unknown element <\(name)> in <header> skipped")
                try skipElement()
            case .endElement where self.depth == depth: return
            case .text, .cdata: warnAboutStrayText(in: "header")
            default: break
            }
        }
    }

    private func readUnit() throws(FormatError) -> TranslationUnit {
        var unit = TranslationUnit(variants: [])
        let line = currentLine
        for attribute in readAttributes() {
            switch attribute.name {
            case "tuid": unit.id = attribute.value
            case "creationdate": unit.creationDate = attribute.value
            default: break
            }
        }
        if !isEmptyElement {
            let depth = self.depth
            loop: while try read() {
                switch nodeType {
                case .element where name == "tuv": unit.variants.append(try readVariant())
                case .element where name == "note": unit.notes.append(try readPlainText())
                case .element where name == "prop": unit.properties.append(try readProperty())
                case .element:
                    warn("unknown element <\(name)> in <tu> skipped")
                    try skipElement()
                case .endElement where self.depth == depth: break loop
                case .text, .cdata: warnAboutStrayText(in: "tu")
                case .entityReference: warn("entity reference &\(name); in <tu> not expanded")
                default: break
                }
            }
        }
        if unit.variants.isEmpty { warn("<tu\(unit.id.map { " tuid=\"\($0)\"" } ?? "")> has no <tuv>", line: line) }
        return unit
    }

    private func readVariant() throws(FormatError) -> TranslationVariant {
        let attributes = readAttributes()
        let line = currentLine
        // TMX 1.1 wrote `lang`; 1.3 and later `xml:lang`. Either is accepted, xml:lang first.
        let language = attributes.first { $0.name == "xml:lang" }?.value ?? attributes.first { $0.name == "lang" }?.value
        var variant = TranslationVariant(language: language ?? "", content: [])
        if language == nil { warn("<tuv> has no xml:lang (or lang) attribute", line: line) }
        var segments = 0
        if !isEmptyElement {
            let depth = self.depth
            loop: while try read() {
                switch nodeType {
                case .element where name == "seg":
                    segments += 1
                    if segments == 2 { warn("<tuv> has more than one <seg>; their contents are joined", line: currentLine) }
                    if !isEmptyElement {
                        let content = try readInline(until: self.depth)
                        for element in content { Self.append(element, to: &variant.content) }
                    }
                case .element where name == "note": variant.notes.append(try readPlainText())
                case .element where name == "prop": variant.properties.append(try readProperty())
                case .element:
                    warn("unknown element <\(name)> in <tuv> skipped")
                    try skipElement()
                case .endElement where self.depth == depth: break loop
                case .text, .cdata: warnAboutStrayText(in: "tuv")
                case .entityReference: warn("entity reference &\(name); in <tuv> not expanded")
                default: break
                }
            }
        }
        if segments == 0 {
            warn("<tuv xml:lang=\"\(variant.language)\"> has no <seg>", line: line)
        } else if variant.content.isEmpty {
            warn("<tuv xml:lang=\"\(variant.language)\"> has an empty <seg>", line: line)
        }
        return variant
    }

    /// Segment content up to the end tag at `depth`: text (whitespace included) and inline codes.
    private func readInline(until depth: Int32) throws(FormatError) -> [InlineElement] {
        var content: [InlineElement] = []
        while try read() {
            switch nodeType {
            case .text, .cdata, .whitespace, .significantWhitespace:
                Self.append(.text(value), to: &content)
            case .element:
                let elementName = name
                let attributes = readAttributes()
                let inner = isEmptyElement ? [] : try readInline(until: self.depth)
                if let kind = InlineCode.Kind(rawValue: elementName) {
                    content.append(.code(InlineCode(kind: kind, attributes: attributes, content: inner)))
                } else {
                    warn("unknown element <\(elementName)> in a segment: its text is kept, the tag dropped")
                    for element in inner { Self.append(element, to: &content) }
                }
            case .endElement where self.depth == depth:
                return content
            case .entityReference:
                warn("entity reference &\(name); not expanded (external and undeclared entities are never read)")
            default:
                break
            }
        }
        return content
    }

    private func readProperty() throws(FormatError) -> TranslationUnit.Property {
        let type = readAttributes().first { $0.name == "type" }?.value
        if type == nil { warn("<prop> has no type attribute") }
        return TranslationUnit.Property(type: type ?? "", value: try readPlainText())
    }

    /// The text of a text-only element (`note`, `prop`); markup inside is reported and its text kept.
    private func readPlainText() throws(FormatError) -> String {
        if isEmptyElement { return "" }
        let elementName = name
        let content = try readInline(until: depth)
        var text = ""
        for element in content {
            switch element {
            case let .text(value): text += value
            case .code:
                warn("markup inside <\(elementName)> ignored")
            }
        }
        return text
    }

    private func skipElement() throws(FormatError) {
        if isEmptyElement { return }
        let depth = self.depth
        while try read() {
            if nodeType == .endElement, self.depth == depth { return }
        }
    }

    private static func append(_ element: InlineElement, to content: inout [InlineElement]) {
        if case let .text(new) = element {
            if new.isEmpty { return }
            if case let .text(old)? = content.last {
                content[content.count - 1] = .text(old + new)
                return
            }
        }
        content.append(element)
    }

    private func warnAboutStrayText(in element: String) {
        let text = value
        guard text.unicodeScalars.contains(where: { !($0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r") }) else { return }
        let trimmed = text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        let shown = trimmed.count > 40 ? String(trimmed.prefix(40)) + "…" : String(trimmed)
        warn("text outside any segment in <\(element)> ignored: \"\(shown)\"")
    }

    private func warn(_ message: String, line: Int? = nil) {
        warningCount += 1
        if warnings.count < Self.keptWarningLimit {
            warnings.append(TMXWarning(source: source, line: line ?? currentLine, message: message))
        }
    }

    private func finish() {
        done = true
        inBody = false
    }

    // MARK: libxml2 calls

    /// Reader node types we act on (values of libxml2's xmlReaderTypes).
    private enum NodeType: Int32 {
        case element = 1, text = 3, cdata = 4, entityReference = 5, processingInstruction = 7, comment = 8
        case documentType = 10, whitespace = 13, significantWhitespace = 14, endElement = 15, other = -1
    }

    /// Advances to the next node; false at the end of the document, throws on broken XML.
    private func read() throws(FormatError) -> Bool {
        guard let reader else { return false }
        let result = xmlTextReaderRead(reader)
        for warning in sink.takeWarnings() { warn("XML: \(warning.message)", line: warning.line) }
        if let fatal = sink.fatal {
            // Before the root element, libxml2's message ("Document is empty") does not say
            // what the user needs to hear: this file is not XML at all.
            let reason = sawRoot ? fatal.message : "not a TMX file: no XML root element (libxml2: \(fatal.message))"
            throw .malformed(source: source, format: "TMX", line: fatal.line, column: fatal.column, reason: reason)
        }
        if result < 0 {
            let line = Int(xmlTextReaderGetParserLineNumber(reader))
            let column = Int(xmlTextReaderGetParserColumnNumber(reader))
            throw .malformed(source: source, format: "TMX", line: line > 0 ? line : nil, column: column > 0 ? column : nil, reason: "libxml2 could not read the document")
        }
        return result == 1
    }

    private var nodeType: NodeType {
        guard let reader else { return .other }
        return NodeType(rawValue: xmlTextReaderNodeType(reader)) ?? .other
    }

    private var name: String {
        guard let reader, let name = xmlTextReaderConstName(reader) else { return "" }
        return String(cString: name)
    }

    private var value: String {
        guard let reader, let value = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: value)
    }

    private var depth: Int32 {
        guard let reader else { return 0 }
        return xmlTextReaderDepth(reader)
    }

    private var isEmptyElement: Bool {
        guard let reader else { return true }
        return xmlTextReaderIsEmptyElement(reader) == 1
    }

    /// The line of the current node (libxml2 records it when the node is made; the parser's own
    /// position may already be further on).
    private var currentLine: Int? {
        guard let reader else { return nil }
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = Int(xmlGetLineNo(node))
            if line > 0 { return line }
        }
        let line = Int(xmlTextReaderGetParserLineNumber(reader))
        return line > 0 ? line : nil
    }

    /// The current element's attributes in file order, namespace declarations left out.
    private func readAttributes() -> [InlineCode.Attribute] {
        guard let reader, xmlTextReaderHasAttributes(reader) == 1 else { return [] }
        var attributes: [InlineCode.Attribute] = []
        if xmlTextReaderMoveToFirstAttribute(reader) == 1 {
            repeat {
                let name = self.name
                if name != "xmlns" && !name.hasPrefix("xmlns:") {
                    attributes.append(InlineCode.Attribute(name: name, value: value))
                }
            } while xmlTextReaderMoveToNextAttribute(reader) == 1
            xmlTextReaderMoveToElement(reader)
        }
        return attributes
    }
}
