import Foundation
import YakugoCore
import YakugoQA
import YakugoTestSupport

// The labelled set behind `yakugo-eval qa`: the gold-aligned sentence pairs of Samples/ as they
// are (correct translations: nothing may fire), plus copies of their Japanese with one injected
// error each, labelled with the check ids that must fire. Everything is built by code with a fixed
// seed, so the set is the same on every run. Mutation sites are found by this file's own small
// scanners, never by YakugoQA's parsers, so the checks are not graded against themselves.

/// One segment pair of the labelled set.
struct QACase {
    var id: String
    var document: String
    /// The base segment a copy derives from (the one whose findings it inherits); nil for a base.
    var base: String?
    /// How the copy was made (`number-digit`, `punct-halfwidth`, …); `base` for a base segment.
    var kind: String
    /// English; with `{1}`…`{/1}` placeholders when `tagged`.
    var source: String
    /// Japanese; with placeholders when `tagged`.
    var target: String
    var tagged = false
    /// Checks that must fire.
    var expected: Set<String> = []
    /// Checks that may fire because the injected error really is of their kind too; neither
    /// credited nor penalised.
    var acceptable: Set<String> = []
    /// Added to the file after the base segments (duplicates for `inconsistent`) instead of
    /// taking the base segment's place.
    var appended = false

    var segment: QASegment {
        tagged ? QASegment(id: id, placeholderSource: source, placeholderTarget: target, document: document)
            : QASegment(id: id, source: source, target: target, document: document)
    }
}

/// One Samples/ article: its base pairs in order.
struct QADocument {
    var name: String
    var base: [QACase]
}

// MARK: - Base pairs

func qaBaseDocuments(_ directory: String) -> [QADocument] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    var out: [QADocument] = []
    for file in files.sorted() where file.hasSuffix(".align.tsv") {
        let stem = String(file.dropLast(".align.tsv".count))
        guard let align = readText("\(directory)/\(file)"),
              let en = readText("\(directory)/\(stem).en.sents").map(lines),
              let ja = readText("\(directory)/\(stem).ja.sents").map(lines) else { continue }
        var base: [QACase] = []
        for (n, line) in align.split(separator: "\n").enumerated() {
            let sides = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard sides.count == 2 else { continue }
            let e = sides[0].split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            let j = sides[1].split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !e.isEmpty, !j.isEmpty, e.allSatisfy({ $0 < en.count }), j.allSatisfy({ $0 < ja.count }) else { continue }
            let source = e.map { en[$0].trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            let target = j.map { ja[$0].trimmingCharacters(in: .whitespaces) }.joined()
            base.append(QACase(id: "\(stem)#\(n)", document: stem, base: nil, kind: "base", source: source, target: target))
        }
        out.append(QADocument(name: stem, base: base))
    }
    return out
}

// MARK: - Small scanners (independent of YakugoQA)

/// Regular-expression matches as capture-group strings (group 0 = whole match) with the
/// whole match's character offsets.
func regexMatches(_ pattern: String, in text: String) -> [(range: Range<Int>, groups: [String?])] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { fatalError("bad pattern \(pattern)") }
    let ns = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
        let r = Range(m.range, in: text)!
        let start = text.distance(from: text.startIndex, to: r.lowerBound)
        let groups = (0..<m.numberOfRanges).map { i -> String? in
            let g = m.range(at: i)
            return g.location == NSNotFound ? nil : ns.substring(with: g)
        }
        return (start..<(start + text[r].count), groups)
    }
}

extension String {
    /// Replaces the characters at `range` (character offsets).
    func replacing(characters range: Range<Int>, with replacement: String) -> String {
        let chars = Array(self)
        return String(chars[..<range.lowerBound]) + replacement + String(chars[range.upperBound...])
    }
    func characters(_ range: Range<Int>) -> String { String(Array(self)[range]) }
}

func isDigitChar(_ c: Character) -> Bool { ("0"..."9").contains(c) || ("０"..."９").contains(c) }
func digitValue(_ c: Character) -> Int {
    let v = c.unicodeScalars.first!.value
    return Int(v >= 0xFF10 ? v - 0xFF10 : v - 48)
}
func isKatakanaChar(_ c: Character) -> Bool {
    guard let s = c.unicodeScalars.first else { return false }
    return (0x30A1...0x30FA).contains(s.value) || s.value == 0x30FC
}
func isKanjiChar(_ c: Character) -> Bool {
    guard let s = c.unicodeScalars.first else { return false }
    return (0x4E00...0x9FFF).contains(s.value) || s.value == 0x3005
}
func isJapaneseLetter(_ c: Character) -> Bool {
    guard let s = c.unicodeScalars.first else { return false }
    return isKanjiChar(c) || (0x3041...0x309F).contains(s.value) || isKatakanaChar(c)
}
func isLatinChar(_ c: Character) -> Bool { c.isASCII && c.isLetter || ("Ａ"..."Ｚ").contains(c) || ("ａ"..."ｚ").contains(c) }

/// A number written with digits in the Japanese target (1万5000, 7兆9496億, 16.5, 1,000).
struct JapaneseNumber {
    var range: Range<Int>
    var value: Double
    var hasScale: Bool
    var isInteger: Bool
    /// Where the unit or counter would start.
    var end: Int { range.upperBound }
}

let japaneseScales: [Character: Double] = ["万": 1e4, "億": 1e8, "兆": 1e12]

func japaneseNumbers(_ text: String) -> [JapaneseNumber] {
    let c = Array(text)
    var out: [JapaneseNumber] = []
    var i = 0
    func readDigits(_ j: inout Int) -> Double? {
        var s = ""
        while j < c.count {
            if isDigitChar(c[j]) { s.append(Character(String(digitValue(c[j])))); j += 1 }
            else if (c[j] == "," || c[j] == "，"), j + 1 < c.count, isDigitChar(c[j + 1]), !s.isEmpty { j += 1 }
            else if (c[j] == "." || c[j] == "．"), j + 1 < c.count, isDigitChar(c[j + 1]), !s.contains(".") { s.append("."); j += 1 }
            else { break }
        }
        return s.isEmpty ? nil : Double(s)
    }
    while i < c.count {
        guard isDigitChar(c[i]), i == 0 || !isDigitChar(c[i - 1]) else { i += 1; continue }
        var j = i
        var total = 0.0
        var current = readDigits(&j) ?? 0
        var scaled = false
        var integer = !text.characters(i..<j).contains(where: { $0 == "." || $0 == "．" })
        while j < c.count, let scale = japaneseScales[c[j]] {
            total += current * scale
            current = 0
            scaled = true
            j += 1
            var k = j
            if let more = readDigits(&k) {
                if text.characters(j..<k).contains(where: { $0 == "." || $0 == "．" }) { integer = false }
                current = more
                j = k
            } else { break }
        }
        total += current
        out.append(JapaneseNumber(range: i..<j, value: total, hasScale: scaled, isInteger: integer))
        i = j
    }
    return out
}

let englishNumberWords: [String: Double] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "thousand": 1000, "dozen": 12,
]

/// Values of the English source's numbers: digits (not part of a designation such as F-35B or
/// Hwasong-17) with an optional million/billion/trillion, and number words.
func englishNumberValues(_ text: String) -> [Double] {
    var out: [Double] = []
    for m in regexMatches(#"(?<![A-Za-z0-9\-])\$?([0-9][0-9,]*(?:\.[0-9]+)?)(?![A-Za-z0-9])(?:\s+(million|billion|trillion))?"#, in: text) {
        guard var v = Double(m.groups[1]!.replacingOccurrences(of: ",", with: "")) else { continue }
        switch m.groups[2] {
        case "million": v *= 1e6
        case "billion": v *= 1e9
        case "trillion": v *= 1e12
        default: break
        }
        out.append(v)
    }
    for m in regexMatches(#"(?i)\b([a-z]+)\b(?:\s+(million|billion|trillion))?"#, in: text) {
        guard var v = englishNumberWords[m.groups[1]!.lowercased()] else { continue }
        switch m.groups[2]?.lowercased() {
        case "million": v *= 1e6
        case "billion": v *= 1e9
        case "trillion": v *= 1e12
        default: break
        }
        out.append(v)
    }
    return out
}

func approximatelyIn(_ value: Double, _ values: [Double]) -> Bool {
    values.contains { abs($0 - value) <= max(abs(value), 1) * 0.005 }
}

/// Kanji numerals for 1…9999 (十三, 四百, 千).
func kanjiNumeral(_ n: Int) -> String {
    let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    var out = ""
    var rest = n
    for (unit, name) in [(1000, "千"), (100, "百"), (10, "十")] {
        let d = rest / unit
        rest %= unit
        if d > 0 { out += (d == 1 ? "" : digits[d]) + name }
    }
    out += digits[rest]
    return out.isEmpty ? "〇" : out
}

func toFullWidthDigits(_ s: String) -> String {
    String(s.map { c -> Character in
        if ("0"..."9").contains(c) { return Character(UnicodeScalar(c.unicodeScalars.first!.value + 0xFEE0)!) }
        return c
    })
}

/// A target number that translates a source number and is not part of a date, a clock time or
/// a designation: a site where changing the value is a number error.
func amountSites(source: String, target: String) -> [JapaneseNumber] {
    let c = Array(target)
    let sourceValues = englishNumberValues(source)
    return japaneseNumbers(target).filter { n in
        let before = n.range.lowerBound > 0 ? c[n.range.lowerBound - 1] : " "
        let after = n.end < c.count ? c[n.end] : " "
        if "年月日時".contains(after) { return false }
        if before == "時" || isLatinChar(before) || isLatinChar(after) || isKatakanaChar(before) { return false }
        if target.characters(n.end..<min(c.count, n.end + 3)) == "プラス" { return false }
        if after == "〜" || after == "～" || before == "〜" || before == "～" { return false }
        return approximatelyIn(n.value, sourceValues)
    }
}

// MARK: - Glossary scanning

/// A glossary concept whose English form is in the source and one of whose Japanese forms is in
/// the target.
struct ConceptSite {
    var concept: Concept
    var englishText: String
    var japaneseForms: [String]
}

let anaphoricDeterminers: Set<String> = ["the", "this", "that", "these", "those", "its", "their"]

func englishOccurrences(of form: String, in source: String) -> [(range: Range<Int>, text: String)] {
    let escaped = NSRegularExpression.escapedPattern(for: form)
    let lowerFirst = form.first.map { $0.isLowercase } ?? false
    let caseFlag = lowerFirst && form.count > 1 && !form.dropFirst().contains(where: \.isUppercase) ? "(?i)" : ""
    let pattern = caseFlag + #"(?<![A-Za-z0-9\-])"# + escaped + #"(?:s|es)?(?:'s|’s)?(?![A-Za-z0-9\-])"#
    return regexMatches(pattern, in: source).map { ($0.range, $0.groups[0]!) }
}

func conceptSites(_ glossary: Glossary, source: String, target: String, names: Bool) -> [ConceptSite] {
    var out: [ConceptSite] = []
    for concept in glossary.concepts {
        let isName = concept.category == .person || concept.category == .place || concept.evidence.contains("transliteration")
        guard isName == names else { continue }
        var english = concept.allowed(in: .english).map(\.text)
        if concept.category == .person, let full = concept.preferred(in: .english)?.text,
           let last = full.split(separator: " ").last, full.contains(" "), last.count >= 3 {
            english.append(String(last))
        }
        var hit: String? = nil
        for form in english.sorted(by: { $0.count > $1.count }) {
            for occurrence in englishOccurrences(of: form, in: source) {
                let before = source.characters(0..<occurrence.range.lowerBound).split(separator: " ").last.map { $0.lowercased() }
                let oneLowerWord = !form.contains(" ") && form.first?.isLowercase == true
                if oneLowerWord, let before, anaphoricDeterminers.contains(before) { continue }
                hit = occurrence.text
                break
            }
            if hit != nil { break }
        }
        guard let hit else { continue }
        let forms = concept.allowed(in: .japanese).map(\.text).filter { !$0.isEmpty && target.contains($0) }
        guard !forms.isEmpty else { continue }
        out.append(ConceptSite(concept: concept, englishText: hit, japaneseForms: forms))
    }
    return out
}

/// Replaces every occurrence of every form (longest first) with `replacement`.
func replaceAll(_ forms: [String], in text: String, with replacement: String) -> String {
    var out = text
    for form in forms.sorted(by: { $0.count > $1.count }) { out = out.replacingOccurrences(of: form, with: replacement) }
    return out
}

// MARK: - Japanese tables used by the mutations

/// Half-width katakana for each full-width one (NFKC maps them back: built from that mapping).
let halfWidthKatakana: [Character: String] = {
    var table: [Character: String] = [:]
    for value in 0xFF66...0xFF9D {
        let half = String(UnicodeScalar(value)!)
        let full = half.precomposedStringWithCompatibilityMapping
        if let f = full.first { table[f] = half }
    }
    return table
}()

func toHalfWidthKatakana(_ text: String) -> String {
    var out = ""
    for c in text {
        if let half = halfWidthKatakana[c] { out += half; continue }
        let decomposed = Array(String(c).decomposedStringWithCanonicalMapping.unicodeScalars)
        if decomposed.count == 2, let base = halfWidthKatakana[Character(decomposed[0])] {
            out += base + (decomposed[1].value == 0x3099 ? "ﾞ" : "ﾟ")
            continue
        }
        out.append(c)
    }
    return out
}

/// Voiced/unvoiced katakana pairs: the one-letter change that turns バイデン into バイテン.
let katakanaVoicing: [Character: Character] = {
    var table: [Character: Character] = [:]
    for pair in ["カガ", "キギ", "クグ", "ケゲ", "コゴ", "サザ", "シジ", "スズ", "セゼ", "ソゾ", "タダ", "チヂ", "ツヅ", "テデ", "トド",
                 "ハバ", "ヒビ", "フブ", "ヘベ", "ホボ"] {
        let a = pair.first!, b = pair.last!
        table[a] = b
        table[b] = a
    }
    return table
}()

/// Kanji substituted for one character of a person's kanji name (岸田 → 岸本).
let substituteKanji: [Character] = ["本", "川", "山", "村", "中", "野", "井", "藤"]

/// Rewordings for a second, different translation of the same source (inconsistent): verbs of
/// reporting and agreeing that are not glossary terms.
let rewordings: [(String, String)] = [
    ("と述べた", "と語った"), ("強調した", "力説した"), ("表明した", "明言した"), ("指摘した", "述べた"),
    ("明らかにした", "公表した"), ("説明した", "述べた"), ("確認した", "再確認した"), ("開いた", "開催した"),
    ("実施した", "行った"), ("行った", "実施した"), ("一致した", "合意した"), ("合意した", "一致した"),
    ("語り", "述べ"), ("非難した", "批判した"), ("批判した", "非難した"), ("初めて", "はじめて"),
]

// MARK: - The injected copies

/// Builds the injected copies of one document's base pairs.
struct QACaseBuilder {
    let glossary: Glossary
    var rng: SeededGenerator

    /// Content checks an injected error may also trip when it really removes content.
    static let contentChecks: Set<String> = ["term-missing", "number-mismatch", "date-mismatch", "unit-mismatch", "name-mismatch"]
    /// A changed number, date, unit or name inside a glossary term's approved form (安保関連3文書,
    /// 第5条, キャンプ・デービッド原則) also makes that term missing: term-missing is right there too.
    static let insideTerm: Set<String> = ["term-missing"]

    mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[Int(rng.next() % UInt64(items.count))]
    }

    func copy(_ base: QACase, _ kind: String, target: String, expected: Set<String>, acceptable: Set<String> = [],
              source: String? = nil) -> QACase {
        QACase(id: "\(base.id)~\(kind)", document: base.document, base: base.id, kind: kind,
               source: source ?? base.source, target: target, expected: expected, acceptable: acceptable)
    }

    mutating func cases(for document: QADocument) -> [QACase] {
        var out: [QACase] = []
        for (index, base) in document.base.enumerated() {
            out += termCases(base)
            out += numberCases(base, index: index)
            out += dateCases(base, index: index)
            out += unitCases(base, index: index)
            out += nameCases(base)
            out += completenessCases(base, index: index)
            out += formattingCases(base, index: index)
        }
        out += consistencyCases(document)
        return out
    }

    // term-missing, term-forbidden
    mutating func termCases(_ base: QACase) -> [QACase] {
        var out: [QACase] = []
        let sites = conceptSites(glossary, source: base.source, target: base.target, names: false)
        if let site = pick(sites) {
            // A wrong term: another concept's preferred Japanese of the same category, which is no
            // form (allowed or forbidden) of this concept and not named by the source.
            let allowed = site.concept.allowed(in: .japanese).map(\.text)
            let candidates = glossary.concepts.filter { other in
                other.category == site.concept.category && other.id != site.concept.id
                    && other.forbidden(in: .japanese).isEmpty
            }.compactMap { $0.preferred(in: .japanese)?.text }.filter { wrong in
                // No digits: a wrong term must not also change a number (第4条 for 第5条).
                !wrong.isEmpty && !wrong.contains(where: isDigitChar)
                    && !allowed.contains(where: { wrong.contains($0) || $0.contains(wrong) }) && !base.target.contains(wrong)
            }
            if let wrong = pick(candidates) {
                let target = replaceAll(allowed.filter { !$0.isEmpty }, in: base.target, with: wrong)
                if target != base.target, !allowed.contains(where: { !$0.isEmpty && target.contains($0) }) {
                    // A term that carries a number (第5条) takes the number with it.
                    let numbered: Set<String> = allowed.contains(where: { $0.contains(where: isDigitChar) }) ? ["number-mismatch", "date-mismatch"] : []
                    out.append(copy(base, "term-wrong", target: target, expected: ["term-missing"], acceptable: numbered))
                }
            }
        }
        let forbiddenSites = sites.filter { !$0.concept.forbidden(in: .japanese).isEmpty }
        if let site = pick(forbiddenSites), let forbidden = site.concept.forbidden(in: .japanese).first?.text {
            let target = replaceAll(site.japaneseForms, in: base.target, with: forbidden)
            if target != base.target {
                out.append(copy(base, "term-forbidden", target: target, expected: ["term-forbidden"]))
            }
        }
        return out
    }

    // number-mismatch: digit change always, plus a scale (万/億) or kanji-numeral change; and two
    // correct variants of the same value (kanji numerals, full-width digits) labelled clean.
    mutating func numberCases(_ base: QACase, index: Int) -> [QACase] {
        let sites = amountSites(source: base.source, target: base.target)
        guard let site = pick(sites) else { return [] }
        var out: [QACase] = []
        let text = base.target.characters(site.range)
        let first = text.first!
        let newDigit = digitValue(first) == 9 ? 8 : digitValue(first) + 1
        let changed = (("０"..."９").contains(first) ? toFullWidthDigits(String(newDigit)) : String(newDigit)) + text.dropFirst()
        out.append(copy(base, "number-digit", target: base.target.replacing(characters: site.range, with: changed),
                        expected: ["number-mismatch"], acceptable: Self.insideTerm))
        if let scaled = sites.first(where: \.hasScale) {
            let t = base.target.characters(scaled.range)
            let swapped = t.contains("万") ? t.replacingOccurrences(of: "万", with: "億")
                : t.contains("億") ? t.replacingOccurrences(of: "億", with: "万") : t.replacingOccurrences(of: "兆", with: "億")
            out.append(copy(base, "number-scale", target: base.target.replacing(characters: scaled.range, with: swapped),
                            expected: ["number-mismatch"], acceptable: Self.insideTerm))
        } else if let small = sites.first(where: { $0.isInteger && !$0.hasScale && $0.value >= 1 && $0.value < 9999 }) {
            out.append(copy(base, "number-kanji-wrong",
                            target: base.target.replacing(characters: small.range, with: kanjiNumeral(Int(small.value) + 1)),
                            expected: ["number-mismatch"], acceptable: Self.insideTerm))
        }
        if let small = sites.first(where: { $0.isInteger && !$0.hasScale && $0.value >= 1 && $0.value < 10000 }) {
            out.append(copy(base, "clean-kanji-numeral",
                            target: base.target.replacing(characters: small.range, with: kanjiNumeral(Int(small.value))), expected: []))
        }
        // Full-width digits everywhere except inside designations (F35B).
        var chars = Array(base.target)
        for i in chars.indices where ("0"..."9").contains(chars[i]) {
            let before = i > 0 ? chars[i - 1] : " ", after = i + 1 < chars.count ? chars[i + 1] : " "
            if isLatinChar(before) || isLatinChar(after) { continue }
            chars[i] = Character(toFullWidthDigits(String(chars[i])))
        }
        let wide = String(chars).replacingOccurrences(of: #"(?<=[０-９])\.(?=[０-９])"#, with: "．", options: .regularExpression)
        if wide != base.target { out.append(copy(base, "clean-fullwidth-digits", target: wide, expected: [])) }
        return out
    }

    // date-mismatch: one field of one date (year, month, day, clock hour) the source also gives.
    mutating func dateCases(_ base: QACase, index: Int) -> [QACase] {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func sourceHasMonth(_ m: Int) -> Bool {
            guard (1...12).contains(m) else { return false }
            return !regexMatches(#"\b"# + months[m - 1] + #"[a-z]*\.?(?![A-Za-z])"#, in: base.source).isEmpty
        }
        func sourceHasDay(_ d: Int) -> Bool {
            !regexMatches(#"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"# + String(d) + #"(?![0-9])"#, in: base.source).isEmpty
        }
        var options: [(kind: String, range: Range<Int>, replacement: String)] = []
        for m in regexMatches(#"(?<![0-9０-９])([0-9]{4})年"#, in: base.target) {
            let y = Int(m.groups[1]!)!
            guard !regexMatches(#"(?<![0-9])\#(y)(?![0-9])"#, in: base.source).isEmpty else { continue }
            let next = regexMatches(#"(?<![0-9])\#(y + 1)(?![0-9])"#, in: base.source).isEmpty ? y + 1 : y - 1
            options.append(("date-year", m.range.lowerBound..<(m.range.lowerBound + 4), String(next)))
        }
        for m in regexMatches(#"(?<![0-9０-９])([0-9]{1,2})月(?:([0-9]{1,2})日)?"#, in: base.target) {
            let month = Int(m.groups[1]!)!
            guard sourceHasMonth(month) else { continue }
            let monthRange = m.range.lowerBound..<(m.range.lowerBound + m.groups[1]!.count)
            options.append(("date-month", monthRange, String(month % 12 + 1)))
            if let d = m.groups[2].flatMap({ Int($0) }), sourceHasDay(d) {
                let start = m.range.lowerBound + m.groups[1]!.count + 1
                options.append(("date-day", start..<(start + m.groups[2]!.count), String(d <= 18 ? d + 10 : d - 10)))
            }
        }
        for m in regexMatches(#"(?<![0-9０-９月])([0-9]{1,2})日(?!間)"#, in: base.target) {
            let d = Int(m.groups[1]!)!
            guard sourceHasDay(d) else { continue }
            options.append(("date-day", m.range.lowerBound..<(m.range.lowerBound + m.groups[1]!.count), String(d <= 18 ? d + 10 : d - 10)))
        }
        for m in regexMatches(#"(午前|午後)([0-9]{1,2})時"#, in: base.target) {
            let h = Int(m.groups[2]!)!
            guard !regexMatches(#"\b\#(h)(?::[0-9]{2})?\s*(?:a\.m\.|p\.m\.)"#, in: base.source).isEmpty else { continue }
            options.append(("date-time", (m.range.lowerBound + 2)..<(m.range.lowerBound + 2 + m.groups[2]!.count), String(h % 12 + 1)))
        }
        guard !options.isEmpty else { return [] }
        let kinds = Array(Set(options.map(\.kind))).sorted()
        let kind = kinds[index % kinds.count]
        guard let option = pick(options.filter { $0.kind == kind }) else { return [] }
        // A date parsed as a plain number instead is the same real error: number-mismatch may fire.
        return [copy(base, option.kind, target: base.target.replacing(characters: option.range, with: option.replacement),
                     expected: ["date-mismatch"], acceptable: Self.insideTerm.union(["number-mismatch"]))]
    }

    // unit-mismatch: the unit after a number the source gives in that unit.
    static let unitSwaps: [(japanese: String, wrong: String, english: String)] = [
        ("キロ", "マイル", #"(?i)\b(kilomet|km\b)"#), ("カイリ", "キロ", #"(?i)nautical mile"#), ("海里", "キロ", #"(?i)nautical mile"#),
        ("マイル", "キロ", #"(?i)(?<!nautical )\bmiles?\b"#), ("分間", "時間", #"(?i)\bminutes?\b"#), ("分", "時間", #"(?i)\bminutes?\b"#),
        ("時間", "分", #"(?i)\bhours?\b"#), ("日間", "時間", #"(?i)\bdays?\b"#), ("円", "ドル", #"(?i)\byen\b"#),
        ("ドル", "円", #"(?i)(\bdollars?\b|\$)"#), ("トン", "キロ", #"(?i)\btons?\b"#), ("％", "ポイント", #"(?i)(\bpercent\b|%)"#),
        ("%", "ポイント", #"(?i)(\bpercent\b|%)"#), ("メートル", "フィート", #"(?i)\bmet(er|re)s?\b"#),
    ]

    mutating func unitCases(_ base: QACase, index: Int) -> [QACase] {
        var options: [(range: Range<Int>, wrong: String)] = []
        for site in amountSites(source: base.source, target: base.target) {
            let rest = base.target.characters(site.end..<base.target.count)
            for swap in Self.unitSwaps where rest.hasPrefix(swap.japanese) {
                guard !regexMatches(swap.english, in: base.source).isEmpty else { break }
                options.append((site.end..<(site.end + swap.japanese.count), swap.wrong))
                break
            }
        }
        guard let option = pick(options) else { return [] }
        // The amount differs too (200 km is not 200 miles), so number-mismatch is not wrong.
        return [copy(base, "unit-swap", target: base.target.replacing(characters: option.range, with: option.wrong),
                     expected: ["unit-mismatch"], acceptable: Self.insideTerm.union(["number-mismatch"]))]
    }

    // name-mismatch: one character of a person's name (kanji or katakana) or a katakana place name.
    mutating func nameCases(_ base: QACase) -> [QACase] {
        var out: [QACase] = []
        let sites = conceptSites(glossary, source: base.source, target: base.target, names: true).filter { site in
            site.concept.category == .person || site.japaneseForms.allSatisfy { $0.allSatisfy { isKatakanaChar($0) || $0 == "・" } }
        }
        guard let site = pick(sites) else { return [] }
        var allForms = site.concept.allowed(in: .japanese).map(\.text).filter { !$0.isEmpty }
        // Derived short forms the check accepts too (family names): they must go as well.
        for form in allForms {
            if let last = form.split(separator: "・").last, last.count < form.count { allForms.append(String(last)) }
            if (3...4).contains(form.count), form.allSatisfy(isKanjiChar) { allForms.append(String(form.prefix(form.count - 2))) }
        }
        let present = allForms.filter { base.target.contains($0) && $0.count >= 2 }.sorted { $0.count < $1.count }
        guard let form = present.first else { return [] }
        let chars = Array(form)
        for position in (0..<chars.count).reversed() {
            var changed = chars
            if isKatakanaChar(chars[position]) {
                guard let voiced = katakanaVoicing[chars[position]] else { continue }
                changed[position] = voiced
            } else if isKanjiChar(chars[position]) {
                guard let sub = substituteKanji.first(where: { $0 != chars[position] }) else { continue }
                changed[position] = sub
            } else { continue }
            let target = base.target.replacingOccurrences(of: form, with: String(changed))
            if !allForms.contains(where: { target.contains($0) }) {
                out.append(copy(base, site.concept.category == .person ? "name-person" : "name-place", target: target,
                                expected: ["name-mismatch"], acceptable: Self.insideTerm))
                break
            }
        }
        return out
    }

    // untranslated, empty-target, length-ratio
    mutating func completenessCases(_ base: QACase, index: Int) -> [QACase] {
        var out: [QACase] = []
        if index % 2 == 0 {
            out.append(copy(base, "untranslated-copy", target: base.source, expected: ["untranslated"]))
        } else {
            let sites = conceptSites(glossary, source: base.source, target: base.target, names: false) +
                conceptSites(glossary, source: base.source, target: base.target, names: true)
            let wordy = sites.filter { site in
                site.englishText.contains(where: \.isLowercase) && site.englishText.filter(\.isLetter).count >= 4
            }
            if let site = pick(wordy), let form = site.japaneseForms.max(by: { $0.count < $1.count }),
               let range = base.target.range(of: form) {
                var target = base.target
                target.replaceSubrange(range, with: site.englishText)
                out.append(copy(base, "untranslated-word", target: target, expected: ["untranslated"],
                                acceptable: ["term-missing", "name-mismatch", "length-ratio"]))
            } else {
                out.append(copy(base, "untranslated-copy", target: base.source, expected: ["untranslated"]))
            }
        }
        out.append(copy(base, index % 2 == 0 ? "empty" : "empty-ideographic-space", target: index % 2 == 0 ? "" : "\u{3000}",
                        expected: ["empty-target"]))
        let sourceLength = base.source.filter { !$0.isWhitespace }.count
        if sourceLength >= 60, base.target.count >= 24 {
            let fragment = String(base.target.prefix(max(6, base.target.count / 5))) + "。"
            out.append(copy(base, "length-truncated", target: fragment, expected: ["length-ratio"],
                            acceptable: Self.contentChecks.union(["punctuation"])))
        }
        return out
    }

    // punctuation, whitespace, tag-mismatch
    mutating func formattingCases(_ base: QACase, index: Int) -> [QACase] {
        var out: [QACase] = []
        let t = base.target
        var punctuation: [(String, String)] = []
        if t.hasSuffix("。") { punctuation.append(("punct-ascii-period", String(t.dropLast()) + ".")) }
        if let r = t.range(of: "、") { punctuation.append(("punct-ascii-comma", t.replacingCharacters(in: r, with: ","))) }
        for (open, close) in [("「", "」"), ("（", "）"), ("『", "』")] {
            if t.contains(open), let r = t.range(of: close) {
                punctuation.append(("punct-unbalanced", t.replacingCharacters(in: r, with: "")))
                break
            }
        }
        if let m = regexMatches(#"[ァ-ヺー]{2,}"#, in: t).first {
            let half = toHalfWidthKatakana(t.characters(m.range))
            punctuation.append(("punct-halfwidth-katakana", t.replacing(characters: m.range, with: half)))
        }
        if t.hasSuffix("。") { punctuation.append(("punct-doubled", t + "。")) }
        if !punctuation.isEmpty {
            let (kind, target) = punctuation[index % punctuation.count]
            out.append(copy(base, kind, target: target, expected: ["punctuation"]))
        }
        let chars = Array(t)
        var whitespace: [(String, String)] = [("leading", " " + t), ("trailing", t + " ")]
        if let middle = (chars.count / 2..<max(chars.count / 2, chars.count - 1)).first(where: {
            isJapaneseLetter(chars[$0]) && isJapaneseLetter(chars[$0 + 1])
        }) {
            whitespace.append(("double", t.replacing(characters: (middle + 1)..<(middle + 1), with: "  ")))
        }
        let (wkind, wtarget) = whitespace[index % whitespace.count]
        out.append(copy(base, "ws-\(wkind)", target: wtarget, expected: ["whitespace"]))
        // Inline codes: the first English word in {1}…{/1} and a standalone {2/} before the final
        // punctuation; the correct target carries both, the broken ones lose or misorder one.
        if let space = base.source.firstIndex(of: " "), t.count >= 4 {
            var source = "{1}" + base.source[..<space] + "{/1}" + base.source[space...]
            if let last = source.last, ".?!\"”".contains(last) {
                source = String(source.dropLast()) + "{2/}" + String(last)
            } else { source += "{2/}" }
            let head = String(t.prefix(2)), rest = String(t.dropFirst(2))
            func withStandalone(_ s: String, _ tag: String) -> String {
                s.hasSuffix("。") ? String(s.dropLast()) + tag + "。" : s + tag
            }
            let correct = withStandalone("{1}" + head + "{/1}" + rest, "{2/}")
            var tagged = copy(base, "clean-tags", target: correct, expected: [], source: source)
            tagged.tagged = true
            out.append(tagged)
            let broken: [(String, String)] = [
                ("tag-dropped-standalone", "{1}" + head + "{/1}" + rest),
                ("tag-dropped-pair", withStandalone(t, "{2/}")),
                ("tag-misordered", withStandalone("{/1}" + head + "{1}" + rest, "{2/}")),
                ("tag-renumbered", withStandalone("{1}" + head + "{/1}" + rest, "{3/}")),
            ]
            let (kind, target) = broken[index % broken.count]
            var bad = copy(base, kind, target: target, expected: ["tag-mismatch"], source: source)
            bad.tagged = true
            out.append(bad)
        }
        return out
    }

    // inconsistent: the same source translated a second time, differently (twice per document);
    // one translation reused for a different source (once); and an exact repeat (clean, once).
    mutating func consistencyCases(_ document: QADocument) -> [QACase] {
        var out: [QACase] = []
        let eligible = document.base.filter { $0.target.count >= 12 && $0.source.count >= 20 }
        var reworded = 0
        for base in eligible where reworded < 2 {
            guard let (from, to) = rewordings.first(where: { base.target.contains($0.0) }) else { continue }
            var dup = copy(base, "inconsistent-reworded", target: base.target.replacingOccurrences(of: from, with: to),
                           expected: ["inconsistent"])
            dup.appended = true
            out.append(dup)
            reworded += 1
        }
        if eligible.count >= 4 {
            let a = eligible[eligible.count / 2], b = eligible[eligible.count / 2 + 1]
            // b's source with a's translation: a copy-paste error in a memory. The target is also a
            // wrong translation of b's source, so the content checks may fire on it.
            var reused = copy(b, "inconsistent-reused-target", target: a.target, expected: ["inconsistent"],
                              acceptable: Self.contentChecks.union(["length-ratio", "term-forbidden"]))
            reused.appended = true
            out.append(reused)
            var same = copy(eligible[1], "clean-exact-repeat", target: eligible[1].target, expected: [])
            same.appended = true
            out.append(same)
        }
        return out
    }
}
