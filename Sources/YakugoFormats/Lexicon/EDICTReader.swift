import YakugoCore
#if canImport(Glibc)
import Glibc
#endif

/// Reads the EDICT Japanese–English dictionary (Debian package `edict`, EUC-JP,
/// `見出し [よみ] /(pos) gloss/gloss/(P)/` per line) into a lexicon.
///
/// Glosses are cleaned for matching against English text: parenthesised notes ("(n)", "(P)",
/// "(1)") are dropped, and glosses longer than four words are skipped (they are definitions, not
/// translations). Both the headword and, for kana-only entries, the reading are keys.
public enum EDICTReader {
    /// Where Debian installs the dictionary.
    public static let defaultPath = "/usr/share/edict/edict"

    public static func read(path: String = defaultPath) throws(FormatError) -> BilingualLexicon {
        let bytes = try FileIO.readBytes(path)
        let text = try decodeEUCJP(bytes, source: path)
        return parse(text)
    }

    /// Where Debian installs ENAMDICT, the companion dictionary of proper names (package
    /// `enamdict`), in the same format with romanised readings as glosses.
    public static let namesPath = "/usr/share/edict/enamdict"

    /// ENAMDICT tags kept: surnames, given names, unclassified names, full names of persons, and
    /// places. Companies, products and works are left out: term pairing needs the readings of
    /// people and places (岸田 Kishida, 文雄 Fumio, 尖閣諸島 Senkaku Islands).
    static let personAndPlaceTags: Set<String> = ["s", "g", "f", "m", "u", "h", "p", "pr", "st"]

    /// Reads ENAMDICT's person and place names into a lexicon of readings.
    public static func readNames(path: String = namesPath) throws(FormatError) -> BilingualLexicon {
        let bytes = try FileIO.readBytes(path)
        let text = try decodeEUCJP(bytes, source: path)
        return parse(text, keepingTags: personAndPlaceTags)
    }

    /// Parses EDICT lines that are already decoded; with `keepingTags`, only entries whose
    /// leading "(…)" tag list names one of those tags.
    public static func parse(_ text: String, keepingTags: Set<String>? = nil) -> BilingualLexicon {
        var lexicon = BilingualLexicon()
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let firstSlash = line.firstIndex(of: "/") else { continue }
            let head = line[..<firstSlash].trimmingSpaces()
            let headword = head.split(separator: " ").first.map(String.init) ?? ""
            guard !headword.isEmpty, !headword.hasPrefix("\u{3000}") else { continue }
            if let keepingTags {
                let rest = line[line.index(after: firstSlash)...]
                guard rest.hasPrefix("("), let close = rest.firstIndex(of: ")") else { continue }
                let tags = rest[rest.index(after: rest.startIndex)..<close].split(separator: ",").map(String.init)
                guard tags.contains(where: keepingTags.contains) else { continue }
            }
            for rawGloss in line[line.index(after: firstSlash)...].split(separator: "/") {
                let gloss = cleanGloss(String(rawGloss))
                guard !gloss.isEmpty, gloss.split(separator: " ").count <= 4 else { continue }
                lexicon.add(japanese: headword, english: gloss)
            }
        }
        return lexicon
    }

    /// "(n) (1) trajectory" → "trajectory"; "(P)" → "".
    static func cleanGloss(_ gloss: String) -> String {
        var out = ""
        var depth = 0
        for c in gloss {
            if c == "(" { depth += 1; continue }
            if c == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        return out.trimmingSpaces().lowercased()
    }

    static func decodeEUCJP(_ bytes: [UInt8], source: String) throws(FormatError) -> String {
        let converter = iconv_open("UTF-8", "EUC-JP")
        if converter == iconv_t(bitPattern: -1) {
            throw .unreadable(path: source, reason: "this system's iconv cannot convert EUC-JP")
        }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var result: Int = 0
        var inLeft = input.count
        var outLeft = output.count
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
            }
        }
        if result == -1 || inLeft > 0 {
            throw .malformed(source: source, format: "EDICT (EUC-JP)", line: nil, column: nil,
                             reason: "invalid EUC-JP at byte offset \(bytes.count - inLeft)")
        }
        return String(decoding: output[0..<(output.count - outLeft)], as: UTF8.self)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
