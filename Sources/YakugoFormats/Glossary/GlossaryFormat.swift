import YakugoCore

/// The glossary formats Yakugo reads and writes, with the names the command line uses.
public enum GlossaryFormat: String, CaseIterable, Sendable {
    /// TBX v2 (TBX-Basic, `<martif>`).
    case tbx
    /// TBX v3 (ISO 30042:2019, `<tbx style="dca">`).
    case tbx3
    case csv
    case tsv
    case json

    public var displayName: String {
        switch self {
        case .tbx: return "TBX v2"
        case .tbx3: return "TBX v3"
        case .csv: return "CSV"
        case .tsv: return "TSV"
        case .json: return "JSON"
        }
    }

    /// File name extensions, lowercase, without the dot; the first is the one to write.
    public var extensions: [String] {
        switch self {
        case .tbx: return ["tbx", "xml"]
        case .tbx3: return ["tbx"]
        case .csv: return ["csv"]
        case .tsv: return ["tsv", "txt", "tab"]
        case .json: return ["json"]
        }
    }

    public var mimeType: String {
        switch self {
        case .tbx, .tbx3: return "application/x-tbx"
        case .csv: return "text/csv"
        case .tsv: return "text/tab-separated-values"
        case .json: return "application/json"
        }
    }

    /// The format a path's extension names; `.tbx` and `.xml` give `.tbx` (v2), which readers
    /// refine by sniffing and writers use as the default TBX. Nil for an unknown extension.
    public static func forPath(_ path: String) -> GlossaryFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        return allCases.first { $0.extensions.contains(ext) }
    }

    /// The format the content shows: a `{` is JSON, an XML root `<martif>` is TBX v2 and `<tbx>`
    /// TBX v3; other text is TSV when its first non-comment line has a tab, else CSV. Nil for
    /// XML with another root.
    public static func sniff(_ bytes: [UInt8]) -> GlossaryFormat? {
        var head = Array(bytes.prefix(4096))
        if head.count >= 2, (head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF) {
            // UTF-16: keep the low (or high) bytes, enough to see ASCII markup.
            let littleEndian = head[0] == 0xFF
            head = stride(from: 2, to: head.count - 1, by: 2).map { littleEndian ? head[$0] : head[$0 + 1] }
        }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        guard let firstIndex = head.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else { return nil }
        switch head[firstIndex] {
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
        case UInt8(ascii: "<"):
            guard let root = rootElementName(head) else { return nil }
            let local = root.split(separator: ":").last.map(String.init) ?? root
            if local == "martif" { return .tbx }
            if local == "tbx" { return .tbx3 }
            return nil
        default:
            let text = String(decoding: head, as: UTF8.self)
            for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
                let trimmed = line.drop { $0 == " " }
                if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                return line.contains("\t") ? .tsv : .csv
            }
            return .csv
        }
    }

    /// The name of the first element (skipping the declaration, comments, DOCTYPE and PIs).
    static func rootElementName(_ bytes: [UInt8]) -> String? {
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count else { index += 1; continue }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                // Skip to the end of this construct; comments end with -->.
                if bytes[index...].starts(with: Array("<!--".utf8)) {
                    var end = index + 4
                    while end + 2 < bytes.count, !(bytes[end] == 0x2D && bytes[end + 1] == 0x2D && bytes[end + 2] == 0x3E) { end += 1 }
                    index = end + 3
                } else {
                    index += 2
                    var depth = 0
                    while index < bytes.count {
                        if bytes[index] == UInt8(ascii: "[") { depth += 1 }
                        if bytes[index] == UInt8(ascii: "]") { depth -= 1 }
                        if bytes[index] == UInt8(ascii: ">"), depth <= 0 { break }
                        index += 1
                    }
                    index += 1
                }
                continue
            }
            var end = index + 1
            while end < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[end]) { end += 1 }
            return String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        }
        return nil
    }

    /// The format to read a file in: by extension, refined by content (a `.tbx` may be v2 or
    /// v3; a `.txt` with commas is CSV); by content alone for other names.
    public static func detect(path: String, bytes: [UInt8]) -> GlossaryFormat? {
        let sniffed = sniff(bytes)
        switch forPath(path) {
        case .tbx?, .tbx3?: return sniffed == .tbx3 ? .tbx3 : .tbx
        case .json?: return .json
        case .csv?: return .csv
        case .tsv?: return sniffed == .csv && path.lowercased().hasSuffix(".txt") ? .csv : .tsv
        case nil: return sniffed
        }
    }
}
