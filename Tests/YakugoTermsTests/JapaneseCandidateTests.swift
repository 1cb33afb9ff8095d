import Testing
import YakugoCore
@testable import YakugoTerms

@Suite struct JapaneseCandidateTests {
    func surfaces(_ text: String, lexicon: BilingualLexicon? = nil) -> [String] {
        JapaneseCandidateExtractor(lexicon: lexicon).extract(text).candidates.map(\.surface)
    }

    @Test func compoundsEndAtHiragana() {
        let found = surfaces("防衛省が弾道ミサイルを確認した。")
        #expect(found.contains("防衛省"))
        #expect(found.contains("弾道ミサイル"))
        #expect(!found.contains { $0.contains("が") || $0.contains("を") || $0.contains("した") })
        #expect(!found.contains("防衛省弾道ミサイル"))
    }

    @Test func nestedCompoundsAreCandidatesToo() {
        let found = surfaces("防衛省が弾道ミサイルを確認した。")
        #expect(found.contains("ミサイル"))
        #expect(found.contains("弾道"))
    }

    @Test func numbersWithCountersAndDatesAreNeverTerms() {
        let found = surfaces("2023年5月3日に3発のミサイルを発射した。")
        #expect(!found.contains { $0.contains(where: \.isNumber) })
        #expect(found.contains("ミサイル"))
    }

    @Test func aNumberWithACounterEndsTheRun() {
        let found = surfaces("巡航ミサイル2発を確認した。")
        #expect(found.contains("巡航ミサイル"))
        #expect(!found.contains { $0.contains("2") })
    }

    @Test func aBareNumberGluedToANameStaysWithIt() {
        let found = surfaces("北朝鮮が火星18を発射した。")
        #expect(found.contains("火星18"))
    }

    @Test func aCandidateDoesNotStartWithABoundSuffix() {
        // 防衛|省|幹部: 省 needs a noun before it.
        let found = surfaces("防衛省幹部が語った。")
        #expect(found.contains("防衛省幹部"))
        #expect(found.contains("幹部"))
        #expect(!found.contains("省幹部"))
    }

    @Test func aCandidateDoesNotEndWithABoundPrefix() {
        // 防衛費|約|7兆円: 約 "about" needs a noun after it. A sequence of country
        // abbreviations (日韓) is the exception, see CountryAbbreviationTests.
        let found = surfaces("防衛費約7兆円を計上した。")
        #expect(found.contains("防衛費"))
        #expect(!found.contains("防衛費約"))
        let summit = surfaces("日韓首脳会談が開かれた。")
        #expect(summit.contains("日韓首脳会談"))
        #expect(summit.contains("首脳会談"))
    }

    @Test func aLonePrefixIsNoCandidateButItsCompoundIs() {
        let found = surfaces("米海軍が到着した。")
        #expect(found.contains("米海軍"))
        #expect(found.contains("海軍"))
        #expect(!found.contains("米"))
    }

    @Test func oneCharacterFormsAreNoCandidates() {
        let found = surfaces("約10隻の艦船が港に入った。")
        #expect(found.contains("艦船"))
        #expect(!found.contains { $0.unicodeScalars.count < 2 })
    }

    @Test func narrationNounsAreNoCandidates() {
        let found = surfaces("外相は記者団に発表した。")
        #expect(found.contains("外相"))
        #expect(!found.contains("記者団"))
        #expect(!found.contains("発表"))
    }

    @Test func adjectivesInTekiAreExcludedButTheirNounPhraseIsKept() {
        let found = surfaces("政府は戦略的対話を始めた。")
        #expect(!found.contains("戦略的"))
        #expect(!found.contains { $0.hasPrefix("的") })
        #expect(found.contains("戦略的対話"))
        #expect(found.contains("対話"))
    }

    @Test func aBracketedKatakanaReadingBecomesAnAliasOfTheNameBeforeIt() {
        let result = JapaneseCandidateExtractor().extract("朴成民（パク・ソンミン）氏が訪れた。")
        #expect(result.aliases[JapaneseCandidateExtractor.key(of: "朴成民")] == ["パク・ソンミン"])
    }

    @Test func aBracketedAcronymBecomesAnAliasOfTheLongestCompoundBeforeIt() {
        let result = JapaneseCandidateExtractor().extract("各国は核拡散防止条約（NPT）を守る。")
        #expect(result.aliases[JapaneseCandidateExtractor.key(of: "核拡散防止条約")] == ["NPT"])
        #expect(result.aliases[JapaneseCandidateExtractor.key(of: "防止条約")] == nil)
    }

    @Test func aBracketedHiraganaGlossIsNoAlias() {
        let result = JapaneseCandidateExtractor().extract("核拡散防止条約（かくかくさん）を守る。")
        #expect(result.aliases.isEmpty)
    }

    @Test func lexiconBoundariesFindAWordThatTheTokenizerCutAcross() {
        var lexicon = BilingualLexicon()
        lexicon.add(japanese: "国務省", english: "department of state")
        lexicon.add(japanese: "米国", english: "america")
        let found = surfaces("米国務省が声明を出した。", lexicon: lexicon)
        #expect(found.contains("国務省"))
        #expect(found.contains("米国務省"))
    }

    @Test func backwardLongestMatchCutsWhereForwardMatchDoesNot() {
        // Forward: 米国|務|省; backward: 米|国務省. Only the backward cut after 米 yields 国務省.
        var lexicon = BilingualLexicon()
        lexicon.add(japanese: "国務省", english: "department of state")
        lexicon.add(japanese: "米国", english: "america")
        let scalars = Array("米国務省".unicodeScalars)
        #expect(JapaneseCandidateExtractor.longestMatchCuts(scalars, lexicon: lexicon, backward: false) == [0, 2, 3, 4])
        #expect(JapaneseCandidateExtractor.longestMatchCuts(scalars, lexicon: lexicon, backward: true) == [0, 1, 4])
    }

    @Test func keysFoldFullWidthLatin() {
        #expect(JapaneseCandidateExtractor.key(of: "ＩＣＢＭ") == JapaneseCandidateExtractor.key(of: "ICBM"))
    }

    @Test func candidatesSpanAtMostMaxUnitsUnits() {
        // 日|韓|首脳|会談 has four units; with maxUnits 2 the longest candidates have two.
        let found = JapaneseCandidateExtractor(maxUnits: 2).extract("日韓首脳会談が開かれた。").candidates
        #expect(found.allSatisfy { $0.parts.count <= 2 })
        #expect(!found.contains { $0.surface == "日韓首脳会談" })
        #expect(found.contains { $0.surface == "首脳会談" })
    }
}

/// Latin words inside Japanese keep the space written between them.
@Suite struct JapaneseLatinSpacingTests {
    @Test func aSpacedLatinNameKeepsItsSpace() {
        let found = JapaneseCandidateExtractor().extract("それからAlan Lithgowがゴールを決めた。").candidates.map(\.surface)
        #expect(found.contains("Alan Lithgow"))
        #expect(!found.contains("AlanLithgow"))
    }

    @Test func unspacedFormsStaySolid() {
        let found = JapaneseCandidateExtractor().extract("航空自衛隊のF35B戦闘機が飛んだ。").candidates.map(\.surface)
        #expect(found.contains("航空自衛隊"))
        #expect(found.contains { $0.hasPrefix("F35B") && !$0.contains(" ") })
    }
}
