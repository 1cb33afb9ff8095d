internal import CLibXML2
import YakugoCore
import YakugoText

/// Extracts the headline and body paragraphs of a saved news page with libxml2's HTML parser.
///
/// What counts as text: the first `<article>` (else `<main>`, else `<body>`), plus an `<h1>`
/// outside it when it has none; every paragraph-like element (`p`, `h1`–`h6`, `li`,
/// `figcaption`, `blockquote`, `dt`/`dd`, table cells, `pre`) becomes one paragraph, and loose
/// text between blocks does too. Page furniture is skipped: `script`, `style`, `nav`,
/// `header`, `footer`, `aside` and form controls. Whitespace inside a paragraph is collapsed
/// as a browser would.
public enum HTMLReader {
    /// Elements whose content is never article text.
    static let skipped: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "form",
        "button", "select", "option", "textarea", "iframe", "svg", "canvas", "object", "embed",
        "head", "title", "meta", "link", "audio", "video", "map", "menu",
    ]
    /// Elements that make one paragraph of their inline content.
    static let paragraphLike: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "dt", "dd", "td", "th",
        "caption", "pre", "address", "blockquote", "summary", "legend",
    ]
    /// Block containers: they end any loose text before them and are walked into.
    static let blocks: Set<String> = [
        "div", "section", "article", "main", "figure", "ul", "ol", "dl", "table", "thead",
        "tbody", "tfoot", "tr", "body", "html", "details", "fieldset", "center", "hgroup", "hr", "br",
    ]

    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<body") || head.contains("<p>")
    }

    public static func read(_ bytes: [UInt8], source: String) throws(FormatError) -> SourceText {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .emptyInput(source: source) }
        // Decide the encoding: valid UTF-8 is read as UTF-8 whatever the page claims (saved
        // pages are re-encoded by browsers); otherwise the page must declare its charset.
        var encoding: String? = "UTF-8"
        do {
            _ = try TextDecoder.decode(bytes, source: source)
        } catch let error {
            switch error {
            case .invalidUTF8, .invalidUTF16:
                let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
                guard head.contains("charset") else { throw error }
                encoding = nil
            case .emptyInput: throw error
            default: throw error
            }
        }

        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                if let encoding {
                    return encoding.withCString { htmlReadMemory(base, Int32(buffer.count), nil, $0, options) }
                }
                return htmlReadMemory(base, Int32(buffer.count), nil, nil, options)
            }
        }
        guard let document else { throw .malformed(source: source, format: "HTML", line: nil, column: nil, reason: "libxml2 could not parse the page") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw .noText(source: source, format: "HTML") }

        var collector = ParagraphCollector()
        let body = findFirst(["article"], from: root) ?? findFirst(["main"], from: root) ?? findFirst(["body"], from: root) ?? root
        if elementName(body) != "body", findFirst(["h1"], from: body) == nil, let h1 = findFirst(["h1"], from: root) {
            collector.walk(h1)
            collector.flush()
        }
        collector.walk(body)
        collector.flush()
        guard !collector.paragraphs.isEmpty else { throw .noText(source: source, format: "HTML") }

        var text = ""
        var ranges: [TextRange] = []
        var offset = 0
        for paragraph in collector.paragraphs {
            if !text.isEmpty { text += "\n\n"; offset += 2 }
            let length = paragraph.unicodeScalars.count
            ranges.append(TextRange(start: offset, end: offset + length))
            text += paragraph
            offset += length
        }
        return SourceText(text: text, paragraphs: ranges, source: source)
    }

    static func elementName(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The first element with one of the names, in document order, outside skipped elements.
    static func findFirst(_ names: Set<String>, from node: xmlNodePtr) -> xmlNodePtr? {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                let name = elementName(current)
                if names.contains(name) { return current }
                if !skipped.contains(name), let found = findFirst(names, from: current) { return found }
            }
            child = current.pointee.next
        }
        return nil
    }

    /// Walks the tree in document order and gathers paragraphs of collapsed text.
    struct ParagraphCollector {
        var paragraphs: [String] = []
        var pending = ""

        mutating func flush() {
            let collapsed = Self.collapse(pending)
            if !collapsed.isEmpty { paragraphs.append(collapsed) }
            pending = ""
        }

        mutating func walk(_ node: xmlNodePtr) {
            var child = node.pointee.children
            while let current = child {
                visit(current)
                child = current.pointee.next
            }
        }

        mutating func visit(_ node: xmlNodePtr) {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { pending += String(cString: content) }
            case XML_ELEMENT_NODE:
                let name = HTMLReader.elementName(node)
                if HTMLReader.skipped.contains(name) { return }
                if HTMLReader.paragraphLike.contains(name) {
                    flush()
                    if containsParagraphLike(node) {
                        walk(node)
                    } else {
                        pending = inlineText(node)
                    }
                    flush()
                } else if HTMLReader.blocks.contains(name) {
                    flush()
                    walk(node)
                    flush()
                } else if name == "img" || name == "input" {
                    return
                } else {
                    walk(node)
                }
            default:
                return
            }
        }

        func containsParagraphLike(_ node: xmlNodePtr) -> Bool {
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE {
                    let name = HTMLReader.elementName(current)
                    if HTMLReader.paragraphLike.contains(name) || (name != "br" && HTMLReader.blocks.contains(name)) { return true }
                    if !HTMLReader.skipped.contains(name), containsParagraphLike(current) { return true }
                }
                child = current.pointee.next
            }
            return false
        }

        func inlineText(_ node: xmlNodePtr) -> String {
            var result = ""
            var child = node.pointee.children
            while let current = child {
                switch current.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content { result += String(cString: content) }
                case XML_ELEMENT_NODE:
                    let name = HTMLReader.elementName(current)
                    if name == "br" { result += "\n" } else if !HTMLReader.skipped.contains(name) { result += inlineText(current) }
                default: break
                }
                child = current.pointee.next
            }
            return result
        }

        /// Collapses runs of ASCII whitespace to one space and trims, as HTML rendering does.
        /// Ideographic spaces (U+3000) are text in Japanese and stay.
        static func collapse(_ text: String) -> String {
            var view = String.UnicodeScalarView()
            var pendingSpace = false
            for scalar in text.unicodeScalars {
                if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
                    pendingSpace = !view.isEmpty
                } else {
                    if pendingSpace { view.append(" "); pendingSpace = false }
                    view.append(scalar)
                }
            }
            return String(view)
        }
    }
}
