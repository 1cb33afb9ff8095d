import Foundation
import Testing
import YakugoCore
import YakugoTestSupport
@testable import YakugoFormats

/// Random glossaries for round-trip properties, replayable from their seed.
///
/// `rich: false` gives only what the CSV columns can carry (one status per row besides
/// forbidden variants, no term notes, at most one context without segment, scores with three
/// decimals, terms in the reader's order); `rich: true` adds everything TBX and JSON carry.
struct RandomGlossary {
    var random: SeededGenerator

    static let english = ["Japan Air Self-Defense Force", "counterstrike capability", "ballistic missile", "EEZ", "Senkaku Islands",
                          "Joint Staff, Office", "\"Quad\" summit", "R&D <budget>", "U.S.-Japan alliance", "Ministry of Defense",
                          "F-35A", "Yoon Suk-yeol", "#1 priority", "deterrence", "rock 'n' roll", "a  double  space"]
    static let japanese = ["航空自衛隊", "反撃能力", "弾道ミサイル", "排他的経済水域", "尖閣諸島", "統合幕僚監部", "日米豪印（クアッド）",
                           "研究開発「予算」", "日米同盟", "防衛省", "Ｆ３５Ａ", "尹錫悦", "𠮷野家", "抑止力", "空自", "敵基地攻撃能力"]
    static let notes = ["Official name since 2022.", "Used in NHK, Kyodo; not in Jiji.", "Two lines:\nsecond line", "He said \"no\", twice.",
                        "yakugo-looks-like-ours: but is a note", "記事中の初出は正式名称。"]

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
    mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }

    mutating func glossary(rich: Bool, concepts count: Int? = nil) -> Glossary {
        let n = count ?? int(0...6)
        var concepts: [Concept] = []
        for index in 0..<n { concepts.append(concept(index, rich: rich, previousID: concepts.last?.id)) }
        return Glossary(concepts: concepts)
    }

    mutating func concept(_ index: Int, rich: Bool, previousID: String?) -> Concept {
        var serial = 0
        func text(_ language: Language) -> String {
            serial += 1
            return (language == .english ? pick(Self.english) : pick(Self.japanese)) + " \(index)-\(serial)"
        }
        let status = pick(TermStatus.allCases)
        var terms: [Term] = []
        var hasEnglish = chance(85)
        let hasJapanese = chance(85) || !hasEnglish
        if !hasJapanese { hasEnglish = true }
        for language in [Language.english, .japanese] where language == .english ? hasEnglish : hasJapanese {
            func termStatus(_ random: inout RandomGlossary) -> TermStatus { rich && random.chance(30) ? random.pick(TermStatus.allCases) : status }
            terms.append(Term(text(language), language: language, usage: .preferred, status: termStatus(&self)))
            if status != .forbidden || rich {
                for _ in 0..<int(0...2) { terms.append(Term(text(language), language: language, usage: .variant, status: termStatus(&self))) }
            }
            let short: TermUsage = language == .english ? .abbreviation : .shortForm
            for _ in 0..<int(0...2) {
                let usage = rich && chance(30) ? pick([TermUsage.abbreviation, .shortForm]) : short
                terms.append(Term(text(language), language: language, usage: usage, status: termStatus(&self)))
            }
            for _ in 0..<int(0...2) { terms.append(Term(text(language), language: language, usage: .variant, status: .forbidden)) }
        }
        if rich {
            for position in terms.indices where chance(20) { terms[position].note = pick(Self.notes) }
        }
        var concept = Concept(terms: terms)
        switch int(0...9) {
        case 0: concept.id = previousID ?? "dup"
        case 1: concept.id = "00\(index)"
        case 2: concept.id = "id with space \(index)"
        default: concept.id = "concept-\(index)"
        }
        if chance(70) { concept.category = pick(ConceptCategory.allCases) }
        if chance(50) { concept.domain = pick(["defense", "diplomacy", "security policy"]) }
        if chance(40) { concept.note = pick(Self.notes) }
        if chance(50) { concept.score = Double(int(0...1000)) / 1000 }
        if chance(40) { concept.frequency = int(0...500) }
        for _ in 0..<int(0...2) { concept.sources.append(pick(["icbm-eez-hokkaido-2022", "missile-over-japan-2022.en.txt", "NHK, 2022-10-04"])) }
        concept.sources = concept.sources.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        for _ in 0..<int(0...2) { concept.evidence.append(pick(["dice", "edict", "transliteration"])) }
        concept.evidence = concept.evidence.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        let contexts = rich ? int(0...3) : int(0...1)
        for _ in 0..<contexts {
            concept.contexts.append(TermContext(english: "North Korea fired a \(pick(Self.english)).", japanese: "北朝鮮が\(pick(Self.japanese))を発射した。",
                                                segment: rich && chance(50) ? "missile-over-japan-2022#\(int(1...40))" : nil))
        }
        return concept
    }
}

@Suite("Glossary round trips")
struct GlossaryRoundTripTests {
    @Test(arguments: [GlossaryFormat.csv, .tsv])
    func csvAndTSVRoundTripGeneratedGlossaries(format: GlossaryFormat) throws {
        var generator = RandomGlossary(random: SeededGenerator(seed: 20261129))
        for iteration in 0..<200 {
            let glossary = generator.glossary(rich: false)
            let output = try GlossaryWriter.render(glossary, format: format)
            #expect(output.warnings.isEmpty, "iteration \(iteration): \(output.warnings)")
            let read = try GlossaryReader.read(output.bytes, source: "generated.\(format.rawValue)").glossary
            #expect(read == glossary, "iteration \(iteration):\n\(output.text)")
            if read != glossary { return }
        }
    }

    @Test(arguments: [GlossaryFormat.tbx, .tbx3, .json])
    func richFormatsRoundTripEverything(format: GlossaryFormat) throws {
        var generator = RandomGlossary(random: SeededGenerator(seed: 7))
        for iteration in 0..<150 {
            let glossary = generator.glossary(rich: true, concepts: generator.int(1...6))
            let output = try GlossaryWriter.render(glossary, format: format)
            #expect(output.warnings.isEmpty, "iteration \(iteration): \(output.warnings)")
            let result = try GlossaryReader.read(output.bytes, source: "generated", format: nil)
            #expect(result.format == format)
            #expect(result.glossary == glossary, "iteration \(iteration):\n\(output.text)")
            if result.glossary != glossary { return }
        }
    }

    @Test(arguments: [GlossaryFormat.tbx, .tbx3])
    func tbxAssignsPositionIDsToConceptsWithout(format: GlossaryFormat) throws {
        let glossary = Glossary(concepts: [Concept(english: "deterrence", japanese: "抑止力"), Concept(english: "alliance", japanese: "同盟")])
        let read = try GlossaryReader.read(try GlossaryWriter.render(glossary, format: format).bytes, source: "t.tbx").glossary
        #expect(read.concepts.map(\.id) == ["c1", "c2"])
    }

    /// A bell (U+0007) or DEL pasted into a JSON glossary: every format must write a file that
    /// reads back; CSV, TSV and TBX drop such characters and say how many, JSON escapes them.
    @Test(arguments: GlossaryFormat.allCases)
    func controlCharactersNeverMakeAnUnreadableFile(format: GlossaryFormat) throws {
        var concept = Concept(terms: [Term("bad\u{07}bell", language: .english), Term("ベル\u{7F}", language: .japanese)])
        concept.note = "form\u{0C}feed and tab\tkept"
        let glossary = Glossary(concepts: [concept])
        let output = try GlossaryWriter.render(glossary, format: format)
        let read = try GlossaryReader.read(output.bytes, source: "t." + format.extensions[0]).glossary
        if format == .json {
            #expect(read == glossary)
            #expect(output.warnings.isEmpty)
        } else if format == .csv || format == .tsv {
            #expect(read.concepts.first?.terms.map(\.text) == ["badbell", "ベル"])
            #expect(output.warnings.contains("3 × control characters removed (a reader would take the file for a binary one)"))
        } else {
            // XML forbids the bell but allows DEL.
            #expect(read.concepts.first?.terms.map(\.text) == ["badbell", "ベル\u{7F}"])
            #expect(output.warnings == ["2 × characters XML does not allow removed"])
        }
    }

    @Test func csvToTBXToCSVKeepsTheCSV() throws {
        var generator = RandomGlossary(random: SeededGenerator(seed: 99))
        let glossary = generator.glossary(rich: false, concepts: 12)
        let csv = try GlossaryWriter.render(glossary, format: .csv).text
        let tbx = try GlossaryWriter.render(glossary, format: .tbx)
        let back = try GlossaryReader.read(tbx.bytes, source: "x.tbx").glossary
        #expect(try GlossaryWriter.render(back, format: .csv).text == csv)
    }
}

@Suite("Glossary readers on damaged input")
struct GlossaryDamagedInputTests {
    /// Truncated, byte-flipped and spliced versions of valid files are read or refused with a
    /// FormatError; they never crash or hang.
    @Test(arguments: GlossaryFormat.allCases)
    func damagedFilesAreReadOrRefused(format: GlossaryFormat) throws {
        var generator = RandomGlossary(random: SeededGenerator(seed: 41))
        let valid = try GlossaryWriter.render(generator.glossary(rich: true, concepts: 4), format: format).bytes
        var refused = 0
        for _ in 0..<300 {
            var bytes = valid
            switch generator.int(0...2) {
            case 0: bytes = Array(bytes.prefix(generator.int(0...bytes.count)))
            case 1:
                for _ in 0..<generator.int(1...8) where !bytes.isEmpty {
                    bytes[generator.int(0...(bytes.count - 1))] = UInt8(truncatingIfNeeded: generator.int(0...255))
                }
            default:
                let cut = generator.int(0...bytes.count)
                bytes.insert(contentsOf: Array("\"<&|⇔\t\n#".utf8).prefix(generator.int(1...10)), at: cut)
            }
            do {
                _ = try GlossaryReader.read(bytes, source: "damaged", path: "damaged." + format.extensions[0])
            } catch {
                refused += 1
                #expect(!"\(error)".isEmpty)
            }
        }
        print("damaged \(format.rawValue): \(refused) of 300 refused")
    }
}
