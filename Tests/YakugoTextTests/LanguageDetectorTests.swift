import Testing
import YakugoCore
@testable import YakugoText

@Suite("Language detection")
struct LanguageDetectorTests {
    @Test func detectsEnglish() {
        #expect(LanguageDetector.detect("North Korea fired a ballistic missile on Oct. 4.") == .english)
    }

    @Test func detectsJapaneseWithLatinInside() {
        #expect(LanguageDetector.detect("航空自衛隊のF15戦闘機とNATOのICBM対処能力") == .japanese)
    }

    @Test func tooFewLettersIsUndecided() {
        #expect(LanguageDetector.detect("2022 — 10/4 !!") == nil)
        #expect(LanguageDetector.detect("") == nil)
    }
}
