import Foundation
import YakugoCore
import YakugoText

/// Settings of the sentence aligner.
public struct AlignerConfiguration: Sendable {
    /// Anchors (numbers, Latin tokens, glossary, dictionary, transliteration) on top of lengths.
    /// Off gives the length-only baseline.
    public var useAnchors = true
    /// A bilingual dictionary (EDICT) for lexical anchors.
    public var lexicon: BilingualLexicon?
    /// Known term pairs (English, Japanese) used as anchors.
    public var glossary: [(english: String, japanese: String)] = []
    /// English sentences per search window: documents up to this size get one exact search.
    public var window = 2000
    /// Half-width of the search band around the diagonal in long documents, in sentences.
    public var band = 120
    /// Documents with at most this many sentences on each side are searched exhaustively;
    /// longer ones inside the band.
    public var exhaustiveUpTo = 300
    /// Re-estimate the length model and bead-shape priors from a first pass (two passes).
    public var reestimate = true
    /// Beads below this confidence are flagged as low-confidence.
    public var lowConfidence = 0.5
    public var weights = AnchorWeights()

    public init() {}
}

/// Aligns the sentences of an English document with those of its Japanese counterpart.
///
/// A monotonic dynamic program over beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 1-3, 3-1) minimises
/// the total cost given by an `AlignmentScorer`. It runs twice: the first pass estimates the
/// document pair's own length ratio, length variance and bead-shape frequencies, the second
/// aligns with them. Long documents are searched in windows of `window` English sentences
/// inside a band of ±`band` sentences around the diagonal; each window commits the first half
/// of its best path and the next starts there, so time grows linearly and memory is bounded by
/// window × band, whatever the document length.
public struct SentenceAligner: Sendable {
    public var configuration: AlignerConfiguration

    public init(configuration: AlignerConfiguration = AlignerConfiguration()) {
        self.configuration = configuration
    }

    /// Below this many nats of `alignWithSupport`'s support a bead, the two documents may well
    /// not be translations of each other.
    public static let minimumSupport = 1.5

    /// Aligns two documents' sentences.
    public func align(_ pair: DocumentPair) -> [Bead] {
        align(english: pair.english.sentences.map(\.text), japanese: pair.japanese.sentences.map(\.text),
              englishParagraphs: pair.english.sentences.map(\.paragraph), japaneseParagraphs: pair.japanese.sentences.map(\.paragraph))
    }

    /// Aligns two lists of sentences; paragraph numbers (one per sentence) are optional.
    public func align(english: [String], japanese: [String], englishParagraphs: [Int]? = nil, japaneseParagraphs: [Int]? = nil) -> [Bead] {
        let f = features(english: english, japanese: japanese)
        return align(english: f.english, japanese: f.japanese,
                     englishParagraphs: englishParagraphs ?? Array(repeating: 0, count: english.count),
                     japaneseParagraphs: japaneseParagraphs ?? Array(repeating: 0, count: japanese.count),
                     japaneseAnnouncesQuotation: f.announces)
    }

    /// The features of both sides and which Japanese sentences announce a quotation.
    func features(english: [String], japanese: [String]) -> (english: [SentenceFeatures], japanese: [SentenceFeatures], announces: [Bool]) {
        let extractor = FeatureExtractor(lexicon: configuration.lexicon, glossary: configuration.glossary, useAnchors: configuration.useAnchors)
        let englishFeatures = english.map { extractor.features(of: $0, language: .english) }
        let japaneseFeatures = japanese.map { extractor.features(of: $0, language: .japanese) }
        let announces = japanese.indices.map { Japanese.announcesQuotation(japanese[$0], next: $0 + 1 < japanese.count ? japanese[$0 + 1] : nil) }
        return (englishFeatures, japaneseFeatures, configuration.useAnchors ? announces : [])
    }

    /// The scorer of the final pass, to explain an alignment: `cost` of any bead, gold or not.
    public func finalScorer(english: [String], japanese: [String], englishParagraphs: [Int], japaneseParagraphs: [Int]) -> CombinedScorer {
        let f = features(english: english, japanese: japanese)
        return scorers(english: f.english, japanese: f.japanese, englishParagraphs: englishParagraphs,
                       japaneseParagraphs: japaneseParagraphs, japaneseAnnouncesQuotation: f.announces).final
    }

    /// Aligns sentences whose features are already computed.
    public func align(english: [SentenceFeatures], japanese: [SentenceFeatures], englishParagraphs: [Int], japaneseParagraphs: [Int],
                      japaneseAnnouncesQuotation: [Bool] = []) -> [Bead] {
        alignment(english: english, japanese: japanese, englishParagraphs: englishParagraphs,
                  japaneseParagraphs: japaneseParagraphs, japaneseAnnouncesQuotation: japaneseAnnouncesQuotation).beads
    }

    /// The beads and the scorer that chose them (nil when a side is empty).
    func alignment(english: [SentenceFeatures], japanese: [SentenceFeatures], englishParagraphs: [Int], japaneseParagraphs: [Int],
                   japaneseAnnouncesQuotation: [Bool]) -> (beads: [Bead], scorer: CombinedScorer?) {
        if english.isEmpty || japanese.isEmpty {
            return (english.indices.map { Bead(english: $0..<($0 + 1), japanese: 0..<0, confidence: 1) }
                + japanese.indices.map { Bead(english: 0..<0, japanese: $0..<($0 + 1), confidence: 1) }, nil)
        }
        let prepared = scorers(english: english, japanese: japanese, englishParagraphs: englishParagraphs,
                               japaneseParagraphs: japaneseParagraphs, japaneseAnnouncesQuotation: japaneseAnnouncesQuotation)
        guard configuration.reestimate else { return (prepared.firstPass ?? [], prepared.final) }
        return (search(prepared.final, englishCount: english.count, japaneseCount: japanese.count), prepared.final)
    }

    /// The beads, and how much more anchor evidence the chosen beads' sentences share than
    /// sentences paired at random: the mean evidence (nats) of the two-sided beads minus that
    /// of each English sentence paired with the Japanese sentence half a document away.
    /// Translations share far more along their alignment: 7–10 nats a bead on news (Samples,
    /// NTREX-128, WMT22 stories), mostly 2.6–3.9 on business dialogue (BSD), whose turns are
    /// short (4 of 138 dialogues and 5 of 339 six-sentence WMT22 chunks fell to 1.5–2).
    /// Two unrelated articles still get a best path, with confident-looking beads, but it
    /// shares only what any two stories share: 0.1–1.9 nats on the pairs we tried (two NTREX
    /// stories, two WMT22 stories, two Samples articles on the same missile launches, two BSD
    /// dialogues). nil for documents too short to tell (under five two-sided beads), without
    /// anchors, or without a dictionary (numbers and names alone are too few).
    public func alignWithSupport(_ pair: DocumentPair) -> (beads: [Bead], support: Double?) {
        alignWithSupport(english: pair.english.sentences.map(\.text), japanese: pair.japanese.sentences.map(\.text),
                         englishParagraphs: pair.english.sentences.map(\.paragraph), japaneseParagraphs: pair.japanese.sentences.map(\.paragraph))
    }

    /// `alignWithSupport` on two lists of sentences; paragraph numbers are optional.
    public func alignWithSupport(english: [String], japanese: [String], englishParagraphs: [Int]? = nil,
                                 japaneseParagraphs: [Int]? = nil) -> (beads: [Bead], support: Double?) {
        let englishParagraphs = englishParagraphs ?? Array(repeating: 0, count: english.count)
        let japaneseParagraphs = japaneseParagraphs ?? Array(repeating: 0, count: japanese.count)
        let f = features(english: english, japanese: japanese)
        let (beads, chosenBy) = alignment(english: f.english, japanese: f.japanese, englishParagraphs: englishParagraphs,
                                          japaneseParagraphs: japaneseParagraphs, japaneseAnnouncesQuotation: f.announces)
        let twoSided = beads.filter { !$0.isOneSided }
        // Texts without anchors on one side (no numbers, names or dictionary words) tell nothing.
        guard let scorer = chosenBy, configuration.useAnchors, configuration.lexicon != nil, twoSided.count >= 5,
              f.english.contains(where: { $0.tellingAnchorCount > 0 }), f.japanese.contains(where: { $0.tellingAnchorCount > 0 }) else {
            return (beads, nil)
        }
        let along = twoSided.reduce(0.0) { $0 + max(0, scorer.anchorEvidence($1.english, $1.japanese)) } / Double(twoSided.count)
        var away = 0.0
        let shift = max(1, japanese.count / 2)
        for i in english.indices {
            let k = (i * japanese.count / english.count + shift) % japanese.count
            away += max(0, scorer.anchorEvidence(i..<(i + 1), k..<(k + 1)))
        }
        away /= Double(english.count)
        return (beads, along - away)
    }

    /// The first pass (with the document totals and default priors) and the scorer of the final
    /// pass, re-estimated from it when `reestimate` is on.
    func scorers(english: [SentenceFeatures], japanese: [SentenceFeatures], englishParagraphs: [Int], japaneseParagraphs: [Int],
                 japaneseAnnouncesQuotation: [Bool]) -> (firstPass: [Bead]?, final: CombinedScorer) {
        var scorer = CombinedScorer(
            english: english, japanese: japanese, englishParagraphs: englishParagraphs, japaneseParagraphs: japaneseParagraphs,
            length: LengthModel.estimate(english: english.map(\.length), japanese: japanese.map(\.length)),
            priors: BeadShape.defaultPriors, weights: configuration.weights)
        scorer.japaneseAnnouncesQuotation = japaneseAnnouncesQuotation
        guard !english.isEmpty, !japanese.isEmpty else { return (nil, scorer) }
        let first = search(scorer, englishCount: english.count, japaneseCount: japanese.count)
        guard configuration.reestimate else { return (first, scorer) }
        scorer.length = scorer.length.refined(english: english.map(\.length), japanese: japanese.map(\.length), beads: first)
        scorer.priors = Self.reestimatedPriors(from: first)
        return (first, scorer)
    }

    /// Bead-shape frequencies of a first pass, smoothed towards the defaults (20 pseudo-beads),
    /// so one document's habits count without a short document's accidents taking over.
    static func reestimatedPriors(from beads: [Bead]) -> [BeadShape: Double] {
        var counts: [BeadShape: Double] = [:]
        for bead in beads { counts[BeadShape(bead.english.count, bead.japanese.count), default: 0] += 1 }
        let total = Double(beads.count) + 20
        var priors: [BeadShape: Double] = [:]
        for shape in BeadShape.all {
            priors[shape] = ((counts[shape] ?? 0) + 20 * (BeadShape.defaultPriors[shape] ?? 0.01)) / total
        }
        return priors
    }

    // MARK: Search

    /// The best monotonic bead path from (0, 0) to (n, m), window by window.
    func search(_ scorer: some AlignmentScorer, englishCount n: Int, japaneseCount m: Int) -> [Bead] {
        var beads: [Bead] = []
        var i0 = 0, j0 = 0
        while i0 < n || j0 < m {
            let remainingEnglish = n - i0, remainingJapanese = m - j0
            let last = remainingEnglish <= configuration.window
            let iEnd = last ? n : i0 + configuration.window
            // Small documents: the whole matrix. Long ones: a band around the diagonal.
            let band = last && max(remainingEnglish, remainingJapanese) <= configuration.exhaustiveUpTo
                ? max(remainingEnglish, remainingJapanese) + 3 : configuration.band
            let window = Window(i0: i0, j0: j0, iEnd: iEnd, m: m, slope: Double(remainingJapanese) / Double(max(remainingEnglish, 1)), band: band)
            var path = window.solve(scorer, toEnd: last)
            if !last {
                // Commit the first half of the window's path; its end is settled by now.
                let commitUpTo = i0 + configuration.window / 2
                let kept = path.prefix { $0.english.upperBound <= commitUpTo }
                path = kept.isEmpty ? Array(path.prefix(1)) : Array(kept)
            }
            if path.isEmpty {
                // No path inside the band (only when one side is many times longer than the
                // other): step on with a low-confidence bead rather than lose sentences.
                let e = i0 < n ? i0..<(i0 + 1) : i0..<i0
                let j = j0 < m ? j0..<(j0 + 1) : j0..<j0
                path = [Bead(english: e, japanese: j, confidence: 0)]
            }
            beads += path
            i0 = path.last!.english.upperBound
            j0 = path.last!.japanese.upperBound
            if last && i0 == n && j0 == m { break }
        }
        return beads
    }

    /// One banded dynamic program over English rows i0...iEnd.
    struct Window {
        var i0: Int, j0: Int, iEnd: Int, m: Int
        var slope: Double
        var band: Int

        func columns(_ i: Int) -> (lo: Int, hi: Int) {
            let center = Double(j0) + Double(i - i0) * slope
            return (max(j0, Int(center.rounded(.down)) - band), min(m, Int(center.rounded(.up)) + band))
        }

        func solve(_ scorer: some AlignmentScorer, toEnd: Bool) -> [Bead] {
            let rows = iEnd - i0 + 1
            var offsets = [Int](repeating: 0, count: rows + 1)
            var los = [Int](repeating: 0, count: rows)
            for r in 0..<rows {
                let (lo, hi) = columns(i0 + r)
                los[r] = lo
                offsets[r + 1] = offsets[r] + max(0, hi - lo + 1)
            }
            let cellCount = offsets[rows]
            var cost = [Double](repeating: .infinity, count: cellCount)
            var back = [UInt8](repeating: 255, count: cellCount)

            func index(_ i: Int, _ j: Int) -> Int? {
                let r = i - i0
                guard r >= 0, r < rows else { return nil }
                let c = j - los[r]
                guard c >= 0, c < offsets[r + 1] - offsets[r] else { return nil }
                return offsets[r] + c
            }

            guard let start = index(i0, j0) else { return [] }
            cost[start] = 0
            let shapes = BeadShape.all
            for i in i0...iEnd {
                let (lo, hi) = columns(i)
                guard lo <= hi else { continue }
                for j in lo...hi {
                    guard let here = index(i, j), !(i == i0 && j == j0) else { continue }
                    var best = Double.infinity
                    var bestShape: UInt8 = 255
                    for (s, shape) in shapes.enumerated() {
                        let pi = i - shape.english, pj = j - shape.japanese
                        guard pi >= i0, pj >= j0, let from = index(pi, pj), cost[from] < .infinity else { continue }
                        // Only a strictly lower cost replaces the best, so a bead whose bound
                        // reaches it cannot change the result.
                        if cost[from] + scorer.lowerBound(english: pi..<i, japanese: pj..<j) >= best { continue }
                        let c = cost[from] + scorer.cost(english: pi..<i, japanese: pj..<j)
                        if c < best { best = c; bestShape = UInt8(s) }
                    }
                    cost[here] = best
                    back[here] = bestShape
                }
            }

            // Where the path ends: the document end, or the cheapest cell per sentence covered.
            var endJ = m
            if !toEnd || index(iEnd, m).map({ cost[$0] == .infinity }) ?? true {
                var bestRate = Double.infinity
                let (lo, hi) = columns(iEnd)
                for j in lo...max(lo, hi) {
                    guard let cell = index(iEnd, j), cost[cell] < .infinity else { continue }
                    let rate = cost[cell] / Double(iEnd - i0 + j - j0 + 1)
                    if rate < bestRate { bestRate = rate; endJ = j }
                }
            }
            var beads: [Bead] = []
            var i = iEnd, j = endJ
            while let cell = index(i, j), !(i == i0 && j == j0), back[cell] != 255 {
                let shape = shapes[Int(back[cell])]
                let e = (i - shape.english)..<i, k = (j - shape.japanese)..<j
                let beadCost = scorer.cost(english: e, japanese: k)
                beads.append(Bead(english: e, japanese: k, confidence: SentenceAligner.confidence(cost: beadCost, sentences: shape.english + shape.japanese)))
                i -= shape.english
                j -= shape.japanese
            }
            return beads.reversed()
        }
    }

    /// Maps a bead's cost to a confidence in [0, 1]: a logistic curve on the cost per sentence,
    /// centred where a 1-1 bead with an unremarkable length ratio and no anchor evidence sits
    /// (about 1.5 nats per sentence), so anchored beads approach 1 and one-sided or badly
    /// mismatched beads fall well below 0.5.
    static func confidence(cost: Double, sentences: Int) -> Double {
        let perSentence = cost / Double(max(sentences, 1))
        return 1 / (1 + exp(2 * (perSentence - 1.5)))
    }
}
