import Testing
import YakugoCore
@testable import YakugoTerms

/// English writes some Japanese words in romaji (bugyo, roju, kantei): the headword's reading
/// meets them where English has no word of that spelling.
@Suite struct RomajiReadingTests {
    func evidence(_ entries: [(String, String)], readings: [(String, String)]) -> TranslationEvidence {
        var lexicon = TermFixtures.lexicon(entries)
        for (japanese, reading) in readings { lexicon.add(japanese: japanese, reading: reading) }
        return TranslationEvidence(lexicon: lexicon)
    }

    func strength(_ evidence: TranslationEvidence, _ english: String, _ japanese: String, name: Bool = false) -> Double {
        evidence.match(english: TermFixtures.englishCandidate(english, name: name), japanese: TermFixtures.japaneseCandidate(japanese))?.strength ?? 0
    }

    @Test func aRomajiWordMeetsItsHeadword() {
        let found = evidence([("奉行", "magistrate")], readings: [("奉行", "ぶぎょう"), ("老中", "ろうじゅう")])
        #expect(strength(found, "bugyo", "奉行") == 1)
        // A headword with no usable gloss (a definition) is met by its reading alone.
        #expect(strength(found, "roju", "老中") == 1)
    }

    @Test func aRomajiWordComposesWithAName() {
        let found = evidence([("奉行", "magistrate"), ("長崎", "Nagasaki")], readings: [("奉行", "ぶぎょう")])
        #expect(strength(found, "Nagasaki Bugyo", "長崎奉行", name: true) == 1)
    }

    @Test func aReadingSpelledLikeAnEnglishWordIsNoEvidence() {
        // "gun" glosses three entries, so 軍's reading ぐん says nothing about English "gun".
        let found = evidence([("軍", "army"), ("銃", "gun"), ("鉄砲", "gun"), ("砲", "gun")], readings: [("軍", "ぐん")])
        #expect(strength(found, "gun", "軍") == 0)
    }

    @Test func aSingleKanjiHasNoRomajiReading() {
        // 糸 "ito" would otherwise meet the surname Ito inside a composition.
        let found = evidence([("糸", "thread")], readings: [("糸", "いと")])
        #expect(strength(found, "Ito", "糸", name: true) == 0)
        #expect(found.romajiReadings(of: "糸").isEmpty)
    }

    @Test func anApostropheBeforeAVowelIsDropped() {
        // ICU romanises きんえん as "kin'en"; English writes "kinen".
        let found = evidence([("禁煙", "no smoking")], readings: [("禁煙", "きんえん")])
        #expect(found.romajiReadings(of: "禁煙") == ["kinen"])
    }

    @Test func traditionalHepburnSpellingsAreMade() {
        #expect(TranslationEvidence.romanizations("gonbei").contains("gombei"))
        #expect(TranslationEvidence.romanizations("shinbun").contains("shimbun"))
        #expect(TranslationEvidence.romanizations("roujuu") == ["roujuu", "roju"])
        #expect(TranslationEvidence.romanizations("kishida") == ["kishida"])
    }
}

/// A Japanese name of several pieces written as one romaji word (池田屋 Ikedaya).
@Suite struct RomajiCompoundTests {
    func evidence() -> TranslationEvidence {
        var lexicon = TermFixtures.lexicon([("屋", "shop"), ("卿", "lord"), ("兵部", "Ministry of War"), ("軍", "army")])
        for (japanese, reading) in [("屋", "や"), ("卿", "きょう"), ("兵部", "ひょうぶ"), ("軍", "ぐん")] { lexicon.add(japanese: japanese, reading: reading) }
        return TranslationEvidence(lexicon: lexicon, names: TermFixtures.lexicon([("池田", "ikeda")]))
    }

    @Test func thePiecesReadingsSpellTheWord() {
        let found = evidence()
        #expect(found.spellsInRomaji("ikedaya", "池田屋"))
        #expect(found.spellsInRomaji("hyobukyo", "兵部卿"))
        #expect(found.match(english: TermFixtures.englishCandidate("Ikedaya", name: true), japanese: TermFixtures.japaneseCandidate("池田屋"))?.strength == 0.9)
    }

    @Test func aWrongSpellingOrAnEnglishWordIsNoMatch() {
        let found = evidence()
        #expect(!found.spellsInRomaji("ikedaye", "池田屋"))
        #expect(!found.spellsInRomaji("ikeda", "池田屋"))
        // "army" is a gloss word: English, not romaji.
        #expect(!found.spellsInRomaji("army", "軍"))
        // A kana form is no kanji name.
        #expect(!found.spellsInRomaji("ikedaya", "いけだや"))
    }
}
