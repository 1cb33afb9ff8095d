import YakugoCore
import YakugoText

/// The target repeats the source, or keeps English words a Japanese reader should not see.
///
/// English left in the target is reported only when it is copied from the source and is not
/// something Japanese news keeps in Latin letters: acronyms (NATO, ICBM, EEZ), designations
/// (F-35B), units (km), Latin forms of the glossary's Japanese terms (日本版NSC) and the words
/// allowed in the options.
public struct UntranslatedCheck: Check {
    public static let description = CheckDescription(
        id: "untranslated",
        title: "Source text left untranslated",
        category: .completeness,
        defaultSeverity: .error,
        rationale: """
            Copying the source into the target is how tools fill a segment they could not \
            translate; English words left in running Japanese are the partial form of the same \
            failure. Acronyms and designations that Japanese news writes in Latin letters pass, \
            and so do web and mail addresses and brand names with a capital inside the word \
            (eBay, iPhone), which Japanese keeps as written.
            """,
        triggeringExamples: [
            CheckExample("The missile fell into the sea.", "1️⃣The missile fell into the sea."),
            CheckExample("The allies held the Freedom Edge exercise.", "日米韓は1️⃣Freedom Edge演習を実施した。"),
        ],
        nonTriggeringExamples: [
            CheckExample("The missile fell inside Japan's EEZ.", "ミサイルは日本のEEZ内に落下した。"),
            CheckExample("Two F-35B fighters took part.", "F35B戦闘機2機が参加した。"),
            CheckExample("NATO and the ICBM threat", "NATOとICBMの脅威"),
            CheckExample("ASEAN", "ASEAN"),
            CheckExample("The range is 1,000 km.", "射程は1000kmだ。"),
            CheckExample("The seller has traded on eBay since 2010; see my.norton.com.", "その出品者は2010年からeBayで販売している。my.norton.comを参照。"),
        ])

    /// Latin words Japanese news writes as they are: units and symbols.
    static let keptInLatin: Set<String> = ["km", "kg", "cm", "mm", "m", "g", "t", "kw", "mw", "gw", "ppm", "vs", "no"]

    public static let analysisParts: SegmentAnalysis.Parts = [.matchKeys, .sourceWords]

    /// Web and mail addresses (my.norton.com, Auctiva.com) and brand names written with a capital
    /// inside the word (eBay, iPhone, YouTube, PayPal): Japanese keeps both as written, since an
    /// address must still work and a trademark is spelled its owner's way.
    static func isAddressOrBrand(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        if scalars.contains("@") || scalars.contains("/") { return true }
        if let dot = scalars.lastIndex(of: "."), dot > 0, dot < scalars.count - 2,
           scalars[(dot + 1)...].allSatisfy({ $0.properties.isLowercase }) { return true }
        return zip(scalars, scalars.dropFirst()).contains { $0.properties.isLowercase && $1.properties.isUppercase }
    }

    public init() {}

    public func check(_ segment: QASegment, context: CheckContext) -> [Finding] {
        let analysis = context.analysis(of: segment)
        let sourceKey = analysis.sourceKey
        let targetKey = analysis.targetKey
        guard !targetKey.isEmpty, sourceKey.unicodeScalars.contains(where: Scalars.isLatinLetter) else { return [] }
        if sourceKey == targetKey {
            // A title or an acronym alone ("ASEAN", "G7") is the same in both languages.
            let words = analysis.sourceWords.tokens
            if words.allSatisfy({ EnglishWordForms.isLatinDesignation($0.text) }) { return [] }
            return [finding(segment, "the translation is a copy of the source",
                            target: TextRange(start: 0, end: segment.target.unicodeScalars.count))]
        }
        let sourceWords = Set(analysis.sourceWords.tokens.map { $0.text.lowercased() })
        let allowed = Set(context.options.allowedLatinWords.map { $0.lowercased() }).union(context.terms.latinWordsInJapanese)
        var runs: [Range<Int>] = []
        for token in EnglishTokenizer.tokens(segment.target, latinOnly: true) {
            let text = token.text
            guard text.unicodeScalars.allSatisfy({ Scalars.isLatinLetter($0) || EnglishTokenizer.joiners.contains($0) }),
                  text.unicodeScalars.filter(Scalars.isLatinLetter).count >= 2 else { continue }
            let lower = text.lowercased()
            if EnglishWordForms.isLatinDesignation(text) || Self.keptInLatin.contains(lower) || allowed.contains(lower)
                || Self.isAddressOrBrand(text) { continue }
            guard sourceWords.contains(lower) || sourceWords.contains(TextNormalizer.matchKey(text).string) else { continue }
            // Neighbouring words (separated by a space) form one run, reported once.
            if let last = runs.last, token.range.lowerBound - last.upperBound <= 1 {
                runs[runs.count - 1] = last.lowerBound..<token.range.upperBound
            } else {
                runs.append(token.range)
            }
        }
        return runs.map { run in
            finding(segment, "English left in the translation: \"\(segment.target.scalarSlice(run))\"", target: TextRange(run))
        }
    }
}
