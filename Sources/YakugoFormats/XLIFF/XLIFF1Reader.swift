import YakugoCore

/// XLIFF 1.2 (also 1.0 and 1.1, which share its structure): `<file>` → `<body>` → `<group>`* →
/// `<trans-unit>` with `<source>`, optional `<seg-source>` and `<target>`.
extension XLIFFUnitBuilder {
    mutating func readVersion1(_ root: XMLTreeElement) {
        let files = root.elements.filter { $0.localName == "file" }
        if files.isEmpty { warn("<xliff> has no <file>", root) }
        for file in files {
            let languages = (source: file.attribute("source-language") ?? "", target: file.attribute("target-language") ?? "")
            if languages.source.isEmpty { warn("<file> has no source-language attribute", file) }
            let document = file.attribute("original") ?? file.attribute("id")
            let translate = file.attribute("translate") != "no"
            guard let body = file.elements.first(where: { $0.localName == "body" }) else {
                warn("<file> has no <body>", file)
                continue
            }
            readGroup1(body, languages: languages, document: document, translate: translate)
        }
    }

    private mutating func readGroup1(_ group: XMLTreeElement, languages: (source: String, target: String),
                                     document: String?, translate: Bool) {
        for element in group.elements {
            let inherited = translate && element.attribute("translate") != "no"
            switch element.localName {
            case "group": readGroup1(element, languages: languages, document: document, translate: inherited)
            case "trans-unit": readTransUnit(element, languages: languages, document: document, translate: inherited)
            case "bin-unit": break  // binary objects have no text to check
            default: warn("unknown element <\(element.name)> in <\(group.name)> skipped", element)
            }
        }
    }

    private mutating func readTransUnit(_ unit: XMLTreeElement, languages: (source: String, target: String),
                                        document: String?, translate: Bool) {
        guard let id = unit.attribute("id"), !id.isEmpty else {
            warn("<trans-unit> without id skipped", unit)
            return
        }
        guard let sourceElement = unit.elements.first(where: { $0.localName == "source" }) else {
            warn("<trans-unit id=\"\(id)\"> has no <source>; skipped", unit)
            return
        }
        let targetElement = unit.elements.first { $0.localName == "target" }
        let sourceLanguage = sourceElement.attribute("xml:lang") ?? languages.source
        let targetLanguage = targetElement?.attribute("xml:lang") ?? languages.target
        if targetElement != nil && targetLanguage.isEmpty { warn("<file> has no target-language attribute", unit) }

        // Segmented unit: <seg-source> and <target> hold <mrk mtype="seg" mid="…"> per segment.
        if let segSource = unit.elements.first(where: { $0.localName == "seg-source" }) {
            let sourceSegments = Self.segmentMarkers(segSource)
            if !sourceSegments.isEmpty {
                let targetSegments = targetElement.map(Self.segmentMarkers) ?? []
                for (index, segment) in sourceSegments.enumerated() {
                    let mid = segment.attribute("mid") ?? String(index + 1)
                    let target = targetSegments.first { ($0.attribute("mid") ?? "") == mid }
                    if targetElement != nil && target == nil {
                        warn("<trans-unit id=\"\(id)\">: segment \(mid) has no <mrk mtype=\"seg\"> in <target>", unit)
                    }
                    append(id: "\(id)#\(mid)", document: document, translate: translate,
                           source: (sourceLanguage, inline1(segment.children)),
                           target: target.map { (targetLanguage, inline1($0.children)) })
                }
                return
            }
        }
        append(id: id, document: document, translate: translate,
               source: (sourceLanguage, inline1(sourceElement.children)),
               target: targetElement.map { (targetLanguage, inline1($0.children)) })
    }

    /// The `<mrk mtype="seg">` elements of a segmented source or target, at any depth.
    private static func segmentMarkers(_ element: XMLTreeElement) -> [XMLTreeElement] {
        var out: [XMLTreeElement] = []
        for child in element.elements {
            if child.localName == "mrk" && child.attribute("mtype") == "seg" {
                out.append(child)
            } else {
                out += segmentMarkers(child)
            }
        }
        return out
    }

    /// Segment content with 1.2 inline elements as TMX-style codes.
    mutating func inline1(_ nodes: [XMLTreeNode]) -> [InlineElement] {
        var content: [InlineElement] = []
        for node in nodes {
            switch node {
            case let .text(text):
                Self.append(.text(text), to: &content)
            case let .element(element):
                let id = element.attribute("id")
                switch element.localName {
                case "g":
                    // A paired code around text: the TMX bpt/ept pair, numbered by id.
                    content.append(.code(InlineCode(kind: .bpt, attributes: Self.attributes([("i", id)]))))
                    for inner in inline1(element.children) { Self.append(inner, to: &content) }
                    content.append(.code(InlineCode(kind: .ept, attributes: Self.attributes([("i", id)]))))
                case "x":
                    content.append(.code(InlineCode(kind: .ph, attributes: Self.attributes([("x", id)]))))
                case "ph":
                    content.append(.code(InlineCode(kind: .ph, attributes: Self.attributes([("x", id)]), content: Self.nativeContent(element))))
                case "bx", "bpt":
                    // bx/ex and bpt/ept pair by rid; without one, by id.
                    let key = element.attribute("rid") ?? id
                    content.append(.code(InlineCode(kind: .bpt, attributes: Self.attributes([("i", key)]),
                                                    content: element.localName == "bpt" ? Self.nativeContent(element) : [])))
                case "ex", "ept":
                    let key = element.attribute("rid") ?? id
                    content.append(.code(InlineCode(kind: .ept, attributes: Self.attributes([("i", key)]),
                                                    content: element.localName == "ept" ? Self.nativeContent(element) : [])))
                case "it":
                    let position = element.attribute("pos") == "close" ? "end" : "begin"
                    content.append(.code(InlineCode(kind: .it, attributes: Self.attributes([("pos", position), ("x", id)]),
                                                    content: Self.nativeContent(element))))
                case "mrk":
                    for inner in inline1(element.children) { Self.append(inner, to: &content) }
                default:
                    warn("unknown element <\(element.name)> in a segment: its text is kept, the tag dropped", element)
                    for inner in inline1(element.children) { Self.append(inner, to: &content) }
                }
            }
        }
        return content
    }
}
