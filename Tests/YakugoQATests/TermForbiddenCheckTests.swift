import Testing
import YakugoCore
import YakugoQA

@Suite struct TermForbiddenCheckTests {
    @Test func reportsTheReplacementAndTheSpan() {
        let found = run("term-forbidden", "The Defense Ministry said so.", "防衛庁がそう述べた。", glossary: [TermMissingCheckTests.ministry])
        #expect(found.count == 1)
        #expect(found.first?.suggestion == "防衛省")
        #expect(found.first?.targetSpan == TextRange(start: 0, end: 3))
    }

    @Test func forbiddenFormInsideAnotherConceptsAllowedFormPasses() {
        let japanMinistry = Concept(terms: [Term("Defense Ministry", language: .english), Term("防衛省", language: .japanese),
                                            Term("国防省", language: .japanese, status: .forbidden)])
        let china = Concept(english: "Chinese Defense Ministry", japanese: "中国国防省")
        #expect(run("term-forbidden", "The Chinese Defense Ministry protested to the Defense Ministry.", "中国国防省が防衛省に抗議した。",
                    glossary: [japanMinistry, china]).isEmpty)
    }

    @Test func anOldFormBesideTheApprovedOneNamesSomethingElse() {
        let ministry = [TermMissingCheckTests.ministry]
        // The approved form renders the one mention; the old one translates "Defense Agency".
        #expect(run("term-forbidden", "The Defense Agency became the Defense Ministry in 2007.", "防衛庁は2007年に防衛省になった。",
                    glossary: ministry).isEmpty)
        // Without the approved form, or with fewer approved forms than mentions, it is reported.
        #expect(run("term-forbidden", "The Defense Agency became the Defense Ministry in 2007.", "防衛庁は2007年に防衛庁になった。",
                    glossary: ministry).count == 2)
        #expect(run("term-forbidden", "The Defense Ministry said the Defense Ministry would act.", "防衛省は、防衛庁が対応すると述べた。",
                    glossary: ministry).count == 1)
    }

    @Test func overlappingApprovedFormsAreOneRendering() {
        let command = Concept(terms: [Term("Indo-Pacific Command", language: .english), Term("インド太平洋軍", language: .japanese),
                                      Term("米インド太平洋軍", language: .japanese, usage: .variant),
                                      Term("太平洋軍", language: .japanese, status: .forbidden)])
        // Two mentions, one rendering (the variant holds the preferred form): the old name is reported.
        #expect(run("term-forbidden", "Indo-Pacific Command said the drill, led by Indo-Pacific Command, ended.",
                    "米インド太平洋軍によると、米太平洋軍が主導した訓練は終わった。", glossary: [command]).count == 1)
        let office = Concept(terms: [Term("Joint Staff Office", language: .english), Term("統合幕僚監部", language: .japanese),
                                     Term("統幕", language: .japanese, usage: .shortForm),
                                     Term("統合幕僚会議", language: .japanese, status: .forbidden)])
        // Two renderings a particle apart are two: both mentions are rendered, so the old form
        // translates something else.
        #expect(run("term-forbidden", "The Defense Ministry and the Defense Ministry's predecessor, the Defense Agency, differ.",
                    "防衛省と防衛省の前身である防衛庁は異なる。", glossary: [TermMissingCheckTests.ministry]).isEmpty)
        // A long form with its short form in brackets is one rendering.
        #expect(run("term-forbidden", "The Joint Staff Office said it and the Joint Staff Office agreed.",
                    "統合幕僚監部（統幕）は、統合幕僚会議が合意したと述べた。", glossary: [office]).count == 1)
    }

    @Test func sourceMustNameTheConcept() {
        #expect(run("term-forbidden", "It was renamed.", "防衛庁が改称された。", glossary: [TermMissingCheckTests.ministry]).isEmpty)
    }

    @Test func spansStayOnTheOriginalTextAfterKanjiNumeralsAreFolded() {
        // 二千二十三 folds to four digits (2023), one scalar fewer than written; the span must not shift.
        let found = run("term-forbidden", "The Defense Ministry said in 2023.", "二千二十三年、防衛庁がそう述べた。",
                        glossary: [TermMissingCheckTests.ministry])
        #expect(found.first?.targetSpan == TextRange(start: 7, end: 10))
    }

    @Test func forbiddenFormWrittenWithKanjiNumeralsIsFound() {
        let drill = Concept(terms: [Term("trilateral drill", language: .english), Term("3カ国共同訓練", language: .japanese),
                                    Term("3国訓練", language: .japanese, status: .forbidden)])
        let found = run("term-forbidden", "The trilateral drill began.", "三国訓練が始まった。", glossary: [drill])
        #expect(found.first?.targetSpan == TextRange(start: 0, end: 4))
    }
}
