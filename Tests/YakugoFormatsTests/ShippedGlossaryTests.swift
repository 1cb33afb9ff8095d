import Foundation
import Testing
import YakugoCore
import YakugoFormats

/// The curated glossary in Glossaries/ is product data: it must load cleanly, hold what the
/// product promises, and its TBX must say the same as the CSV it is generated from.
@Suite struct ShippedGlossaryTests {
    static let csvPath = SharedData.packageRoot.appendingPathComponent("Glossaries/defense-diplomacy.en-ja.csv").path
    static let tbxPath = SharedData.packageRoot.appendingPathComponent("Glossaries/defense-diplomacy.en-ja.tbx").path

    @Test func csvLoadsWithoutWarnings() throws {
        let result = try GlossaryReader.readWithReport(path: Self.csvPath)
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(result.glossary.count >= 400)
    }

    @Test func everyConceptHasBothLanguagesAndACategory() throws {
        let glossary = try GlossaryReader.read(path: Self.csvPath)
        for concept in glossary.concepts {
            #expect(concept.preferred(in: .english) != nil, "\(concept.id ?? "?") has no English")
            #expect(concept.preferred(in: .japanese) != nil, "\(concept.id ?? "?") has no Japanese")
            #expect(concept.category != nil, "\(concept.id ?? "?") has no category")
        }
    }

    @Test func forbiddenFormsNameTheirReplacement() throws {
        let glossary = try GlossaryReader.read(path: Self.csvPath)
        let forbidden = glossary.concepts.filter { !$0.forbidden(in: .japanese).isEmpty }
        #expect(forbidden.count >= 10)
        let counterstrike = forbidden.first { $0.forbidden(in: .japanese).contains { $0.text == "敵基地攻撃能力" } }
        #expect(counterstrike?.preferred(in: .japanese)?.text == "反撃能力")
        // A form forbidden in one concept is never approved in another.
        let approved = Set(glossary.concepts.flatMap { $0.allowed(in: .japanese).map(\.text) })
        for concept in forbidden {
            for term in concept.forbidden(in: .japanese) { #expect(!approved.contains(term.text), "\(term.text) is both") }
        }
    }

    @Test func issueNamedEntriesArePresent() throws {
        let glossary = try GlossaryReader.read(path: Self.csvPath)
        let japanese = Set(glossary.concepts.flatMap { $0.terms(in: .japanese).map(\.text) })
        for form in ["防衛省", "統合幕僚監部", "陸上自衛隊", "海上自衛隊", "航空自衛隊", "陸自", "海自", "空自", "国家安全保障会議",
                     "外務省", "非核化", "反撃能力", "共同声明", "首脳会談", "排他的経済水域", "首相", "外相", "防衛相", "官房長官", "国務長官"] {
            #expect(japanese.contains(form), "missing \(form)")
        }
    }

    /// The TBX is generated with `yakugo glossary convert`; a stale TBX fails here.
    @Test func tbxMatchesCSV() throws {
        let csv = try GlossaryReader.read(path: Self.csvPath)
        let tbx = try GlossaryReader.read(path: Self.tbxPath)
        #expect(tbx.count == csv.count)
        for (a, b) in zip(csv.concepts, tbx.concepts) {
            #expect(a.terms == b.terms, "\(a.id ?? "?") differs; regenerate the TBX (Glossaries/README.md)")
            #expect(a.category == b.category && a.note == b.note && a.domain == b.domain)
        }
    }
}
