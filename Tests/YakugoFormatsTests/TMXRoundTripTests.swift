import Testing
import YakugoTestSupport
import YakugoCore
@testable import YakugoFormats

/// Random memories made of the characters that break naive TMX writers.
struct RandomMemory {
    var random: SeededGenerator
    /// How many forbidden characters the generated values hold.
    var forbidden = 0

    static let pieces: [String] = [
        "North Korea", " fired ", "a missile", "Self-Defense", "F-35B", "U.S.", "航空自衛隊", "弾道ミサイル", "を発射した", "。",
        "「了解」", "ﾐｻｲﾙ", "𠮷田", "😀", "𝐀", "&", "<", ">", "\"", "'", "&amp;", "]]>", "<![CDATA[", " ", "  ", "\t", "\n", "\r\n", "\r",
        "{1}", "\u{3000}", "\u{200B}", "\u{FEFF}", "é", "e\u{301}",
    ]
    static let forbiddenPieces: [String] = ["\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"]
    static let languages = ["en-US", "ja-JP", "en", "ja", "JA-jp", "fr-CA", "zh-Hant-TW"]

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    mutating func text(maxPieces: Int = 5) -> String {
        var out = ""
        for _ in 0..<int(1...maxPieces) {
            if int(0...9) == 0 {
                out += Self.forbiddenPieces.randomElement(using: &random)!
                forbidden += 1
            } else {
                out += Self.pieces.randomElement(using: &random)!
            }
        }
        return out
    }

    mutating func attributes(_ names: [String]) -> [InlineCode.Attribute] {
        names.filter { _ in int(0...2) > 0 }.map { InlineCode.Attribute(name: $0, value: text(maxPieces: 2)) }
    }

    mutating func code(depth: Int) -> InlineCode {
        let kind = InlineCode.Kind.allCases.filter { $0 != .sub }.randomElement(using: &random)!
        switch kind {
        case .bpt: return InlineCode(kind: .bpt, attributes: [.init(name: "i", value: String(int(1...9)))] + attributes(["x", "type"]), content: native(depth: depth))
        case .ept: return InlineCode(kind: .ept, attributes: [.init(name: "i", value: String(int(1...9)))], content: native(depth: depth))
        case .it: return InlineCode(kind: .it, attributes: [.init(name: "pos", value: int(0...1) == 0 ? "begin" : "end")] + attributes(["x", "type"]), content: native(depth: depth))
        case .ph: return InlineCode(kind: .ph, attributes: attributes(["x", "assoc", "type"]), content: native(depth: depth))
        case .ut: return InlineCode(kind: .ut, attributes: attributes(["x"]), content: native(depth: depth))
        case .hi, .sub: return InlineCode(kind: .hi, attributes: attributes(["x", "type"]), content: depth < 2 ? content(depth: depth + 1) : [.text(text())])
        }
    }

    /// Native code content: text, sometimes with a `sub` flow of translatable text.
    mutating func native(depth: Int) -> [InlineElement] {
        switch int(0...3) {
        case 0: return []
        case 1 where depth < 2:
            return [.text("<a title=\""), .code(InlineCode(kind: .sub, attributes: attributes(["type"]), content: content(depth: depth + 1))), .text("\">")]
        default: return [.text(text(maxPieces: 3))]
        }
    }

    /// Segment content that alternates text and codes, as a reader returns it.
    mutating func content(depth: Int = 0) -> [InlineElement] {
        var out: [InlineElement] = []
        var lastWasText = false
        for _ in 0..<int(0...6) {
            if !lastWasText && int(0...1) == 0 {
                out.append(.text(text()))
                lastWasText = true
            } else {
                out.append(.code(code(depth: depth)))
                lastWasText = false
            }
        }
        return out
    }

    mutating func unit(index: Int) -> TranslationUnit {
        let count = int(1...3)
        let variants = (0..<count).map { _ in
            TranslationVariant(
                language: Self.languages.randomElement(using: &random)!, content: content(),
                properties: int(0...3) == 0 ? [.init(type: "x-" + text(maxPieces: 1), value: text())] : [],
                notes: int(0...3) == 0 ? [text()] : []
            )
        }
        return TranslationUnit(
            id: "u\(index)-" + text(maxPieces: 2), variants: variants,
            properties: (0..<int(0...3)).map { _ in .init(type: ["x-yakugo-document", "x-yakugo-score", "x-yakugo-bead"].randomElement(using: &random)!, value: text()) },
            notes: int(0...2) == 0 ? [text()] : [],
            creationDate: int(0...1) == 0 ? "20261129T120000Z" : nil
        )
    }
}

/// What a unit should read back as: forbidden characters gone (checked here scalar by scalar,
/// independently of the writer's own filter), empty text parts dropped, neighbours merged.
private func expected(_ unit: TranslationUnit) -> TranslationUnit {
    func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { s in
            s.value == 0x9 || s.value == 0xA || s.value == 0xD || (s.value >= 0x20 && s.value != 0xFFFE && s.value != 0xFFFF)
        }))
    }
    func content(_ elements: [InlineElement]) -> [InlineElement] {
        var out: [InlineElement] = []
        for element in elements {
            switch element {
            case let .text(text):
                let cleaned = clean(text)
                if cleaned.isEmpty { continue }
                if case let .text(previous)? = out.last { out[out.count - 1] = .text(previous + cleaned) } else { out.append(.text(cleaned)) }
            case let .code(code):
                out.append(.code(InlineCode(kind: code.kind, attributes: code.attributes.map { .init(name: $0.name, value: clean($0.value)) }, content: content(code.content))))
            }
        }
        return out
    }
    func properties(_ list: [TranslationUnit.Property]) -> [TranslationUnit.Property] { list.map { .init(type: clean($0.type), value: clean($0.value)) } }
    return TranslationUnit(
        id: unit.id.map(clean),
        variants: unit.variants.map { TranslationVariant(language: clean($0.language), content: content($0.content), properties: properties($0.properties), notes: $0.notes.map(clean)) },
        properties: properties(unit.properties), notes: unit.notes.map(clean), creationDate: unit.creationDate
    )
}

@Suite("TMX write → read round trip")
struct TMXRoundTripTests {
    @Test(arguments: 0..<60)
    func randomMemoriesSurviveWriteThenRead(seed: UInt64) throws {
        var generator = RandomMemory(random: SeededGenerator(seed: seed))
        let units = (0..<generator.int(1...8)).map { generator.unit(index: $0) }
        let header = TranslationMemoryHeader(creationToolVersion: "0.1.0", srcLang: "en-US", creationDate: "20261129T120000Z",
                                             properties: [.init(type: "x-note", value: "a&b<c>")], notes: ["header note"])
        let (bytes, removed) = try TMXWriter.bytes(for: TranslationMemory(header: header, units: units))
        #expect(removed == generator.forbidden, "seed \(seed)")
        let reread = try TMXReader.read(bytes, source: "seed-\(seed).tmx")
        #expect(reread.memory.units == units.map(expected), "seed \(seed)")
        #expect(reread.memory.header.notes == ["header note"] && reread.memory.header.properties == header.properties)
        #expect(reread.memory.header.srcLang == "en-US" && reread.memory.version == "1.4")
    }

    @Test(arguments: 0..<40)
    func damagedFilesAreReadOrRefusedNeverCrash(seed: UInt64) throws {
        var generator = RandomMemory(random: SeededGenerator(seed: 1000 + seed))
        let memory = TranslationMemory(header: TranslationMemoryHeader(creationToolVersion: "0.1.0", creationDate: "20261129T120000Z"),
                                       units: (0..<5).map { generator.unit(index: $0) })
        var bytes = try TMXWriter.bytes(for: memory).bytes
        // Truncate, flip, delete and duplicate bytes at random places.
        for _ in 0..<generator.int(1...6) {
            let position = generator.int(0...(bytes.count - 1))
            switch generator.int(0...3) {
            case 0: bytes.removeSubrange(position...)
            case 1: bytes[position] = UInt8(generator.int(0...255))
            case 2: bytes.remove(at: position)
            default: bytes.insert(contentsOf: bytes[position..<min(bytes.count, position + 40)], at: position)
            }
            if bytes.isEmpty { bytes = [0x3C] }
        }
        do {
            let result = try TMXReader.read(bytes, source: "damaged-\(seed).tmx")
            #expect(result.memory.units.count <= 10)
        } catch {
            // A refusal must say where (a line) or why (empty, not TMX).
            let message = "\(error)"
            #expect(message.contains("damaged-\(seed).tmx"), "\(message)")
        }
    }

    @Test func writingWhatWasReadGivesTheSameBytes() throws {
        var generator = RandomMemory(random: SeededGenerator(seed: 2026))
        let memory = TranslationMemory(header: TranslationMemoryHeader(creationToolVersion: "0.1.0", creationDate: "20261129T120000Z"),
                                       units: (0..<20).map { generator.unit(index: $0) })
        let first = try TMXWriter.bytes(for: memory).bytes
        let reread = try TMXReader.read(first, source: "first.tmx").memory
        let second = try TMXWriter.bytes(for: reread)
        #expect(second.bytes == first)
        #expect(second.removedCharacters == 0)
    }
}
