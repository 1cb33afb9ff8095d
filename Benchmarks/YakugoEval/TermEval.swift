import Foundation
import YakugoAlign
import YakugoCore
import YakugoFormats
import YakugoTerms
import YakugoText

/// Precision and recall of extracted pairs against a gold list.
struct PairScore {
    var predicted = 0
    var gold = 0
    var correct = 0
    var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    mutating func add(_ other: PairScore) {
        predicted += other.predicted; gold += other.gold; correct += other.correct
    }
}

/// The key a pair is compared under: English and Japanese keys as the extractor makes them.
func pairKey(_ english: String, _ japanese: String) -> String {
    EnglishCandidateExtractor.key(of: english) + "\t" + JapaneseCandidateExtractor.key(of: japanese)
}

/// Aligns a sample with our segmentation and aligner (the pipeline a user runs) and returns
/// the segment pairs of its beads.
func alignedSegments(_ c: AlignmentCase, aligner: SentenceAligner) -> [SegmentPair] {
    let beads = aligner.align(english: c.english, japanese: c.japanese, englishParagraphs: c.englishParagraphs, japaneseParagraphs: c.japaneseParagraphs)
    return beads.enumerated().compactMap { index, bead in
        guard !bead.isOneSided else { return nil }
        return SegmentPair(id: "\(c.name)#\(index + 1)", english: bead.english.map { c.english[$0] }.joined(separator: " "),
                           japanese: bead.japanese.map { c.japanese[$0] }.joined())
    }
}

func readGoldTerms(_ path: String) -> [(String, String)] {
    (readText(path).map(lines) ?? []).compactMap { line in
        let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return f.count >= 2 ? (f[0], f[1]) : nil
    }
}

func termsMain(_ arguments: ArraySlice<String>) {
    let positional = arguments.filter { !$0.hasPrefix("--") }
    let samplesDirectory = positional.first ?? "Samples"
    let debug = arguments.contains("--debug")
    let lexicon: BilingualLexicon? = arguments.contains("--no-dictionary") ? nil : (try? EDICTReader.read())
    if lexicon == nil { print("(EDICT off or absent)\n") }
    let names: BilingualLexicon? = arguments.contains("--no-dictionary") ? nil : (try? EDICTReader.readNames())
    var configuration = AlignerConfiguration()
    configuration.lexicon = lexicon
    let aligner = SentenceAligner(configuration: configuration)
    let cases = sampleCases(samplesDirectory, presegmented: false)

    print("| article | gold pairs | exported | P | R |")
    print("|---|---:|---:|---:|---:|")
    var total = PairScore()
    var corpusSegments: [SegmentPair] = []
    var corpusGold: Set<String> = []
    for c in cases {
        let segments = alignedSegments(c, aligner: aligner)
        corpusSegments += segments
        let gold = Set(readGoldTerms("\(samplesDirectory)/\(c.name).terms.tsv").map { pairKey($0.0, $0.1) })
        corpusGold.formUnion(gold)
        let extractor = TermExtractor(evidence: TranslationEvidence(lexicon: lexicon, names: names))
        let pairs = extractor.extract(segments)
        let predicted = Set(pairs.map { $0.englishKey + "\t" + $0.japaneseKey })
        let s = PairScore(predicted: predicted.count, gold: gold.count, correct: predicted.intersection(gold).count)
        total.add(s)
        print("| \(c.name) | \(s.gold) | \(s.predicted) | \(String(format: "%.3f", s.precision)) | \(String(format: "%.3f", s.recall)) |")
        if debug {
            for p in pairs where !gold.contains(p.englishKey + "\t" + p.japaneseKey) {
                print("    FP \(p.english) ⇔ \(p.japanese) \(String(format: "%.2f", p.score)) f\(p.frequency) \(p.evidence)")
            }
            let found = Set(pairs.map { $0.englishKey + "\t" + $0.japaneseKey })
            for g in readGoldTerms("\(samplesDirectory)/\(c.name).terms.tsv") where !found.contains(pairKey(g.0, g.1)) {
                let near = pairs.filter { $0.englishKey == EnglishCandidateExtractor.key(of: g.0) || $0.japaneseKey == JapaneseCandidateExtractor.key(of: g.1) }
                print("    FN \(g.0) ⇔ \(g.1)   got: \(near.map { "\($0.english)⇔\($0.japanese)" })")
            }
        }
    }
    print("| **all (per article)** | \(total.gold) | \(total.predicted) | **\(String(format: "%.3f", total.precision))** | **\(String(format: "%.3f", total.recall))** |")
    let extractor = TermExtractor(evidence: TranslationEvidence(lexicon: lexicon, names: names))
    let pairs = extractor.extract(corpusSegments)
    let predicted = Set(pairs.map { $0.englishKey + "\t" + $0.japaneseKey })
    let s = PairScore(predicted: predicted.count, gold: corpusGold.count, correct: predicted.intersection(corpusGold).count)
    print("| **corpus (one run)** | \(s.gold) | \(s.predicted) | **\(String(format: "%.3f", s.precision))** | **\(String(format: "%.3f", s.recall))** |")
}

/// `terms-match ENGLISH JAPANESE`: the evidence for one pair, for debugging.
func termsMatchMain(_ arguments: ArraySlice<String>) {
    let args = Array(arguments)
    guard args.count == 2 else { print("usage: terms-match ENGLISH JAPANESE"); return }
    let evidence = TranslationEvidence(lexicon: try? EDICTReader.read(), names: try? EDICTReader.readNames())
    let e = EnglishCandidateExtractor().extract(args[0]).candidates.max { $0.units.count < $1.units.count }!
    for j in JapaneseCandidateExtractor().extract(args[1]).candidates {
        print(j.surface, evidence.match(english: e, japanese: j).map { "\($0.strength) \($0.signal)" } ?? "-", evidence.debugPieces(j.surface))
    }
}
