import CSV
import YakugoCore

/// One English–Japanese pair of a segment table, with the line it starts on.
public struct SegmentTableRow: Hashable, Sendable {
    /// The row's `id` cell, or its line number when the table has no id (or the cell is empty).
    public var id: String
    /// The English text exactly as the cell holds it (not trimmed: white space is checked).
    public var english: String
    public var japanese: String
    /// 1-based line in the file where the row starts.
    public var line: Int

    public init(id: String, english: String, japanese: String, line: Int) {
        self.id = id
        self.english = english
        self.japanese = japanese
        self.line = line
    }
}

/// What a segment table held: its pairs, whether it had a header, oddities met.
public struct SegmentTable: Sendable {
    public var rows: [SegmentTableRow]
    public var hadHeader: Bool
    public var warnings: [String]
}

/// Reads tables of segment pairs to validate: TSV or CSV, one pair a row.
///
/// - **With a header** (the first row names the columns, case-insensitively): `english` or
///   `source` or `en_text`, `japanese` or `target` or `ja_text`, optionally `id`; other columns
///   are ignored. This reads what `yakugo tmx convert --to tsv` writes (`id`, `source`,
///   `target`) and what `yakugo align --format tsv` writes (`en_text`, `ja_text`).
/// - **Without a header**: `id, english, japanese` by position (further columns ignored), or
///   `english, japanese` when a row has only two cells.
///
/// TSV is one record a line, tab-separated, without quoting; the escapes Yakugo writes in
/// cells (`\t`, `\n`, `\r`, `\\`) are read back. CSV is RFC 4180 (quoted fields may hold commas,
/// quotes and line breaks), through CSV.swift. Text cells are not trimmed, because leading and
/// trailing white space is something the validator checks; ids and header names are. Blank
/// rows are skipped. A row with a missing Japanese cell reads as an empty translation.
public enum SegmentTableReader {
    /// The column separator.
    public enum Delimiter: Sendable {
        case tab, comma
    }

    /// Reads a file: CSV when the name ends in `.csv`, TSV when it ends in `.tsv`, else TSV when
    /// the first line holds a tab. "-" reads standard input.
    public static func read(path: String) throws(FormatError) -> SegmentTable {
        let source = path == "-" ? "(standard input)" : path
        let text = try TextDecoder.decode(try FileIO.readBytes(path), source: source)
        return try read(text, source: source, delimiter: delimiter(forPath: path, text: text))
    }

    /// The delimiter a file name implies, else the one its first line shows.
    public static func delimiter(forPath path: String, text: String) -> Delimiter {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") { return .comma }
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") { return .tab }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        return firstLine.contains("\t") ? .tab : .comma
    }

    /// Reads a table held in memory; `source` names it in messages.
    public static func read(_ text: String, source: String, delimiter: Delimiter) throws(FormatError) -> SegmentTable {
        let format = delimiter == .tab ? "TSV segment table" : "CSV segment table"
        let records = delimiter == .tab ? tsvRecords(text) : try csvRecords(text, source: source, format: format)
        var rows: [SegmentTableRow] = []
        var warnings: [String] = []
        var columns: (id: Int?, english: Int, japanese: Int)?
        var hadHeader = false
        var sawFirst = false
        for (line, cells) in records {
            if cells.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            if !sawFirst {
                sawFirst = true
                if let header = headerColumns(cells) {
                    columns = header
                    hadHeader = true
                    continue
                }
            }
            func cell(_ index: Int?) -> String { index.flatMap { $0 < cells.count ? cells[$0] : nil } ?? "" }
            let id: String, english: String, japanese: String
            if let columns {
                id = trimmed(cell(columns.id))
                english = cell(columns.english)
                japanese = cell(columns.japanese)
                if cells.count <= columns.english {
                    warnings.append("\(source):\(line): row has \(cells.count) cell(s), no English column; read as empty")
                }
            } else if cells.count >= 3 {
                (id, english, japanese) = (trimmed(cells[0]), cells[1], cells[2])
            } else if cells.count == 2 {
                (id, english, japanese) = ("", cells[0], cells[1])
            } else {
                throw .malformed(source: source, format: format, line: line, column: nil,
                                 reason: "expected id, english and japanese cells (or a header naming id, english, japanese), found one cell")
            }
            rows.append(SegmentTableRow(id: id.isEmpty ? String(line) : id, english: english, japanese: japanese, line: line))
        }
        if rows.isEmpty { throw .noText(source: source, format: format) }
        return SegmentTable(rows: rows, hadHeader: hadHeader, warnings: warnings)
    }

    /// Column indices when `cells` is a header naming an English and a Japanese column.
    static func headerColumns(_ cells: [String]) -> (id: Int?, english: Int, japanese: Int)? {
        let names = cells.map { trimmed($0).lowercased() }
        // en_text and ja_text are what `yakugo align --format tsv` writes (its en and ja
        // columns hold sentence indices, not text).
        guard let english = names.firstIndex(where: { $0 == "english" || $0 == "source" || $0 == "en_text" }),
              let japanese = names.firstIndex(where: { $0 == "japanese" || $0 == "target" || $0 == "ja_text" }) else { return nil }
        return (names.firstIndex(of: "id"), english, japanese)
    }

    static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// TSV records with their 1-based line numbers; Yakugo's cell escapes decoded.
    static func tsvRecords(_ text: String) -> [(Int, [String])] {
        var out: [(Int, [String])] = []
        var number = 0
        // Split on scalars: as Characters, "\r\n" is one grapheme and would not match "\n".
        for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            // A final line break leaves an empty last line: not a row.
            if line.isEmpty { continue }
            out.append((number, line.split(separator: "\t", omittingEmptySubsequences: false).map { unescape(String(String.UnicodeScalarView($0))) }))
        }
        return out
    }

    /// `\t`, `\n`, `\r`, `\\` back to the characters; any other backslash stays as written.
    static func unescape(_ cell: String) -> String {
        guard cell.contains("\\") else { return cell }
        var out = String.UnicodeScalarView()
        let scalars = Array(cell.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\\", i + 1 < scalars.count {
                switch scalars[i + 1] {
                case "t": out.append("\t"); i += 2; continue
                case "n": out.append("\n"); i += 2; continue
                case "r": out.append("\r"); i += 2; continue
                case "\\": out.append("\\"); i += 2; continue
                default: break
                }
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    /// CSV records with the line each starts on.
    static func csvRecords(_ text: String, source: String, format: String) throws(FormatError) -> [(Int, [String])] {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: ",")
        } catch {
            throw .malformed(source: source, format: format, line: nil, column: nil, reason: "\(error)")
        }
        var out: [(Int, [String])] = []
        var line = 1
        while let row = reader.next() {
            out.append((line, row))
            line += 1 + row.reduce(0) { count, cell in count + cell.unicodeScalars.filter { $0 == "\n" }.count }
        }
        if let error = reader.error {
            throw .malformed(source: source, format: format, line: line, column: nil, reason: "\(error)")
        }
        return out
    }
}
