import YakugoCore

/// Decides whether a text is English or Japanese from the scripts of its letters.
public enum LanguageDetector {
    /// Japanese when kana or kanji make up at least a fifth of the letters (Japanese news
    /// quotes Latin names and acronyms, English text almost never holds kana), English when
    /// Latin letters dominate; nil when the text has too few letters of either.
    public static func detect(_ text: String) -> Language? {
        var japanese = 0
        var latin = 0
        for scalar in text.unicodeScalars.prefix(20_000) {
            switch ScriptClass.of(scalar) {
            case .kanji, .hiragana, .katakana: japanese += 1
            case .latin: latin += 1
            default: break
            }
        }
        let letters = japanese + latin
        guard letters >= 2 else { return nil }
        if japanese * 5 >= letters { return .japanese }
        return .english
    }
}
