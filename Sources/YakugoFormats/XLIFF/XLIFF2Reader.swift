import YakugoCore

/// XLIFF 2.x (2.0, 2.1, 2.2 share the core): `<xliff srcLang trgLang>` → `<file>` → `<group>`* →
/// `<unit>` → `<segment>` (and `<ignorable>`, skipped) with `<source>` and optional `<target>`.
extension XLIFFUnitBuilder {
    mutating func readVersion2(_ root: XMLTreeElement) {
        let languages = (source: root.attribute("srcLang") ?? "", target: root.attribute("trgLang") ?? "")
        if languages.source.isEmpty { warn("<xliff> has no srcLang attribute", root) }
        let files = root.elements.filter { $0.localName == "file" }
        if files.isEmpty { warn("<xliff> has no <file>", root) }
        for file in files {
            let document = file.attribute("original") ?? file.attribute("id")
            readGroup2(file, languages: languages, document: document, translate: file.attribute("translate") != "no")
        }
    }

    private mutating func readGroup2(_ group: XMLTreeElement, languages: (source: String, target: String),
                                     document: String?, translate: Bool) {
        for element in group.elements {
            let inherited = translate && element.attribute("translate") != "no"
            switch element.localName {
            case "group": readGroup2(element, languages: languages, document: document, translate: inherited)
            case "unit": readUnit2(element, languages: languages, document: document, translate: inherited)
            default: break  // skeleton, notes, modules and extensions carry nothing to check
            }
        }
    }

    private mutating func readUnit2(_ unit: XMLTreeElement, languages: (source: String, target: String),
                                    document: String?, translate: Bool) {
        guard let id = unit.attribute("id"), !id.isEmpty else {
            warn("<unit> without id skipped", unit)
            return
        }
        let segments = unit.elements.filter { $0.localName == "segment" }
        if segments.isEmpty { warn("<unit id=\"\(id)\"> has no <segment>", unit) }
        for (index, segment) in segments.enumerated() {
            guard let sourceElement = segment.elements.first(where: { $0.localName == "source" }) else {
                warn("<segment> in <unit id=\"\(id)\"> has no <source>; skipped", segment)
                continue
            }
            let targetElement = segment.elements.first { $0.localName == "target" }
            let sourceLanguage = sourceElement.attribute("xml:lang") ?? languages.source
            let targetLanguage = targetElement?.attribute("xml:lang") ?? languages.target
            if targetElement != nil && targetLanguage.isEmpty { warn("<xliff> has no trgLang attribute", segment) }
            let segmentID = segments.count == 1 ? id : "\(id)#\(segment.attribute("id") ?? String(index + 1))"
            append(id: segmentID, document: document, translate: translate,
                   source: (sourceLanguage, inline2(sourceElement.children)),
                   target: targetElement.map { (targetLanguage, inline2($0.children)) })
        }
    }

    /// Segment content with 2.x inline elements as TMX-style codes.
    mutating func inline2(_ nodes: [XMLTreeNode]) -> [InlineElement] {
        var content: [InlineElement] = []
        for node in nodes {
            switch node {
            case let .text(text):
                Self.append(.text(text), to: &content)
            case let .element(element):
                let id = element.attribute("id")
                let isolated = element.attribute("isolated") == "yes"
                switch element.localName {
                case "pc":
                    content.append(.code(InlineCode(kind: .bpt, attributes: Self.attributes([("i", id)]))))
                    for inner in inline2(element.children) { Self.append(inner, to: &content) }
                    content.append(.code(InlineCode(kind: .ept, attributes: Self.attributes([("i", id)]))))
                case "ph":
                    content.append(.code(InlineCode(kind: .ph, attributes: Self.attributes([("x", id)]))))
                case "sc":
                    content.append(.code(isolated
                        ? InlineCode(kind: .it, attributes: Self.attributes([("pos", "begin"), ("x", id)]))
                        : InlineCode(kind: .bpt, attributes: Self.attributes([("i", id)]))))
                case "ec":
                    content.append(.code(isolated
                        ? InlineCode(kind: .it, attributes: Self.attributes([("pos", "end"), ("x", id)]))
                        : InlineCode(kind: .ept, attributes: Self.attributes([("i", element.attribute("startRef") ?? id)]))))
                case "cp":
                    // A character XML cannot carry, given by its code point.
                    if let hex = element.attribute("hex"), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                        Self.append(.text(String(Character(scalar))), to: &content)
                    } else {
                        warn("<cp> without a valid hex code point ignored", element)
                    }
                case "mrk":
                    for inner in inline2(element.children) { Self.append(inner, to: &content) }
                case "sm", "em":
                    break  // annotation boundaries: no text, no code
                default:
                    warn("unknown element <\(element.name)> in a segment: its text is kept, the tag dropped", element)
                    for inner in inline2(element.children) { Self.append(inner, to: &content) }
                }
            }
        }
        return content
    }
}
