import CSV
import Foundation
import YakugoCore
import YakugoFormats
import YakugoText
import YakugoTerms

// Evaluations behind `make eval`:
//   yakugo-eval segmentation [SAMPLES_DIR] [SHARED_DATA_DIR]   sentence-boundary P / R / F1
//   yakugo-eval alignment [SAMPLES_DIR] [SHARED_DATA_DIR]      strict bead P / R / F1
// Each prints a Markdown table.

/// One evaluation document: its text, its paragraphs, and the gold units.
struct GoldDocument {
    var name: String
    var language: Language
    var source: SourceText
    var gold: [String]
}

func readText(_ path: String) -> String? {
    guard let bytes = try? FileIO.readBytes(path) else { return nil }
    return try? TextDecoder.decode(bytes, source: path)
}

func lines(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
}

/// Builds a document from segments grouped into paragraphs, joining segments with the
/// language's sentence separator (a space in English, nothing in Japanese).
func document(name: String, language: Language, paragraphs: [[String]], gold: [String]) -> GoldDocument {
    let joiner = language == .english ? " " : ""
    var text = ""
    var ranges: [TextRange] = []
    for paragraph in paragraphs {
        if !text.isEmpty { text += "\n\n" }
        let start = text.unicodeScalars.count
        text += paragraph.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: joiner)
        ranges.append(TextRange(start: start, end: text.unicodeScalars.count))
    }
    return GoldDocument(name: name, language: language, source: SourceText(text: text, paragraphs: ranges, source: name), gold: gold)
}

func samples(_ directory: String) -> [GoldDocument] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    var result: [GoldDocument] = []
    for file in files.sorted() where file.hasSuffix(".txt") {
        let stem = String(file.dropLast(4))
        guard let language = Language(tag: String(stem.split(separator: ".").last ?? "")),
              let bytes = try? FileIO.readBytes("\(directory)/\(file)"),
              let source = try? PlainTextReader.read(bytes, source: file),
              let gold = readText("\(directory)/\(stem).sents") else { continue }
        result.append(GoldDocument(name: stem, language: language, source: source, gold: lines(gold)))
    }
    return result
}

/// NTREX-128: documents by id; each document's first segment (its headline) is a paragraph of
/// its own, the rest runs on as one paragraph.
func ntrex(_ directory: String) -> [GoldDocument] {
    guard let ids = readText("\(directory)/DOCUMENT_IDS.tsv").map(lines),
          let en = readText("\(directory)/newstest2019-src.eng.txt").map(lines),
          let ja = readText("\(directory)/newstest2019-ref.jpn.txt").map(lines),
          ids.count == en.count, en.count == ja.count else { return [] }
    var order: [String] = []
    var groups: [String: [Int]] = [:]
    for (i, id) in ids.enumerated() {
        if groups[id] == nil { order.append(id) }
        groups[id, default: []].append(i)
    }
    var result: [GoldDocument] = []
    for id in order {
        let indices = groups[id]!
        for (language, segments) in [(Language.english, en), (Language.japanese, ja)] {
            let units = indices.map { segments[$0] }
            result.append(document(name: "\(id).\(language.rawValue)", language: language,
                                   paragraphs: [Array(units.prefix(1)), Array(units.dropFirst())].filter { !$0.isEmpty }, gold: units))
        }
    }
    return result
}

/// WMT22 ja-en news documents: real paragraphs (para_index) of segments (segid).
func wmt22News(_ directory: String) -> [GoldDocument] {
    guard let text = readText("\(directory)/wmttest2022.ja-en.src-ref.tsv"),
          let reader = try? CSVReader(string: text, hasHeaderRow: true, delimiter: "\t") else { return [] }
    var order: [String] = []
    var rows: [String: [(paragraph: String, ja: String, en: String)]] = [:]
    while reader.next() != nil {
        guard reader["domain"] == "news", let doc = reader["docid"], let para = reader["para_index"],
              let ja = reader["ja_src"], let en = reader["en_refA"] else { continue }
        if rows[doc] == nil { order.append(doc) }
        rows[doc, default: []].append((para, ja, en))
    }
    var result: [GoldDocument] = []
    for doc in order {
        let segments = rows[doc]!
        var paragraphs: [[(ja: String, en: String)]] = []
        var last: String? = nil
        for s in segments {
            if s.paragraph != last { paragraphs.append([]); last = s.paragraph }
            paragraphs[paragraphs.count - 1].append((s.ja, s.en))
        }
        result.append(document(name: "\(doc).ja", language: .japanese, paragraphs: paragraphs.map { $0.map(\.ja) }, gold: segments.map(\.ja)))
        result.append(document(name: "\(doc).en", language: .english, paragraphs: paragraphs.map { $0.map(\.en) }, gold: segments.map(\.en)))
    }
    return result
}

/// Paragraph-end offsets (whitespace-free) of a source: boundaries the input already gives.
func paragraphBoundaries(_ source: SourceText) -> Set<Int> {
    let scalars = ScalarText(source.text)
    return BoundaryScore.boundaries(source.paragraphs.map { scalars[$0] })
}

struct Row {
    var dataset: String
    var language: Language
    var documents = 0
    var units = 0
    var all = BoundaryScore()
    var inParagraph = BoundaryScore()
    var icu = BoundaryScore()
}

func evaluate(_ dataset: String, _ documents: [GoldDocument], misses: inout [String]) -> [Row] {
    var rows: [Language: Row] = [:]
    for doc in documents {
        var row = rows[doc.language] ?? Row(dataset: dataset, language: doc.language)
        let predicted = SentenceSegmenter(language: doc.language).segment(doc.source).sentences.map(\.text)
        let baseline = SentenceSegmenter(language: doc.language, rules: .icuOnly).segment(doc.source).sentences.map(\.text)
        let paragraphEnds = paragraphBoundaries(doc.source)
        row.documents += 1
        row.units += doc.gold.count
        row.all += BoundaryScore.score(gold: doc.gold, predicted: predicted)
        row.inParagraph += BoundaryScore.score(gold: doc.gold, predicted: predicted, ignoring: paragraphEnds)
        row.icu += BoundaryScore.score(gold: doc.gold, predicted: baseline, ignoring: paragraphEnds)
        if predicted != doc.gold.map({ $0.trimmingCharacters(in: .whitespaces) }) && misses.count < 400 {
            let g = Set(doc.gold.map { $0.trimmingCharacters(in: .whitespaces) })
            for p in predicted where !g.contains(p) { misses.append("\(dataset) \(doc.name): \(p)") }
        }
        rows[doc.language] = row
    }
    return Language.allCases.compactMap { rows[$0] }
}

func format(_ s: BoundaryScore) -> String {
    String(format: "%.3f / %.3f / **%.3f**", s.precision, s.recall, s.f1)
}

func segmentationMain(_ arguments: ArraySlice<String>) {
    let positional = arguments.filter { !$0.hasPrefix("--") }
    let samplesDirectory = positional.first ?? "Samples"
    let sharedDirectory = positional.dropFirst().first ?? "../shared/data"
    var missesPath: String? = nil
    if let i = arguments.firstIndex(of: "--misses"), arguments.index(after: i) < arguments.endIndex { missesPath = arguments[arguments.index(after: i)] }

    var rows: [Row] = []
    var misses: [String] = []
    rows += evaluate("Samples/", samples(samplesDirectory), misses: &misses)
    if FileManager.default.fileExists(atPath: sharedDirectory) {
        rows += evaluate("NTREX-128 en-ja", ntrex("\(sharedDirectory)/ntrex128_en_ja"), misses: &misses)
        rows += evaluate("WMT22 ja-en news", wmt22News("\(sharedDirectory)/wmt22_general_jaen"), misses: &misses)
    } else {
        print("(skipped NTREX-128 and WMT22: \(sharedDirectory) is absent)\n")
    }

    print("| data | lang | docs | gold units | all boundaries P / R / F1 | in-paragraph P / R / F1 | ICU alone, in-paragraph P / R / F1 |")
    print("|---|---|---:|---:|---|---|---|")
    for row in rows {
        print("| \(row.dataset) | \(row.language.rawValue) | \(row.documents) | \(row.units) | \(format(row.all)) | \(format(row.inParagraph)) | \(format(row.icu)) |")
    }
    if let missesPath {
        try? misses.joined(separator: "\n").write(toFile: missesPath, atomically: true, encoding: .utf8)
    }
}

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "segmentation": segmentationMain(arguments.dropFirst())
case "alignment": alignmentMain(arguments.dropFirst())
case "alignment-dev": developmentMain(arguments.dropFirst())
case "alignment-params": parametersMain(arguments.dropFirst())
case "alignment-shared": sharedWordsMain(arguments.dropFirst())
case "pseudo-document": pseudoDocumentMain(arguments.dropFirst())
case "score-tsv": scoreTSVMain(arguments.dropFirst())
case "qa": qaMain(arguments.dropFirst())
case "terms": termsMain(arguments.dropFirst())
case "ja-cands":
    // The Japanese term candidates of each sentence, with their units, for debugging boundaries.
    let lexicon = try? EDICTReader.read(readings: true), names = try? EDICTReader.readNames()
    for sentence in arguments.dropFirst() {
        print(JapaneseCandidateExtractor(lexicon: lexicon, names: names).extract(sentence).candidates.map { "\($0.surface)\($0.parts)" })
    }
case "terms-match": termsMatchMain(arguments.dropFirst())
case "terms-kyoto": termsKyotoMain(arguments.dropFirst())
default:
    FileHandle.standardError.write(Data("""
        usage: yakugo-eval segmentation|alignment [SAMPLES_DIR] [SHARED_DATA_DIR]
               yakugo-eval alignment-dev [SHARED_DATA_DIR]
               yakugo-eval pseudo-document COUNT PREFIX [SHARED_DATA_DIR]
               yakugo-eval score-tsv ALIGN_OUTPUT.tsv GOLD.align.tsv
               yakugo-eval terms [SAMPLES_DIR] [--glossary FILE] [--no-dictionary] [--debug [--explain] [--hits]] [--below] [--sweep]
               yakugo-eval terms-match ENGLISH JAPANESE
               yakugo-eval terms-kyoto [SHARED_DATA_DIR] [--misses FILE [--hits]]
               yakugo-eval ja-cands SENTENCE...   (the Japanese term candidates of each sentence)
               yakugo-eval qa [SAMPLES_DIR] [--glossary FILE] [--export CASES.tsv] [--misses FILE]

        """.utf8))
    exit(2)
}
