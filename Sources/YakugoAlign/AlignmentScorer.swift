import Foundation
import YakugoCore
import YakugoText

/// Scores candidate beads: lower cost is a more likely translation. The search
/// (`SentenceAligner`) only asks for these numbers; everything the aligner knows lives behind
/// this protocol, so another model (embeddings, a better length model) plugs in here.
public protocol AlignmentScorer: Sendable {
    /// The cost (a negative log-probability, in nats) of aligning English sentences `english`
    /// with Japanese sentences `japanese`; either range may be empty.
    func cost(english: Range<Int>, japanese: Range<Int>) -> Double

    /// A number never above `cost` for the same bead, cheap to compute: the search skips the
    /// exact cost of a bead that cannot beat the best one found for its cell.
    func lowerBound(english: Range<Int>, japanese: Range<Int>) -> Double
}

extension AlignmentScorer {
    public func lowerBound(english: Range<Int>, japanese: Range<Int>) -> Double { -.infinity }
}

/// The bead shapes the aligner considers, with prior probabilities for English–Japanese news.
///
/// Japanese news merges English sentences more often than literary text does (Gale & Church
/// measured 1-1 at 0.89 on parliamentary text); the priors are re-estimated from each document
/// pair's own first-pass alignment (see `SentenceAligner`).
public struct BeadShape: Hashable, Sendable {
    public var english: Int
    public var japanese: Int

    public init(_ english: Int, _ japanese: Int) {
        self.english = english
        self.japanese = japanese
    }

    public static let all: [BeadShape] = [
        BeadShape(1, 1), BeadShape(1, 0), BeadShape(0, 1), BeadShape(2, 1), BeadShape(1, 2),
        BeadShape(2, 2), BeadShape(1, 3), BeadShape(3, 1),
    ]

    public static let defaultPriors: [BeadShape: Double] = [
        BeadShape(1, 1): 0.80, BeadShape(1, 0): 0.015, BeadShape(0, 1): 0.015, BeadShape(2, 1): 0.07,
        BeadShape(1, 2): 0.07, BeadShape(2, 2): 0.003, BeadShape(1, 3): 0.01, BeadShape(3, 1): 0.01,
    ]
}

/// Gale–Church length model on characters: the Japanese length of a translation is about
/// `ratio` times the English length, with a variance growing with the length.
public struct LengthModel: Sendable, Equatable {
    /// Japanese characters per English character (white space excluded).
    public var ratio: Double
    /// Variance of the length difference (ja / ratio − en), per character of mean length,
    /// in English-character units.
    public var variance: Double

    /// Japanese length of a bead with two or more Japanese sentences (and one English), relative
    /// to `ratio` × the English length: above 1 when the document's splits add words.
    public var japaneseSplitFactor = 1.0
    /// The same for beads with two or more English sentences, English relative to Japanese.
    public var englishSplitFactor = 1.0
    /// Pseudo-beads at factor 1 in the split-factor estimates (chosen on the development sets:
    /// 2, 5 and 10 leave them within 0.002; 5 was best on WMT22).
    static let splitPseudoBeads = 5.0

    public init(ratio: Double, variance: Double) {
        self.ratio = ratio
        self.variance = variance
    }

    /// A start from the document totals: their ratio, and a variance of 10 per character —
    /// wider than Gale & Church's 6.8 for related European languages, because English and
    /// Japanese differ more; the second pass re-estimates it from the document itself.
    public static func estimate(english: [Int], japanese: [Int]) -> LengthModel {
        let e = Double(english.reduce(0, +))
        let j = Double(japanese.reduce(0, +))
        let ratio = e > 0 && j > 0 ? j / e : 0.5
        return LengthModel(ratio: ratio, variance: 10)
    }

    /// Re-estimates ratio and variance from 1-1 beads of a first-pass alignment.
    public func refined(english: [Int], japanese: [Int], beads: [Bead]) -> LengthModel {
        let pairs = beads.filter { $0.english.count == 1 && $0.japanese.count == 1 }
            .map { (Double(english[$0.english.lowerBound]), Double(japanese[$0.japanese.lowerBound])) }
            .filter { $0.0 > 0 }
        guard pairs.count >= 5 else { return self }
        let ratio = pairs.map(\.1).reduce(0, +) / pairs.map(\.0).reduce(0, +)
        let squares = pairs.map { pow($0.1 / ratio - $0.0, 2) }.reduce(0, +)
        let means = pairs.map { ($0.0 + $0.1 / ratio) / 2 }.reduce(0, +)
        var model = LengthModel(ratio: ratio, variance: min(max(squares / means, 1), 60))
        // A sentence split in two is longer than the one it translates: each half restates its
        // subject and ends in its own predicate. How much longer is the document's own habit,
        // measured on its first-pass 1-n (n-1) beads and shrunk towards 1 with a few
        // pseudo-beads, so a document without such beads keeps the plain model.
        let k = Self.splitPseudoBeads
        var sum = 0.0, n = 0.0
        for bead in beads where bead.japanese.count >= 2 && bead.english.count == 1 && english[bead.english.lowerBound] > 0 {
            sum += bead.japanese.reduce(0.0) { $0 + Double(japanese[$1]) } / (ratio * Double(english[bead.english.lowerBound])); n += 1
        }
        model.japaneseSplitFactor = (sum + k) / (n + k)
        sum = 0; n = 0
        for bead in beads where bead.english.count >= 2 && bead.japanese.count == 1 && japanese[bead.japanese.lowerBound] > 0 {
            sum += ratio * bead.english.reduce(0.0) { $0 + Double(english[$1]) } / Double(japanese[bead.japanese.lowerBound]); n += 1
        }
        model.englishSplitFactor = (sum + k) / (n + k)
        return model
    }

    /// −log P(lengths | translation), two-sided tail of the standard normal.
    public func cost(english: Int, japanese: Int) -> Double {
        let e = Double(english), j = Double(japanese)
        let mean = (e + j / ratio) / 2
        guard mean > 0 else { return 0 }
        let delta = (j / ratio - e) / (variance * mean).squareRoot()
        let tail = erfc(abs(delta) / 2.0.squareRoot())
        return -log(max(tail, 1e-300))
    }
}

/// Weights of the anchor evidence, in nats per anchor.
public struct AnchorWeights: Sendable, Equatable {
    public var number = 2.5
    public var latin = 2.5
    public var glossary = 2.5
    public var transliteration = 1.5
    public var dictionary = 3.0
    /// Cost of a strong anchor (number, Latin token) left without a partner in the bead.
    public var unmatchedStrong = 0.6
    /// Cost of each sentence in a bead that shares no anchor with the other side although it
    /// has anchors of its own: a sentence with no translation merged into its neighbour's bead.
    public var unsupportedSentence = 2.0
    /// Cost of a 1-1 bead whose sentences both have at least two anchors and share none.
    public var unsupportedPair = 1.0
    /// Cost of cutting a Japanese quotation from the sentence that announces it
    /// (…はこう述べた。 | 「…」): the two carry one English sentence.
    public var quotationSplit = 3.0
    /// Cost of a bead whose sentences cross a paragraph boundary on one side.
    public var paragraphCrossing = 4.0
    /// The evidence one sentence brings to its bead is capped so a long list of anchors cannot
    /// drown the length model (see `CombinedScorer.anchorEvidence`).
    public var maximumBonus = 12.0

    public init() {}

    /// Whether no weight is negative, which `CombinedScorer.lowerBound` relies on.
    var allNonNegative: Bool {
        [number, latin, glossary, transliteration, dictionary, unmatchedStrong, unsupportedSentence, unsupportedPair,
         quotationSplit, paragraphCrossing, maximumBonus].allSatisfy { $0 >= 0 }
    }

    func weight(_ kind: AnchorKind) -> Double {
        switch kind {
        case .number: return number
        case .latin: return latin
        case .transliteration: return transliteration
        case .dictionary: return dictionary
        case .glossary: return glossary
        }
    }
}

/// The scorer the aligner uses: bead prior + length model + paragraph penalty − anchor evidence.
public struct CombinedScorer: AlignmentScorer {
    public var english: [SentenceFeatures] { didSet { englishUnions = Self.neighbourUnions(english); refreshPotentials() } }
    public var japanese: [SentenceFeatures] { didSet { japaneseUnions = Self.neighbourUnions(japanese); refreshPotentials() } }
    /// The anchor unions of every two and three neighbouring sentences ([0][i] = i..<i+2,
    /// [1][i] = i..<i+3): the search asks for the same merged sides again and again, and
    /// building them on each call took half the alignment time (50,000 pairs: 2 min 32 s →
    /// 1 min 15 s, for 42 MB more; keeping only the two-sentence unions took 2 min at 17 MB).
    private var englishUnions: [[[Int64]]] = [[], []]
    private var japaneseUnions: [[[Int64]]] = [[], []]
    public var englishParagraphs: [Int]
    public var japaneseParagraphs: [Int]
    /// Japanese sentences that announce a quotation held by the next sentence.
    public var japaneseAnnouncesQuotation: [Bool] = []
    public var length: LengthModel
    public var weights: AnchorWeights { didSet { refreshPotentials() } }
    /// How much each anchor says, in [0, 1]: an anchor found in many sentences of the document
    /// pair ("Japan", "North Korea" in a North Korea story) ties no sentence to another.
    public var specificity: [Int64: Double] { didSet { refreshPotentials() } }
    /// The weight of all of each sentence's anchors, on either side: the most evidence it could
    /// bring to a bead (see `lowerBound`).
    private var englishPotential: [Double] = []
    private var japanesePotential: [Double] = []
    /// `weights.allNonNegative`, kept with the potentials (the bound is asked millions of times).
    private var boundHolds = true

    public var priors: [BeadShape: Double] {
        didSet { priorCosts = Self.priorCostTable(priors) }
    }
    /// −log prior by [english count][japanese count]; the search asks millions of times.
    private var priorCosts: [[Double]]

    static func priorCostTable(_ priors: [BeadShape: Double]) -> [[Double]] {
        var table = Array(repeating: Array(repeating: -log(1e-4), count: 4), count: 4)
        for (shape, p) in priors where shape.english < 4 && shape.japanese < 4 { table[shape.english][shape.japanese] = -log(max(p, 1e-9)) }
        return table
    }

    func priorCost(_ english: Int, _ japanese: Int) -> Double {
        english < 4 && japanese < 4 ? priorCosts[english][japanese] : -log(1e-4)
    }

    public init(english: [SentenceFeatures], japanese: [SentenceFeatures], englishParagraphs: [Int], japaneseParagraphs: [Int],
                length: LengthModel, priors: [BeadShape: Double], weights: AnchorWeights) {
        self.priorCosts = Self.priorCostTable(priors)
        self.english = english
        self.japanese = japanese
        self.englishParagraphs = englishParagraphs
        self.japaneseParagraphs = japaneseParagraphs
        self.length = length
        self.priors = priors
        self.weights = weights
        self.specificity = Self.specificity(english: english, japanese: japanese)
        self.englishUnions = Self.neighbourUnions(english)
        self.japaneseUnions = Self.neighbourUnions(japanese)
        refreshPotentials()
    }

    private mutating func refreshPotentials() {
        boundHolds = weights.allNonNegative
        englishPotential = english.map(potential)
        japanesePotential = japanese.map(potential)
    }

    func potential(_ sentence: SentenceFeatures) -> Double {
        var total = 0.0
        for key in sentence.anchors {
            if let kind = SentenceFeatures.kind(of: key) { total += weights.weight(kind) * (specificity[key] ?? 1) }
        }
        return total
    }

    /// 1 − log(df) / log(N), where df counts the sentences of both sides that hold the anchor
    /// and N all sentences: an inverse document frequency within the pair, scaled to [0, 1].
    /// In long documents the counts are scaled to a neighbourhood of 400 sentences, since an
    /// anchor only has to tell apart the sentences near the alignment path: a word used 1,000
    /// times in a 50,000-sentence corpus is still rare within a page.
    static func specificity(english: [SentenceFeatures], japanese: [SentenceFeatures]) -> [Int64: Double] {
        var frequency: [Int64: Int] = [:]
        for sentence in english { for key in sentence.anchors { frequency[key, default: 0] += 1 } }
        for sentence in japanese { for key in sentence.anchors { frequency[key, default: 0] += 1 } }
        let total = Double(max(english.count + japanese.count, 3))
        let neighbourhood = min(total, 400)
        let logScale = log(neighbourhood)
        return frequency.mapValues { df in
            let local = Double(df) * neighbourhood / total
            return max(0, min(1, 1 - log(max(local - 1, 1)) / logScale))
        }
    }

    public func cost(english e: Range<Int>, japanese j: Range<Int>) -> Double {
        baseCost(e, j) - anchorEvidence(e, j)
    }

    /// The cost with the anchor evidence at the most it could be: each sentence's evidence is
    /// capped at `maximumBonus` and cannot exceed the weight of all its anchors, and every other
    /// term of the evidence only subtracts. Most beads of a band are far from the path, and this
    /// rules them out without merging anchor lists (half the time of aligning long documents).
    public func lowerBound(english e: Range<Int>, japanese j: Range<Int>) -> Double {
        // The bound holds only while every weight adds evidence or takes it away as intended;
        // a negative weight (a sweep may try one) turns the pruning off.
        guard boundHolds else { return -.infinity }
        var most = 0.0
        if e.count == 1 && j.count == 1 {
            most = min(weights.maximumBonus, englishPotential[e.lowerBound], japanesePotential[j.lowerBound])
        } else if !e.isEmpty && !j.isEmpty {
            var sum = 0.0
            for i in e { sum += min(weights.maximumBonus, englishPotential[i]) }
            for k in j { sum += min(weights.maximumBonus, japanesePotential[k]) }
            most = sum / 2
        }
        // A margin keeps the bound below the exact cost whatever the rounding.
        return baseCost(e, j) - most - 1e-9
    }

    /// Prior, length and boundary costs: everything but the anchor evidence.
    func baseCost(_ e: Range<Int>, _ j: Range<Int>) -> Double {
        var cost = priorCost(e.count, j.count)
        var el = 0, jl = 0
        for i in e { el += english[i].length }
        for k in j { jl += japanese[k].length }
        // A sentence with no counterpart has no length to match: its cost is the prior alone.
        // (Gale & Church's δ with one length zero makes deletions so dear that they are never
        // chosen; a shifted run of wrong 1-1 beads then follows each one.)
        if !e.isEmpty && !j.isEmpty {
            // Lengths of a split side are scaled back by the document's split factor.
            let english = e.count >= 2 ? Int((Double(el) / length.englishSplitFactor).rounded()) : el
            let japanese = j.count >= 2 ? Int((Double(jl) / length.japaneseSplitFactor).rounded()) : jl
            cost += length.cost(english: english, japanese: japanese)
        }
        if e.count > 1, englishParagraphs[e.lowerBound] != englishParagraphs[e.upperBound - 1] { cost += weights.paragraphCrossing }
        if j.count > 1, japaneseParagraphs[j.lowerBound] != japaneseParagraphs[j.upperBound - 1] { cost += weights.paragraphCrossing }
        if let last = j.last, last < japaneseAnnouncesQuotation.count, japaneseAnnouncesQuotation[last] { cost += weights.quotationSplit }
        return cost
    }

    /// Shared anchors of the bead's two sides (each counted once) as a bonus, minus the cost of
    /// strong anchors left without a partner.
    public func anchorEvidence(_ e: Range<Int>, _ j: Range<Int>) -> Double {
        let left = Self.anchors(e, english, englishUnions)
        let right = Self.anchors(j, japanese, japaneseUnions)
        if left.isEmpty && right.isEmpty { return 0 }
        var bonus = 0.0
        var strongMatches = 0
        // What each sentence alone brings: shared anchors that no sibling on its side holds
        // (a bead has at most three sentences a side; SIMD keeps this off the heap).
        var ownEnglish = SIMD4<Double>(repeating: 0), ownJapanese = SIMD4<Double>(repeating: 0)
        let merged = e.count + j.count > 2
        var a = 0, b = 0
        while a < left.count && b < right.count {
            let key = left[a]
            if key == right[b] {
                if let kind = SentenceFeatures.kind(of: key) {
                    let w = weights.weight(kind) * (specificity[key] ?? 1)
                    bonus += w
                    if kind.isStrong { strongMatches += 1 }
                    if merged {
                        if let owner = Self.soleHolder(of: key, in: e, english) { ownEnglish[owner] += w }
                        if let owner = Self.soleHolder(of: key, in: j, japanese) { ownJapanese[owner] += w }
                    }
                }
                a += 1; b += 1
            } else if key < right[b] { a += 1 } else { b += 1 }
        }
        // Sharing needs two English sentences that own something (most merged beads the search
        // tries have one at most).
        if merged, e.count > 1, (0..<e.count).filter({ ownEnglish[$0] > 0 }).count >= 2 {
            removeSharedHeadwordEvidence(e, j, left: left, right: right, own: &ownEnglish)
        }
        var strong = 0
        for i in e { strong += english[i].strongAnchorCount }
        for k in j { strong += japanese[k].strongAnchorCount }
        // A 1-1 bead's evidence is its shared anchors, capped. In a merged bead each sentence
        // is capped on its own and counts only what it alone brings to its side, so a sentence
        // that carries part of the translation adds to the bead even when its neighbour already
        // reached the cap (a single cap gave such a sentence nothing, and it was left one-sided),
        // while a sentence that only repeats its neighbour's names adds nothing.
        var capped = min(bonus, weights.maximumBonus)
        if merged {
            let cap = SIMD4<Double>(repeating: weights.maximumBonus)
            capped = (ownEnglish.replacing(with: cap, where: ownEnglish .> cap).sum()
                + ownJapanese.replacing(with: cap, where: ownJapanese .> cap).sum()) / 2
        }
        var evidence = capped - weights.unmatchedStrong * Double(max(0, strong - 2 * strongMatches))
        if e.count > 1 { for i in e where isUnsupported(english[i], by: right) { evidence -= weights.unsupportedSentence } }
        if j.count > 1 { for k in j where isUnsupported(japanese[k], by: left) { evidence -= weights.unsupportedSentence } }
        if e.count == 1, j.count == 1, bonus == 0, english[e.lowerBound].tellingAnchorCount >= 2, japanese[j.lowerBound].tellingAnchorCount >= 2 {
            // Two sentences that both have plenty to share and share nothing.
            evidence -= weights.unsupportedPair
        }
        return evidence
    }

    /// Two English sentences that each meet a different gloss word of the same Japanese headword
    /// (pact and arrangement, both 協定) share that word's evidence: one Japanese word translates
    /// one English word, so neither sentence owns it.
    func removeSharedHeadwordEvidence(_ e: Range<Int>, _ j: Range<Int>, left: [Int64], right: [Int64], own: inout SIMD4<Double>) {
        var owners: [Int: Set<Int>] = [:]
        var matched: [(key: Int64, group: Int, owner: Int, weight: Double)] = []
        var a = 0, b = 0
        while a < left.count && b < right.count {
            let key = left[a]
            if key == right[b] {
                if SentenceFeatures.kind(of: key) == .dictionary, let owner = Self.soleHolder(of: key, in: e, english),
                   let (sentence, group) = j.lazy.compactMap({ k in self.japanese[k].headword(of: key).map { (k, $0) } }).first {
                    let id = sentence * 65536 + group
                    owners[id, default: []].insert(owner)
                    matched.append((key, id, owner, weights.dictionary * (specificity[key] ?? 1)))
                }
                a += 1; b += 1
            } else if key < right[b] { a += 1 } else { b += 1 }
        }
        for m in matched where (owners[m.group]?.count ?? 0) > 1 { own[m.owner] -= m.weight }
    }

    /// The position within `side` of the one sentence holding `key`; nil when two hold it.
    static func soleHolder(of key: Int64, in side: Range<Int>, _ sentences: [SentenceFeatures]) -> Int? {
        if side.count == 1 { return 0 }
        var owner: Int?
        for index in side where sortedContains(sentences[index].anchors, key) {
            if owner != nil { return nil }
            owner = index - side.lowerBound
        }
        return owner
    }

    static func sortedContains(_ array: [Int64], _ key: Int64) -> Bool {
        var lo = 0, hi = array.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if array[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < array.count && array[lo] == key
    }

    /// A sentence with at least two anchors of the kinds a translation shares (numbers, Latin
    /// tokens, dictionary words, glossary terms), none of which the other side has.
    /// Transliteration keys do not count: most English words have no katakana form.
    /// Shared anchors that the whole document uses everywhere (specificity below 0.5) do not
    /// count as support: "year" or "Japan" in both sides says nothing.
    func isUnsupported(_ sentence: SentenceFeatures, by other: [Int64]) -> Bool {
        guard sentence.tellingAnchorCount >= 2, !other.isEmpty else { return false }
        let anchors = sentence.anchors
        var a = 0, b = 0
        while a < anchors.count && b < other.count {
            if anchors[a] == other[b] {
                if (specificity[anchors[a]] ?? 1) >= 0.5 { return false }
                a += 1; b += 1
            } else if anchors[a] < other[b] { a += 1 } else { b += 1 }
        }
        return true
    }

    /// The anchors of the English side `range` as the scorer compares them (for tests).
    func sideAnchors(english range: Range<Int>) -> [Int64] { Self.anchors(range, english, englishUnions) }

    /// The anchors of a bead side: one sentence's own, or the precomputed union of two or three.
    static func anchors(_ range: Range<Int>, _ sentences: [SentenceFeatures], _ unions: [[[Int64]]]) -> [Int64] {
        switch range.count {
        case 0: return []
        case 1: return sentences[range.lowerBound].anchors
        case 2, 3: return unions[range.count - 2][range.lowerBound]
        default: return union(range.map { sentences[$0].anchors })
        }
    }

    static func neighbourUnions(_ sentences: [SentenceFeatures]) -> [[[Int64]]] {
        [2, 3].map { width in
            sentences.indices.map { start in union((start..<min(start + width, sentences.count)).map { sentences[$0].anchors }) }
        }
    }

    /// The sorted distinct union of a few sorted arrays (a bead has at most three sentences a side).
    static func union(_ arrays: [[Int64]]) -> [Int64] {
        switch arrays.count {
        case 0: return []
        case 1: return arrays[0]
        default:
            var merged = arrays.flatMap { $0 }
            merged.sort()
            var out: [Int64] = []
            out.reserveCapacity(merged.count)
            for key in merged where out.last != key { out.append(key) }
            return out
        }
    }
}
