import YakugoCore

/// English word forms as alignment anchors and term keys need them: a crude stem, a folded
/// form of designations, and the function words that carry no evidence.
public enum EnglishWordForms {
    /// F-35B, F35B and f-35b fold alike; a plural "s" after a designation's digit or capital
    /// letter is dropped (F-35Bs → f35b), and so is a possessive.
    public static func foldLatin(_ token: String) -> String {
        var scalars = Array(TextNormalizer.nfkc(token).string.unicodeScalars)
        if scalars.count >= 3, scalars.suffix(2).elementsEqual("'s".unicodeScalars) || scalars.suffix(2).elementsEqual("’s".unicodeScalars) {
            scalars.removeLast(2)
        }
        if scalars.count >= 3, scalars.last == "s", let prev = scalars.dropLast().last,
           prev.properties.numericType != nil || prev.properties.isUppercase {
            scalars.removeLast()
        }
        return String(String.UnicodeScalarView(scalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
            .lowercased()
    }

    /// An English token that a Japanese translation would keep in Latin script: an acronym
    /// (two or more capitals: NATO, ICBM, U.N.) or a designation mixing letters and digits (F-35B).
    public static func isLatinDesignation(_ token: String) -> Bool {
        let letters = token.unicodeScalars.filter { $0.properties.isAlphabetic }
        let digits = token.unicodeScalars.filter { $0.properties.numericType != nil }
        if !letters.isEmpty, !digits.isEmpty { return true }
        let capitals = letters.filter { $0.properties.isUppercase }.count
        return capitals >= 2 && capitals * 2 >= letters.count
    }

    /// A crude English stem, applied alike to text words and dictionary glosses so that they
    /// meet: lower case, possessive stripped, then the regular inflections (-s, -es, -ies, -ed,
    /// -ied, -ing, with a doubled final consonant undone) and a final silent -e.
    /// "missiles" → "missil", "launched" → "launch", "agreed"/"agree" → "agre",
    /// "capabilities" → "capability", "stopping" → "stop".
    public static func stem(_ token: String) -> String {
        var word = token.lowercased()
        for suffix in ["'s", "’s"] where word.hasSuffix(suffix) { word.removeLast(2) }
        word = String(word.filter { $0.isLetter || $0 == "-" })
        func strip(_ suffix: String, minimum: Int) -> Bool {
            guard word.hasSuffix(suffix), word.count - suffix.count >= minimum else { return false }
            word.removeLast(suffix.count)
            return true
        }
        if strip("ies", minimum: 2) || strip("ied", minimum: 2) {
            word += "y"
        } else if strip("ing", minimum: 3) || strip("ed", minimum: 3) {
            // stopping → stopp → stop; but keep "ll", "ss" (called → call, passed → pass).
            if let last = word.last, word.count >= 3, word.dropLast().last == last, !"lsaeiou".contains(last) { word.removeLast() }
        } else if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") {
            word.removeLast(2)
        } else if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"), word.count > 3,
                  !Self.singularInS.contains(word) {
            word.removeLast()
        }
        if word.hasSuffix("e"), word.count > 3 { word.removeLast() }
        return word
    }

    /// Nouns whose final s is no plural: "news" must not meet "new" (Korean Central News Agency
    /// is no "New" of New Zealand).
    static let singularInS: Set<String> = ["news", "series", "species", "means", "politics", "physics", "economics", "lens"]

    /// English function words that carry no anchoring or term evidence.
    public static let stopWords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
        "as", "that", "this", "these", "those", "it", "its", "he", "she", "they", "we", "his", "her",
        "their", "our", "be", "was", "were", "is", "are", "been", "has", "have", "had", "will", "would",
        "said", "say", "not", "also", "after", "before", "over", "into", "about", "than", "which",
        "who", "what", "when", "where", "there", "then", "so", "if", "no", "do", "did", "does", "can",
        "could", "may", "might", "should", "must", "one", "two", "more", "most", "such", "other",
        "some", "any", "all", "both", "each", "up", "out", "off", "under", "between", "during", "while",
        "thing", "way", "make", "get", "take", "give", "person", "people", "time", "year", "day",
    ]
}
