import YakugoCore

/// Writes a glossary as TBX-Basic: v2 (`<martif>`, valid against TBXcoreStructV02.dtd) or v3
/// (`<tbx style="dca">`, valid against TBXcoreStructV03.rng).
///
/// Everything in the model survives a write and a read by `TBXReader` (see Docs/GLOSSARY.md):
/// statuses and usages as `administrativeStatus` and `termType` term notes (a candidate also
/// gets `<note>yakugo-status: candidate</note>`), the domain as `subjectField`, sources as
/// `<admin type="source">`, contexts as `<descripGrp><descrip type="context">` inside the first
/// term of each language (with the segment as the group's `<admin type="source">`), and
/// category, score, frequency, evidence as `<note>yakugo-…: …</note>`.
///
/// Terms are written grouped by language, languages in the order they first occur. A concept
/// without an id, or with one that is not an XML ID (`001`, `a b`) or repeats an earlier one,
/// gets `c<position>` (the original kept in `<note>yakugo-id: …</note>`).
public enum TBXWriter {
    /// The document and what had to be changed to write it.
    public struct Output: Sendable {
        public var bytes: [UInt8]
        /// Characters XML 1.0 forbids, removed from the text.
        public var removedCharacters: Int
        /// Concepts left out because they have no terms (TBX needs at least one).
        public var skippedConcepts: Int
    }

    public static func render(_ glossary: Glossary, version: TBXVersion) throws(FormatError) -> Output {
        let xml = try XMLBufferWriter()
        let v2 = version == .v2
        if v2 {
            xml.doctype("martif", system: "TBXcoreStructV02.dtd")
            xml.start("martif")
            xml.attribute("type", "TBX-Basic")
            xml.attribute("xml:lang", "en-US")
            xml.start("martifHeader")
        } else {
            xml.start("tbx")
            xml.attribute("type", "TBX-Basic")
            xml.attribute("style", "dca")
            xml.attribute("xml:lang", "en")
            xml.attribute("xmlns", TBXFormat.namespaceV3)
            xml.start("tbxHeader")
        }
        xml.start("fileDesc")
        xml.start("sourceDesc")
        xml.element("p", text: TBXFormat.ownSourceDescription + " (\(glossary.sourceLanguage.rawValue)–\(glossary.targetLanguage.rawValue))")
        xml.end()
        xml.end()
        if v2 {
            xml.start("encodingDesc")
            xml.element("p", [("type", "XCSURI")], text: "TBXBasicXCSV02.xcs")
            xml.end()
        }
        xml.end() // header
        xml.start("text")
        xml.start("body")

        let used = Set(glossary.concepts.compactMap(\.id).filter(TBXFormat.isXMLID))
        var written = Set<String>()
        var skipped = 0
        for (index, concept) in glossary.concepts.enumerated() {
            if concept.terms.isEmpty { skipped += 1; continue }
            var id: String
            var keepOriginal = false
            if let original = concept.id, TBXFormat.isXMLID(original), !written.contains(original) {
                id = original
            } else {
                keepOriginal = concept.id != nil
                id = "c\(index + 1)"
                var suffix = 1
                while used.contains(id) || written.contains(id) {
                    suffix += 1
                    id = "c\(index + 1)-\(suffix)"
                }
            }
            written.insert(id)
            writeConcept(concept, id: id, keepOriginalID: keepOriginal, v2: v2, to: xml)
        }
        xml.end() // body
        xml.end() // text
        xml.end() // root
        let bytes = try xml.finish()
        return Output(bytes: bytes, removedCharacters: xml.removedCharacterCount, skippedConcepts: skipped)
    }

    private static func writeConcept(_ concept: Concept, id: String, keepOriginalID: Bool, v2: Bool, to xml: XMLBufferWriter) {
        xml.start(v2 ? "termEntry" : "conceptEntry")
        xml.attribute("id", id)
        if let domain = concept.domain { xml.element("descrip", [("type", "subjectField")], text: domain) }
        for source in concept.sources { xml.element("admin", [("type", "source")], text: source) }
        if let note = concept.note { xml.element("note", text: note.hasPrefix(TBXFormat.notePrefix) ? TBXFormat.note(.note, note) : note) }
        if keepOriginalID, let original = concept.id { xml.element("note", text: TBXFormat.note(.id, original)) }
        if let category = concept.category { xml.element("note", text: TBXFormat.note(.category, category.rawValue)) }
        if let score = concept.score { xml.element("note", text: TBXFormat.note(.score, "\(score)")) }
        if let frequency = concept.frequency { xml.element("note", text: TBXFormat.note(.frequency, String(frequency))) }
        for evidence in concept.evidence { xml.element("note", text: TBXFormat.note(.evidence, evidence)) }

        var languages: [Language] = []
        for term in concept.terms where !languages.contains(term.language) { languages.append(term.language) }
        // Contexts of a language without terms go on the entry, marked with their language.
        for language in [Language.english, .japanese] where !languages.contains(language) {
            for context in concept.contexts { writeContext(context, language: language, marked: true, to: xml) }
        }
        for language in languages {
            xml.start(v2 ? "langSet" : "langSec")
            xml.attribute("xml:lang", language.rawValue)
            for (position, term) in concept.terms(in: language).enumerated() {
                xml.start(v2 ? "tig" : "termSec")
                xml.element("term", text: term.text)
                xml.element("termNote", [("type", "termType")], text: TBXFormat.termType(for: term.usage))
                xml.element("termNote", [("type", "administrativeStatus")], text: TBXFormat.administrativeStatus(for: term))
                if position == 0 {
                    for context in concept.contexts { writeContext(context, language: language, marked: false, to: xml) }
                }
                if term.status == .candidate { xml.element("note", text: TBXFormat.note(.status, TermStatus.candidate.rawValue)) }
                if let note = term.note { xml.element("note", text: note.hasPrefix(TBXFormat.notePrefix) ? TBXFormat.note(.note, note) : note) }
                xml.end()
            }
            xml.end()
        }
        xml.end()
    }

    private static func writeContext(_ context: TermContext, language: Language, marked: Bool, to xml: XMLBufferWriter) {
        xml.start("descripGrp")
        var attributes = [("type", "context")]
        if marked { attributes.append(("xml:lang", language.rawValue)) }
        xml.element("descrip", attributes, text: language == .english ? context.english : context.japanese)
        if let segment = context.segment { xml.element("admin", [("type", "source")], text: segment) }
        xml.end()
    }
}
