import Foundation
import Testing
import YakugoCore
import YakugoTestSupport
@testable import YakugoFormats

/// TBX samples and schemas in ../shared/data (see `SharedData`).
enum SharedTBX {
    static let v2Samples = SharedData.root.appendingPathComponent("tmx_tbx_samples/tbx/v2_lisa_vendor_samples")
    static let v3Samples = SharedData.root.appendingPathComponent("tmx_tbx_samples/tbx/v3_ltac")
    static let v2DTD = SharedData.root.appendingPathComponent("xml_schemas/tbx_v2/TBXcoreStructV02.dtd")
    static let v3RNG = SharedData.root.appendingPathComponent("xml_schemas/tbx_v3/TBXcoreStructV03.rng")

    static var available: Bool {
        [v2Samples, v3Samples, v2DTD, v3RNG].allSatisfy { FileManager.default.fileExists(atPath: $0.path) }
    }

    static func files(in directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted().map { directory.appendingPathComponent($0).path }
    }

    static func skipMessage(_ test: String, needsXmllint: Bool) -> String? {
        if !available { return "\(test): skipped, \(SharedData.root.path) (TBX samples and schemas) is absent" }
        if needsXmllint, SharedData.xmllint == nil { return "\(test): skipped, xmllint is not installed (Debian package libxml2-utils)" }
        return nil
    }

    /// xmllint's verdict on a file: --dtdvalid for v2, --relaxng for v3.
    static func validate(_ path: String, version: TBXVersion) throws -> SharedData.ProcessResult? {
        guard let xmllint = SharedData.xmllint else { return nil }
        let schema = version == .v2 ? ["--dtdvalid", v2DTD.path] : ["--relaxng", v3RNG.path]
        return try SharedData.run(xmllint, ["--noout", "--nonet"] + schema + [path])
    }
}

@Suite("Glossary TBX v2 and v3")
struct GlossaryTBXTests {
    static let example: Glossary = {
        var jasdf = Concept(id: "jasdf", terms: [
            Term("Japan Air Self-Defense Force", language: .english),
            Term("JASDF", language: .english, usage: .abbreviation),
            Term("航空自衛隊", language: .japanese),
            Term("空自", language: .japanese, usage: .shortForm, status: .candidate, note: "used in headlines"),
        ], category: .organization, domain: "defense", note: "Air arm of the Self-Defense Forces.", score: 0.875, frequency: 12,
           sources: ["missile-over-japan-2022"], contexts: [TermContext(english: "The JASDF scrambled F-15s.", japanese: "空自はF15を緊急発進させた。", segment: "missile-over-japan-2022#4")],
           evidence: ["dice", "edict"])
        jasdf.note = "Air arm of the Self-Defense Forces & <its> \"units\"."
        let counterstrike = Concept(id: "counterstrike-capability", terms: [
            Term("counterstrike capability", language: .english),
            Term("反撃能力", language: .japanese),
            Term("敵基地攻撃能力", language: .japanese, usage: .variant, status: .forbidden, note: "replaced in the 2022 National Security Strategy"),
        ], category: .concept, domain: "defense")
        let quadOnlyEnglish = Concept(id: "001", terms: [Term("Quad", language: .english, status: .candidate)],
                                      contexts: [TermContext(english: "Quad leaders met.", japanese: "クアッド首脳が会談した。")])
        return Glossary(concepts: [jasdf, counterstrike, quadOnlyEnglish])
    }()

    @Test(arguments: [TBXVersion.v2, .v3])
    func exampleRoundTrips(version: TBXVersion) throws {
        let output = try TBXWriter.render(Self.example, version: version)
        let result = try TBXReader.read(output.bytes, source: "example.tbx")
        #expect(result.version == version)
        #expect(result.glossary == Self.example)
        #expect(result.warnings.isEmpty && result.skippedLanguages.isEmpty)
    }

    @Test func statusesMapToAdministrativeStatus() throws {
        let text = try GlossaryWriter.render(Self.example, format: .tbx).text
        #expect(text.contains("<term>Japan Air Self-Defense Force</term>\n            <termNote type=\"termType\">fullForm</termNote>\n            <termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>"))
        #expect(text.contains("<term>JASDF</term>\n            <termNote type=\"termType\">abbreviation</termNote>\n            <termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>"))
        #expect(text.contains("<term>敵基地攻撃能力</term>\n            <termNote type=\"termType\">variant</termNote>\n            <termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"))
        #expect(text.contains("<note>yakugo-status: candidate</note>"))
        #expect(text.contains("<termEntry id=\"c3\">") && text.contains("<note>yakugo-id: 001</note>"))
        #expect(text.contains("<descrip type=\"subjectField\">defense</descrip>"))
        #expect(text.contains("<descripGrp>\n              <descrip type=\"context\">The JASDF scrambled F-15s.</descrip>\n              <admin type=\"source\">missile-over-japan-2022#4</admin>"))
        #expect(text.contains("<descrip type=\"context\" xml:lang=\"ja\">クアッド首脳が会談した。</descrip>"))
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">\n<martif type=\"TBX-Basic\" xml:lang=\"en-US\">"))
        let v3 = try GlossaryWriter.render(Self.example, format: .tbx3).text
        #expect(v3.contains("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"))
        #expect(v3.contains("<conceptEntry id=\"jasdf\">") && v3.contains("<langSec xml:lang=\"ja\">") && v3.contains("<termSec>"))
    }

    @Test(arguments: [TBXVersion.v2, .v3])
    func ourOutputValidates(version: TBXVersion) throws {
        if let message = SharedTBX.skipMessage("ourOutputValidates(\(version))", needsXmllint: true) { print(message); return }
        var generator = RandomGlossary(random: SeededGenerator(seed: 3))
        var glossary = Self.example
        glossary.concepts += generator.glossary(rich: true, concepts: 25).concepts
        let path = NSTemporaryDirectory() + "yakugo-tbx-\(UUID().uuidString).tbx"
        try GlossaryWriter.write(glossary, format: version == .v2 ? .tbx : .tbx3, to: path)
        let result = try #require(try SharedTBX.validate(path, version: version))
        #expect(result.status == 0, "xmllint: \(result.stderr)")
    }

    @Test func everySampleWrittenBackAsV2AndV3Validates() throws {
        if let message = SharedTBX.skipMessage("everySampleWrittenBackAsV2AndV3Validates", needsXmllint: true) { print(message); return }
        let directory = NSTemporaryDirectory() + "yakugo-tbx-rewrite-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for path in SharedTBX.files(in: SharedTBX.v2Samples) + SharedTBX.files(in: SharedTBX.v3Samples) {
            let name = URL(fileURLWithPath: path).lastPathComponent
            let glossary = try GlossaryReader.read(path: path)
            for version in TBXVersion.allCases {
                let output = directory + "/\(version)-" + name
                try GlossaryWriter.write(glossary, format: version == .v2 ? .tbx : .tbx3, to: output)
                let result = try #require(try SharedTBX.validate(output, version: version))
                #expect(result.status == 0, "\(name) as \(version): \(result.stderr)")
                #expect(try GlossaryReader.read(path: output) == glossary, "\(name) as \(version)")
            }
        }
    }

    @Test func everySampleReadsWithoutCrashing() throws {
        if let message = SharedTBX.skipMessage("everySampleReadsWithoutCrashing", needsXmllint: false) { print(message); return }
        let files = SharedTBX.files(in: SharedTBX.v2Samples) + SharedTBX.files(in: SharedTBX.v3Samples)
        #expect(files.count == 10)
        for path in files {
            let name = URL(fileURLWithPath: path).lastPathComponent
            let result = try GlossaryReader.readWithReport(path: path)
            #expect(result.format == (path.contains("v3_ltac") ? .tbx3 : .tbx), "\(name)")
            #expect(result.glossary.count > 0, "\(name)")
            #expect(!result.skippedLanguages.isEmpty, "\(name): every sample has terms in other languages")
            #expect(result.glossary.concepts.allSatisfy { !$0.terms.isEmpty && $0.terms.allSatisfy { !$0.text.isEmpty } }, "\(name)")
            print("TBX sample \(name): \(result.glossary.count) concepts, skipped \(result.skippedLanguages), \(result.warnings.count) warnings")
        }
    }

    @Test func sampleDetailsAreReadAsWritten() throws {
        if let message = SharedTBX.skipMessage("sampleDetailsAreReadAsWritten", needsXmllint: false) { print(message); return }
        func read(_ directory: URL, _ name: String) throws -> TBXReader.Result {
            try TBXReader.read(try FileIO.readBytes(directory.appendingPathComponent(name).path), source: name)
        }
        // windows-1254, decoded by libxml2 from the XML declaration.
        let turkish = try read(SharedTBX.v2Samples, "okapi_test02_win1254.tbx")
        #expect(turkish.glossary.concepts.first?.terms.first?.text == "term with: éá and İı")
        #expect(turkish.skippedLanguages == ["tr": 1])
        // ntig/termGrp with entryTerm and synonyms.
        let maryland = try read(SharedTBX.v2Samples, "okapi_maryland.tbx")
        #expect(maryland.glossary.count == 1)
        #expect(maryland.skippedLanguages == ["es": 4, "fr": 3, "it": 4])
        // DCA and DCT styles carry the same content.
        let dca = try read(SharedTBX.v3Samples, "Example_Astronomy_DCA_VALID.tbx")
        let dct = try read(SharedTBX.v3Samples, "Example_Astronomy_DCT_VALID.tbx")
        #expect(dca.glossary.count == 39 && dct.glossary.count == 39 && dca.skippedEntries == 6)
        let openCluster = try #require(dct.glossary.concepts.first)
        #expect(openCluster.domain == "General")
        #expect(openCluster.preferred(in: .english)?.text == "open cluster")
        #expect(openCluster.forbidden(in: .english).map(\.text) == ["galactic cluster"])
        #expect(openCluster.contexts.first?.segment == "http://seds.org/MESSIER/open.html")
        #expect(openCluster.contexts.first?.english.hasPrefix("Over 1100 open clusters are known in our Milky Way Galaxy,") == true)
        #expect(dca.glossary.concepts.map { $0.terms.map(\.text) } == dct.glossary.concepts.map { $0.terms.map(\.text) })
        #expect(dca.glossary.concepts.map { $0.terms.map(\.status) } == dct.glossary.concepts.map { $0.terms.map(\.status) })
    }

    @Test func foreignTermsWithoutTermTypeGetAPreferredForm() throws {
        let xml = """
            <?xml version="1.0"?>
            <martif type="TBX" lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
            <text><body>
            <termEntry id="e1">
              <langSet lang="en-US"><tig><term>missile defense</term></tig><tig><term>missile defence</term></tig></langSet>
              <langSet lang="ja-JP"><ntig><termGrp><term>ミサイル防衛</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
                <ntig><termGrp><term>ミサイル防衛システム</term></termGrp></ntig></langSet>
            </termEntry>
            </body></text></martif>
            """
        let concept = try #require(try TBXReader.read(Array(xml.utf8), source: "t.tbx").glossary.concepts.first)
        #expect(concept.terms == [Term("missile defense", language: .english), Term("missile defence", language: .english, usage: .variant),
                                  Term("ミサイル防衛", language: .japanese, usage: .variant, status: .forbidden),
                                  Term("ミサイル防衛システム", language: .japanese)])
    }

    @Test func definitionsPartsOfSpeechAndTransactionsAreCountedInOneWarning() throws {
        let xml = """
            <?xml version="1.0"?>
            <martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
            <text><body>
            <termEntry id="e1">
              <descrip type="subjectField">defense</descrip>
              <descrip type="definition">The power to strike enemy bases.</descrip>
              <transacGrp><transac type="transactionType">origination</transac><date>2023-01-01</date></transacGrp>
              <langSet xml:lang="en">
                <descripGrp><descrip type="definition">A capability.</descrip><admin type="source">NSS 2022</admin></descripGrp>
                <tig><term>counterstrike capability</term><termNote type="partOfSpeech">noun</termNote></tig>
              </langSet>
              <langSet xml:lang="ja"><tig><term>反撃能力</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
            </termEntry>
            <termEntry id="e2"><langSet xml:lang="en"><tig><term>deterrence</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
              <langSet xml:lang="ja"><tig><term>抑止力</term></tig></langSet></termEntry>
            </body></text></martif>
            """
        let result = try TBXReader.read(Array(xml.utf8), source: "t.tbx")
        #expect(result.glossary.count == 2)
        #expect(result.glossary.concepts.first?.domain == "defense")
        #expect(result.warnings == ["t.tbx: not in Yakugo's glossary model, left out: definition (2), partOfSpeech (3), transaction (1)"])
    }

    @Test func malformedXMLIsAClearErrorWithItsLine() {
        let xml = "<?xml version=\"1.0\"?>\n<martif type=\"TBX\">\n<text><body>\n<termEntry><langSet xml:lang=\"en\"><tig><term>x</tig>\n</body></text></martif>\n"
        #expect {
            _ = try TBXReader.read(Array(xml.utf8), source: "bad.tbx")
        } throws: { error in
            guard case let .malformed(source, format, line, _, _)? = error as? FormatError else { return false }
            return source == "bad.tbx" && format == "TBX" && line == 4
        }
    }

    @Test("input that is not TBX is refused", arguments: [
        ("<?xml version=\"1.0\"?><tmx version=\"1.4\"><body/></tmx>", "not a TBX file: the root element is <tmx>"),
        ("not xml at all", "not an XML file"),
        ("   \n", "empty"),
    ])
    func notTBX(text: String, message: String) {
        #expect {
            _ = try TBXReader.read(Array(text.utf8), source: "x.tbx")
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test func externalEntitiesAreNeverExpanded() throws {
        let secret = NSTemporaryDirectory() + "yakugo-secret-\(UUID().uuidString).txt"
        try "TOP-SECRET-CONTENT".write(toFile: secret, atomically: true, encoding: .utf8)
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE martif [
              <!ENTITY xxe SYSTEM "file://\(secret)">
              <!ENTITY remote SYSTEM "http://example.invalid/x.txt">
            ]>
            <martif type="TBX"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader>
            <text><body><termEntry id="e1">
              <langSet xml:lang="en"><tig><term>deterrence &xxe;</term></tig></langSet>
              <langSet xml:lang="ja"><tig><term>抑止力&remote;</term></tig></langSet>
            </termEntry></body></text></martif>
            """
        let result = try TBXReader.read(Array(xml.utf8), source: "xxe.tbx")
        let texts = result.glossary.concepts.flatMap { $0.terms.map(\.text) }
        #expect(!texts.joined().contains("TOP-SECRET"))
        #expect(texts == ["deterrence", "抑止力"])
        #expect(result.warnings.contains { $0.contains("&xxe; not expanded") })
    }

    @Test func entriesWithoutEnglishOrJapaneseAreCountedNotFatal() throws {
        let xml = """
            <tbx type="TBX-Basic" style="dca" xml:lang="de" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
            <text><body>
            <conceptEntry id="a"><langSec xml:lang="de"><termSec><term>Abschreckung</term></termSec></langSec></conceptEntry>
            <conceptEntry id="b"><langSec xml:lang="de"><termSec><term>Bündnis</term></termSec></langSec><langSec xml:lang="ja"><termSec><term>同盟</term></termSec></langSec></conceptEntry>
            </body></text></tbx>
            """
        let result = try TBXReader.read(Array(xml.utf8), source: "de.tbx")
        #expect(result.version == .v3)
        #expect(result.glossary.concepts.map(\.id) == ["b"])
        #expect(result.skippedLanguages == ["de": 2] && result.skippedEntries == 1)
    }

    @Test func forbiddenXMLCharactersAreRemovedAndReported() throws {
        let glossary = Glossary(concepts: [Concept(english: "bell\u{7}", japanese: "ベル")])
        let output = try GlossaryWriter.render(glossary, format: .tbx)
        #expect(output.warnings == ["1 × characters XML does not allow removed"])
        #expect(try GlossaryReader.read(output.bytes, source: "x.tbx").glossary.concepts[0].terms[0].text == "bell")
    }
}
