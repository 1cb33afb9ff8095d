import Foundation
import Testing
import YakugoCore
@testable import YakugoFormats

@Suite("Glossary CSV and TSV")
struct GlossaryCSVTests {
    static func read(_ text: String, source: String = "g.csv") throws -> Glossary {
        try GlossaryCSVReader.read(text, source: source).glossary
    }

    /// The FormatError a text gives, or nil.
    static func error(_ text: String) -> FormatError? {
        do {
            _ = try GlossaryCSVReader.read(text, source: "g.csv")
            return nil
        } catch {
            return error
        }
    }

    @Test func writerAlwaysWritesTheFixedHeader() {
        let text = GlossaryCSVWriter.render(Glossary()).text
        #expect(text == "english,japanese,score,frequency,category,status,example,english_variants,english_abbreviations,japanese_variants,japanese_short_forms,forbidden_japanese,forbidden_english,replacement,domain,note,id,sources,evidence\n")
    }

    @Test func fieldsWithCommaQuoteOrNewlineAreQuoted() throws {
        var concept = Concept(english: "Japan, U.S. \"2+2\" talks", japanese: "日米「2+2」")
        concept.note = "first line\nsecond line"
        concept.id = "#7"
        let glossary = Glossary(concepts: [concept])
        let text = GlossaryCSVWriter.render(glossary).text
        let row = text.split(separator: "\n", maxSplits: 1)[1]
        #expect(row.hasPrefix("\"Japan, U.S. \"\"2+2\"\" talks\",日米「2+2」,,,,approved,"))
        #expect(text.contains(",\"first line\nsecond line\",#7,,\n"))
        #expect(try Self.read(text) == glossary)
    }

    @Test func aFirstFieldStartingWithHashIsQuotedSoItIsNotAComment() throws {
        let glossary = Glossary(concepts: [Concept(english: "#1 priority", japanese: "最優先")])
        let text = GlossaryCSVWriter.render(glossary).text
        #expect(text.contains("\n\"#1 priority\",最優先,"))
        #expect(try Self.read(text) == glossary)
    }

    @Test func tsvQuotesTabsAndReadsBack() throws {
        let glossary = Glossary(concepts: [Concept(english: "tab\there", japanese: "タブ")])
        let text = GlossaryCSVWriter.render(glossary, delimiter: "\t").text
        #expect(text.contains("\"tab\there\"\tタブ"))
        #expect(try GlossaryCSVReader.read(text, source: "g.tsv", delimiter: "\t").glossary == glossary)
    }

    @Test func scoresKeepThreeDecimals() {
        #expect(GlossaryCSVWriter.formatScore(0.875) == "0.875")
        #expect(GlossaryCSVWriter.formatScore(0.9) == "0.9")
        #expect(GlossaryCSVWriter.formatScore(1) == "1")
        #expect(GlossaryCSVWriter.formatScore(0.12345) == "0.123")
        #expect(GlossaryCSVWriter.formatScore(0.0005) == "0.001")
    }

    @Test func fullRowBecomesOneConceptWithEveryForm() throws {
        let text = """
            english,japanese,category,status,english_abbreviations,japanese_short_forms,forbidden_japanese,domain,score,frequency,example,sources,evidence
            Japan Air Self-Defense Force,航空自衛隊,organization,approved,JASDF|ASDF,空自,,defense,0.92,14,The JASDF scrambled jets. ⇔ 空自が緊急発進した。,nhk-2022|kyodo-2023,dice|edict
            counterstrike capability,反撃能力,concept,approved,,,敵基地攻撃能力,defense,,,,,
            """
        let glossary = try Self.read(text)
        #expect(glossary.count == 2)
        let jasdf = glossary.concepts[0]
        #expect(jasdf.category == .organization && jasdf.domain == "defense" && jasdf.score == 0.92 && jasdf.frequency == 14)
        #expect(jasdf.terms == [
            Term("Japan Air Self-Defense Force", language: .english),
            Term("JASDF", language: .english, usage: .abbreviation),
            Term("ASDF", language: .english, usage: .abbreviation),
            Term("航空自衛隊", language: .japanese),
            Term("空自", language: .japanese, usage: .shortForm),
        ])
        #expect(jasdf.contexts == [TermContext(english: "The JASDF scrambled jets.", japanese: "空自が緊急発進した。")])
        #expect(jasdf.sources == ["nhk-2022", "kyodo-2023"] && jasdf.evidence == ["dice", "edict"])
        let counterstrike = glossary.concepts[1]
        #expect(counterstrike.forbidden(in: .japanese).map(\.text) == ["敵基地攻撃能力"])
        #expect(counterstrike.preferred(in: .japanese)?.text == "反撃能力")
        #expect(glossary.allowedPairs.contains { $0 == ("counterstrike capability", "反撃能力") })
        #expect(!glossary.allowedPairs.contains { $0.japanese == "敵基地攻撃能力" })
    }

    @Test func columnsAreFoundByNameInAnyOrderAndCase() throws {
        let glossary = try Self.read("Japanese,note,English,STATUS\n抑止力,\"a, note\",deterrence,candidate\n")
        #expect(glossary.concepts == [Concept(terms: [Term("deterrence", language: .english, status: .candidate),
                                                      Term("抑止力", language: .japanese, status: .candidate)], note: "a, note")])
    }

    @Test func unknownColumnsAreIgnoredWithAWarning() throws {
        let result = try GlossaryCSVReader.read("english,japanese,part_of_speech\ndeterrence,抑止力,noun\n", source: "g.csv")
        #expect(result.glossary.count == 1)
        #expect(result.warnings == ["g.csv:1: unknown column \"part_of_speech\" ignored"])
    }

    @Test func simpleHandWrittenCSVWithoutHeader() throws {
        let glossary = try Self.read("# defense terms\n\nJoint Staff Office,統合幕僚監部\n\"Japan, U.S. summit\",日米首脳会談\n")
        #expect(glossary.concepts == [Concept(english: "Joint Staff Office", japanese: "統合幕僚監部"),
                                      Concept(english: "Japan, U.S. summit", japanese: "日米首脳会談")])
    }

    @Test func simpleTSVIsDetectedByTheTabInTheFirstLine() throws {
        let glossary = try Self.read("# comment, with a comma\ndeterrence\t抑止力\tapproved\nEEZ\t排他的経済水域\tcandidate\n", source: "g.txt")
        #expect(glossary.concepts == [Concept(english: "deterrence", japanese: "抑止力"),
                                      Concept(english: "EEZ", japanese: "排他的経済水域", status: .candidate)])
    }

    @Test func simpleRowsMayCarryACategoryLikeTheGoldTermLists() throws {
        let glossary = try Self.read("summit\t首脳会談\tevent\nQuad\tクアッド\tcandidate\torg\ncounterstrike capability\t敵基地攻撃能力\tconcept\tforbidden\t反撃能力\n")
        #expect(glossary.concepts.map(\.category) == [.event, .organization, .concept])
        #expect(glossary.concepts[1].status == .candidate)
        #expect(glossary.concepts[2].preferred(in: .japanese)?.text == "反撃能力")
        #expect(Self.error("summit\t首脳会談\tnoun\n").map { "\($0)".contains("g.csv:1:3") && "\($0)".contains("needs a header row") } == true)
    }

    @Test func aHeaderlessFileWrittenJapaneseFirstIsReadSwappedWithAWarning() throws {
        let result = try GlossaryCSVReader.read("防衛省,Defense Ministry\n自衛隊,SDF,candidate\n", source: "je.csv")
        #expect(result.glossary.concepts == [Concept(english: "Defense Ministry", japanese: "防衛省"),
                                             Concept(english: "SDF", japanese: "自衛隊", status: .candidate)])
        #expect(result.warnings == ["je.csv: 2 of 2 rows have Japanese in the first column and none in the second; read as japanese, english (a header row `japanese,english` says so and silences this)"])
    }

    @Test func oneJapaneseFirstRowAmongEnglishFirstOnesIsNotSwapped() throws {
        let result = try GlossaryCSVReader.read("deterrence,抑止力\nalliance,同盟\n日米,Japan-U.S.\nF-35A,F-35A\n", source: "g.csv")
        #expect(result.glossary.concepts.map { $0.preferred(in: .english)?.text } == ["deterrence", "alliance", "日米", "F-35A"])
        #expect(result.warnings.isEmpty)
    }

    @Test func japaneseHeaderNamesAreRecognised() throws {
        // The NICT Kyoto lexicon's own header, trailing comma and a note in the unnamed third column.
        let result = try GlossaryCSVReader.read("\"日本語\",\"英語\",\n\"阿波守\",\"Governor of Awa Province\",\n\"阿弥陀経\",\"Amida Sutra\",\"Mandara→Mandala\"\n", source: "kyoto.csv")
        #expect(result.hadHeader)
        #expect(result.glossary.concepts == [Concept(english: "Governor of Awa Province", japanese: "阿波守"), Concept(english: "Amida Sutra", japanese: "阿弥陀経")])
        #expect(result.warnings == ["kyoto.csv: 1 rows have values in columns the header does not name; ignored"])
        for header in ["ja,en", "jp,eng", "Japanese,English", "target,source", "和文,英文", "日本語,英語,備考"] {
            #expect(try GlossaryCSVReader.read(header + "\n抑止力,deterrence\n", source: "g.csv").glossary.concepts == [Concept(english: "deterrence", japanese: "抑止力")], "\(header)")
        }
    }

    @Test func aHeaderlessNoteColumnAsksForAHeader() throws {
        let error = Self.error("阿波守,Governor of Awa Province\n阿弥陀経,Amida Sutra,Mandara→Mandala\n")
        #expect(error.map { "\($0)".contains("g.csv:2:3") && "\($0)".contains("header row naming them (english,japanese,note") } == true, "\(String(describing: error))")
    }

    @Test func goldTermListsInSamplesReadAsGlossaries() throws {
        let samples = SharedData.packageRoot.appendingPathComponent("Samples")
        let files = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".terms.tsv") }
        #expect(!files.isEmpty)
        for file in files {
            let glossary = try GlossaryReader.read(path: samples.appendingPathComponent(file).path)
            #expect(glossary.count > 0 && glossary.allowedPairs.count >= glossary.count, "\(file)")
        }
    }

    @Test func simpleForbiddenRowWithReplacement() throws {
        let glossary = try Self.read("counterstrike capability\t敵基地攻撃能力\tforbidden\t反撃能力\n")
        let concept = try #require(glossary.concepts.first)
        #expect(concept.terms == [Term("counterstrike capability", language: .english),
                                  Term("反撃能力", language: .japanese),
                                  Term("敵基地攻撃能力", language: .japanese, usage: .variant, status: .forbidden)])
        #expect(concept.status == .approved)
    }

    @Test func forbiddenRowWithoutReplacementForbidsThePair() throws {
        let concept = try #require(try Self.read("enemy base strike,敵基地攻撃,forbidden\n").concepts.first)
        #expect(concept.status == .forbidden)
        #expect(try Self.read("enemy base strike,敵基地攻撃,forbidden\n").allowedPairs.isEmpty)
    }

    @Test func headerWithForbiddenAndReplacementColumns() throws {
        let glossary = try Self.read("english,japanese,status,replacement\ncounterstrike capability,敵基地攻撃能力,forbidden,反撃能力\n")
        #expect(glossary.concepts[0].preferred(in: .japanese)?.text == "反撃能力")
        #expect(glossary.concepts[0].forbidden(in: .japanese).map(\.text) == ["敵基地攻撃能力"])
    }

    @Test func commentLinesInsideQuotedFieldsAreText() throws {
        let glossary = try Self.read("english,japanese,note\ndeterrence,抑止力,\"first\n# not a comment\"\n")
        #expect(glossary.concepts[0].note == "first\n# not a comment")
    }

    @Test func curatedColumnSchemeLoads() throws {
        // The header of Glossaries/defense-diplomacy.en-ja.csv.
        let text = """
            id,english,japanese,category,status,domain,english_variants,english_abbreviations,japanese_variants,japanese_short_forms,forbidden_japanese,note
            jasdf,Japan Air Self-Defense Force,航空自衛隊,org,approved,defense,Air Self-Defense Force,JASDF,,空自,,
            counterstrike-capability,counterstrike capability,反撃能力,concept,approved,defense,counterattack capability,,,,敵基地攻撃能力,Official term since the 2022 National Security Strategy.
            """
        let glossary = try Self.read(text)
        #expect(glossary.concepts.map(\.id) == ["jasdf", "counterstrike-capability"])
        #expect(glossary.concepts[0].terms.map(\.text) == ["Japan Air Self-Defense Force", "Air Self-Defense Force", "JASDF", "航空自衛隊", "空自"])
        #expect(glossary.concepts[1].forbidden(in: .japanese).map(\.text) == ["敵基地攻撃能力"])
    }

    @Test("bad rows are errors with their line", arguments: [
        ("english,japanese,status\ndeterrence,抑止力,maybe\n", 2, "unknown status \"maybe\""),
        ("# comment\n\ndeterrence\n", 3, "expected `english<TAB>japanese`"),
        ("english,japanese,note\na,あ,\"two\nlines\"\nb,い,\nc,う,x,\n,,note only\n", 6, "a row needs an english or a japanese term"),
        ("english,japanese,category\nJSO,統合幕僚監部,agency\n", 2, "unknown category \"agency\""),
        ("english,japanese,score\nJSO,統合幕僚監部,high\n", 2, "score \"high\" is not a number"),
        ("english,japanese,example\nJSO,統合幕僚監部,no separator here\n", 2, "⇔"),
        ("english,japanese,replacement\nJSO,統合幕僚監部,統幕\n", 2, "only meaningful when the status is forbidden"),
        ("english,japanese,english\na,b,c\n", 1, "appears twice"),
    ] as [(String, Int, String)])
    func badRow(text: String, line: Int, message: String) {
        let error = Self.error(text)
        guard case let .malformed(_, _, errorLine, _, reason)? = error else {
            Issue.record("expected a malformed error, got \(String(describing: error))")
            return
        }
        #expect(errorLine == line, "\(reason)")
        #expect(reason.contains(message), "\(reason)")
    }

    @Test func rowWithOnlyEmptyJapaneseInHeaderModeIsAccepted() throws {
        let glossary = try Self.read("english,japanese\nQuad,\n")
        #expect(glossary.concepts[0].terms == [Term("Quad", language: .english)])
    }

    @Test("undecodable input is a clear error", arguments: [
        ([0x64, 0x2C, 0xC3, 0x28] as [UInt8], "invalid UTF-8 at byte offset 2"),
        ([] as [UInt8], "empty"),
        ([0xEF, 0xBB, 0xBF, 0x0A] as [UInt8], "empty"),
        ([0x00, 0x01, 0x02, 0xFF] as [UInt8], "binary"),
    ])
    func undecodableInput(bytes: [UInt8], message: String) {
        #expect {
            _ = try GlossaryReader.read(bytes, source: "g.csv")
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test func onlyCommentsIsNoText() {
        #expect(throws: FormatError.noText(source: "g.csv", format: "glossary")) { _ = try Self.read("# nothing\n# here\n") }
    }

    @Test func writerReportsWhatCSVCannotCarry() {
        var concept = Concept(terms: [Term("JASDF", language: .english, usage: .preferred),
                                      Term("Air SDF", language: .english, usage: .shortForm, note: "informal"),
                                      Term("航空自衛隊", language: .japanese)])
        concept.contexts = [TermContext(english: "a", japanese: "b", segment: "doc#1"), TermContext(english: "c", japanese: "d")]
        let warnings = GlossaryCSVWriter.render(Glossary(concepts: [concept])).warnings
        #expect(warnings.contains("1 × English short forms written as abbreviations"))
        #expect(warnings.contains("1 × term notes dropped (CSV has no column for them)"))
        #expect(warnings.contains("1 × context segments dropped"))
        #expect(warnings.contains("1 × contexts after the first dropped"))
    }

    /// 国会 approved, 議会 merged in from `yakugo extract` output as a candidate variant.
    static let dietWithCandidate = Concept(id: "dd-0026", terms: [
        Term("Diet", language: .english), Term("National Diet", language: .english, usage: .variant),
        Term("国会", language: .japanese), Term("議会", language: .japanese, usage: .variant, status: .candidate),
    ], category: .organization, domain: "diplomacy")

    @Test(arguments: [",", "\t"] as [Character])
    func candidatesOfAnApprovedConceptGoToASecondRowAndStayCandidates(delimiter: Character) throws {
        let glossary = Glossary(concepts: [Self.dietWithCandidate])
        let (text, warnings) = GlossaryCSVWriter.render(glossary, delimiter: delimiter)
        let rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: delimiter, omittingEmptySubsequences: false) }
        #expect(rows.count == 2)
        #expect(rows.map { $0[5] } == ["approved", "candidate"])
        #expect(rows[1][9] == "議会" && rows[1][16] == "dd-0026" && rows[1][0] == "" && rows[1][1] == "")
        #expect(!text.split(separator: "\n")[1].contains("議会"))
        #expect(warnings == ["1 × concepts with candidate terms beside approved ones written as two rows sharing an id (the second with status candidate)"])
        let back = try GlossaryCSVReader.read(text, source: "g", delimiter: delimiter == "," ? "," : "\t").glossary
        #expect(back == glossary)
    }

    @Test func mergingExtractedCandidatesAndWritingCSVNeverPromotesThem() throws {
        let curated = try Self.read("id,english,japanese,status\ndd-0026,Diet,国会,approved\n")
        let extracted = try Self.read("english,japanese,status,id\nDiet,議会,candidate,t1\n")
        let merged = GlossaryMerger.merge([("curated.csv", curated), ("extracted.csv", extracted)]).glossary
        let back = try Self.read(GlossaryCSVWriter.render(merged).text)
        #expect(back.concepts.count == 1)
        #expect(back.concepts[0].terms.first { $0.text == "議会" }?.status == .candidate)
        #expect(back.concepts[0].terms.first { $0.text == "国会" }?.status == .approved)
    }

    @Test func aSecondRowJoinsTheConceptRightBeforeItWhenIdsRepeat() throws {
        // Two concepts share an id (as TBX allows); the second one's candidates must stay its own.
        let diet = Concept(id: "x1", terms: [Term("Diet", language: .english), Term("国会", language: .japanese)])
        let kyiv = Concept(id: "x1", terms: [Term("Kyiv", language: .english), Term("キーウ", language: .japanese),
                                             Term("キエフ", language: .japanese, usage: .variant, status: .candidate)])
        let back = try Self.read(GlossaryCSVWriter.render(Glossary(concepts: [diet, kyiv])).text)
        #expect(back.concepts.count == 2)
        #expect(back.concepts[0].terms.map(\.text) == ["Diet", "国会"])
        #expect(back.concepts[1].terms.first { $0.text == "キエフ" }?.status == .candidate)
    }

    @Test func aSplitConceptWithoutIdGetsOneAndSaysSo() throws {
        var concept = Self.dietWithCandidate
        concept.id = nil
        let glossary = Glossary(concepts: [Concept(id: "c1", terms: [Term("Cabinet", language: .english), Term("内閣", language: .japanese)]), concept])
        let (text, warnings) = GlossaryCSVWriter.render(glossary)
        #expect(warnings.contains("1 × ids given to concepts without one, so their candidate terms can follow in a second row"))
        let back = try Self.read(text)
        #expect(back.concepts.count == 2)
        #expect(back.concepts[1].id == "c2")
        #expect(back.concepts[1].terms.map(\.status) == [.approved, .approved, .approved, .candidate])
    }

    @Test func aCandidatePreferredFormBesideApprovedVariantsStaysACandidate() throws {
        let concept = Concept(id: "x", terms: [Term("Diet", language: .english), Term("議会", language: .japanese, status: .candidate),
                                               Term("国会", language: .japanese, usage: .variant)])
        let (text, warnings) = GlossaryCSVWriter.render(Glossary(concepts: [concept]))
        #expect(warnings.contains("1 × candidate preferred terms beside approved ones written as variants"))
        let back = try Self.read(text)
        #expect(back.concepts.map { $0.terms.map(\.status) } == [[.approved, .approved, .candidate]])
        #expect(back.concepts.first?.preferred(in: .japanese)?.text == "国会")
    }

    @Test func fullRowsSharingAnIdStayTwoConcepts() throws {
        #expect(try Self.read("id,english,japanese\na,deterrence,抑止力\na,alliance,同盟\n").concepts.count == 2)
    }

    @Test func aRowRepeatingAnIdContinuesThatConcept() throws {
        let text = "id,english,japanese,status,japanese_short_forms\na,Air Self-Defense Force,航空自衛隊,approved,\nb,Cabinet,内閣,,\na,,,candidate,空自\n"
        let glossary = try Self.read(text)
        #expect(glossary.concepts.count == 2)
        #expect(glossary.concepts[0].terms.last == Term("空自", language: .japanese, usage: .shortForm, status: .candidate))
        #expect(Self.error("id,english,japanese\na,X,エックス\na,,\n") != nil)
    }

    @Test func simpleGlossaryReaderGivesAllowedPairsOfAnyFormat() throws {
        let directory = NSTemporaryDirectory() + "yakugo-simple-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let glossary = Glossary(concepts: [Concept(terms: [Term("counterstrike capability", language: .english), Term("反撃能力", language: .japanese),
                                                           Term("敵基地攻撃能力", language: .japanese, usage: .variant, status: .forbidden)])])
        for format in GlossaryFormat.allCases {
            let path = directory + "/g." + format.extensions[0]
            try GlossaryWriter.write(glossary, format: format, to: path)
            let pairs = try SimpleGlossaryReader.read(path: path)
            #expect(pairs.count == 1 && pairs[0] == ("counterstrike capability", "反撃能力"), "\(format)")
        }
    }
}
