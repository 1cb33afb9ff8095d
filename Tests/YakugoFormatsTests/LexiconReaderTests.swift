import Testing
import YakugoCore
@testable import YakugoFormats

@Suite("EDICT and simple glossary readers")
struct LexiconReaderTests {
    @Test func edictLinesBecomeCleanGlosses() {
        let text = """
            　？？？ /EDICT, EDICT_SUB(P), EDICT2 Japanese-English Electronic Dictionary Files/
            弾道 [だんどう] /(n) (1) trajectory/line of fire/(adj-no,adj-f) (2) ballistic/(P)/
            防衛省 [ぼうえいしょう] /(n) Ministry of Defense/
            抑止力 [よくしりょく] /(n) deterrence/ability to deter (an attack, etc.)/
            ミサイル /(n) missile/(P)/
            長い説明 [ながいせつめい] /(n) a gloss that is really a whole definition and not a translation/
            """
        let lexicon = EDICTReader.parse(text)
        #expect(lexicon.glosses["弾道"] == ["trajectory", "line of fire", "ballistic"])
        #expect(lexicon.glosses["防衛省"] == ["ministry of defense"])
        #expect(lexicon.glosses["抑止力"] == ["deterrence", "ability to deter"])
        #expect(lexicon.glosses["ミサイル"] == ["missile"])
        #expect(lexicon.glosses["長い説明"] == nil)
        #expect(lexicon.longestHeadword == 4)  // ミサイル
    }

    @Test func crlfLinesAndNonASCIIGlossesParseLikeLFLines() {
        let text = "抑止力 [よくしりょく] /(n) Deterrence/(P)/\r\nカフェ /(n) Café/\r\n"
        let lexicon = EDICTReader.parse(text)
        #expect(lexicon.glosses["抑止力"] == ["deterrence"])
        #expect(lexicon.glosses["カフェ"] == ["café"])
    }

    @Test func readingsOfKanjiHeadwordsAreKeptWhenAsked() {
        let text = "奉行 [ぶぎょう] /(n) magistrate/\n老中 [ろうじゅう] /(n) member of shogun's council of elders/\nミサイル /(n) missile/\n"
        let lexicon = EDICTReader.parse(text, readings: true)
        #expect(lexicon.readings["奉行"] == ["ぶぎょう"])
        // A headword whose only gloss is a definition still has its reading.
        #expect(lexicon.readings["老中"] == ["ろうじゅう"] && lexicon.glosses["老中"] == nil)
        #expect(lexicon.readings["ミサイル"] == nil)
        #expect(EDICTReader.parse(text).readings.isEmpty)
    }

    @Test func namesKeepOnlyTheTagsAsked() {
        let text = "岸田 [きしだ] /(s) Kishida/\nトヨタ /(c) Toyota/\n"
        let lexicon = EDICTReader.parse(text, keepingTags: ["s"])
        #expect(lexicon.glosses["岸田"] == ["kishida"])
        #expect(lexicon.glosses["トヨタ"] == nil)
    }

    @Test func properNounsAreGlossWordsMostlyCapitalised() {
        let text = "日本 [にほん] /(n) Japan/(P)/\nジャパン /(n) Japan/\n漆器 [しっき] /(n) japan/lacquerware/\n配達 [はいたつ] /(n) delivery/\n"
        #expect(EDICTReader.parse(text, readings: true).properNouns == ["japan"])
        // Only term pairing asks for them.
        #expect(EDICTReader.parse(text).properNouns.isEmpty)
    }

    @Test func placesAreHeadwordsNeverTaggedAsAPerson() {
        // 岸田 is a surname on one line and a place and surname on the next: a place, not only one.
        let text = "岸田 [きした] /(s) Kishita/\n岸田 [きしだ] /(p,s) Kishida/\nニューヨーク /(p) New York/\n"
            + "岸田文雄 [きしだふみお] /(h) Kishida Fumio/\nトヨタ /(c) Toyota/\n"
        let lexicon = EDICTReader.parse(text, keepingTags: EDICTReader.personAndPlaceTags)
        #expect(lexicon.places == ["岸田", "ニューヨーク"] && lexicon.placesAlsoPersons == ["岸田"])
        #expect(lexicon.isPlaceOnly("ニューヨーク") && !lexicon.isPlaceOnly("岸田") && !lexicon.isPlaceOnly("岸田文雄"))
        // The general dictionary has no name tags, and no places.
        #expect(EDICTReader.parse("ミサイル /(n) missile/\n").places.isEmpty)
    }

    @Test func eucJPIsDecoded() throws {
        // 防衛 in EUC-JP is CB C9 B1 D2.
        let text = try EDICTReader.decodeEUCJP([0xCB, 0xC9, 0xB1, 0xD2, 0x20, 0x2F, 0x64, 0x2F], source: "t")
        #expect(text == "防衛 /d/")
    }

    @Test func invalidEUCJPIsAnErrorWithOffset() {
        #expect(throws: FormatError.self) { try EDICTReader.decodeEUCJP([0x41, 0xFF, 0xFF, 0x42], source: "t") }
    }

    @Test func installedEDICTLoadsWhenPresent() throws {
        guard (try? FileIO.readBytes(EDICTReader.defaultPath)) != nil else {
            print("skipped: \(EDICTReader.defaultPath) is absent (Debian package edict)")
            return
        }
        let lexicon = try EDICTReader.read()
        #expect(lexicon.count > 100_000)
        #expect(lexicon.glosses["排他的経済水域"]?.contains("exclusive economic zone") == true)
    }

    @Test func tsvGlossaryWithHeaderAndComments() throws {
        let pairs = try SimpleGlossaryReader.parse("# defense terms\nenglish\tjapanese\nJoint Staff Office\t統合幕僚監部\ndeterrence\t抑止力\tapproved\n", source: "g")
        #expect(pairs.map(\.english) == ["Joint Staff Office", "deterrence"])
        #expect(pairs.map(\.japanese) == ["統合幕僚監部", "抑止力"])
    }

    @Test func csvGlossaryWithQuotedComma() throws {
        let pairs = try SimpleGlossaryReader.parse("\"Japan, U.S. summit\",日米首脳会談\nSenkaku Islands,尖閣諸島\n", source: "g")
        #expect(pairs.map(\.english) == ["Japan, U.S. summit", "Senkaku Islands"])
    }

    @Test func glossaryLineWithOneFieldIsAnError() {
        #expect(throws: FormatError.self) { try SimpleGlossaryReader.parse("deterrence\n", source: "g") }
    }
}
