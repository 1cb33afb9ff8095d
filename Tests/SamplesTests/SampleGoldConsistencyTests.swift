import Foundation
import Testing
import YakugoCore
import YakugoFormats
import YakugoText

/// One sample pair's files.
struct SamplePair: CustomStringConvertible, Sendable {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples").path

    var name: String
    var description: String { name }

    static var all: [SamplePair] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".en.txt") }.sorted().map { SamplePair(name: String($0.dropLast(".en.txt".count))) }
    }

    func read(_ suffix: String) throws -> String {
        try TextDecoder.decode(try FileIO.readBytes("\(Self.directory)/\(name).\(suffix)"), source: "\(name).\(suffix)")
    }

    func lines(_ suffix: String) throws -> [String] {
        try read(suffix).split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
    }
}

private func withoutWhitespace(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
}

/// Allowed bead shapes of the gold alignments (EN count, JA count).
private let allowedShapes: Set<[Int]> = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [1, 3], [3, 1]]

@Suite("Samples: gold files agree with the texts")
struct SampleGoldConsistencyTests {
    @Test func thereAreAtLeastSixPairs() {
        #expect(SamplePair.all.count >= 6)
    }

    @Test(arguments: SamplePair.all)
    func sentencesCoverTheTextExactly(pair: SamplePair) throws {
        for language in ["en", "ja"] {
            let text = try pair.read("\(language).txt")
            let sentences = try pair.lines("\(language).sents")
            #expect(withoutWhitespace(sentences.joined()) == withoutWhitespace(text), "\(pair).\(language)")
            for sentence in sentences {
                #expect(sentence == sentence.trimmingCharacters(in: .whitespaces), "untrimmed: \(sentence)")
                #expect(text.contains(sentence), "not verbatim in text: \(sentence)")
            }
        }
    }

    @Test(arguments: SamplePair.all)
    func englishHasTwelveToTwentyFiveSentences(pair: SamplePair) throws {
        let count = try pair.lines("en.sents").count
        #expect((12...25).contains(count), "\(pair): \(count) English sentences")
    }

    @Test(arguments: SamplePair.all)
    func alignmentIsACompleteMonotonicBeadList(pair: SamplePair) throws {
        let enCount = try pair.lines("en.sents").count
        let jaCount = try pair.lines("ja.sents").count
        var nextEN = 0
        var nextJA = 0
        var shapes: [[Int]] = []
        for line in try pair.lines("align.tsv") {
            let sides = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(sides.count == 2, "\(pair): bad line \(line)")
            let en = sides[0].split(separator: ",").compactMap { Int($0) }
            let ja = sides[1].split(separator: ",").compactMap { Int($0) }
            // Each side continues exactly where the previous bead stopped: complete, monotonic, contiguous.
            #expect(en == Array(nextEN..<(nextEN + en.count)), "\(pair): EN \(en) after \(nextEN)")
            #expect(ja == Array(nextJA..<(nextJA + ja.count)), "\(pair): JA \(ja) after \(nextJA)")
            nextEN += en.count
            nextJA += ja.count
            shapes.append([en.count, ja.count])
            #expect(allowedShapes.contains([en.count, ja.count]), "\(pair): bead shape \(en.count)-\(ja.count)")
        }
        #expect(nextEN == enCount && nextJA == jaCount, "\(pair): beads cover \(nextEN)/\(enCount) EN, \(nextJA)/\(jaCount) JA")
        // The samples must exercise the hard cases: merges, splits, one-sided sentences.
        #expect(shapes.contains([2, 1]) && shapes.contains(where: { $0[0] == 1 && $0[1] >= 2 }), "\(pair): needs merges and splits")
        #expect(shapes.contains([1, 0]) && shapes.contains([0, 1]), "\(pair): needs one-sided sentences")
    }

    @Test(arguments: SamplePair.all)
    func termsOccurInTheirTexts(pair: SamplePair) throws {
        let english = try pair.read("en.txt").lowercased()
        let japanese = try pair.read("ja.txt")
        let categories: Set<String> = ["org", "person", "title", "place", "weapon", "treaty", "concept", "event"]
        let terms = try pair.lines("terms.tsv")
        #expect(terms.count >= 20, "\(pair): \(terms.count) terms")
        for line in terms {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == 3, "\(pair): bad term line \(line)")
            #expect(english.contains(fields[0].lowercased()), "\(pair): EN term not in text: \(fields[0])")
            #expect(japanese.contains(fields[1]), "\(pair): JA term not in text: \(fields[1])")
            #expect(categories.contains(fields[2]), "\(pair): unknown category \(fields[2])")
        }
    }

    @Test func htmlPagesGiveTheSameParagraphsAsTheText() throws {
        let htmlDirectory = SamplePair.directory + "/html"
        let pages = ((try? FileManager.default.contentsOfDirectory(atPath: htmlDirectory)) ?? []).filter { $0.hasSuffix(".html") }
        try #require(!pages.isEmpty, "Samples/html has no page")
        for page in pages {
            let html = try ArticleReader.read(path: "\(htmlDirectory)/\(page)")
            let text = try ArticleReader.read(path: "\(SamplePair.directory)/\(page.dropLast(5)).txt")
            let htmlText = ScalarText(html.text)
            let plainText = ScalarText(text.text)
            #expect(html.paragraphs.map { htmlText[$0] } == text.paragraphs.map { plainText[$0] }, "\(page)")
        }
    }
}
