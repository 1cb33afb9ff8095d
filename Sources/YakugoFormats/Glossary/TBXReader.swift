import YakugoCore

/// Reads TBX v2 (`<martif>`, TBX-Basic and the LISA vendor flavours) and TBX v3 (`<tbx>`, DCA
/// and DCT styles) into the English–Japanese glossary model.
///
/// Accepted shapes: `termEntry`/`conceptEntry`; `langSet`/`langSec` with `xml:lang` or the old
/// `lang`; terms in `tig`, `ntig`/`termGrp` or `termSec`; term notes as `<termNote type="…">`,
/// inside `termNoteGrp`, or as DCT elements (`<min:administrativeStatus>`). Languages other
/// than English and Japanese are left out and counted per tag in `skippedLanguages`; entries
/// left without any English or Japanese term are dropped and counted.
///
/// Mapping (the reverse of `TBXWriter`): `termType` gives the usage (fullForm/entryTerm →
/// preferred, acronym/abbreviation → abbreviation, shortForm → shortForm, other known types →
/// variant); `administrativeStatus` the status (preferred/admitted → approved,
/// deprecated/superseded → forbidden; `<note>yakugo-status: candidate</note>` → candidate).
/// A term with no status is approved; a term with no `termType` is preferred when it is the
/// first allowed term of its language in the entry (or has preferredTerm-admn-sts), else a variant.
///
/// Safety: see `XMLTreeReader` (no DTD, no entity substitution, no network).
public enum TBXReader {
    /// A read TBX file: the glossary and what was left out on the way.
    public struct Result: Sendable {
        public var glossary: Glossary
        public var version: TBXVersion
        public var warnings: [String]
        /// Terms of languages other than English and Japanese, per `xml:lang` value.
        public var skippedLanguages: [String: Int]
        /// Entries that had no English or Japanese term.
        public var skippedEntries: Int
    }

    public static func read(_ bytes: [UInt8], source: String) throws(FormatError) -> Result {
        let document = try XMLTreeReader.parse(bytes, source: source, format: "TBX")
        let root = document.root
        let version: TBXVersion
        switch root.localName {
        case "martif": version = .v2
        case "tbx": version = .v3
        default:
            throw .malformed(source: source, format: "TBX", line: root.line, column: nil,
                             reason: "not a TBX file: the root element is <\(root.name)>, not <martif> (TBX v2) or <tbx> (TBX v3)")
        }
        var state = ReadState(source: source)
        let header = root.elements.first { $0.localName == "martifHeader" || $0.localName == "tbxHeader" }
        let description = header?.elements.first { $0.localName == "fileDesc" }?.elements.first { $0.localName == "sourceDesc" }?.text
        state.exactWhitespace = description?.trimmingSpacesForTBX().hasPrefix(TBXFormat.ownSourceDescription) == true
        state.warnings = document.warnings
        guard let text = root.elements.first(where: { $0.localName == "text" }),
              let body = text.elements.first(where: { $0.localName == "body" }) else {
            state.warnings.append("no <text><body> in the file: no entries")
            return Result(glossary: Glossary(), version: version, warnings: state.warnings, skippedLanguages: [:], skippedEntries: 0)
        }
        var concepts: [Concept] = []
        for entry in body.elements {
            guard entry.localName == "termEntry" || entry.localName == "conceptEntry" else {
                state.warnings.append("line \(entry.line ?? 0): unknown element <\(entry.name)> in <body> skipped")
                continue
            }
            if let concept = state.concept(from: entry) { concepts.append(concept) } else { state.skippedEntries += 1 }
        }
        if !state.dropped.isEmpty {
            // One line for the file: which categories the model has no place for, and how often.
            let list = state.dropped.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
            state.warnings.append("\(source): not in Yakugo's glossary model, left out: \(list)")
        }
        return Result(glossary: Glossary(concepts: concepts), version: version, warnings: state.warnings,
                      skippedLanguages: state.skippedLanguages, skippedEntries: state.skippedEntries)
    }
}

/// One data-category item: `<descrip type="X">`, `<termNote type="X">`, `<admin type="X">`,
/// `<note>` or a DCT element `<ns:X>`, with its text.
private struct TBXItem {
    var category: String
    var text: String
    var element: XMLTreeElement
}

private struct ReadState {
    var source: String
    var warnings: [String] = []
    var skippedLanguages: [String: Int] = [:]
    var skippedEntries = 0
    /// Data categories read but not in the model (definition, partOfSpeech…), with counts.
    var dropped: [String: Int] = [:]
    /// Whether text is kept exactly (our own files) or layout whitespace is collapsed.
    var exactWhitespace = false

    init(source: String) { self.source = source }

    /// The text of an element: exact in our own files, else with layout whitespace collapsed.
    func text(_ element: XMLTreeElement) -> String {
        exactWhitespace ? element.text : element.text.collapsingLayoutWhitespace()
    }

    /// The data category an element stands for: its `type` for the generic TBX elements, else
    /// its local name (DCT style, `<basic:context>`).
    static func category(of element: XMLTreeElement) -> String {
        switch element.localName {
        case "descrip", "termNote", "admin", "transac", "transacNote", "ref", "xref", "descripNote", "adminNote":
            return element.attribute("type") ?? element.localName
        default:
            return element.localName
        }
    }

    /// Counts an item the model has no place for, so the reader can say what a file lost.
    mutating func drop(_ element: XMLTreeElement) {
        let category: String
        switch element.localName {
        case "transacGrp": category = "transaction"
        case "descripGrp", "adminGrp":
            // A group stands for its first item (a definition with its source is one definition).
            category = element.elements.first.map(Self.category(of:)) ?? element.localName
        default: category = Self.category(of: element)
        }
        dropped[category, default: 0] += 1
    }

    mutating func warn(_ element: XMLTreeElement, _ message: String) {
        warnings.append("\(source):\(element.line.map(String.init) ?? "?"): \(message)")
    }

    mutating func concept(from entry: XMLTreeElement) -> Concept? {
        var concept = Concept(id: entry.attribute("id"), terms: [])
        var contexts: [Language: [(text: String, segment: String?)]] = [:]
        var notes: [String] = []
        var originalID: String?
        for child in entry.elements {
            switch child.localName {
            case "langSet", "langSec":
                let tag = child.attribute("xml:lang") ?? child.attribute("lang") ?? ""
                guard let language = Language(tag: tag) else {
                    skippedLanguages[tag.isEmpty ? "(none)" : tag, default: 0] += termCount(in: child)
                    continue
                }
                readLanguage(child, language: language, into: &concept, contexts: &contexts)
            case "descripGrp":
                let items = items(in: child)
                if let first = items.first, !Self.entryCategories.contains(first.category) {
                    drop(child)
                    continue
                }
                for item in items { entryItem(item, concept: &concept, contexts: &contexts, notes: &notes, originalID: &originalID, group: child) }
            case "transacGrp", "adminGrp":
                drop(child)
            default:
                entryItem(TBXItem(category: Self.category(of: child), text: text(child), element: child),
                          concept: &concept, contexts: &contexts, notes: &notes, originalID: &originalID, group: nil)
            }
        }
        if let originalID { concept.id = originalID }
        if !notes.isEmpty { concept.note = notes.joined(separator: "\n") }
        let english = contexts[.english] ?? [], japanese = contexts[.japanese] ?? []
        for index in 0..<max(english.count, japanese.count) {
            let en = index < english.count ? english[index] : nil
            let ja = index < japanese.count ? japanese[index] : nil
            concept.contexts.append(TermContext(english: en?.text ?? "", japanese: ja?.text ?? "", segment: en?.segment ?? ja?.segment))
        }
        if concept.terms.isEmpty { return nil }
        return concept
    }

    private func termCount(in langSet: XMLTreeElement) -> Int {
        langSet.elements.filter { ["tig", "ntig", "termSec"].contains($0.localName) }.count
    }

    /// The items inside a group (`descripGrp`: the descrip and its admin/note siblings).
    private func items(in group: XMLTreeElement) -> [TBXItem] {
        group.elements.map { TBXItem(category: Self.category(of: $0), text: text($0), element: $0) }
    }

    private mutating func entryItem(_ item: TBXItem, concept: inout Concept, contexts: inout [Language: [(text: String, segment: String?)]],
                                    notes: inout [String], originalID: inout String?, group: XMLTreeElement?) {
        switch item.category {
        case "subjectField":
            let value = item.text.trimmingSpacesForTBX()
            if concept.domain == nil, !value.isEmpty { concept.domain = value }
        case "source":
            // In a group, `source` belongs to the group's descrip (a definition's source).
            if group == nil { concept.sources.append(item.text) }
        case "context":
            let tag = item.element.attribute("xml:lang") ?? ""
            if let language = Language(tag: tag) {
                contexts[language, default: []].append((item.text, group.flatMap(segment(in:))))
            }
        case "note":
            guard let (key, value) = TBXFormat.parseNote(item.text) else { notes.append(item.text); return }
            switch key {
            case .category:
                if let category = ConceptCategory(rawValue: value) { concept.category = category } else { warn(item.element, "unknown category \"\(value)\" ignored") }
            case .score:
                if let score = Double(value) { concept.score = score } else { warn(item.element, "score \"\(value)\" is not a number; ignored") }
            case .frequency:
                if let frequency = Int(value) { concept.frequency = frequency } else { warn(item.element, "frequency \"\(value)\" is not a whole number; ignored") }
            case .evidence: concept.evidence.append(value)
            case .id: originalID = value
            case .note: notes.append(value)
            case .status: notes.append(item.text)
            }
        default:
            drop(item.element)
        }
    }

    /// The entry-level categories the model holds (the rest are counted as dropped).
    static let entryCategories: Set<String> = ["subjectField", "source", "context", "note"]

    private func segment(in group: XMLTreeElement) -> String? {
        group.elements.first { Self.category(of: $0) == "source" }.map(text)
    }

    private mutating func readLanguage(_ langSet: XMLTreeElement, language: Language, into concept: inout Concept,
                                       contexts: inout [Language: [(text: String, segment: String?)]]) {
        struct Pending { var term: Term; var explicitUsage: Bool; var preferredStatus: Bool }
        var pending: [Pending] = []
        for child in langSet.elements {
            switch child.localName {
            case "tig", "termSec", "ntig":
                // ntig: the term and its notes sit in termGrp, the rest beside it.
                var parts = child.elements
                if child.localName == "ntig" {
                    parts = child.elements.flatMap { $0.localName == "termGrp" ? $0.elements : [$0] }
                }
                parts = parts.flatMap { $0.localName == "termNoteGrp" ? $0.elements : [$0] }
                guard let termElement = parts.first(where: { $0.localName == "term" }) else {
                    warn(child, "<\(child.name)> without <term> skipped")
                    continue
                }
                let text = exactWhitespace ? termElement.text : termElement.text.collapsingLayoutWhitespace()
                if text.trimmingSpacesForTBX().isEmpty {
                    warn(termElement, "empty <term> skipped")
                    continue
                }
                var term = Term(text, language: language, usage: .variant, status: .approved)
                var explicitUsage = false
                var preferredStatus = false
                var notes: [String] = []
                for part in parts where part.localName != "term" {
                    if part.localName == "descripGrp" {
                        let contextElements = part.elements.filter { Self.category(of: $0) == "context" }
                        if contextElements.isEmpty { drop(part) }
                        for element in contextElements {
                            contexts[language, default: []].append((self.text(element), segment(in: part)))
                        }
                        continue
                    }
                    let category = Self.category(of: part)
                    let partText = self.text(part)
                    switch category {
                    case "termType":
                        if let usage = TBXFormat.usage(forTermType: partText) {
                            term.usage = usage
                            explicitUsage = true
                        }
                    case "administrativeStatus", "normativeAuthorization":
                        if let status = TBXFormat.status(forAdministrativeStatus: partText) {
                            if term.status != .candidate { term.status = status }
                            if status == .forbidden { term.status = .forbidden }
                        }
                        preferredStatus = partText.trimmingSpacesForTBX().lowercased().hasPrefix("preferred")
                    case "context":
                        contexts[language, default: []].append((partText, nil))
                    case "note":
                        if let (key, value) = TBXFormat.parseNote(partText) {
                            switch key {
                            case .status:
                                if value == TermStatus.candidate.rawValue {
                                    if term.status != .forbidden { term.status = .candidate }
                                } else { notes.append(partText) }
                            case .note: notes.append(value)
                            default: notes.append(partText)
                            }
                        } else {
                            notes.append(partText)
                        }
                    default: drop(part)
                    }
                }
                if !notes.isEmpty { term.note = notes.joined(separator: "\n") }
                pending.append(Pending(term: term, explicitUsage: explicitUsage, preferredStatus: preferredStatus))
            default:
                drop(child)  // langSet-level definitions, transactions, notes: not in the model
            }
        }
        // Terms without a termType: preferredTerm-admn-sts, or else the first allowed term of the
        // language when none is preferred, is the preferred form; the rest are variants.
        var hasPreferred = pending.contains { $0.explicitUsage && $0.term.usage == .preferred }
            || concept.terms.contains { $0.language == language && $0.usage == .preferred }
        for index in pending.indices where !pending[index].explicitUsage && pending[index].preferredStatus && !hasPreferred {
            pending[index].term.usage = .preferred
            hasPreferred = true
        }
        for index in pending.indices where !pending[index].explicitUsage && !pending[index].preferredStatus {
            if !hasPreferred, pending[index].term.status != .forbidden {
                pending[index].term.usage = .preferred
                hasPreferred = true
            }
        }
        concept.terms += pending.map(\.term)
    }
}
