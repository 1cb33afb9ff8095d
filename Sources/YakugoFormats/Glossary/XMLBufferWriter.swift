internal import CLibXML2
import FoundationEssentials

/// A thin, indenting wrapper over libxml2's xmlTextWriter writing into memory, for documents
/// that are built whole (glossaries). Text and attribute values are escaped by libxml2;
/// characters XML 1.0 forbids are removed and counted, as `TMXWriter` does, so the output is
/// always well-formed.
final class XMLBufferWriter {
    private var writer: xmlTextWriterPtr?
    private var buffer: xmlBufferPtr?
    private var failed = false
    private var names: [String: UnsafeMutablePointer<xmlChar>] = [:]
    private(set) var removedCharacterCount = 0

    init() throws(FormatError) {
        guard let buffer = xmlBufferCreate() else { throw .unwritable(path: "(memory)", reason: "libxml2 could not allocate a buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw .unwritable(path: "(memory)", reason: "libxml2 could not create a writer")
        }
        self.buffer = buffer
        self.writer = writer
        check(xmlTextWriterSetIndent(writer, 1))
        "  ".withCString { check(xmlTextWriterSetIndentString(writer, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))) }
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        if let buffer { xmlBufferFree(buffer) }
        for pointer in names.values { pointer.deallocate() }
    }

    /// `<!DOCTYPE root SYSTEM "system">` on one line (xmlTextWriterWriteDTD breaks it in two
    /// when indenting). Names come from the caller's constants, never from data.
    func doctype(_ root: String, system: String) {
        guard let writer else { return }
        "<!DOCTYPE \(root) SYSTEM \"\(system)\">\n".withCString { pointer in
            check(xmlTextWriterWriteRaw(writer, UnsafeRawPointer(pointer).assumingMemoryBound(to: xmlChar.self)))
        }
    }

    func start(_ name: String) {
        guard let writer else { return }
        check(xmlTextWriterStartElement(writer, xml(name)))
    }

    func end() {
        guard let writer else { return }
        check(xmlTextWriterEndElement(writer))
    }

    func attribute(_ name: String, _ value: String) {
        guard let writer else { return }
        clean(value).withCString { pointer in
            check(xmlTextWriterWriteAttribute(writer, xml(name), UnsafeRawPointer(pointer).assumingMemoryBound(to: xmlChar.self)))
        }
    }

    func text(_ value: String) {
        guard let writer else { return }
        let value = clean(value)
        if value.isEmpty { return }
        value.withCString { pointer in
            check(xmlTextWriterWriteString(writer, UnsafeRawPointer(pointer).assumingMemoryBound(to: xmlChar.self)))
        }
    }

    /// `<name attributes…>text</name>` on one line.
    func element(_ name: String, _ attributes: [(String, String)] = [], text value: String) {
        start(name)
        for (key, attributeValue) in attributes { attribute(key, attributeValue) }
        text(value)
        end()
    }

    /// Closes every open element and the document and returns its bytes.
    func finish() throws(FormatError) -> [UInt8] {
        guard let writer, let buffer else { throw .unwritable(path: "(memory)", reason: "the writer was already finished") }
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        if failed { throw .unwritable(path: "(memory)", reason: "libxml2 could not write the document") }
        xmlFreeTextWriter(writer)
        self.writer = nil
        var bytes: [UInt8] = []
        let count = Int(xmlBufferLength(buffer))
        if count > 0, let content = xmlBufferContent(buffer) { bytes = Array(UnsafeBufferPointer(start: content, count: count)) }
        xmlBufferFree(buffer)
        self.buffer = nil
        return bytes
    }

    private func clean(_ value: String) -> String {
        let (text, removed) = TMXFormat.removingForbiddenCharacters(value)
        removedCharacterCount += removed
        return text
    }

    private func xml(_ name: String) -> UnsafePointer<xmlChar> {
        if let cached = names[name] { return UnsafePointer(cached) }
        let utf8 = Array(name.utf8) + [0]
        let pointer = UnsafeMutablePointer<xmlChar>.allocate(capacity: utf8.count)
        pointer.initialize(from: utf8, count: utf8.count)
        names[name] = pointer
        return UnsafePointer(pointer)
    }

    private func check(_ result: Int32) {
        if result < 0 { failed = true }
    }
}
