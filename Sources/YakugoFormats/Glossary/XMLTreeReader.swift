internal import CLibXML2
import FoundationEssentials

/// A small in-memory XML element tree read with libxml2's xmlTextReader.
///
/// Glossaries are small (a termbase of 10,000 entries is a few megabytes), and TBX readers
/// need to look back and forth inside an entry (contexts, statuses, notes in any order), so a
/// tree is simpler than a stream here. The safety habits are those of `TMXStreamReader`: the
/// DTD is never loaded, entities are never substituted, the network is never used
/// (`XML_PARSE_NONET`, no `XML_PARSE_NOENT`, no `XML_PARSE_DTDLOAD`), and libxml2's default size
/// limits stay on. An entity reference (external or not) stays unexpanded and is reported.
struct XMLTreeElement {
    /// The qualified name as written (`min:subjectField`).
    var name: String
    /// The name without its prefix (`subjectField`).
    var localName: String
    var attributes: [(name: String, value: String)]
    var children: [XMLTreeNode]
    var line: Int?

    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    var elements: [XMLTreeElement] {
        children.compactMap { if case let .element(element) = $0 { return element } else { return nil } }
    }

    /// All text inside, markup (`<hi>`) dropped.
    var text: String {
        var out = ""
        for child in children {
            switch child {
            case let .text(value): out += value
            case let .element(element): out += element.text
            }
        }
        return out
    }
}

enum XMLTreeNode {
    case element(XMLTreeElement)
    case text(String)
}

/// A parsed document: the root element and what libxml2 or the tree builder noticed.
struct XMLTreeDocument {
    var root: XMLTreeElement
    var warnings: [String]
    /// Entity references left unexpanded (`&xxe;`): external entities are never read.
    var unexpandedEntities: Int
}

enum XMLTreeReader {
    private static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Parses a whole document held in memory; `format` names the expected format in messages.
    static func parse(_ bytes: [UInt8], source: String, format: String) throws(FormatError) -> XMLTreeDocument {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .emptyInput(source: source) }
        guard bytes.count < Int(Int32.max) else { throw .unreadable(path: source, reason: "too large") }
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = copy.initialize(from: bytes)
        defer { copy.deallocate() }
        let reader = copy.baseAddress!.withMemoryRebound(to: CChar.self, capacity: copy.count) { base in
            source.withCString { xmlReaderForMemory(base, Int32(copy.count), $0, nil, options) }
        }
        guard let reader else { throw .unreadable(path: source, reason: "libxml2 could not open the input") }
        defer { xmlFreeTextReader(reader) }
        let builder = XMLTreeBuilder(reader: reader, source: source, format: format)
        xmlTextReaderSetStructuredErrorHandler(reader, xmlErrorSinkCallback, Unmanaged.passUnretained(builder.sink).toOpaque())
        return try builder.build()
    }
}

private final class XMLTreeBuilder {
    let reader: xmlTextReaderPtr
    let source: String
    let format: String
    let sink = XMLErrorSink()
    var warnings: [String] = []
    var entities = 0
    var sawRoot = false

    init(reader: xmlTextReaderPtr, source: String, format: String) {
        self.reader = reader
        self.source = source
        self.format = format
    }

    func build() throws(FormatError) -> XMLTreeDocument {
        while true {
            guard try read() else {
                throw .malformed(source: source, format: format, line: nil, column: nil, reason: "no root element")
            }
            if nodeType == 1 { break }
        }
        sawRoot = true
        let root = try element()
        // Read to the end so that late errors (a missing end tag) are reported.
        while try read() {
            if nodeType == 1 { warnings.append("element <\(name)> after the root element ignored") }
        }
        return XMLTreeDocument(root: root, warnings: warnings, unexpandedEntities: entities)
    }

    /// The element the reader is on, with everything inside it.
    private func element() throws(FormatError) -> XMLTreeElement {
        var node = XMLTreeElement(name: name, localName: localName, attributes: attributes(), children: [], line: line)
        if xmlTextReaderIsEmptyElement(reader) == 1 { return node }
        let depth = xmlTextReaderDepth(reader)
        while try read() {
            switch nodeType {
            case 1: node.children.append(.element(try element()))
            case 3, 4, 13, 14:
                let text = value
                if case let .text(previous)? = node.children.last {
                    node.children[node.children.count - 1] = .text(previous + text)
                } else {
                    node.children.append(.text(text))
                }
            case 5:
                entities += 1
                warnings.append("entity reference &\(name); not expanded (entities are never substituted)")
            case 15 where xmlTextReaderDepth(reader) == depth:
                return node
            default: break
            }
        }
        return node
    }

    private func read() throws(FormatError) -> Bool {
        let result = xmlTextReaderRead(reader)
        for message in sink.takeWarnings() { warnings.append("XML: \(message.message)") }
        if let fatal = sink.fatal {
            let reason = sawRoot ? fatal.message : "not an XML file (libxml2: \(fatal.message))"
            throw .malformed(source: source, format: format, line: fatal.line, column: fatal.column, reason: reason)
        }
        if result < 0 {
            let line = Int(xmlTextReaderGetParserLineNumber(reader))
            throw .malformed(source: source, format: format, line: line > 0 ? line : nil, column: nil, reason: "libxml2 could not read the document")
        }
        return result == 1
    }

    private var nodeType: Int32 { xmlTextReaderNodeType(reader) }

    private var name: String {
        guard let name = xmlTextReaderConstName(reader) else { return "" }
        return String(cString: name)
    }

    private var localName: String {
        guard let name = xmlTextReaderConstLocalName(reader) else { return "" }
        return String(cString: name)
    }

    private var value: String {
        guard let value = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: value)
    }

    private var line: Int? {
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = Int(xmlGetLineNo(node))
            if line > 0 { return line }
        }
        return nil
    }

    private func attributes() -> [(name: String, value: String)] {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return [] }
        var out: [(name: String, value: String)] = []
        if xmlTextReaderMoveToFirstAttribute(reader) == 1 {
            repeat {
                let name = self.name
                if name != "xmlns" && !name.hasPrefix("xmlns:") { out.append((name, value)) }
            } while xmlTextReaderMoveToNextAttribute(reader) == 1
            xmlTextReaderMoveToElement(reader)
        }
        return out
    }
}
