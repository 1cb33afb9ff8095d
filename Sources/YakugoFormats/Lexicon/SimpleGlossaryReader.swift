import CSV
import YakugoCore

/// Reads the simplest glossaries a user writes by hand: one pair per line,
/// `english<TAB>japanese` (TSV) or `english,japanese` (CSV, RFC 4180), extra columns ignored,
/// an optional header line naming `english`/`japanese` (or `source`/`target`), and `#` comment
/// lines. Richer formats (TBX, full CSV with statuses) come with the glossary model.
public enum SimpleGlossaryReader {
    public static func read(path: String) throws(FormatError) -> [(english: String, japanese: String)] {
        let text = try TextDecoder.decode(try FileIO.readBytes(path), source: path)
        return try parse(text, source: path)
    }

    public static func parse(_ text: String, source: String) throws(FormatError) -> [(english: String, japanese: String)] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .filter { !$0.trimmingSpaces().hasPrefix("#") }
        let body = lines.joined(separator: "\n")
        let delimiter: UnicodeScalar = lines.first(where: { !$0.trimmingSpaces().isEmpty })?.contains("\t") == true ? "\t" : ","
        let reader: CSVReader
        do {
            reader = try CSVReader(string: body, hasHeaderRow: false, trimFields: true, delimiter: delimiter)
        } catch {
            throw .malformed(source: source, format: "glossary", line: nil, column: nil, reason: "\(error)")
        }
        var pairs: [(english: String, japanese: String)] = []
        var row = 0
        while let fields = reader.next() {
            row += 1
            if fields.allSatisfy({ $0.isEmpty }) { continue }
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .malformed(source: source, format: "glossary", line: row, column: nil,
                                 reason: "expected `english<TAB>japanese` or `english,japanese`")
            }
            if pairs.isEmpty, ["english", "en", "source", "term"].contains(fields[0].lowercased()) { continue }
            pairs.append((fields[0], fields[1]))
        }
        if let error = reader.error {
            throw .malformed(source: source, format: "glossary", line: row + 1, column: nil, reason: "\(error)")
        }
        return pairs
    }
}
