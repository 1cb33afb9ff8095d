import Testing
import YakugoCore
import YakugoQA

@Suite struct UntranslatedCheckTests {
    @Test func copyOfTheSourceIsReportedOnce() {
        let found = run("untranslated", "The missile fell.", "The missile fell.")
        #expect(found.count == 1)
    }

    @Test func fullWidthCopyIsACopy() {
        #expect(run("untranslated", "Missile fell", "Ｍｉｓｓｉｌｅ　ｆｅｌｌ").count == 1)
    }

    @Test func glossaryLatinFormsAndOptionsAreAllowed() {
        let nsc = Concept(english: "National Security Council", japanese: "日本版NSC")
        #expect(run("untranslated", "The Council met.", "日本版NSCが開かれた。", glossary: [nsc]).isEmpty)
        var options = QAOptions()
        options.allowedLatinWords = ["iPhone"]
        #expect(run("untranslated", "The iPhone sold well.", "iPhoneがよく売れた。", options: options).isEmpty)
    }

    @Test func wordsNotInTheSourceAreNotCopies() {
        #expect(run("untranslated", "A new phone sold well.", "新型のiPhoneがよく売れた。").isEmpty)
    }

    @Test func neighbouringWordsAreOneFinding() {
        let found = run("untranslated", "the Freedom Edge drill", "Freedom Edge演習")
        #expect(found.count == 1)
        #expect(found.first?.targetSpan == TextRange(start: 0, end: 12))
    }
}
