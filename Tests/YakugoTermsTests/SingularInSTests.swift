import Testing
import YakugoCore
import YakugoText
@testable import YakugoTerms

/// Word forms whose final s is no plural.
@Suite struct SingularInSTests {
    @Test func newsIsNotThePluralOfNew() {
        #expect(EnglishWordForms.stem("news") == "news")
        #expect(EnglishWordForms.stem("News") == "news")
        #expect(EnglishWordForms.stem("new") != EnglishWordForms.stem("news"))
        #expect(EnglishWordForms.stem("drills") == EnglishWordForms.stem("drill"))
    }

    @Test func aNameWithNewsDoesNotMeetNew() {
        let news = EnglishCandidateExtractor.key(of: "News")
        let new = EnglishCandidateExtractor.key(of: "New")
        #expect(news != new)
    }
}
