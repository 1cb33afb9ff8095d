import YakugoCore

/// The (English, Japanese) pairs of a glossary, for the aligner's and extractor's anchors.
///
/// Any format `GlossaryReader` reads is accepted (TBX v2/v3, CSV, TSV, JSON, and the simplest
/// hand-written `english<TAB>japanese` or `english,japanese` lines); the pairs are the
/// glossary's `allowedPairs`, so forbidden forms are never used as anchors.
public enum SimpleGlossaryReader {
    public static func read(path: String) throws(FormatError) -> [(english: String, japanese: String)] {
        try GlossaryReader.read(path: path).allowedPairs
    }

    /// Pairs from CSV or TSV text (the delimiter is a tab when the first non-comment line has one).
    public static func parse(_ text: String, source: String) throws(FormatError) -> [(english: String, japanese: String)] {
        try GlossaryCSVReader.read(text, source: source).glossary.allowedPairs
    }
}
