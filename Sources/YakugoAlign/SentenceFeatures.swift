import Foundation
import YakugoCore
import YakugoText

/// The kinds of anchor that can tie an English sentence to a Japanese one.
public enum AnchorKind: UInt8, Sendable, CaseIterable {
    /// A number, quantity, date or time, by normalized value ("Oct. 4" = 10月4日).
    case number = 1
    /// A Latin token: acronym, designation or name kept in Latin script (F-35B = F35B, NATO).
    case latin = 2
    /// A katakana word and an English word with the same phonetic skeleton (バイデン = Biden).
    case transliteration = 3
    /// An EDICT gloss word of a Japanese headword found as an English content word.
    case dictionary = 4
    /// A glossary pair whose English and Japanese terms both occur.
    case glossary = 5

    /// Anchors a translation almost always keeps; leaving one unmatched costs something.
    public var isStrong: Bool { self == .number || self == .latin }
}

/// What the aligner knows about one sentence: its length and its anchors, each anchor a key
/// (kind in the top byte, a hash of the normalized form below) so that two sentences' anchors
/// compare by merging two small sorted arrays.
public struct SentenceFeatures: Sendable {
    /// Characters without white space: the unit of the length model.
    public var length: Int
    /// Sorted, distinct anchor keys.
    public let anchors: [Int64]
    /// Number of strong anchors (numbers, Latin tokens).
    public let strongAnchorCount: Int
    /// Number of anchors of the kinds a translation shares (all but transliteration keys).
    public let tellingAnchorCount: Int

    /// For a Japanese sentence, parallel to `anchors`: the position of the headword whose gloss
    /// gave each dictionary key (−1 for other anchors), so the gloss words of one headword (協定:
    /// agreement, pact, arrangement) can be told to stand for one word. Two bytes an anchor: a
    /// 50,000-sentence document keeps every sentence's features.
    public var headwordPositions: [Int16] = []

    /// The position of the headword behind a dictionary key of this (Japanese) sentence.
    public func headword(of key: Int64) -> Int? {
        guard !headwordPositions.isEmpty else { return nil }
        var lo = 0, hi = anchors.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if anchors[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        guard lo < anchors.count, anchors[lo] == key, headwordPositions[lo] >= 0 else { return nil }
        return Int(headwordPositions[lo])
    }

    public init(length: Int, anchors: [Int64]) {
        self.length = length
        self.anchors = anchors
        strongAnchorCount = anchors.reduce(0) { $0 + (Self.kind(of: $1)?.isStrong == true ? 1 : 0) }
        tellingAnchorCount = anchors.reduce(0) { $0 + (Self.kind(of: $1) != .transliteration ? 1 : 0) }
    }

    public static func key(_ kind: AnchorKind, _ form: String) -> Int64 {
        // FNV-1a over the UTF-8 bytes; 56 bits are plenty for the few anchors of a sentence pair.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in form.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int64(bitPattern: (UInt64(kind.rawValue) << 56) | (hash & 0x00FF_FFFF_FFFF_FFFF))
    }

    public static func kind(of key: Int64) -> AnchorKind? {
        AnchorKind(rawValue: UInt8(truncatingIfNeeded: UInt64(bitPattern: key) >> 56))
    }
}

/// Computes `SentenceFeatures` for sentences of either language.
public struct FeatureExtractor: Sendable {
    public var lexicon: BilingualLexicon?
    /// Glossary pairs, folded with `TextNormalizer.matchKey`.
    public var glossary: [(english: String, japanese: String)]
    public var useAnchors: Bool

    public init(lexicon: BilingualLexicon? = nil, glossary: [(english: String, japanese: String)] = [], useAnchors: Bool = true) {
        self.lexicon = lexicon
        self.glossary = glossary.map { (TextNormalizer.matchKey($0.english).string, TextNormalizer.matchKey($0.japanese).string) }
            .filter { !$0.0.isEmpty && !$0.1.isEmpty }
        self.useAnchors = useAnchors
    }

    public func features(of sentence: String, language: Language) -> SentenceFeatures {
        let length = sentence.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
        guard useAnchors else { return SentenceFeatures(length: length, anchors: []) }
        var keys: Set<Int64> = []
        var groups: [Int64: Int] = [:]
        for mention in NumberRecognizer.mentions(in: sentence, language: language) {
            if let form = Self.numberForm(mention.value) { keys.insert(SentenceFeatures.key(.number, form)) }
            // Japanese news names the day alone (5日) where English names month and day
            // (Oct. 5): every date with a day also gets a day-only key to meet it.
            if case .date(let d) = mention.value, let day = d.day { keys.insert(SentenceFeatures.key(.number, "d\(day)")) }
        }
        let units = WordTokenizer(language: language).units(in: sentence)
        switch language {
        case .english:
            for unit in units where unit.script == .latin {
                if EnglishWordForms.isLatinDesignation(unit.text) { keys.insert(SentenceFeatures.key(.latin, EnglishWordForms.foldLatin(unit.text))) }
                let word = EnglishWordForms.stem(unit.text)
                guard word.count >= 3, !EnglishWordForms.stopWords.contains(word) else { continue }
                // Dictionary keys only when there is a dictionary to meet them on the other side.
                if lexicon != nil { keys.insert(SentenceFeatures.key(.dictionary, word)) }
                let skeleton = Transliteration.skeleton(word)
                if skeleton.count >= 3 { keys.insert(SentenceFeatures.key(.transliteration, skeleton)) }
            }
        case .japanese:
            for unit in units {
                if unit.script == .latin { keys.insert(SentenceFeatures.key(.latin, EnglishWordForms.foldLatin(unit.text))) }
                guard unit.script == .katakana, unit.text.unicodeScalars.count >= 2 else { continue }
                for part in unit.text.split(whereSeparator: { Japanese.nameJoiners.contains($0.unicodeScalars.first!) }) {
                    if let latin = Transliteration.katakanaToLatin(String(part)) {
                        let skeleton = Transliteration.skeleton(latin)
                        if skeleton.count >= 3 { keys.insert(SentenceFeatures.key(.transliteration, skeleton)) }
                    }
                }
            }
            if let lexicon {
                for (word, group) in Self.lexiconGlossGroups(in: sentence, lexicon: lexicon) {
                    let key = SentenceFeatures.key(.dictionary, word)
                    keys.insert(key)
                    groups[key] = group
                }
            }
        }
        if !glossary.isEmpty {
            let folded = TextNormalizer.matchKey(sentence).string
            for (index, pair) in glossary.enumerated() where folded.contains(language == .english ? pair.english : pair.japanese) {
                keys.insert(SentenceFeatures.key(.glossary, String(index)))
            }
        }
        var features = SentenceFeatures(length: length, anchors: keys.sorted())
        if !groups.isEmpty {
            features.headwordPositions = features.anchors.map { key in groups[key].map { Int16(clamping: $0) } ?? -1 }
        }
        return features
    }

    /// The form two equal values share. Numbers and quantities by value alone, so a count
    /// meets a counter ("four missiles" = 4発) even when the units are named differently; dates
    /// by their most specific shared fields (month and day, else year and month, else year).
    static func numberForm(_ value: NumericValue) -> String? {
        switch value {
        case .number(let n), .quantity(let n, _):
            // Small counts (one, two, 3…) are everywhere; they anchor nothing.
            if n.upper == nil, let int = n.value.intValue, (0...3).contains(int) { return nil }
            // Three significant digits: translators round ("¥7.95 trillion" for 7兆9496億円).
            return "n" + roundedForm(n.value.doubleValue) + (n.upper.map { "-" + roundedForm($0.doubleValue) } ?? "")
        case .date(let d):
            if let month = d.month, let day = d.day { return "md\(month)/\(day)" }
            if let year = d.year, let month = d.month { return "ym\(year)/\(month)" }
            if let year = d.year { return (d.isFiscalYear ? "fy" : "y") + String(year) }
            if let weekday = d.weekday { return "w\(weekday)" }
            return nil
        case .time(let t):
            return "t\(t.hour):\(t.minute)"
        }
    }

    /// A number rounded to three significant digits, as text ("7.95e12", "4.6e3").
    static func roundedForm(_ value: Double) -> String {
        guard value.isFinite, value != 0 else { return "0" }
        let exponent = Int(log10(abs(value)).rounded(.down))
        let scale = pow(10, Double(exponent - 2))
        let mantissa = Int((value / scale).rounded())
        return "\(mantissa)e\(exponent - 2)"
    }

    /// The gloss content words of the dictionary headwords found in a Japanese sentence
    /// (kanji or katakana runs, longest match first, left to right).
    public static func lexiconGlossWords(in sentence: String, lexicon: BilingualLexicon) -> Set<String> {
        Set(lexiconGlossGroups(in: sentence, lexicon: lexicon).keys)
    }

    /// The gloss content words of the headwords found in a Japanese sentence, each with the
    /// position of the (first) headword it glosses: words of one headword translate one word.
    public static func lexiconGlossGroups(in sentence: String, lexicon: BilingualLexicon) -> [String: Int] {
        let scalars = Array(sentence.unicodeScalars)
        var words: [String: Int] = [:]
        var i = 0
        let maxLength = min(lexicon.longestHeadword, 12)
        while i < scalars.count {
            let script = ScriptClass.of(scalars[i])
            guard script == .kanji || script == .katakana else { i += 1; continue }
            var matched = 1
            var length = min(maxLength, scalars.count - i)
            while length >= 2 {
                let candidate = String(String.UnicodeScalarView(scalars[i..<(i + length)]))
                if let glosses = lexicon.glosses[candidate] {
                    addGlossWords(glosses, to: &words, group: i)
                    matched = length
                    break
                }
                length -= 1
            }
            // A lone kanji before a particle is a word of its own (娘を, 国が); longer runs
            // are compounds whose single characters would only add noise.
            if matched == 1, script == .kanji, i + 1 < scalars.count,
               i == 0 || ScriptClass.of(scalars[i - 1]) != .kanji,
               "をがはにのともでへや".unicodeScalars.contains(scalars[i + 1]),
               let glosses = lexicon.glosses[String(scalars[i])] {
                addGlossWords(glosses, to: &words, group: i)
            }
            i += matched
        }
        return words
    }

    /// The stemmed content words of a headword's glosses (launched = launch).
    static func addGlossWords(_ glosses: [String], to words: inout [String: Int], group: Int) {
        for gloss in glosses {
            for word in gloss.split(separator: " ") {
                let w = EnglishWordForms.stem(String(word))
                if w.count >= 3, !EnglishWordForms.stopWords.contains(w), words[w] == nil { words[w] = group }
            }
        }
    }
}
