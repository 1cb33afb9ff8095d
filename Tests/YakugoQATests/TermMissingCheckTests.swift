import Testing
import YakugoCore
import YakugoQA

@Suite struct TermMissingCheckTests {
    static let ministry = Concept(terms: [
        Term("Defense Ministry", language: .english), Term("MOD", language: .english, usage: .abbreviation),
        Term("防衛省", language: .japanese), Term("防衛庁", language: .japanese, status: .forbidden),
    ], category: .organization)
    static let freedomEdge = Concept(terms: [
        Term("Freedom Edge", language: .english), Term("フリーダム・エッジ", language: .japanese),
    ], category: .event)

    @Test func matchingIsOnSubstringsNotSpaces() {
        #expect(run("term-missing", "The Defense Ministry said so.", "防衛省によると", glossary: [Self.ministry]).isEmpty)
    }

    @Test func nameJoinerAndWidthAreIgnored() {
        #expect(run("term-missing", "Freedom Edge began.", "フリーダムエッジが始まった。", glossary: [Self.freedomEdge]).isEmpty)
        #expect(run("term-missing", "Freedom Edge began.", "ﾌﾘｰﾀﾞﾑ･ｴｯｼﾞが始まった。", glossary: [Self.freedomEdge]).isEmpty)
    }

    @Test func acronymsMatchOnlyInCapitals() {
        #expect(run("term-missing", "The mod was installed.", "改造が施された。", glossary: [Self.ministry]).isEmpty)
        #expect(run("term-missing", "The MOD said so.", "国防当局がそう述べた。", glossary: [Self.ministry]).count == 1)
    }

    @Test func pluralsMatch() {
        let missile = Concept(english: "cruise missile", japanese: "巡航ミサイル")
        #expect(run("term-missing", "Two cruise missiles hit.", "2発が着弾した。", glossary: [missile]).count == 1)
    }

    @Test func longestGlossaryFormWins() {
        let japan = Concept(english: "Japan", japanese: "日本", category: .place)
        let asdf = Concept(english: "Japan Air Self-Defense Force", japanese: "航空自衛隊")
        let found = run("term-missing", "The Japan Air Self-Defense Force scrambled jets.", "空自が緊急発進した。", glossary: [japan, asdf])
        #expect(found.count == 1)
        #expect(found.first?.suggestion == "航空自衛隊")
    }

    @Test func designationsKeepTheirDigits() {
        let hwasong12 = Concept(english: "Hwasong-12", japanese: "火星12")
        #expect(run("term-missing", "a Hwasong-17 ICBM", "ICBM「火星17」", glossary: [hwasong12]).isEmpty)
    }

    @Test func forbiddenFormIsLeftToTermForbidden() {
        #expect(run("term-missing", "The Defense Ministry said so.", "防衛庁がそう述べた。", glossary: [Self.ministry]).isEmpty)
    }
}

/// Kanji numerals folded to digits, compounds unpacked with a particle, nested glossary terms,
/// and general words reported as warnings.
@Suite struct TermMissingMatchingTests {
    static let guidelines = Concept(english: "two defense guidelines", japanese: "防衛2指針", category: .treaty)
    static let article9 = Concept(english: "Article 9", japanese: "第9条", category: .treaty)
    static let jointDrill = Concept(english: "joint drill", japanese: "共同訓練", category: .event)
    static let bilateralTalks = Concept(english: "bilateral talks", japanese: "2国間協議", category: .event)
    static let harshCriticism = Concept(english: "harsh criticism", japanese: "厳しい批判", category: .concept)
    static let videoConference = Concept(english: "video conference", japanese: "テレビ会議", category: .event)
    static let patriot = Concept(terms: [
        Term("Patriot", language: .english), Term("Patriot interceptor missile", language: .english, usage: .variant),
        Term("パトリオット", language: .japanese), Term("迎撃ミサイル「パトリオット」", language: .japanese, usage: .variant),
    ], category: .weapon)
    static let interceptor = Concept(english: "interceptor missile", japanese: "迎撃ミサイル", category: .weapon)
    static let gsdf = Concept(terms: [
        Term("Ground Self-Defense Force", language: .english), Term("陸上自衛隊", language: .japanese),
        Term("陸自", language: .japanese, usage: .shortForm),
    ], category: .organization)
    static let sdf = Concept(english: "Self-Defense Force", japanese: "自衛隊", category: .organization)

    @Test func kanjiNumeralsInTheTargetMeetDigitsInTheGlossary() {
        #expect(run("term-missing", "The two defense guidelines were revised.", "防衛二指針が改定された。", glossary: [Self.guidelines]).isEmpty)
        #expect(run("term-missing", "Article 9 bans war.", "憲法第九条は戦争を放棄している。", glossary: [Self.article9]).isEmpty)
    }

    @Test func kanjiNumeralsInTheGlossaryMeetDigitsInTheTarget() {
        let tenYear = Concept(english: "ten-year plan", japanese: "十年計画", category: .concept)
        #expect(run("term-missing", "The ten-year plan was adopted.", "10年計画が採択された。", glossary: [tenYear]).isEmpty)
    }

    @Test func aDifferentNumeralIsStillMissing() {
        #expect(run("term-missing", "The two defense guidelines were revised.", "防衛三指針が改定された。", glossary: [Self.guidelines]).count == 1)
        #expect(run("term-missing", "Article 9 bans war.", "憲法第十九条は戦争を放棄している。", glossary: [Self.article9]).count == 1)
    }

    @Test func numeralFoldingKeepsWordsThatContainNumerals() {
        let kyushu = Concept(english: "Kyushu Defense Bureau", japanese: "九州防衛局", category: .organization)
        #expect(run("term-missing", "The Kyushu Defense Bureau said so.", "九州防衛局が明らかにした。", glossary: [kyushu]).isEmpty)
    }

    @Test(arguments: [
        ("The two sides held a joint drill.", "両国は共同の訓練を行った。"),
        ("They began bilateral talks.", "両国は2国間で協議を始めた。"),
        ("The plan drew harsh criticism.", "計画は厳しい批判を浴びた。"),
        ("The ministers met by video conference.", "閣僚はテレビによる会議で協議した。"),
    ])
    func compoundUnpackedWithAParticlePasses(source: String, target: String) {
        #expect(run("term-missing", source, target, glossary: [Self.jointDrill, Self.bilateralTalks, Self.harshCriticism, Self.videoConference]).isEmpty,
                "\(source) → \(target)")
    }

    @Test func partsSeparatedByMoreThanAParticleAreMissing() {
        #expect(run("term-missing", "The two sides held a joint drill.", "両国は共同で新たな訓練を行った。", glossary: [Self.jointDrill]).count == 1)
    }

    @Test func particleNeverSplitsAKatakanaWord() {
        let freedom = Concept(english: "Freedom Shield", japanese: "フリーダムシールド", category: .event)
        #expect(run("term-missing", "Freedom Shield began.", "フリーダムのシールドが始まった。", glossary: [freedom]).count == 1)
    }

    @Test func innerTermIsRequiredWhenTheLongerFormDoesNotHoldIt() {
        let source = "Japan deployed Patriot 1️⃣interceptor missiles."
        let found = run("term-missing", source, "日本は地対空誘導弾「パトリオット」を配備した。", glossary: [Self.patriot, Self.interceptor])
        #expect(found.count == 1)
        #expect(found.first?.sourceSpan?.start == markers(source).first)
        #expect(found.first?.suggestion == "迎撃ミサイル")
    }

    @Test func innerTermIsHeldByTheLongerForm() {
        #expect(run("term-missing", "Japan deployed Patriot interceptor missiles.", "日本は迎撃ミサイル「パトリオット」を配備した。",
                    glossary: [Self.patriot, Self.interceptor]).isEmpty)
    }

    @Test func shortFormHoldsWhatItsFullFormHolds() {
        #expect(run("term-missing", "The Ground Self-Defense Force took part.", "陸自が参加した。", glossary: [Self.gsdf, Self.sdf]).isEmpty)
    }

    @Test func innerTermFusedIntoTheLongerTermIsNotRequired() {
        let secretary = Concept(terms: [
            Term("Chief Cabinet Secretary", language: .english), Term("官房長官", language: .japanese),
            Term("内閣官房長官", language: .japanese, usage: .variant),
        ], category: .title)
        let cabinet = Concept(english: "Cabinet", japanese: "内閣", category: .organization)
        #expect(run("term-missing", "Chief Cabinet Secretary Yoshimasa Hayashi spoke.", "林芳正官房長官が述べた。",
                    glossary: [secretary, cabinet]).isEmpty)
    }

    @Test func innerTermIsNotReportedBesideAMissingLongerTerm() {
        let found = run("term-missing", "Japan deployed Patriot interceptor missiles.", "日本は地対空誘導弾を配備した。",
                        glossary: [Self.patriot, Self.interceptor])
        #expect(found.map(\.suggestion) == ["パトリオット"])
    }

    @Test func generalWordOfAConceptIsAWarning() {
        let alliance = Concept(english: "alliance", japanese: "同盟", category: .concept)
        let found = run("term-missing", "A strong alliance deters attacks.", "強固な日米関係が攻撃を抑止する。", glossary: [alliance])
        #expect(found.map(\.severity) == [.warning])
    }

    @Test func multiWordOrCapitalisedTermsStayErrors() {
        let found = run("term-missing", "The two sides held a joint drill.", "両国は演習を行った。", glossary: [Self.jointDrill])
        #expect(found.map(\.severity) == [.error])
        let nato = Concept(english: "NATO", japanese: "北大西洋条約機構", category: .concept)
        #expect(run("term-missing", "NATO met.", "同盟が会合を開いた。", glossary: [nato]).map(\.severity) == [.error])
    }

    @Test func generalWordOfAWeaponOrOrganizationStaysAnError() {
        let howitzer = Concept(english: "howitzer", japanese: "りゅう弾砲", category: .weapon)
        #expect(run("term-missing", "A howitzer fired.", "大砲が発射された。", glossary: [howitzer]).map(\.severity) == [.error])
    }
}
