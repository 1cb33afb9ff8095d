import Testing
import YakugoTerms

/// "of the", "on" and "for" inside the names of bodies, documents, titles and events.
@Suite struct NameJoinerTests {
    func candidates(_ text: String) -> [TermCandidate] { EnglishCandidateExtractor().extract(text).candidates }
    func surfaces(_ text: String) -> [String] { candidates(text).map(\.surface) }

    @Test func ofTheStaysInsideATitle() {
        let found = candidates("He became Chief of the General Staff in 1930.")
        let chief = found.first { $0.surface == "Chief of the General Staff" }
        #expect(chief?.key == EnglishCandidateExtractor.key(of: "Chief of the General Staff"))
        #expect(chief?.parts == ["chief", "general", "staff"])
        #expect(found.contains { $0.surface == "General Staff" })
        #expect(!found.contains { $0.surface.hasSuffix(" the") || $0.surface.hasPrefix("the ") || $0.surface.hasSuffix(" of") })
    }

    @Test func onAndForJoinTheNameOfABodyOrDocument() {
        #expect(surfaces("The Imperial Rescript on Education was issued in 1890.").contains("Imperial Rescript on Education"))
        #expect(surfaces("Scholars at the Institute for Defense Studies disagreed.").contains("Institute for Defense Studies"))
        #expect(surfaces("Both signed the Treaty on the Non-Proliferation.").contains("Treaty on the Non-Proliferation"))
    }

    @Test func aPersonOrADayIsNoName() {
        // "on" after a person or a place opens a time phrase, and "of the" after a person
        // names where they come from.
        #expect(!surfaces("Kishida met Biden on Monday.").contains { $0.contains(" on ") })
        #expect(!surfaces("Kishida talked to Biden on Ukraine.").contains { $0.contains(" on ") })
        #expect(!surfaces("Japan on Sept. 3 protested.").contains { $0.contains(" on ") })
        #expect(!surfaces("Shihei Hayashi of the Sendai Domain wrote it.").contains { $0.contains(" of ") })
    }

    @Test func aLowerCaseWordAfterTheJoinerEndsTheRun() {
        #expect(!surfaces("The Treaty on the table was new.").contains { $0.contains(" on ") })
        #expect(!surfaces("The Chief of the staff spoke.").contains { $0.contains(" of ") })
        #expect(!surfaces("The Treaty for peace was signed.").contains { $0.contains(" for ") })
    }
}
