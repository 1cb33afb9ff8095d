internal import CICU

/// Katakana to Latin transliteration (ICU `Katakana-Latin`) and a phonetic skeleton that lets
/// a loanword or name meet its English source: バイデン → "baiden" → "bdn" = "Biden" → "bdn".
public enum Transliteration {
    /// ICU's Katakana-Latin romanization, lower-cased; nil when ICU lacks the transform.
    public static func katakanaToLatin(_ text: String) -> String? {
        var units = Array(text.utf16)
        guard !units.isEmpty else { return "" }
        let id = Array("Katakana-Latin; Latin-ASCII; Lower".utf16)
        var status: Int32 = 0
        guard let transliterator = id.withUnsafeBufferPointer({ yk_utrans_open($0.baseAddress, Int32($0.count), &status) }),
              yk_failed(status) == 0 else { return nil }
        defer { yk_utrans_close(transliterator) }
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
            units = Array(buffer[0..<Int(length)])
            return String(decoding: units, as: UTF16.self)
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
            if s == "z" { c = "s" }
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
