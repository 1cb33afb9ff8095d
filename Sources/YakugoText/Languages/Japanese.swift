/// Japanese language knowledge used by segmentation and tokenization, kept as data.
///
/// Sources: the punctuation and bracket inventory of JIS X 4051 (line composition rules for
/// Japanese documents) and the usage of Japanese newspaper style (記者ハンドブック).
public enum Japanese {
    /// Characters that end a sentence: 。！？ in full width, their half-width forms, and the
    /// full-width period some texts use instead of 。.
    public static let sentenceEnders: Set<Unicode.Scalar> = [
        "\u{3002}", "\u{FF61}", "\u{FF01}", "!", "\u{FF1F}", "?", "\u{FF0E}", "\u{203C}", "\u{2047}", "\u{2048}", "\u{2049}",
    ]

    /// Opening brackets and quotation marks, each with its closing partner.
    public static let bracketPairs: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{300C}": "\u{300D}", // 「」
        "\u{300E}": "\u{300F}", // 『』
        "\u{FF08}": "\u{FF09}", // （）
        "(": ")",
        "\u{3010}": "\u{3011}", // 【】
        "\u{3014}": "\u{3015}", // 〔〕
        "\u{FF3B}": "\u{FF3D}", // ［］
        "\u{3008}": "\u{3009}", // 〈〉
        "\u{300A}": "\u{300B}", // 《》
        "\u{201C}": "\u{201D}", // “”
        "\u{FF5B}": "\u{FF5D}", // ｛｝
    ]

    /// Quotation openers: 「 and 『.
    public static let quotationOpeners: Set<Unicode.Scalar> = ["\u{300C}", "\u{300E}"]

    /// Closing partners of `bracketPairs`.
    public static let closingBrackets: Set<Unicode.Scalar> = Set(bracketPairs.values)

    /// Characters that introduce a photo-caption credit ("…＝10月4日（防衛省提供）"): text after
    /// them belongs to the caption, not to a new sentence.
    public static let captionCreditMarks: Set<Unicode.Scalar> = ["\u{FF1D}", "="]

    /// Cataphoric words that announce a quotation in the next sentence: news writes
    /// 「…はこう述べた。「…」」 as two sentences that carry one English sentence between them.
    public static let quotationAnnouncers: [String] = ["こう", "次のように", "以下のように", "次の通り", "次のとおり"]

    /// Whether a sentence announces a quotation that the next sentence holds: it ends with 。
    /// within ten characters after a cataphoric word (こう述べた。, 次のように語った。) and the next
    /// sentence opens with 「.
    public static func announcesQuotation(_ sentence: String, next: String?) -> Bool {
        guard let next, next.unicodeScalars.first == "\u{300C}", sentence.hasSuffix("\u{3002}") else { return false }
        let tail = String(String.UnicodeScalarView(sentence.unicodeScalars.suffix(14)))
        return quotationAnnouncers.contains { tail.contains($0) }
    }

    /// Middle dot joining the parts of a transcribed foreign name (ユン・ソンニョル).
    public static let nameJoiners: Set<Unicode.Scalar> = ["\u{30FB}", "\u{FF65}", "\u{00B7}"]

    /// Counters and unit words written after a number; a number and its counter form one word
    /// unit (25分, 4発, 10月). Longest match first is the caller's job.
    public static let counters: [String] = [
        "年度", "年間", "か月", "カ月", "ヶ月", "ケ月", "箇月", "週間", "日間", "時間", "分間", "秒間",
        "年", "月", "日", "時", "分", "秒", "週", "世紀",
        "キロメートル", "メートル", "キロ", "センチ", "ミリ", "カイリ", "海里", "マイル", "トン", "キロ",
        "パーセント", "ポイント", "%", "％", "度", "倍", "割", "歳", "才",
        "人", "名", "機", "隻", "発", "両", "台", "基", "門", "個", "件", "回", "カ国", "か国", "ヵ国", "ヶ国", "国", "カ所", "か所",
        "円", "ドル", "ウォン", "元", "ユーロ", "億", "万", "兆", "千", "百",
        "番目", "番", "号", "条", "項", "次", "期", "代", "位", "等", "階", "部",
    ]
}
