import Testing
import YakugoCore
@testable import YakugoText

private func sentences(_ text: String) -> [String] {
    SentenceSegmenter(language: .english).segment(text: text).sentences.map(\.text)
}

@Suite("English sentence segmentation")
struct EnglishSegmentationTests {
    @Test("no break after an initialism before a capitalised name", arguments: [
        "U.S. President Joe Biden spoke with Kishida.",
        "The U.N. Security Council met on Wednesday.",
        "The U.K. Defense Ministry said so.",
        "Japan and the U.S. Armed Forces held a drill.",
    ])
    func initialismBeforeName(text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func breakAfterInitialismBeforeSentenceStarter() {
        #expect(sentences("Japan held talks with the U.S. The two sides agreed.") ==
            ["Japan held talks with the U.S.", "The two sides agreed."])
    }

    @Test func breakAfterSingleLetterNameBeforeInterjection() {
        // A one-letter label ends the sentence when a spoken turn's interjection follows;
        // before a name it stays an initial.
        #expect(sentences("This is Dennis from Company A. Oh, hi Dennis.") ==
            ["This is Dennis from Company A.", "Oh, hi Dennis."])
        #expect(sentences("We called Company B. Thanks to them, it worked.") ==
            ["We called Company B.", "Thanks to them, it worked."])
        #expect(sentences("George W. Bush met him.") == ["George W. Bush met him."])
        // Nor does an initial precede a title.
        #expect(sentences("I am Takada from Company I. Mr. Takada, thank you.") ==
            ["I am Takada from Company I.", "Mr. Takada, thank you."])
        #expect(sentences("The U.S. Rep. Smith spoke.") == ["The U.S. Rep. Smith spoke."])
        // Only a single capital letter: not "v." of a case name, not "U.S." before a
        // title-case headline's verb or a Korean surname.
        #expect(sentences("The case is Smith v. St. Louis County and it was decided.").count == 1)
        #expect(sentences("U.S. Thanks Japan for Support in Crisis").count == 1)
        #expect(sentences("The ambassador to the U.S. Oh Young-jin attended.").count == 1)
    }

    @Test func ordinalIsNoSaintAbbreviation() {
        // "1st." is an ordinal ending the sentence, not "St." before a name.
        #expect(sentences("It goes on sale on May the 1st. Okay, how much is it?") ==
            ["It goes on sale on May the 1st.", "Okay, how much is it?"])
        #expect(sentences("He finished 2nd. Kato was third.") == ["He finished 2nd.", "Kato was third."])
        #expect(sentences("They met at St. Paul's Cathedral.") == ["They met at St. Paul's Cathedral."])
        // A time glued to its number keeps "a.m." an abbreviation.
        #expect(sentences("The meeting starts at 10a.m. Tokyo time on Monday.").count == 1)
    }

    @Test("no break after a title or rank", arguments: [
        "Gen. Yoshida inspected the unit.", "Lt. Gen. Smith arrived.", "Adm. Aquilino spoke.",
        "Mr. Kishida left.", "Ms. Kamikawa arrived.", "Dr. Lee said it was a test.",
        "Robert Smith Jr. Was named later.", "Capt. Ito said nothing.",
    ])
    func titleAbbreviations(text: String) {
        // "Jr." is ambiguous; before a non-starter capital it stays inside.
        #expect(sentences(text) == [text])
    }

    @Test("no break after a month abbreviation before a day", arguments: [
        "The missile was launched on Oct. 4 from Jagang.", "Talks resumed on Sept. 12 in Seoul.",
        "The drill ran from Jan. 3 to Feb. 7.", "It happened on Nov. 18, 2022.", "Dec. 16 is the date.",
    ])
    func monthAbbreviations(text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func noBreakAfterNumberAbbreviation() {
        #expect(sentences("He is the No. 2 official. He spoke.") == ["He is the No. 2 official.", "He spoke."])
    }

    @Test("a.m. and p.m. inside a sentence", arguments: [
        "The missile was fired at 7:22 a.m. local time.",
        "It fell at 10:15 p.m. Japan time, officials said.",
    ])
    func clockAbbreviationsInside(text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func breakAfterClockAbbreviationAtSentenceEnd() {
        #expect(sentences("The launch came at 7 a.m. The missile flew east.") ==
            ["The launch came at 7 a.m.", "The missile flew east."])
    }

    @Test func companySuffixInsideAndAtEnd() {
        #expect(sentences("Mitsubishi Heavy Industries Inc. Will build it.") == ["Mitsubishi Heavy Industries Inc. Will build it."])
        #expect(sentences("The order went to Lockheed Martin Inc. The deal is large.") ==
            ["The order went to Lockheed Martin Inc.", "The deal is large."])
    }

    @Test func decimalsDoNotBreak() {
        #expect(sentences("The budget rose 2.5 percent to 7.95 trillion yen. It is a record.") ==
            ["The budget rose 2.5 percent to 7.95 trillion yen.", "It is a record."])
    }

    @Test func ellipsisBeforeCapitalBreaks() {
        #expect(sentences("He paused... Then he spoke again.") == ["He paused...", "Then he spoke again."])
    }

    @Test func ellipsisBeforeLowercaseStays() {
        #expect(sentences("The missile ... flew over Aomori.") == ["The missile ... flew over Aomori."])
    }

    @Test func quotationThatEndsASentence() {
        let text = "He said the launch was “an obvious and serious challenge.” The ministry agreed."
        #expect(sentences(text) == ["He said the launch was “an obvious and serious challenge.”", "The ministry agreed."])
    }

    @Test func quotationFollowedByAttributionStaysOne() {
        let text = "“We will consider sanctions,” Kishida said. “We will act.”"
        #expect(sentences(text) == ["“We will consider sanctions,” Kishida said.", "“We will act.”"])
    }

    @Test func questionInsideQuoteWithLowercaseAttribution() {
        #expect(sentences("“Why now?” he asked. Nobody answered.") == ["“Why now?” he asked.", "Nobody answered."])
    }

    @Test func headlineWithoutPeriodIsItsOwnUnit() {
        let text = "Japan, U.S. hold joint drill after missile launch\n\nThe drill took place on Oct. 4."
        #expect(sentences(text) == ["Japan, U.S. hold joint drill after missile launch", "The drill took place on Oct. 4."])
    }

    @Test func paragraphEndIsAHardBoundary() {
        let document = SentenceSegmenter(language: .english).segment(text: "First paragraph without period\n\nSecond one.")
        #expect(document.sentences.map(\.paragraph) == [0, 1])
    }

    @Test func photoCreditStaysWithCaption() {
        let text = "Jets fly west of Kyushu on Oct. 4. (Provided by the Joint Staff Office)"
        #expect(sentences(text) == [text])
    }

    @Test func bracketedFullSentenceIsSeparate() {
        #expect(sentences("The talks ended. (The ministry declined to comment.)") ==
            ["The talks ended.", "(The ministry declined to comment.)"])
    }

    @Test func rangesPointIntoTheOriginal() {
        let text = "  Mr. Kishida spoke.  He left.\r\n"
        let document = SentenceSegmenter(language: .english).segment(text: text)
        let scalars = ScalarText(text)
        for sentence in document.sentences {
            #expect(scalars[sentence.range] == sentence.text)
        }
        #expect(document.sentences.map(\.range) == [TextRange(start: 2, end: 20), TextRange(start: 22, end: 30)])
    }
}

@Suite("English sentence segmentation: acronyms")
struct EnglishAcronymTests {
    @Test func breakAfterAnAcronymWithoutPeriods() {
        // ICU's own suppression list (ss=standard) keeps "NATO. The" together; we must not.
        #expect(sentences("They likened it to NATO. The North then fired two missiles.") ==
            ["They likened it to NATO.", "The North then fired two missiles."])
    }
}

@Suite("English sentence segmentation: attributions and month ends")
struct EnglishAttributionTests {
    @Test func attributionAfterExclamationInQuotes() {
        #expect(sentences("“There’s a shark in the water!” Hammel added. The beach closed.") ==
            ["“There’s a shark in the water!” Hammel added.", "The beach closed."])
    }

    @Test func longClauseAfterQuoteIsASentence() {
        #expect(sentences("“We are ready!” The ministry then announced new drills for next week.") ==
            ["“We are ready!”", "The ministry then announced new drills for next week."])
    }

    @Test func monthAbbreviationWithoutDayEndsTheSentence() {
        #expect(sentences("The airport stays closed until Oct. President Widodo will visit.") ==
            ["The airport stays closed until Oct.", "President Widodo will visit."])
    }

    @Test func detectiveTitle() {
        #expect(sentences("The driver was robbed, Det. Dennis McCarthy wrote.") == ["The driver was robbed, Det. Dennis McCarthy wrote."])
    }
}

@Suite("English sentence segmentation: unit symbols")
struct EnglishUnitSymbolTests {
    @Test func periodAfterAUnitSymbolEndsTheSentence() {
        // Unit symbols take no period in news copy, so "km." is a sentence end.
        #expect(sentences("It flew 4,600 km. Japan protested.") == ["It flew 4,600 km.", "Japan protested."])
    }
}
