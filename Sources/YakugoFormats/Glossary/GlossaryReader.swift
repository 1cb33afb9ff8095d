import YakugoCore

/// What reading a glossary found besides the glossary: oddities that did not stop reading.
public struct GlossaryReadResult: Sendable {
    public var glossary: Glossary
    public var format: GlossaryFormat
    public var warnings: [String]
    /// Terms of languages other than English and Japanese left out, per language tag (TBX).
    public var skippedLanguages: [String: Int]
    /// Entries left out because they had no English or Japanese term (TBX).
    public var skippedEntries: Int
}

/// Reads a glossary file in any format of `GlossaryFormat`.
public enum GlossaryReader {
    /// Reads a file, picking the format by extension and content.
    public static func read(path: String) throws(FormatError) -> Glossary {
        try readWithReport(path: path).glossary
    }

    /// Reads a file with its warnings; `format` overrides detection. "-" reads standard input.
    public static func readWithReport(path: String, format: GlossaryFormat? = nil) throws(FormatError) -> GlossaryReadResult {
        let bytes = try FileIO.readBytes(path)
        return try read(bytes, source: path == "-" ? "(standard input)" : path, path: path, format: format)
    }

    /// Reads a glossary held in memory; `path` (or `source`) is used for detection by extension.
    public static func read(_ bytes: [UInt8], source: String, path: String? = nil, format: GlossaryFormat? = nil) throws(FormatError) -> GlossaryReadResult {
        if bytes.isEmpty { throw .emptyInput(source: source) }
        guard let format = format ?? GlossaryFormat.detect(path: path ?? source, bytes: bytes) else {
            throw .malformed(source: source, format: "glossary", line: nil, column: nil,
                             reason: "not a glossary: expected TBX (<martif> or <tbx>), CSV, TSV or JSON")
        }
        switch format {
        case .tbx, .tbx3:
            let result = try TBXReader.read(bytes, source: source)
            return GlossaryReadResult(glossary: result.glossary, format: result.version == .v2 ? .tbx : .tbx3, warnings: result.warnings,
                                      skippedLanguages: result.skippedLanguages, skippedEntries: result.skippedEntries)
        case .csv, .tsv:
            let text = try TextDecoder.decode(bytes, source: source)
            let forced: UnicodeScalar? = format == .tsv && GlossaryFormat.forPath(path ?? source) == .tsv ? "\t" : nil
            let result = try GlossaryCSVReader.read(text, source: source, delimiter: forced)
            return GlossaryReadResult(glossary: result.glossary, format: format, warnings: result.warnings, skippedLanguages: [:], skippedEntries: 0)
        case .json:
            let text = try TextDecoder.decode(bytes, source: source)
            return GlossaryReadResult(glossary: try GlossaryJSON.read(text, source: source), format: .json, warnings: [], skippedLanguages: [:], skippedEntries: 0)
        }
    }
}
