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

    /// `readings`: also keep what only term pairing needs: the kana readings of kanji headwords
    /// (romaji meets them) and which gloss words are proper nouns (a sentence-initial capital
    /// is lowered only on a common word). Alignment does not need them; they cost about 25 MB
    /// and a quarter second.
    public static func read(path: String = defaultPath, readings: Bool = false) throws(FormatError) -> BilingualLexicon {
        let bytes = try FileIO.readBytes(path)
        return parse(utf8: try convertEUCJP(bytes, source: path), keepingTags: nil, readings: readings)
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
        return parse(utf8: try convertEUCJP(bytes, source: path), keepingTags: personAndPlaceTags)
    }

    /// Parses EDICT lines that are already decoded; with `keepingTags`, only entries whose
    /// leading "(…)" tag list names one of those tags.
    public static func parse(_ text: String, keepingTags: Set<String>? = nil, readings: Bool = false) -> BilingualLexicon {
        parse(utf8: Array(text.utf8), keepingTags: keepingTags, readings: readings)
    }

    /// The parser works on UTF-8 bytes: every delimiter of the format (newline, space, slash,
    /// brackets, comma) is ASCII, and splitting Swift Strings by Character made loading the two
    /// dictionaries take four seconds, most of every short command's run.
    static func parse(utf8 bytes: [UInt8], keepingTags: Set<String>?, readings: Bool = false) -> BilingualLexicon {
        var lexicon = BilingualLexicon()
        // One entry a line at most (EDICT has one headword per line).
        let lineCount = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        lexicon.reserveCapacity(lineCount)
        var kinds = NameKinds()
        var capitals = WordCase()
        // ENAMDICT tags about a third of its lines as places.
        if keepingTags != nil { kinds.places.reserveCapacity(lineCount / 3) }
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                var lineEnd = end
                if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                parseLine(buffer[start..<lineEnd], keepingTags: keepingTags, readings: readings, into: &lexicon, kinds: &kinds,
                          capitals: &capitals)
                start = end + 1
            }
        }
        if keepingTags != nil {
            kinds.flush()
            lexicon.setPlaces(kinds.places, alsoPersons: kinds.alsoPersons)
        }
        if readings, keepingTags == nil { lexicon.setProperNouns(capitals.properNouns) }
        return lexicon
    }

    /// How often each gloss word starts with a capital letter and how often not, counted on the
    /// raw glosses before they are lower-cased.
    struct WordCase {
        var balance: [String: Int] = [:]

        /// Counts the ASCII words of one raw gloss.
        mutating func count(_ gloss: Slice<UnsafeBufferPointer<UInt8>>) {
            var index = gloss.startIndex
            while index < gloss.endIndex {
                guard Self.isLetter(gloss[index]) else { index += 1; continue }
                let start = index
                while index < gloss.endIndex, Self.isLetter(gloss[index]) { index += 1 }
                let word = gloss[start..<index]
                guard word.count >= 2 else { continue }
                let lower = String(decoding: word.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
                balance[lower, default: 0] += (0x41...0x5A).contains(word.first!) ? 1 : -1
            }
        }

        static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

        var properNouns: Set<String> { Set(balance.filter { $0.value > 0 }.keys) }
    }

    /// Headwords seen with a place tag, and those also seen with a person's tag, over all their
    /// lines (岸田 is "(s)" on one line and "(p,s)" on the next). ENAMDICT keeps a headword's lines
    /// together, so the tags are gathered per run of lines; a set of every person's name (400,000
    /// of them) cost a quarter of a one-pair `extract`.
    struct NameKinds {
        var places: Set<String> = []
        var alsoPersons: Set<String> = []
        var current: String?
        var currentPlace = false, currentPerson = false
        static let personTags: Set<String> = ["s", "g", "f", "m", "h"]

        mutating func add(_ name: String, place: Bool, person: Bool) {
            if name != current {
                flush()
                current = name
            }
            currentPlace = currentPlace || place
            currentPerson = currentPerson || person
        }

        mutating func flush() {
            if let current, currentPlace {
                places.insert(current)
                if currentPerson { alsoPersons.insert(current) }
            }
            current = nil
            currentPlace = false
            currentPerson = false
        }
    }

    static func parseLine(_ line: Slice<UnsafeBufferPointer<UInt8>>, keepingTags: Set<String>?, readings: Bool = false,
                          into lexicon: inout BilingualLexicon, kinds: inout NameKinds, capitals: inout WordCase) {
        guard let firstSlash = line.firstIndex(of: 0x2F) else { return }
        let head = trimmed(line[line.startIndex..<firstSlash])
        let headword = head[head.startIndex..<(head.firstIndex(of: 0x20) ?? head.endIndex)]
        // A headword opening with an ideographic space (E3 80 80) is the file's title line.
        guard !headword.isEmpty, !headword.starts(with: [0xE3, 0x80, 0x80]) else { return }
        let rest = line[(firstSlash + 1)...]
        var japanese: String?
        if let keepingTags {
            guard rest.first == 0x28, let close = rest.firstIndex(of: 0x29) else { return }
            let tags = rest[(rest.startIndex + 1)..<close].split(separator: 0x2C).map { String(decoding: $0, as: UTF8.self) }
            guard tags.contains(where: keepingTags.contains) else { return }
            let name = String(decoding: headword, as: UTF8.self)
            japanese = name
            kinds.add(name, place: tags.contains("p"), person: tags.contains(where: NameKinds.personTags.contains))
        }
        for rawGloss in rest.split(separator: 0x2F) {
            guard let gloss = cleanGloss(rawGloss) else { continue }
            if readings, keepingTags == nil { capitals.count(rawGloss) }
            if japanese == nil { japanese = String(decoding: headword, as: UTF8.self) }
            lexicon.add(japanese: japanese!, english: gloss)
        }
        // The reading of a headword that has kanji (bytes E4–E9 lead the CJK ideographs):
        // "奉行 [ぶぎょう]". Names carry theirs as glosses already.
        if readings, keepingTags == nil, let open = head.firstIndex(of: 0x5B), let close = head[open...].firstIndex(of: 0x5D),
           close > open + 1, headword.contains(where: { (0xE4...0xE9).contains($0) }) {
            lexicon.add(japanese: japanese ?? String(decoding: headword, as: UTF8.self), reading: String(decoding: head[(open + 1)..<close], as: UTF8.self))
        }
    }

    /// "(n) (1) trajectory" → "trajectory"; nil for "(P)", for an empty gloss, and for a gloss of
    /// more than four words (a definition, not a translation).
    static func cleanGloss(_ raw: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        var kept: [UInt8] = []
        kept.reserveCapacity(raw.count)
        var depth = 0
        for byte in raw {
            if byte == 0x28 { depth += 1; continue }
            if byte == 0x29 { depth = max(0, depth - 1); continue }
            if depth == 0 { kept.append(byte) }
        }
        let text = trimmed(kept[...])
        guard !text.isEmpty, text.split(separator: 0x20).count <= 4 else { return nil }
        if text.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        return String(decoding: text, as: UTF8.self).lowercased()
    }

    /// The bytes without leading and trailing spaces and tabs.
    static func trimmed<C: BidirectionalCollection>(_ bytes: C) -> C.SubSequence where C.Element == UInt8 {
        var s = bytes[...]
        while let f = s.first, f == 0x20 || f == 0x09 { s = s.dropFirst() }
        while let l = s.last, l == 0x20 || l == 0x09 { s = s.dropLast() }
        return s
    }

    static func decodeEUCJP(_ bytes: [UInt8], source: String) throws(FormatError) -> String {
        String(decoding: try convertEUCJP(bytes, source: source), as: UTF8.self)
    }

    /// EUC-JP bytes converted to UTF-8 bytes by iconv.
    static func convertEUCJP(_ bytes: [UInt8], source: String) throws(FormatError) -> [UInt8] {
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
        output.removeLast(outLeft)
        return output
    }
}
