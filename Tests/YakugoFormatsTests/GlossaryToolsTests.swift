import Foundation
import Testing
import YakugoCore
@testable import YakugoFormats

@Suite("Glossary JSON, format registry, merge, lookup, statistics")
struct GlossaryToolsTests {
    static let jasdf = Concept(id: "jasdf", terms: [
        Term("Japan Air Self-Defense Force", language: .english),
        Term("JASDF", language: .english, usage: .abbreviation),
        Term("航空自衛隊", language: .japanese),
        Term("空自", language: .japanese, usage: .shortForm),
    ], category: .organization)

    static let counterstrike = Concept(terms: [
        Term("counterstrike capability", language: .english),
        Term("反撃能力", language: .japanese),
        Term("敵基地攻撃能力", language: .japanese, usage: .variant, status: .forbidden),
    ], category: .concept)

    // MARK: JSON

    @Test func jsonIsPrettySortedAndStable() throws {
        let text = try GlossaryJSON.render(Glossary(concepts: [Self.jasdf]))
        #expect(text.hasPrefix("{\n  \"concepts\" : [\n    {\n      \"category\" : \"org\",\n      \"id\" : \"jasdf\",\n      \"terms\" : ["))
        #expect(text.hasSuffix("\"source_language\" : \"en\",\n  \"target_language\" : \"ja\"\n}\n"))
        #expect(!text.contains("\"sources\"") && !text.contains("\"score\""))
        #expect(try GlossaryJSON.render(Glossary(concepts: [Self.jasdf])) == text)
    }

    @Test func jsonReadsMinimalHandWrittenInput() throws {
        let text = #"{"concepts":[{"terms":[{"text":"deterrence","language":"en"},{"text":"抑止力","language":"ja-JP","usage":"preferred"}],"category":"organization"}]}"#
        let glossary = try GlossaryJSON.read(text, source: "g.json")
        #expect(glossary.concepts == [Concept(english: "deterrence", japanese: "抑止力", category: .organization)])
    }

    @Test("bad JSON is a clear error", arguments: [
        (#"{"concepts":[{"terms":[{"language":"en"}]}]}"#, "concepts[0].terms[0]: missing field \"text\""),
        (#"{"concepts":[{"terms":[],"category":"navy"}]}"#, "unknown category \"navy\""),
        (#"{"concepts":[{"terms":[{"text":"x","language":"fr"}]}]}"#, "\"fr\" is not English or Japanese"),
        (#"{"concepts": ["#, "not valid JSON"),
    ])
    func badJSON(text: String, message: String) {
        #expect {
            _ = try GlossaryJSON.read(text, source: "g.json")
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    // MARK: Registry

    @Test func formatIsPickedByExtensionAndContent() {
        let v2 = Array("<?xml version='1.0'?>\n<!DOCTYPE martif SYSTEM \"x.dtd\">\n<!-- c -->\n<martif type=\"TBX\">".utf8)
        let v3 = Array("<?xml version=\"1.0\"?><?xml-model href=\"x\"?><tbx type=\"TBX-Basic\">".utf8)
        #expect(GlossaryFormat.detect(path: "a.tbx", bytes: v2) == .tbx)
        #expect(GlossaryFormat.detect(path: "a.tbx", bytes: v3) == .tbx3)
        #expect(GlossaryFormat.detect(path: "a.xml", bytes: v3) == .tbx3)
        #expect(GlossaryFormat.detect(path: "a.csv", bytes: Array("a\tb".utf8)) == .csv)
        #expect(GlossaryFormat.detect(path: "a.tsv", bytes: Array("a,b".utf8)) == .tsv)
        #expect(GlossaryFormat.detect(path: "a.txt", bytes: Array("# x\nJSO\t統幕".utf8)) == .tsv)
        #expect(GlossaryFormat.detect(path: "a.txt", bytes: Array("JSO,統幕".utf8)) == .csv)
        #expect(GlossaryFormat.detect(path: "glossary", bytes: Array(" {\"concepts\":[]}".utf8)) == .json)
        #expect(GlossaryFormat.detect(path: "glossary", bytes: v2) == .tbx)
        #expect(GlossaryFormat.detect(path: "glossary", bytes: Array("<html>".utf8)) == nil)
        #expect(GlossaryFormat.forPath("out/terms.JSON") == .json && GlossaryFormat.forPath("README") == nil)
    }

    @Test func everyFormatWritesAtomicallyAndReadsBackFromAFile() throws {
        let directory = NSTemporaryDirectory() + "yakugo-formats-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let glossary = Glossary(concepts: [Self.jasdf, Self.counterstrike])
        for format in GlossaryFormat.allCases {
            let path = directory + "/g-\(format.rawValue)." + format.extensions[0]
            try GlossaryWriter.write(glossary, format: format, to: path)
            let result = try GlossaryReader.readWithReport(path: path)
            #expect(result.format == format)
            var expected = glossary
            if format == .tbx || format == .tbx3 { expected.concepts[1].id = "c2" }
            #expect(result.glossary == expected, "\(format)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func writingIntoAMissingDirectoryFailsWithoutAPartialFile() {
        #expect(throws: FormatError.self) {
            try GlossaryWriter.write(Glossary(concepts: [Self.jasdf]), format: .csv, to: "/nonexistent-yakugo-dir/g.csv")
        }
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent-yakugo-dir/g.csv"))
    }

    @Test func unknownContentIsRefused() {
        #expect {
            _ = try GlossaryReader.read(Array("<html><body/></html>".utf8), source: "page")
        } throws: { error in
            "\(error)".contains("not a glossary")
        }
    }

    // MARK: Merge

    @Test func sameEnglishIgnoringCaseMergesAndUnitesForms() {
        var extracted = Concept(english: "japan air self-defense force", japanese: "航空自衛隊", status: .candidate)
        extracted.terms.append(Term("ASDF", language: .english, usage: .abbreviation, status: .candidate))
        extracted.sources = ["missile-over-japan-2022"]
        extracted.score = 0.8
        let (merged, conflicts) = GlossaryMerger.merge([("curated.csv", Glossary(concepts: [Self.jasdf])), ("extracted.json", Glossary(concepts: [extracted]))])
        #expect(merged.count == 1 && conflicts.isEmpty)
        let concept = merged.concepts[0]
        #expect(concept.terms.map(\.text) == ["Japan Air Self-Defense Force", "JASDF", "航空自衛隊", "空自", "japan air self-defense force", "ASDF"])
        // approved beats candidate for 航空自衛隊; the new forms keep their own status.
        #expect(concept.terms.first { $0.text == "航空自衛隊" }?.status == .approved)
        #expect(concept.terms.first { $0.text == "ASDF" }?.status == .candidate)
        #expect(concept.terms.first { $0.text == "japan air self-defense force" }?.usage == .variant)
        #expect(concept.sources == ["missile-over-japan-2022"] && concept.score == 0.8 && concept.id == "jasdf")
    }

    @Test func sharedEnglishAndJapaneseFormsMerge() {
        let other = Concept(terms: [Term("JASDF", language: .english), Term("空自", language: .japanese)])
        let (merged, _) = GlossaryMerger.merge([("a", Glossary(concepts: [Self.jasdf])), ("b", Glossary(concepts: [other]))])
        #expect(merged.count == 1)
    }

    @Test func differentPreferredJapaneseIsAConflict() {
        let other = Concept(english: "Japan Air Self-Defense Force", japanese: "日本航空自衛隊")
        let (merged, conflicts) = GlossaryMerger.merge([("a.csv", Glossary(concepts: [Self.jasdf])), ("b.tbx", Glossary(concepts: [other]))])
        #expect(merged.count == 1)
        #expect(merged.concepts[0].preferred(in: .japanese)?.text == "航空自衛隊")
        #expect(merged.concepts[0].terms.contains(Term("日本航空自衛隊", language: .japanese, usage: .variant)))
        #expect(conflicts.map(\.kind) == [.preferredTerm])
        #expect(conflicts[0].description.contains("航空自衛隊 (a.csv) vs 日本航空自衛隊 (b.tbx)"))
    }

    @Test func approvedInOneFileAndForbiddenInAnotherStaysForbidden() {
        let approving = Concept(terms: [Term("counterstrike capability", language: .english), Term("反撃能力", language: .japanese),
                                        Term("敵基地攻撃能力", language: .japanese, usage: .variant)])
        let (merged, conflicts) = GlossaryMerger.merge([("old.csv", Glossary(concepts: [approving])), ("new.csv", Glossary(concepts: [Self.counterstrike]))])
        #expect(merged.concepts[0].forbidden(in: .japanese).map(\.text) == ["敵基地攻撃能力"])
        #expect(conflicts.map(\.kind) == [.status])
        #expect(conflicts[0].message.contains("approved in old.csv but forbidden in new.csv"))
    }

    @Test func aFormTwoFilesTranslateDifferentlyIsAConflict() {
        // JASDF is the abbreviation of 航空自衛隊 in one file and 空軍 in the other: nothing else
        // is shared, so both concepts stay, and the conflict says so.
        let other = Concept(english: "JASDF", japanese: "空軍")
        let (merged, conflicts) = GlossaryMerger.merge([("curated.tbx", Glossary(concepts: [Self.jasdf])), ("mine.csv", Glossary(concepts: [other]))])
        #expect(merged.count == 2)
        #expect(conflicts.map(\.kind) == [.sharedForm])
        #expect(conflicts[0].description.contains("JASDF is also a form of JASDF ⇔ 空軍 (mine.csv)"))
        // Within one file an ambiguous abbreviation is no conflict.
        let twoCouncils = [Concept(terms: [Term("National Security Council", language: .english), Term("NSC", language: .english, usage: .abbreviation),
                                           Term("国家安全保障会議", language: .japanese)]),
                           Concept(terms: [Term("U.S. National Security Council", language: .english), Term("NSC", language: .english, usage: .abbreviation),
                                           Term("米国家安全保障会議", language: .japanese)])]
        #expect(GlossaryMerger.merge([("a", Glossary(concepts: twoCouncils))]).conflicts.isEmpty)
    }

    @Test func unrelatedConceptsStaySeparateAndDuplicatesInOneFileMerge() {
        let (merged, _) = GlossaryMerger.merge([("a", Glossary(concepts: [Self.jasdf, Self.counterstrike, Self.jasdf]))])
        #expect(merged.concepts == [Self.jasdf, Self.counterstrike])
    }

    // MARK: Lookup

    @Test func lookupRanksExactThenPrefixThenSubstring() {
        let ballistic = Concept(english: "ballistic missile", japanese: "弾道ミサイル")
        let icbm = Concept(english: "intercontinental ballistic missile", japanese: "大陸間弾道ミサイル")
        let missile = Concept(english: "missile", japanese: "ミサイル")
        let matches = GlossaryLookup.find("missile", in: [Glossary(concepts: [ballistic, icbm, missile])])
        #expect(matches.map { $0.concept.preferred(in: .english)!.text } == ["missile", "ballistic missile", "intercontinental ballistic missile"])
        #expect(matches.map(\.kind) == [.exact, .substring, .substring])
        let japanese = GlossaryLookup.find("弾道", in: [Glossary(concepts: [ballistic, icbm, missile])])
        #expect(japanese.map(\.kind) == [.prefix, .substring])
    }

    @Test func lookupFoldsCaseAndWidthAndFindsForbiddenForms() {
        let glossary = Glossary(concepts: [Self.jasdf, Self.counterstrike])
        #expect(GlossaryLookup.find("ｊａｓｄｆ", in: [glossary]).first?.concept.id == "jasdf")
        let forbidden = GlossaryLookup.find("敵基地攻撃能力", in: [glossary])
        #expect(forbidden.first?.kind == .exact && forbidden.first?.term.status == .forbidden)
        #expect(GlossaryLookup.find("submarine", in: [glossary]).isEmpty)
        #expect(GlossaryLookup.find("  ", in: [glossary]).isEmpty)
    }

    // MARK: Statistics

    @Test func statisticsCountLanguagesCategoriesAndStatuses() {
        let englishOnly = Concept(terms: [Term("Quad", language: .english, status: .candidate)])
        let stats = GlossaryStatistics(Glossary(concepts: [Self.jasdf, Self.counterstrike, englishOnly]))
        #expect(stats.concepts == 3 && stats.englishTerms == 4 && stats.japaneseTerms == 4)
        #expect(stats.byCategory == ["org": 1, "concept": 1, "none": 1])
        #expect(stats.byStatus == [.approved: 2, .candidate: 1])
        #expect(stats.forbiddenJapanese == 1 && stats.forbiddenEnglish == 0)
        #expect(stats.missingJapanese == 1 && stats.missingEnglish == 0)
    }
}
