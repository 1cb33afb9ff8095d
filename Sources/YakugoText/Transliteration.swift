internal import CICU
import Synchronization

/// Katakana to Latin transliteration (ICU `Katakana-Latin`) and a phonetic skeleton that lets
/// a loanword or name meet its English source: バイデン → "baiden" → "bdn" = "Biden" → "bdn".
public enum Transliteration {
    /// ICU's Katakana-Latin romanization, lower-cased; nil when ICU lacks the transform.
    /// Results are cached: opening an ICU transliterator compiles its rules (about a
    /// millisecond), and news repeats its loanwords and names.
    public static func katakanaToLatin(_ text: String) -> String? {
        transliterate(text, id: "Katakana-Latin; Latin-ASCII; Lower", cache: cache)
    }

    /// ICU's Hiragana-Latin romanization, lower-cased (ぶぎょう → "bugyou"); nil when ICU lacks
    /// the transform.
    public static func hiraganaToLatin(_ text: String) -> String? {
        transliterate(text, id: "Hiragana-Latin; Latin-ASCII; Lower", cache: hiraganaCache)
    }

    static let hiraganaCache = Mutex(CacheState())

    /// ICU's Han-Latin reading of Chinese characters (Mandarin pinyin), tone marks removed and
    /// lower-cased, syllables separated by spaces: 張軍 → "zhang jun". Japanese writes Chinese
    /// names in kanji and English in pinyin, so this is how 習近平 meets Xi Jinping. Nil when
    /// ICU lacks the transform.
    public static func hanToPinyin(_ text: String) -> String? {
        transliterate(text, id: "Han-Latin; Latin-ASCII; Lower", cache: pinyinCache)
    }

    /// `text` through the ICU transform `id`, opened once and cached with its results.
    private static func transliterate(_ text: String, id: String, cache: borrowing Mutex<CacheState>) -> String? {
        if text.isEmpty { return "" }
        return cache.withLock { state -> String? in
            if let hit = state.results[text] { return hit }
            if state.transliterator == nil {
                let units = Array(id.utf16)
                var status: Int32 = 0
                let opened = units.withUnsafeBufferPointer { yk_utrans_open($0.baseAddress, Int32($0.count), &status) }
                guard let opened, yk_failed(status) == 0 else { return nil }
                state.transliterator = TransliteratorHandle(pointer: opened)
            }
            let result = transliterate(text, with: state.transliterator!.pointer)
            if state.results.count > 50_000 { state.results.removeAll(keepingCapacity: true) }
            state.results[text] = result
            return result
        }
    }

    static let pinyinCache = Mutex(CacheState())

    /// An open ICU transliterator; used only under the cache's lock.
    final class TransliteratorHandle: @unchecked Sendable {
        let pointer: UnsafeMutableRawPointer
        init(pointer: UnsafeMutableRawPointer) { self.pointer = pointer }
        deinit { yk_utrans_close(pointer) }
    }

    struct CacheState: ~Copyable {
        var transliterator: TransliteratorHandle?
        var results: [String: String?] = [:]
    }

    static let cache = Mutex(CacheState())

    private static func transliterate(_ text: String, with transliterator: UnsafeMutableRawPointer) -> String? {
        let units = Array(text.utf16)
        var capacity = units.count * 4 + 16
        while true {
            var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
            var status: Int32 = 0
            let length = buffer.withUnsafeMutableBufferPointer {
                yk_utrans_chars(transliterator, $0.baseAddress, Int32(units.count), Int32(capacity), &status)
            }
            if yk_failed(status) != 0 {
                if Int(length) > capacity { capacity = Int(length) + 16; continue }
                return nil
            }
            return String(decoding: buffer[0..<Int(length)], as: UTF16.self)
        }
    }

    /// The consonant skeleton of a Latin word, with the sound merges that separate Japanese
    /// from English spelling folded away: vowels dropped (but a leading one kept), l = r, v = b,
    /// n before b/m/p = m, digraphs sh/ch/ts/th reduced to s/c/t/t, doubled letters once, a
    /// final Japanese epenthetic "u"/"o" ignored with the vowels. "misairu" and "missile" both
    /// give "msr".
    public static func skeleton(_ word: String) -> String {
        let lower = Array(word.lowercased().unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic })
        guard !lower.isEmpty else { return "" }
        var out: [Character] = []
        let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]
        for (index, s) in lower.enumerated() {
            var c = Character(s)
            if vowels.contains(s) {
                if index == 0 { out.append("a") }
                continue
            }
            if s == "h", index > 0, ["s", "c", "t", "p", "g", "k", "w"].contains(lower[index - 1]) { continue }
            if s == "w" || s == "h" && index > 0 { continue }
            if s == "l" { c = "r" }
            if s == "v" { c = "b" }
            if s == "q" { c = "k" }
            if s == "x" { out.append("k"); c = "s" }
            if s == "c" { c = index + 1 < lower.count && ["e", "i", "y"].contains(lower[index + 1]) ? "s" : "k" }
            // Japanese has one sound for English z before i and a vowel and for zh, and writes
            // it ジ as it writes j (Nebenzia ネベンジャ, Zhukov ジューコフ).
            if s == "z" {
                let next = index + 1 < lower.count ? lower[index + 1] : " "
                let after = index + 2 < lower.count ? lower[index + 2] : " "
                c = next == "h" || (["i", "y"].contains(next) && vowels.contains(after)) ? "g" : "s"
            }
            if s == "j" { c = "g" }
            if s == "n", index + 1 < lower.count, ["b", "m", "p"].contains(lower[index + 1]) { c = "m" }
            if s == "d", index + 1 < lower.count, lower[index + 1] == "z" { continue }
            if s == "t", index + 1 < lower.count, lower[index + 1] == "s" { continue }
            if out.last == c { continue }
            out.append(c)
        }
        return String(out)
    }
}
