import YakugoCore

/// A rendered glossary and what the format could not carry.
public struct GlossaryOutput: Sendable {
    public var bytes: [UInt8]
    /// Losses and repairs, one line each (`3 × term notes dropped …`).
    public var warnings: [String]

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Writes a glossary in any format of `GlossaryFormat`.
public enum GlossaryWriter {
    public static func render(_ glossary: Glossary, format: GlossaryFormat) throws(FormatError) -> GlossaryOutput {
        switch format {
        case .tbx, .tbx3:
            let output = try TBXWriter.render(glossary, version: format == .tbx ? .v2 : .v3)
            var warnings: [String] = []
            if output.removedCharacters > 0 { warnings.append("\(output.removedCharacters) × characters XML does not allow removed") }
            if output.skippedConcepts > 0 { warnings.append("\(output.skippedConcepts) × concepts without terms left out") }
            return GlossaryOutput(bytes: output.bytes, warnings: warnings)
        case .csv, .tsv:
            let (text, warnings) = GlossaryCSVWriter.render(glossary, delimiter: format == .csv ? "," : "\t")
            return GlossaryOutput(bytes: Array(text.utf8), warnings: warnings)
        case .json:
            return GlossaryOutput(bytes: Array(try GlossaryJSON.render(glossary).utf8), warnings: [])
        }
    }

    /// Renders and writes atomically (temporary file and rename): an error leaves no partial file.
    @discardableResult
    public static func write(_ glossary: Glossary, format: GlossaryFormat, to path: String) throws(FormatError) -> [String] {
        let output = try render(glossary, format: format)
        try FileIO.writeAtomically(output.bytes, to: path)
        return output.warnings
    }
}
