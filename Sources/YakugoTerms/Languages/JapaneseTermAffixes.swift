/// Japanese single-character word units that cannot open or close a term, kept as data.
///
/// Reasoning: compounds are rebuilt from runs of kanji, katakana and Latin units, so the run
/// often starts or ends with a bound morpheme. A suffix (…氏, …県, …的, …後) needs a noun before
/// it, so a candidate may not start with one; a prefix (米…, 同…, 両…, 約…) needs a noun after it,
/// so a candidate may not end with one. The lists hold the bound forms of news Japanese; the
/// pairing step still sees the longer compounds that contain them (青森県, 米本土).
enum JapaneseTermAffixes {
    /// Bound suffixes and counters: never the first unit of a candidate.
    static let suffixes: Set<String> = [
        "氏", "様", "さん", "県", "市", "町", "村", "区", "州", "省", "庁", "局", "課", "的", "性", "化",
        "等", "側", "間", "内", "外", "後", "前", "中", "上", "下", "月", "年", "度", "発", "人",
        "機", "隻", "者", "目", "回", "件", "個", "台", "枚", "本", "分", "秒", "時", "型", "級", "用",
        "製", "産", "領", "沖", "付近", "以上", "以下", "以来", "以降", "程度", "周辺", "向け",
        "方面", "全体", "初", "長", "相", "官", "隊", "党", "語", "系", "式",
        "号", "点", "版", "案", "法", "率", "額", "費",
    ]

    /// Positional nouns bound to the word before them: 公海上 "on the high seas", 就任後 "after
    /// taking office", 要求等 "demands and the like", 北朝鮮側 "the North Korean side". They say
    /// where or when, not what, so a term never ends with one (it may hold one inside:
    /// 大陸間弾道ミサイル). A subset of `suffixes`; 中 and 前 are also prefixes.
    static let positional: Set<String> = ["上", "等", "後", "中", "内", "間", "側", "前"]

    /// Honorifics after a person's name (林氏 "Mr. Hayashi"): English leaves them to Mr. or to
    /// nothing, so the term is the name without them. But 氏 is also "clan" (徳川氏 "Tokugawa
    /// clan"), so a candidate may end with one and links only where the English translates it
    /// (see `TermExtractor.link`). A subset of `suffixes`.
    static let honorifics: Set<String> = ["氏", "様", "さん", "殿"]

    /// Bound prefixes and determiners: never the last unit of a candidate.
    static let prefixes: Set<String> = [
        "米", "日", "韓", "中", "朝", "露", "英", "仏", "独", "豪", "印", "北", "南", "東", "西",
        "同", "両", "各", "約", "計", "全", "新", "旧", "元", "前", "現", "第", "非", "反", "対",
        "再", "未", "無", "不", "超", "多", "初", "最", "総", "本", "当", "今", "昨", "来", "翌",
        "その", "この", "同国",
    ]

    /// Particles that join two nouns inside one term: の (キャンプ・デービッドの精神), な after an
    /// adjectival noun (不法な主張). A phrase built with one is a candidate only under the gates of
    /// `JapaneseCandidateExtractor.phrases`. The conjunctions と and かつ are not among them:
    /// Japanese writes a lexicalised coordination as one compound (捜索救難, 抑止力・対処力), so
    /// 平和と安定 or 危険かつ攻撃的な行動 coordinates words of the sentence rather than naming a
    /// concept.
    static let phraseConnectors: Set<String> = ["の", "な"]

    /// One-character heads of named events after の: 文永の役 "Bun'ei War", 禁門の変 "Kinmon
    /// Incident", 応仁の乱 "Onin War", 大坂の陣 (the Osaka campaigns). A phrase may end in one of
    /// these although a one-character word is otherwise too short to be joined; none opens one.
    static let eventHeads: Set<String> = ["役", "変", "乱", "陣"]

    /// Units that are never terms on their own even with two characters: deictic and
    /// relational nouns of news narration.
    static let nonTerms: Set<String> = [
        "同日", "今回", "今後", "同国", "同省", "両国", "両氏", "同氏", "当時", "現在", "以上", "以下",
        "関係", "問題", "方針", "予定", "可能", "必要", "一方", "一部", "全体", "一連", "相次ぐ",
        "記者", "記者団", "会見", "発表", "明らか", "確認", "強調", "表明", "説明", "指摘", "言及",
    ]

    /// One-kanji abbreviations of country names, with the English names they stand for. News
    /// Japanese strings them together for a relation or framework between the countries: 日米
    /// "Japan-U.S.", 日米韓 "Japan-U.S.-South Korea", 米中 "U.S.-China", 日露 "Japan-Russia".
    /// Each is also a bound prefix above (米大統領), so alone it is never a term; a sequence of
    /// two or more is (see `isCountryCompound`).
    static let countryAbbreviations: [Character: [String]] = [
        "日": ["Japan"], "米": ["U.S.", "America"], "韓": ["South Korea", "Korea"], "朝": ["North Korea", "Korea"],
        "中": ["China"], "露": ["Russia"], "英": ["Britain"], "豪": ["Australia"], "印": ["India"],
        "仏": ["France"], "独": ["Germany"], "台": ["Taiwan"], "比": ["Philippines"], "越": ["Vietnam"],
        "加": ["Canada"], "伊": ["Italy"], "欧": ["Europe"],
    ]

    /// Heads of titles and offices (大統領, 国務長官, 外相): the title is the term, whoever holds it.
    /// The same heads `CategoryGuess` files under `.title`, so the two never drift apart.
    static let titleHeads: [String] = CategoryGuess.heads.filter { $0.1 == .title }.map(\.0)

    /// Whether the form is a country abbreviation before a title that is a word of its own
    /// (`isWord`): 米大統領 "U.S. President", 米国務長官 "U.S. Secretary of State", 韓国防相
    /// "South Korean defense minister". The title applied to one country's holder is no concept
    /// of its own (unlike 米軍 or 米海兵隊, which name institutions), so the term is the title
    /// alone. The rest must be a word so that a name such as 加藤官房長官 (加 is also Canada) is
    /// not read as one.
    static func isCountryTitle(_ form: String, isWord: (String) -> Bool) -> Bool {
        guard let first = form.first, countryAbbreviations[first] != nil else { return false }
        let rest = String(form.dropFirst())
        guard rest.count >= 2, let second = rest.first, countryAbbreviations[second] == nil,
              titleHeads.contains(where: { rest.hasSuffix($0) }) else { return false }
        return titleHeads.contains(rest) || isWord(rest)
    }

    /// Whether the form is a sequence of two or more country abbreviations (日米, 日米韓, 米中).
    static func isCountryCompound(_ form: String) -> Bool {
        form.count >= 2 && form.allSatisfy { countryAbbreviations[$0] != nil }
    }
}
