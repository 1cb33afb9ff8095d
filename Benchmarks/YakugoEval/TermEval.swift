import CSV
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
    return beads.enumerated().map { index, bead in
        SegmentPair(id: "\(c.name)#\(index + 1)", english: bead.english.map { c.english[$0] }.joined(separator: " "),
                    japanese: bead.japanese.map { c.japanese[$0] }.joined(), document: c.name)
    }
}

func readGoldTerms(_ path: String) -> [(String, String)] {
    readGoldCategories(path).map { ($0.english, $0.japanese) }
}

/// The gold lists' rows with their third column, the category ("" when absent).
func readGoldCategories(_ path: String) -> [(english: String, japanese: String, category: String)] {
    (readText(path).map(lines) ?? []).compactMap { line in
        let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return f.count >= 2 ? (f[0], f[1], f.count >= 3 ? f[2] : "") : nil
    }
}

/// How the guessed category of the right pairs compares with the gold lists' category.
struct CategoryScore {
    var agree = 0, differ = 0, unguessed = 0
    var total: Int { agree + differ + unguessed }
}

/// `--general-threshold N`: the generality threshold of `GeneralVocabulary`, for sweeps.
func generalThreshold(_ arguments: ArraySlice<String>, _ flag: String = "--general-threshold") -> Int? {
    guard let i = arguments.firstIndex(of: flag), arguments.index(after: i) < arguments.endIndex else { return nil }
    return Int(arguments[arguments.index(after: i)])
}

/// Applies `--general-threshold N` and `--standalone-threshold N` for sweeps.
func applyGeneralThresholds(_ arguments: ArraySlice<String>, to extractor: inout TermExtractor) {
    extractor.generalVocabulary.threshold = generalThreshold(arguments) ?? extractor.generalVocabulary.threshold
    extractor.generalVocabulary.standaloneThreshold = generalThreshold(arguments, "--standalone-threshold") ?? extractor.generalVocabulary.standaloneThreshold
}

func termsMain(_ arguments: ArraySlice<String>) {
    let positional = arguments.filter { !$0.hasPrefix("--") && Int($0) == nil && !$0.hasSuffix(".csv") && !$0.hasSuffix(".tbx") }
    let samplesDirectory = positional.first ?? "Samples"
    let debug = arguments.contains("--debug")
    // `--glossary FILE`: the curated glossary's allowed pairs as known pairs (the second figure).
    var knownPairs: [(english: String, japanese: String)] = []
    if let i = arguments.firstIndex(of: "--glossary"), arguments.index(after: i) < arguments.endIndex {
        knownPairs = (try? GlossaryReader.read(path: arguments[arguments.index(after: i)]))?.allowedPairs ?? []
    }
    let lexicon: BilingualLexicon? = arguments.contains("--no-dictionary") ? nil : (try? EDICTReader.read(readings: true))
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
    var articleGold: [(name: String, gold: Set<String>)] = []
    var categories = CategoryScore()
    var categoryMisses: [String] = []
    for c in cases {
        let segments = alignedSegments(c, aligner: aligner)
        corpusSegments += segments
        // `--segments`: the aligned segment pairs the extractor sees.
        if arguments.contains("--segments") {
            for segment in segments { print("  [\(segment.id)] \(segment.english)\n      \(segment.japanese)") }
        }
        let gold = Set(readGoldTerms("\(samplesDirectory)/\(c.name).terms.tsv").map { pairKey($0.0, $0.1) })
        corpusGold.formUnion(gold)
        articleGold.append((c.name, gold))
        var extractor = TermExtractor(evidence: TranslationEvidence(lexicon: lexicon, names: names, knownPairs: knownPairs))
        applyGeneralThresholds(arguments, to: &extractor)
        if arguments.contains("--below") {
            extractor.minScore = 0
            for p in extractor.extract(segments) where p.score < 0.5 {
                let hit = gold.contains(p.englishKey + "\t" + p.japaneseKey)
                print("    BELOW \(hit ? "gold" : "----") \(String(format: "%.2f", p.score)) s\(String(format: "%.2f", p.evidenceStrength)) f\(p.frequency) \(p.english) ⇔ \(p.japanese) \(p.evidence)")
            }
            extractor.minScore = 0.5
        }
        let pairs = extractor.extract(segments)
        let predicted = Set(pairs.map { $0.englishKey + "\t" + $0.japaneseKey })
        let s = PairScore(predicted: predicted.count, gold: gold.count, correct: predicted.intersection(gold).count)
        total.add(s)
        let goldCategory = Dictionary(readGoldCategories("\(samplesDirectory)/\(c.name).terms.tsv").map { (pairKey($0.english, $0.japanese), $0.category) },
                                      uniquingKeysWith: { first, _ in first })
        for p in pairs {
            guard let expected = goldCategory[p.englishKey + "\t" + p.japaneseKey], !expected.isEmpty else { continue }
            if p.category == nil {
                categories.unguessed += 1
                if debug { categoryMisses.append("    CATEGORY \(p.english) ⇔ \(p.japanese): none, gold \(expected)") }
            } else if p.category?.rawValue == expected { categories.agree += 1 } else {
                categories.differ += 1
                if debug { categoryMisses.append("    CATEGORY \(p.english) ⇔ \(p.japanese): \(p.category!.rawValue), gold \(expected)") }
            }
        }
        print("| \(c.name) | \(s.gold) | \(s.predicted) | \(String(format: "%.3f", s.precision)) | \(String(format: "%.3f", s.recall)) |")
        if debug {
            for p in pairs {
                let hit = gold.contains(p.englishKey + "\t" + p.japaneseKey)
                if !hit || arguments.contains("--hits") {
                    print("    \(hit ? "TP" : "FP") \(p.english) ⇔ \(p.japanese) \(String(format: "%.2f", p.score)) f\(p.frequency) s\(String(format: "%.2f", p.evidenceStrength)) g\(extractor.generalVocabulary.entries(using: p.english)) c\(p.cooccurrence) \(p.evidence)")
                }
            }
            let found = Set(pairs.map { $0.englishKey + "\t" + $0.japaneseKey })
            for g in readGoldTerms("\(samplesDirectory)/\(c.name).terms.tsv") where !found.contains(pairKey(g.0, g.1)) {
                let near = pairs.filter { $0.englishKey == EnglishCandidateExtractor.key(of: g.0) || $0.japaneseKey == JapaneseCandidateExtractor.key(of: g.1) }
                print("    FN \(g.0) ⇔ \(g.1)   got: \(near.map { "\($0.english)⇔\($0.japanese)" })")
                if arguments.contains("--explain") {
                    for line in extractor.explain(english: g.0, japanese: g.1, in: segments) { print("        \(line)") }
                }
            }
        }
    }
    print("| **all (per article)** | \(total.gold) | \(total.predicted) | **\(String(format: "%.3f", total.precision))** | **\(String(format: "%.3f", total.recall))** |")
    defer {
        // After the tables: the category the extractor guessed for the right pairs (per article).
        print("\nCategory of the \(categories.total) right pairs (per article) against the lists: \(categories.agree) agree, \(categories.differ) differ, \(categories.unguessed) unguessed.")
        for line in categoryMisses { print(line) }
    }
    var extractor = TermExtractor(evidence: TranslationEvidence(lexicon: lexicon, names: names, knownPairs: knownPairs))
    applyGeneralThresholds(arguments, to: &extractor)
    let pairs = extractor.extract(corpusSegments)
    let predicted = Set(pairs.map { $0.englishKey + "\t" + $0.japaneseKey })
    let s = PairScore(predicted: predicted.count, gold: corpusGold.count, correct: predicted.intersection(corpusGold).count)
    if arguments.contains("--sweep") {
        for threshold in [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95] {
            let kept = Set(pairs.filter { $0.score >= threshold }.map { $0.englishKey + "\t" + $0.japaneseKey })
            let c = kept.intersection(corpusGold).count
            print("  min-score \(threshold): exported \(kept.count) P \(String(format: "%.3f", Double(c) / Double(max(kept.count, 1)))) R \(String(format: "%.3f", Double(c) / Double(corpusGold.count)))")
        }
    }
    if arguments.contains("--debug") {
        // The corpus run's misses, to compare with the per-article ones above.
        for key in corpusGold.subtracting(predicted).sorted() { print("    corpus FN \(key.replacingOccurrences(of: "\t", with: " ⇔ "))") }
        for pair in pairs where !corpusGold.contains(pair.englishKey + "\t" + pair.japaneseKey) {
            print("    corpus FP \(pair.english) ⇔ \(pair.japanese) \(String(format: "%.2f", pair.score)) f\(pair.frequency) d\(pair.documentCount)")
        }
    }
    print("| **corpus (one run)** | \(s.gold) | \(s.predicted) | **\(String(format: "%.3f", s.precision))** | **\(String(format: "%.3f", s.recall))** |")
    // The corpus run seen from each article: the exported pairs linked in the article's
    // segments, against its own list. This is the corpus glossary's worth to one article's
    // translator, and compares with the per-article runs line for line.
    var inCorpus = PairScore()
    for article in articleGold {
        let linked = Set(pairs.filter { $0.segments.contains { $0.hasPrefix(article.name + "#") } }.map { $0.englishKey + "\t" + $0.japaneseKey })
        inCorpus.add(PairScore(predicted: linked.count, gold: article.gold.count, correct: linked.intersection(article.gold).count))
        if arguments.contains("--debug") {
            for key in article.gold.subtracting(linked).sorted() { print("    in-corpus FN \(article.name) \(key.replacingOccurrences(of: "\t", with: " ⇔ "))") }
            for key in linked.subtracting(article.gold).sorted() { print("    in-corpus FP \(article.name) \(key.replacingOccurrences(of: "\t", with: " ⇔ "))") }
        }
    }
    print("| **corpus run, per article** | \(inCorpus.gold) | \(inCorpus.predicted) | **\(String(format: "%.3f", inCorpus.precision))** | **\(String(format: "%.3f", inCorpus.recall))** |")
}

/// `terms-match ENGLISH JAPANESE`: the evidence for one pair, for debugging.
func termsMatchMain(_ arguments: ArraySlice<String>) {
    let args = Array(arguments.filter { !$0.hasPrefix("--") })
    guard args.count == 2 else { print("usage: terms-match ENGLISH JAPANESE [--candidates]"); return }
    let lexicon = try? EDICTReader.read(readings: true)
    let names = try? EDICTReader.readNames()
    let evidence = TranslationEvidence(lexicon: lexicon, names: names)
    // `--candidates`: the candidates of both texts, as the extractor finds them (with EDICT).
    if arguments.contains("--candidates") {
        print("EN:", EnglishCandidateExtractor().extract(args[0]).candidates.map { "\($0.surface)\($0.isNameFragment ? "(frag)" : "")" })
        print("JA:", JapaneseCandidateExtractor(lexicon: lexicon, names: names).extract(args[1]).candidates.map(\.surface))
        return
    }
    // "military" alone is no candidate (an adjective ends no term): say so rather than crash.
    guard let e = EnglishCandidateExtractor().extract(args[0]).candidates.max(by: { $0.units.count < $1.units.count }) else {
        print("no English candidate in \"\(args[0])\""); return
    }
    print("English candidate: \(e.surface)")
    for j in JapaneseCandidateExtractor(lexicon: lexicon, names: names).extract(args[1]).candidates {
        print(j.surface, j.isPhrase ? "(phrase)" : "", evidence.match(english: e, japanese: j).map { "\($0.strength) \($0.signal)" } ?? "-", evidence.debugPieces(j.surface))
    }
}

/// `terms-kyoto [SHARED_DATA_DIR]`: recall of Kyoto-lexicon pairs present on both sides of an
/// aligned sentence of the 40 defense/diplomacy articles, and precision against the lexicon
/// (a lower bound: a correct pair the lexicon lacks counts as wrong).
func termsKyotoMain(_ arguments: ArraySlice<String>) {
    let positional = arguments.filter { !$0.hasPrefix("--") && Int($0) == nil && !$0.hasSuffix(".txt") }
    let shared = positional.first ?? "../shared/data"
    let directory = "\(shared)/kyoto_wiki_defense_subset"
    guard let table = readText("\(directory)/sentences.tsv"), let lexiconText = readText("\(directory)/kyoto_lexicon.csv") else {
        print("(skipped: \(directory) is absent)")
        return
    }
    var segments: [SegmentPair] = []
    for (index, line) in table.split(separator: "\n").dropFirst().enumerated() {
        let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard f.count >= 7, !f[5].isEmpty, !f[6].isEmpty else { continue }
        segments.append(SegmentPair(id: "\(f[0])#\(index + 1)", english: f[6], japanese: f[5], document: f[0]))
    }
    // Gold: lexicon pairs whose Japanese (≥ 2 characters) occurs in a sentence's Japanese and
    // whose English occurs on word boundaries in the same sentence's English.
    var lexicon: [(String, String)] = []
    if let reader = try? CSVReader(string: lexiconText, hasHeaderRow: true) {
        while let row = reader.next() {
            guard row.count >= 2 else { continue }
            let ja = row[0].trimmingCharacters(in: .whitespaces), en = row[1].trimmingCharacters(in: .whitespaces)
            // A leading article is not part of a term ("the Battle of Okinawa" = Battle of Okinawa).
            var term = en
            for article in ["the ", "The ", "a ", "A ", "an ", "An "] where term.hasPrefix(article) { term.removeFirst(article.count) }
            if ja.unicodeScalars.count >= 2, !term.isEmpty { lexicon.append((ja, term)) }
        }
    }
    let lexiconKeys = Set(lexicon.map { pairKey($0.1, $0.0) })
    func containsWord(_ text: String, _ phrase: String) -> Bool {
        var search = text.startIndex..<text.endIndex
        while let r = text.range(of: phrase, options: [.caseInsensitive], range: search) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            search = r.upperBound..<text.endIndex
        }
        return false
    }
    var gold: Set<String> = []
    let byJapanese = Dictionary(grouping: lexicon, by: { $0.0 })
    let longest = lexicon.map { $0.0.unicodeScalars.count }.max() ?? 0
    for segment in segments {
        // Every substring of the sentence that is a lexicon headword.
        let scalars = Array(segment.japanese.unicodeScalars)
        var seen: Set<String> = []
        for start in scalars.indices {
            for length in 2...max(2, min(longest, scalars.count - start)) where start + length <= scalars.count {
                let ja = String(String.UnicodeScalarView(scalars[start..<(start + length)]))
                guard seen.insert(ja).inserted, let pairs = byJapanese[ja] else { continue }
                for pair in pairs where containsWord(segment.english, pair.1) { gold.insert(pairKey(pair.1, pair.0)) }
            }
        }
    }
    let useDictionary = !arguments.contains("--no-dictionary")
    let started = Date()
    var extractor = TermExtractor(evidence: TranslationEvidence(lexicon: useDictionary ? try? EDICTReader.read(readings: true) : nil,
                                                                names: useDictionary ? try? EDICTReader.readNames() : nil))
    applyGeneralThresholds(arguments, to: &extractor)
    let pairs = extractor.extract(segments)
    let seconds = Date().timeIntervalSince(started)
    let predicted = Set(pairs.map { $0.englishKey + "\t" + $0.japaneseKey })
    let recall = Double(predicted.intersection(gold).count) / Double(max(gold.count, 1))
    let precision = Double(predicted.intersection(lexiconKeys).count) / Double(max(predicted.count, 1))
    // A concept's terms all translate each other (TBX reads it so): a surname folded into its
    // person (Okubo ⇔ 大久保 under Toshimichi Okubo ⇔ 大久保利通) or an acronym beside its long
    // form is in the glossary too, though not as a main pair.
    var withShortForms = predicted
    for pair in pairs {
        for english in [pair.english] + pair.englishShortForms {
            for japanese in [pair.japanese] + pair.japaneseShortForms {
                withShortForms.insert(pairKey(english, japanese))
            }
        }
    }
    let conceptRecall = Double(withShortForms.intersection(gold).count) / Double(max(gold.count, 1))
    if let i = arguments.firstIndex(of: "--misses"), arguments.index(after: i) < arguments.endIndex {
        let missed = gold.subtracting(predicted).sorted().map { "FN\t" + $0 }
        let extra = pairs.filter { !lexiconKeys.contains($0.englishKey + "\t" + $0.japaneseKey) }
            .map { "FP\t\($0.english)\t\($0.japanese)\t\(String(format: "%.2f", $0.score))\t\($0.evidence.joined(separator: ","))\tf\($0.frequency)\ts\(String(format: "%.2f", $0.evidenceStrength))\tg\(extractor.generalVocabulary.entries(using: $0.english))" }
        // `--hits` adds the pairs that matched, to see what a filter would cost.
        let hits = arguments.contains("--hits") ? pairs.filter { gold.contains($0.englishKey + "\t" + $0.japaneseKey) }
            .map { "TP\t\($0.english)\t\($0.japanese)\t\(String(format: "%.2f", $0.score))\t\($0.evidence.joined(separator: ","))\tf\($0.frequency)\ts\(String(format: "%.2f", $0.evidenceStrength))\tg\(extractor.generalVocabulary.entries(using: $0.english))\tc\($0.cooccurrence)" } : []
        // `--explain` adds, under each miss, where its two sides met and what took their place.
        var explained = missed
        if arguments.contains("--explain") {
            let surfaces = Dictionary(lexicon.map { (pairKey($0.1, $0.0), ($0.1, $0.0)) }, uniquingKeysWith: { a, _ in a })
            let keys = gold.subtracting(predicted).sorted()
            let lines = extractor.explain(keys.compactMap { surfaces[$0] }.map { (english: $0.0, japanese: $0.1) }, in: segments)
            explained = zip(keys.compactMap { surfaces[$0] != nil ? $0 : nil }, lines).flatMap { key, lines in
                ["FN\t" + key] + lines.map { "    " + $0 }
            }
        }
        try? (explained + extra + hits).joined(separator: "\n").write(toFile: arguments[arguments.index(after: i)], atomically: true, encoding: .utf8)
    }
    print("| data | segments | gold pairs | exported | recall | recall with short forms | precision vs lexicon (lower bound) | time |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    print("| Kyoto defense subset (40 articles) | \(segments.count) | \(gold.count) | \(predicted.count) | **\(String(format: "%.3f", recall))** | \(String(format: "%.3f", conceptRecall)) | \(String(format: "%.3f", precision)) | \(String(format: "%.0f", seconds)) s |")
}
