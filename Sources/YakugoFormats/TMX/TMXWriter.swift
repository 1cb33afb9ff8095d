internal import CLibXML2
import FoundationEssentials
import YakugoCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes TMX 1.4b unit by unit with libxml2's xmlTextWriter, so memory stays flat at any size.
///
/// The output always is well-formed XML, and validates against `tmx14.dtd` when the units'
/// inline codes follow it.
///
/// Characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF) are
/// removed wherever they occur and counted in `removedCharacterCount`, so a caller can warn
/// instead of producing a file no XML tool can open. File output goes to a temporary file
/// beside the target and is renamed over it by `finish()` (`OutputTarget`): a failed or
/// abandoned write never leaves a half-written memory under the target name.
public final class TMXWriter {
    /// How many forbidden characters were removed so far.
    public private(set) var removedCharacterCount = 0
    /// How many units were written so far.
    public private(set) var unitCount = 0
    /// The document, for a writer made with `init(header:)`, once `finish()` has run.
    public private(set) var bytes: [UInt8] = []

    private var writer: xmlTextWriterPtr?
    private var buffer: xmlBufferPtr?
    private var file: UnsafeMutablePointer<FILE>?
    private var destination: OutputTarget?
    private var failed = false
    private var finished = false

    /// A writer whose output is kept in memory (`bytes` after `finish()`).
    public init(header: TranslationMemoryHeader) throws(FormatError) {
        guard let buffer = xmlBufferCreate() else { throw .unwritable(path: "(memory)", reason: "libxml2 could not allocate a buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw .unwritable(path: "(memory)", reason: "libxml2 could not create a writer")
        }
        self.buffer = buffer
        self.writer = writer
        try start(header)
    }

    /// A writer that streams into a temporary file beside `path`; `finish()` renames it to `path`.
    public init(path: String, header: TranslationMemoryHeader) throws(FormatError) {
        let destination = try OutputTarget.open(path)
        guard let file = fdopen(destination.descriptor, "wb") else {
            close(destination.descriptor)
            destination.abandon()
            throw .unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        guard let output = xmlOutputBufferCreateFile(file, nil), let writer = xmlNewTextWriter(output) else {
            fclose(file)
            destination.abandon()
            throw .unwritable(path: path, reason: "libxml2 could not create a writer")
        }
        self.file = file
        self.destination = destination
        self.writer = writer
        do throws(FormatError) {
            try start(header)
        } catch {
            abandon()
            throw error
        }
    }

    deinit {
        if !finished { abandon() }
        for pointer in names.values { pointer.deallocate() }
    }

    /// The whole memory as TMX bytes, with the number of forbidden characters removed.
    public static func bytes(for memory: TranslationMemory) throws(FormatError) -> (bytes: [UInt8], removedCharacters: Int) {
        let writer = try TMXWriter(header: memory.header)
        for unit in memory.units { try writer.write(unit) }
        try writer.finish()
        return (writer.bytes, writer.removedCharacterCount)
    }

    /// Writes the whole memory to `path` atomically; returns the number of forbidden characters removed.
    @discardableResult
    public static func write(_ memory: TranslationMemory, to path: String) throws(FormatError) -> Int {
        let writer = try TMXWriter(path: path, header: memory.header)
        for unit in memory.units { try writer.write(unit) }
        try writer.finish()
        return writer.removedCharacterCount
    }

    // MARK: Writing

    /// Appends one `<tu>`. A unit without an id gets its 1-based position as `tuid`.
    public func write(_ unit: TranslationUnit) throws(FormatError) {
        guard !finished, writer != nil else { throw .unrepresentable(format: "TMX", reason: "the writer is already finished") }
        guard !unit.variants.isEmpty else {
            throw .unrepresentable(format: "TMX", reason: "unit \(unit.id ?? String(unitCount + 1)) has no variant; TMX requires at least one <tuv>")
        }
        for variant in unit.variants where TMXFormat.removingForbiddenCharacters(variant.language).text.isEmpty {
            throw .unrepresentable(format: "TMX", reason: "unit \(unit.id ?? String(unitCount + 1)) has a variant without a language tag")
        }
        // Validate inline attribute names before writing anything, so a refused unit leaves no
        // half-written <tu> behind in the stream.
        for variant in unit.variants { try checkNames(variant.content, depth: 0) }
        unitCount += 1
        raw("\n    ")
        startElement("tu")
        attribute("tuid", unit.id ?? String(unitCount))
        if let date = unit.creationDate { attribute("creationdate", date) }
        writeNotesAndProperties(notes: unit.notes, properties: unit.properties, indent: "\n      ")
        for variant in unit.variants {
            raw("\n      ")
            startElement("tuv")
            attribute("xml:lang", variant.language)
            writeNotesAndProperties(notes: variant.notes, properties: variant.properties, indent: "\n        ")
            raw("\n        ")
            startElement("seg")
            writeContent(variant.content)
            endElement()
            raw("\n      ")
            endElement()
        }
        raw("\n    ")
        endElement()
        if failed { throw failure() }
    }

    /// Closes the document; for file output, flushes and renames the temporary file to the target.
    public func finish() throws(FormatError) {
        guard !finished, let writer else { return }
        raw("\n  ")
        endElement() // body
        raw("\n")
        endElement() // tmx
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        if failed {
            let error = failure()
            abandon()
            throw error
        }
        xmlFreeTextWriter(writer)
        self.writer = nil
        finished = true
        if let buffer {
            let count = Int(xmlBufferLength(buffer))
            if count > 0, let content = xmlBufferContent(buffer) {
                bytes = Array(UnsafeBufferPointer(start: content, count: count))
            }
            xmlBufferFree(buffer)
            self.buffer = nil
        }
        if let file, let destination {
            self.file = nil
            let flushed = fflush(file) == 0 && ferror(file) == 0
            let reason = String(cString: strerror(errno))
            if fclose(file) != 0 || !flushed {
                destination.abandon()
                throw .unwritable(path: destination.name, reason: flushed ? String(cString: strerror(errno)) : reason)
            }
            try destination.commit()
        }
    }

    private func start(_ header: TranslationMemoryHeader) throws(FormatError) {
        guard let writer else { return }
        if let segType = header.segType, !TMXFormat.segmentTypes.contains(segType) {
            throw .unrepresentable(format: "TMX", reason: "segtype \"\(segType)\" is not one of block, paragraph, sentence, phrase")
        }
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
        check(xmlTextWriterWriteDTD(writer, xml("tmx"), nil, xml("tmx14.dtd"), nil))
        raw("\n")
        startElement("tmx")
        attribute("version", "1.4")
        raw("\n  ")
        startElement("header")
        let adminLang = header.adminLang ?? "en-US"
        // Every attribute tmx14.dtd requires is always present, with a default when the caller
        // left it out (the defaults are listed in Docs/TMX.md).
        attribute("creationtool", header.creationTool ?? "Yakugo")
        attribute("creationtoolversion", header.creationToolVersion ?? "unknown")
        attribute("datatype", header.dataType ?? "plaintext")
        attribute("segtype", header.segType ?? "sentence")
        attribute("adminlang", adminLang)
        attribute("srclang", header.srcLang ?? adminLang)
        attribute("o-tmf", header.oTmf ?? "Yakugo")
        attribute("creationdate", header.creationDate ?? TMXFormat.now())
        writeNotesAndProperties(notes: header.notes, properties: header.properties, indent: "\n    ")
        if !header.notes.isEmpty || !header.properties.isEmpty { raw("\n  ") }
        endElement()
        raw("\n  ")
        startElement("body")
        if failed { throw failure() }
    }

    private func writeNotesAndProperties(notes: [String], properties: [TranslationUnit.Property], indent: String) {
        for note in notes {
            raw(indent)
            startElement("note")
            text(note)
            endElement()
        }
        for property in properties {
            raw(indent)
            startElement("prop")
            attribute("type", property.type)
            text(property.value)
            endElement()
        }
    }

    private func writeContent(_ content: [InlineElement]) {
        for element in content {
            switch element {
            case let .text(value): text(value)
            case let .code(code):
                startElement(code.kind.rawValue)
                for attribute in code.attributes { self.attribute(attribute.name, attribute.value) }
                writeContent(code.content)
                endElement()
            }
        }
    }

    /// Inline codes deeper than this are refused: libxml2 (like most parsers) rejects documents
    /// nested beyond 256 elements, and a `<seg>` already sits 5 levels down.
    static let maximumCodeDepth = 200

    private func checkNames(_ content: [InlineElement], depth: Int) throws(FormatError) {
        if depth >= Self.maximumCodeDepth, content.contains(where: { if case .code = $0 { return true } else { return false } }) {
            throw .unrepresentable(format: "TMX", reason: "inline codes nested more than \(Self.maximumCodeDepth) levels deep")
        }
        for case let .code(code) in content {
            for attribute in code.attributes where !TMXFormat.isXMLName(attribute.name) || attribute.name.hasPrefix("xmlns") {
                throw .unrepresentable(format: "TMX", reason: "attribute name \"\(attribute.name)\" on <\(code.kind.rawValue)> is not an XML attribute name")
            }
            try checkNames(code.content, depth: depth + 1)
        }
    }

    // MARK: libxml2 calls

    private func clean(_ value: String) -> String {
        let (text, removed) = TMXFormat.removingForbiddenCharacters(value)
        removedCharacterCount += removed
        return text
    }

    private func startElement(_ name: String) {
        guard let writer else { return }
        check(xmlTextWriterStartElement(writer, xml(name)))
    }

    private func endElement() {
        guard let writer else { return }
        check(xmlTextWriterEndElement(writer))
    }

    private func attribute(_ name: String, _ value: String) {
        guard let writer else { return }
        let value = clean(value)
        value.withCString { pointer in
            check(xmlTextWriterWriteAttribute(writer, xml(name), UnsafeRawPointer(pointer).assumingMemoryBound(to: xmlChar.self)))
        }
    }

    /// Character data; xmlTextWriter escapes `& < >` and writes CR as `&#13;`, so a CR in a
    /// segment survives the parser's line-end normalization.
    private func text(_ value: String) {
        guard let writer else { return }
        let value = clean(value)
        if value.isEmpty { return }
        value.withCString { pointer in
            check(xmlTextWriterWriteString(writer, UnsafeRawPointer(pointer).assumingMemoryBound(to: xmlChar.self)))
        }
    }

    /// Layout whitespace between elements; never called inside `<seg>`, where it would be text.
    private func raw(_ value: String) {
        guard let writer else { return }
        value.withCString { pointer in
            check(xmlTextWriterWriteRaw(writer, UnsafeRawPointer(pointer).assumingMemoryBound(to: xmlChar.self)))
        }
    }

    private func xml(_ name: String) -> UnsafePointer<xmlChar> {
        // Element and attribute names come from a fixed set or were checked by `checkNames`;
        // interning them in libxml2's dictionary would need a context, so keep a NUL-terminated
        // copy alive for the writer's lifetime instead.
        if let cached = names[name] { return UnsafePointer(cached) }
        let utf8 = Array(name.utf8) + [0]
        let pointer = UnsafeMutablePointer<xmlChar>.allocate(capacity: utf8.count)
        pointer.initialize(from: utf8, count: utf8.count)
        names[name] = pointer
        return UnsafePointer(pointer)
    }

    private var names: [String: UnsafeMutablePointer<xmlChar>] = [:]

    private func check(_ result: Int32) {
        if result < 0 { failed = true }
    }

    private func failure() -> FormatError {
        let reason = errno != 0 ? String(cString: strerror(errno)) : "libxml2 could not write"
        return .unwritable(path: destination?.name ?? "(memory)", reason: reason)
    }

    /// Drops everything written so far: frees libxml2's objects and removes the temporary file.
    private func abandon() {
        if let writer { xmlFreeTextWriter(writer) }
        writer = nil
        if let buffer { xmlBufferFree(buffer) }
        buffer = nil
        if let file { fclose(file) }
        file = nil
        destination?.abandon()
        destination = nil
        finished = true
    }
}
