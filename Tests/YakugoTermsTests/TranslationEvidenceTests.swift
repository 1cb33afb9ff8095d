import Testing
import YakugoCore
import YakugoText
@testable import YakugoTerms

/// English candidates are built as the extractor would key them; `name` marks capitalised names.
private func english(_ phrase: String, name: Bool = false) -> TermCandidate {
    let words = phrase.split(separator: " ")
    return TermCandidate(surface: phrase, key: EnglishCandidateExtractor.key(of: phrase), units: 0..<words.count,
                         parts: words.filter { $0 != "of" }.map { EnglishCandidateExtractor.partKey(String($0)) }, isName: name)
}

private func japanese(_ surface: String) -> TermCandidate {
    TermCandidate(surface: surface, key: JapaneseCandidateExtractor.key(of: surface), units: 0..<1, parts: [surface], isName: false)
}

/// A lexicon of (Japanese, lower-cased English gloss) entries, as EDICTReader builds one.
private func lexicon(_ entries: [(String, String)]) -> BilingualLexicon {
    var lexicon = BilingualLexicon()
    for (japanese, english) in entries { lexicon.add(japanese: japanese, english: english) }
    return lexicon
}

@Suite struct TranslationEvidenceTests {
    // MARK: glossary, latin, acronym

    @Test func aKnownPairIsGlossaryEvidenceOfFullStrength() {
        let evidence = TranslationEvidence(lexicon: nil, knownPairs: [(english: "counterstrike capability", japanese: "反撃能力")])
        let match = evidence.match(english: english("counterstrike capability"), japanese: japanese("反撃能力"))
        #expect(match == TranslationEvidence.Match(strength: 1, signal: "glossary"))
        #expect(evidence.isKnown(english: english("counterstrike capability"), japanese: japanese("反撃能力")))
    }

    @Test func aKnownPairIsMatchedByKeyNotByCase() {
        let evidence = TranslationEvidence(lexicon: nil, knownPairs: [(english: "counterstrike capability", japanese: "反撃能力")])
        #expect(evidence.match(english: english("Counterstrike Capabilities"), japanese: japanese("反撃能力"))?.signal == "glossary")
    }

    @Test func theSameLatinFormWithHyphensFoldedIsLatinEvidence() {
        let evidence = TranslationEvidence(lexicon: nil)
        #expect(evidence.match(english: english("F-35B", name: true), japanese: japanese("F35B")) == TranslationEvidence.Match(strength: 1, signal: "latin"))
        #expect(evidence.match(english: english("NATO", name: true), japanese: japanese("NATO"))?.signal == "latin")
    }

    @Test func aDesignationPluralIsFoldedForLatinEvidence() {
        let evidence = TranslationEvidence(lexicon: nil)
        #expect(evidence.match(english: english("F-35Bs", name: true), japanese: japanese("F35B"))?.signal == "latin")
    }

    @Test func differentLatinFormsAreNoEvidence() {
        let evidence = TranslationEvidence(lexicon: nil)
        #expect(evidence.match(english: english("F-35A", name: true), japanese: japanese("F35B")) == nil)
    }

    @Test func anAcronymBothSidesDefineIsAcronymEvidence() {
        let evidence = TranslationEvidence(lexicon: nil)
        let match = evidence.match(english: english("Comprehensive Test Ban Treaty", name: true), japanese: japanese("包括的核実験禁止条約"),
                                   englishAliases: ["CTBT"], japaneseAliases: ["CTBT"])
        #expect(match == TranslationEvidence.Match(strength: 0.95, signal: "acronym"))
    }

    @Test func theJapaneseAcronymMatchesTheEnglishLongFormItAbbreviates() {
        let evidence = TranslationEvidence(lexicon: nil)
        let match = evidence.match(english: english("Comprehensive Test Ban Treaty", name: true), japanese: japanese("CTBT"), englishAliases: ["CTBT"])
        #expect(match == TranslationEvidence.Match(strength: 0.95, signal: "acronym"))
    }

    @Test func differentAcronymsAreNoEvidence() {
        let evidence = TranslationEvidence(lexicon: nil)
        let match = evidence.match(english: english("Comprehensive Test Ban Treaty", name: true), japanese: japanese("核拡散防止条約"),
                                   englishAliases: ["CTBT"], japaneseAliases: ["NPT"])
        #expect(match == nil)
    }

    // MARK: dictionary

    @Test func aWholeDictionaryEntryMatchesInAnyWordOrder() {
        let evidence = TranslationEvidence(lexicon: lexicon([("国防長官", "secretary of defense")]))
        #expect(evidence.match(english: english("Defense Secretary", name: true), japanese: japanese("国防長官"))
                == TranslationEvidence.Match(strength: 1, signal: "dictionary"))
        #expect(evidence.match(english: english("Secretary of Defense", name: true), japanese: japanese("国防長官"))
                == TranslationEvidence.Match(strength: 1, signal: "dictionary"))
    }

    @Test func inflectionsMeetTheirGlossThroughStems() {
        let evidence = TranslationEvidence(lexicon: lexicon([("弾道ミサイル", "ballistic missile")]))
        #expect(evidence.match(english: english("ballistic missiles"), japanese: japanese("弾道ミサイル"))?.strength == 1)
    }

    @Test func anEnglishJapanMayStayImpliedInTheNameOfAJapaneseBody() {
        // "Japan" is optional; "coast guard" is the whole gloss.
        let evidence = TranslationEvidence(lexicon: lexicon([("海上保安庁", "coast guard")]))
        let match = evidence.match(english: english("Japan Coast Guard", name: true), japanese: japanese("海上保安庁"))
        #expect(match?.signal == "dictionary")
        #expect((match?.strength ?? 0) >= 0.95)
    }

    @Test func anotherCountryIsNotImplied() {
        // korea is unexplained: two of three English words, the whole Japanese.
        let evidence = TranslationEvidence(lexicon: lexicon([("海上保安庁", "coast guard")]))
        let match = evidence.match(english: english("Korea Coast Guard", name: true), japanese: japanese("海上保安庁"))
        #expect(abs((match?.strength ?? 0) - 2.0 / 3.0) < 1e-9)
    }

    @Test func aGlossMayNameTheJapanTheEnglishLeavesImplied() {
        let evidence = TranslationEvidence(lexicon: lexicon([("海上自衛隊", "japan maritime self-defense force")]))
        let match = evidence.match(english: english("Maritime Self-Defense Force", name: true), japanese: japanese("海上自衛隊"))
        #expect(match == TranslationEvidence.Match(strength: 0.95, signal: "dictionary"))
    }

    @Test func britishSpellingsMeetAmericanGlosses() {
        let evidence = TranslationEvidence(lexicon: lexicon([("国防", "national defense")]))
        #expect(evidence.match(english: english("national defence"), japanese: japanese("国防"))
                == TranslationEvidence.Match(strength: 1, signal: "dictionary"))
    }

    @Test func countryAdjectivesAndNamesAreOneWord() {
        let evidence = TranslationEvidence(lexicon: lexicon([("米国", "america")]))
        #expect(evidence.match(english: english("American", name: true), japanese: japanese("米国"))?.strength == 1)
    }

    // MARK: composition

    @Test func dictionaryPiecesComposeAnEnglishPhrase() {
        let evidence = TranslationEvidence(lexicon: lexicon([("国家", "state"), ("安全保障", "security"), ("会議", "council")]))
        #expect(evidence.match(english: english("state security council"), japanese: japanese("国家安全保障会議"))
                == TranslationEvidence.Match(strength: 1, signal: "composition"))
    }

    @Test func aPieceCountsOnlyForTheShareOfItsGlossTheEnglishExplains() {
        // "china" explains one word of three in "south china sea": 1 × (4 × 1/3) / 4.
        let evidence = TranslationEvidence(lexicon: lexicon([("南シナ海", "south china sea")]))
        let match = evidence.match(english: english("China", name: true), japanese: japanese("南シナ海"))
        #expect(abs((match?.strength ?? 0) - 1.0 / 3.0) < 1e-9)
        #expect(evidence.match(english: english("South China Sea", name: true), japanese: japanese("南シナ海"))?.strength == 1)
    }

    @Test func aLongEntryWithADifferentGlossIsAlsoReadAsItsParts() {
        // Whole: joint of "joint declaration" = 0.25; parts 共同 "joint" + 声明 "statement" = 1.
        let evidence = TranslationEvidence(lexicon: lexicon([("共同声明", "joint declaration"), ("共同", "joint"), ("声明", "statement")]))
        #expect(evidence.match(english: english("joint statement"), japanese: japanese("共同声明"))
                == TranslationEvidence.Match(strength: 1, signal: "composition"))
    }

    @Test func partiallyExplainedPairsScoreTheirShares() {
        // English: 1 of 2 words; Japanese: 2 of 4 characters.
        let evidence = TranslationEvidence(lexicon: lexicon([("共同", "joint")]))
        let match = evidence.match(english: english("joint statement"), japanese: japanese("共同声明"))
        #expect(abs((match?.strength ?? 0) - 0.25) < 1e-9)
    }

    @Test func crossedPartsCostFortyPercent() {
        // 鈴木|太郎|外相 explains Foreign Minister Taro Suzuki in crossed order: a title beside a name.
        let evidence = TranslationEvidence(lexicon: lexicon([("外相", "foreign minister")]),
                                           names: lexicon([("鈴木", "suzuki"), ("太郎", "taro")]))
        let match = evidence.match(english: english("Foreign Minister Taro Suzuki", name: true), japanese: japanese("鈴木太郎外相"))
        #expect(match?.signal == "composition")
        #expect(abs((match?.strength ?? 0) - 0.6) < 1e-9)
    }

    @Test func partsInTheSameOrderCostNothing() {
        let evidence = TranslationEvidence(lexicon: lexicon([("外相", "foreign minister"), ("会談", "talks")]))
        #expect(evidence.match(english: english("foreign minister talks"), japanese: japanese("外相会談"))?.strength == 1)
    }

    @Test func phrasesWithOfAreExemptFromTheOrderPenalty() {
        let evidence = TranslationEvidence(lexicon: lexicon([("外務", "foreign affairs"), ("省", "ministry")]))
        #expect(evidence.match(english: english("ministry of foreign affairs"), japanese: japanese("外務省"))
                == TranslationEvidence.Match(strength: 1, signal: "composition"))
    }

    @Test func aPersonNameIsExemptFromTheOrderPenalty() {
        let evidence = TranslationEvidence(lexicon: BilingualLexicon(), names: lexicon([("松野", "matsuno"), ("博一", "hirokazu")]))
        #expect(evidence.match(english: english("Hirokazu Matsuno", name: true), japanese: japanese("松野博一"))
                == TranslationEvidence.Match(strength: 1, signal: "composition"))
    }

    @Test func theSameWordsWrittenAsNoNameAreNotExempt() {
        let evidence = TranslationEvidence(lexicon: BilingualLexicon(), names: lexicon([("松野", "matsuno"), ("博一", "hirokazu")]))
        let match = evidence.match(english: english("hirokazu matsuno"), japanese: japanese("松野博一"))
        #expect(abs((match?.strength ?? 0) - 0.6) < 1e-9)
    }

    @Test func aNameReadingIsAWholeEntry() {
        let evidence = TranslationEvidence(lexicon: nil, names: lexicon([("尖閣諸島", "senkaku islands")]))
        #expect(evidence.match(english: english("Senkaku Islands", name: true), japanese: japanese("尖閣諸島"))
                == TranslationEvidence.Match(strength: 1, signal: "dictionary"))
    }

    // MARK: foreign names and transliteration

    @Test func givenNamesMayStayUnexplainedBeforeAKatakanaSurname() {
        let evidence = TranslationEvidence(lexicon: BilingualLexicon())
        #expect(evidence.match(english: english("Daniel Morrison", name: true), japanese: japanese("モリソン"))
                == TranslationEvidence.Match(strength: 1, signal: "transliteration"))
    }

    @Test func aCommonEnglishWordIsNoGivenName() {
        // "defense" is the whole gloss of three headwords, so it is a word, not a given name:
        // ミニストリー explains only "ministry", one English word of two.
        let evidence = TranslationEvidence(lexicon: lexicon([("防衛", "defense"), ("国防", "defense"), ("守備", "defense")]))
        let match = evidence.match(english: english("Defense Ministry", name: true), japanese: japanese("ミニストリー"))
        #expect(abs((match?.strength ?? 0) - 0.5) < 1e-9)
    }

    @Test func aWordGlossingFewerThanThreeHeadwordsCountsAsAName() {
        let evidence = TranslationEvidence(lexicon: lexicon([("防衛", "defense"), ("国防", "defense")]))
        #expect(evidence.match(english: english("Defense Ministry", name: true), japanese: japanese("ミニストリー"))?.strength == 1)
    }

    @Test func givenNamesMustBeExplainedWhenTheJapaneseIsNotKatakana() {
        let evidence = TranslationEvidence(lexicon: BilingualLexicon(), names: lexicon([("松野", "matsuno")]))
        let match = evidence.match(english: english("Hirokazu Matsuno", name: true), japanese: japanese("松野"))
        #expect(abs((match?.strength ?? 0) - 0.5) < 1e-9)
    }

    @Test func aKatakanaRunMaySpellSeveralEnglishWords() {
        // ゴールデンファルコン "grdnfrkn" = golden + falcon; golden alone ("grdn") is too short for it.
        let evidence = TranslationEvidence(lexicon: BilingualLexicon())
        #expect(evidence.match(english: english("Golden Falcon", name: true), japanese: japanese("ゴールデンファルコン"))
                == TranslationEvidence.Match(strength: 1, signal: "transliteration"))
    }

    @Test func aKatakanaRunSpellingSeveralWordsExplainsAllOfThem() {
        // シルバーアロー "shirubaaro" → "srbr" spells "silverarrow" ("srbr") exactly; "silver" alone
        // is also "srbr"; the longest similar span must win, or "arrow" is left unexplained (0.5).
        let evidence = TranslationEvidence(lexicon: BilingualLexicon())
        #expect(evidence.match(english: english("Silver Arrow", name: true), japanese: japanese("シルバーアロー"))
                == TranslationEvidence.Match(strength: 1, signal: "transliteration"))
    }

    @Test func katakanaWordsJoinedByAMiddleDotAreReadOneByOne() {
        let evidence = TranslationEvidence(lexicon: BilingualLexicon())
        #expect(evidence.match(english: english("Golden Falcon", name: true), japanese: japanese("ゴールデン・ファルコン"))?.strength == 1)
    }

    @Test func twoConsonantSkeletonsMustBeEqual() {
        // ベーカー gives "bk", Baker "bkr": close by ratio (0.8), but two consonants say too little.
        let evidence = TranslationEvidence(lexicon: BilingualLexicon())
        #expect(evidence.match(english: english("Baker", name: true), japanese: japanese("ベーカー")) == nil)
    }

    @Test func skeletonsAreSimilarWhenTheirCommonSubsequenceCoversFourFifths() {
        #expect(TranslationEvidence.similar("mrsn", "mrsn"))
        #expect(TranslationEvidence.similar("srbr", "srb"))        // 2·3 / 7 ≈ 0.86
        #expect(!TranslationEvidence.similar("msr", "mnstr"))      // 2·3 / 8 = 0.75: missile is no ministry
    }

    @Test func skeletonsMustShareTheirFirstLetter() {
        #expect(!TranslationEvidence.similar("krsn", "mrsn"))
    }

    @Test func twoConsonantSkeletonsAreSimilarOnlyWhenEqual() {
        #expect(TranslationEvidence.similar("tk", "tk"))
        #expect(!TranslationEvidence.similar("tk", "tmk"))        // 2·2 / 5 = 0.8 would pass the ratio
    }

    // MARK: word forms

    @Test func aShortDerivationalSuffixIsIgnored() {
        let evidence = TranslationEvidence(lexicon: lexicon([("国家", "nation"), ("戦略", "strategy")]))
        #expect(evidence.match(english: english("national strategy"), japanese: japanese("国家戦略"))
                == TranslationEvidence.Match(strength: 1, signal: "composition"))
    }

    @Test func derivationsShareAtLeastFiveLetters() {
        #expect(TranslationEvidence.isDerivation("national", of: "nation"))
        #expect(TranslationEvidence.isDerivation("strategic", of: "strategy"))
        #expect(!TranslationEvidence.isDerivation("army", of: "arm"))
        #expect(!TranslationEvidence.isDerivation("nationalism", of: "nation"))
        #expect(!TranslationEvidence.isDerivation("nation", of: "nation"))
    }

    // MARK: no evidence

    @Test func unrelatedWordsAreNoEvidence() {
        let evidence = TranslationEvidence(lexicon: lexicon([("海軍", "navy")]))
        #expect(evidence.match(english: english("air force"), japanese: japanese("海軍")) == nil)
    }

    @Test func withoutDictionariesOnlyFormSignalsRemain() {
        let evidence = TranslationEvidence(lexicon: nil)
        #expect(evidence.match(english: english("navy"), japanese: japanese("海軍")) == nil)
        #expect(!evidence.isDictionaryWord("海軍"))
    }

    @Test func aDictionaryWordIsOneTheLexiconHoldsAsAHeadword() {
        let evidence = TranslationEvidence(lexicon: lexicon([("海軍", "navy")]))
        #expect(evidence.isDictionaryWord("海軍"))
        #expect(!evidence.isDictionaryWord("海軍基地"))
    }

    @Test func anInitialismNeedsAGlossThatSpellsItOutWhole() {
        // "U.S." is "United States", not any gloss with "state" in it (程 "the state of").
        let evidence = TranslationEvidence(lexicon: lexicon([("状態", "the state of"), ("合衆国", "United States")]))
        #expect(evidence.match(english: english("U.S.", name: true), japanese: japanese("状態")) == nil)
        #expect((evidence.match(english: english("U.S.", name: true), japanese: japanese("合衆国"))?.strength ?? 0) >= 0.9)
    }
}

/// A news agency's Japanese name leaves "Agency" out.
@Suite struct NewsAgencyNameTests {
    @Test func agencyIsImpliedAfterNews() {
        let lexicon = TermFixtures.lexicon([("朝鮮", "Korea"), ("中央", "central"), ("通信", "news"), ("報道", "report")])
        let pairs = TermFixtures.extractor(lexicon).extract([SegmentPair(
            id: "a#1", english: "The Korean Central News Agency reported it.", japanese: "朝鮮中央通信が報道した。")])
        #expect(TermFixtures.has(pairs, "Korean Central News Agency", "朝鮮中央通信"))
        #expect(!pairs.contains { $0.english == "News" })
    }

    @Test func agencyElsewhereIsNoImpliedWord() {
        // "Space Agency" is no news agency: the Japanese must say 機関 or 庁 for it.
        let lexicon = TermFixtures.lexicon([("宇宙", "space"), ("欧州", "Europe"), ("発表", "announcement")])
        let evidence = TranslationEvidence(lexicon: lexicon)
        let english = TermFixtures.englishCandidates("The European Space Agency announced it.").first { $0.surface == "European Space Agency" }!
        let japanese = JapaneseCandidateExtractor(lexicon: lexicon).extract("欧州宇宙が発表した。").candidates.first { $0.surface == "欧州宇宙" }!
        #expect((evidence.match(english: english, japanese: japanese)?.strength ?? 0) < 0.9)
    }
}

/// A nationality noun meets the country with 人 "person" (ドイツ人 German).
@Suite struct DemonymTests {
    @Test func aDemonymMeetsTheCountryWithPerson() {
        let evidence = TranslationEvidence(lexicon: TermFixtures.lexicon([("ドイツ", "Germany"), ("人", "person")]))
        #expect(evidence.match(english: TermFixtures.englishCandidate("German", name: true), japanese: TermFixtures.japaneseCandidate("ドイツ人"))?.strength == 1)
        // A word that is no nationality gets no such reading.
        #expect((evidence.match(english: TermFixtures.englishCandidate("Germany", name: true), japanese: TermFixtures.japaneseCandidate("ドイツ人"))?.strength ?? 0) < 0.9)
    }
}

/// A katakana loanword stands for the English word it spells, not for its other glosses.
@Suite struct SoundSpanTests {
    @Test func aLoanwordExplainsOnlyTheWordItSpells() {
        let evidence = TranslationEvidence(lexicon: TermFixtures.lexicon([("アラート", "alert"), ("アラート", "warning")]))
        let japanese = TermFixtures.japaneseCandidate("Jアラート")
        #expect(evidence.match(english: TermFixtures.englishCandidate("J-Alert", name: true), japanese: japanese)?.strength == 1)
        // "warning" is only a gloss of アラート, which already stands for "alert".
        #expect((evidence.match(english: TermFixtures.englishCandidate("J-Alert warning"), japanese: japanese)?.strength ?? 0) < 0.9)
    }

    @Test func theSpanIsTheBestSpelledOne() {
        let words = ["silver", "arrow", "exercise"]
        #expect(TranslationEvidence.soundSpan(Transliteration.skeleton("shirubaaroo"), words) == 0...1)
        #expect(TranslationEvidence.soundSpan(Transliteration.skeleton("misairu"), ["missile", "warning"]) == 0...0)
        #expect(TranslationEvidence.soundSpan(Transliteration.skeleton("baiden"), ["missile"]) == nil)
    }
}
