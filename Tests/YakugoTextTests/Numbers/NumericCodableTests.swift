import Foundation
import Testing
import YakugoCore
@testable import YakugoText

/// Numeric values travel in JSON (reports, caches); they must come back equal.
@Suite("Numbers: JSON round trip")
struct NumericCodableTests {
    @Test func mentionsSurviveJSON() throws {
        let text = "On Oct. 4, about 25 minutes after 7:22 a.m., ¥43 trillion, 1.2 million and fiscal 2023 were cited."
        let mentions = NumberRecognizer.mentions(in: text, language: .english)
        try #require(mentions.count >= 5)
        let data = try JSONEncoder().encode(mentions)
        #expect(try JSONDecoder().decode([NumericMention].self, from: data) == mentions)
    }

    @Test func japaneseEraDateSurvivesJSON() throws {
        let mentions = NumberRecognizer.mentions(in: "令和5年10月4日（水）午後3時、約4600キロ", language: .japanese)
        let data = try JSONEncoder().encode(mentions)
        #expect(try JSONDecoder().decode([NumericMention].self, from: data) == mentions)
    }
}
