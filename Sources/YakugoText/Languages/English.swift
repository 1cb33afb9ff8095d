/// English language knowledge used by segmentation and tokenization, kept as data.
///
/// Sources: the abbreviations are those of news style guides (AP Stylebook abbreviations for
/// titles, months, ranks and company forms) plus common Latin ones; the sentence-starter list
/// holds the closed-class words (articles, pronouns, conjunctions, prepositions, adverbs) that
/// open most news sentences and almost never follow an abbreviation inside a sentence.
public enum English {
    /// Abbreviations that always precede a name or number, so a period after them never ends a
    /// sentence: titles and military ranks (lower-cased, without the final period).
    public static let prenominalAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "messrs", "dr", "prof", "rev", "hon", "st", "sr", "jr",
        "gen", "gens", "lt", "col", "maj", "capt", "cmdr", "cdr", "adm", "sgt", "cpl", "pvt",
        "brig", "lieut", "ens", "rep", "reps", "sen", "sens", "gov", "govs", "pres", "supt",
        "amb", "atty", "insp", "sec", "secy", "vice", "rt", "mt", "ft", "pt", "det", "sgt", "spc",
        "msgt", "ssgt", "ltc", "cmdt", "fr", "sr", "sra", "mme", "mlle",
    ]

    /// Abbreviations that precede a number: "No. 2", "Art. 9", "Vol. 3", "pp. 4".
    public static let numeralAbbreviations: Set<String> = [
        "no", "nos", "art", "arts", "vol", "vols", "p", "pp", "fig", "figs", "sec", "ch", "para",
        "approx", "ca", "est",
    ]

    /// Month abbreviations as news style writes them (AP: Jan., Feb., Aug., Sept., Oct., Nov., Dec.).
    public static let monthAbbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Abbreviations that may end a sentence as well as stand inside one ("Inc.", "a.m.").
    /// After these a break is kept only before a sentence starter.
    public static let ambiguousAbbreviations: Set<String> = [
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "etc", "vs", "v", "al", "esp",
        "a.m", "p.m", "e.g", "i.e", "u.s", "u.n", "u.k", "u.s.s.r", "e.u", "d.c", "n.y",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "dept", "govt", "univ", "assn", "intl", "natl",
    ]

    /// Words that typically open a sentence. After an ambiguous abbreviation or an initialism
    /// ("the U.S. The talks…") such a word signals a real sentence break; a capitalised name
    /// ("the U.S. President") does not.
    public static let sentenceStarters: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "there", "here", "it", "its",
        "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
        "but", "and", "or", "so", "yet", "nor", "however", "meanwhile", "moreover", "still",
        "also", "then", "thus", "instead", "nevertheless", "furthermore", "otherwise",
        "in", "on", "at", "for", "with", "without", "by", "from", "after", "before", "during",
        "since", "until", "under", "over", "about", "among", "amid", "despite", "while", "when",
        "where", "if", "although", "though", "because", "as", "once", "unless", "whether",
        "according", "some", "many", "most", "all", "both", "each", "every", "no", "none",
        "several", "few", "other", "others", "such", "what", "who", "which", "why", "how",
        "earlier", "later", "last", "next", "now", "today", "yesterday", "tomorrow",
        "officials", "experts", "analysts",
    ]

    /// Interjections and formulas that open a spoken turn. After a single capital letter they
    /// mark a sentence break ("Company A. Oh, hi"); after "U.S." they do not, since title-case
    /// headlines ("U.S. Thanks Japan") and Korean surnames (Oh, Ok, Um) follow it.
    public static let interjections: Set<String> = [
        "oh", "ah", "eh", "um", "uh", "hi", "hello", "yes", "yeah", "okay", "ok", "alright",
        "thanks", "sorry", "please", "wow",
    ]

    /// Suffixes of English ordinals written with digits (1st, 2nd, 3rd, 4th).
    public static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Verbs of saying that make a short clause after a quotation an attribution
    /// ("…!” Hammel added.") rather than a sentence of its own.
    public static let speechVerbs: Set<String> = [
        "said", "says", "added", "adds", "asked", "asks", "told", "tells", "wrote", "writes",
        "noted", "notes", "stated", "states", "explained", "explains", "continued", "declared",
        "replied", "insisted", "warned", "recalled", "argued", "stressed", "emphasized", "emphasised",
        "urged", "announced", "claimed", "responded", "shouted", "cried", "tweeted", "posted",
    ]

    /// Closing quotation marks and brackets that may follow a sentence's final punctuation.
    public static let closingPunctuation: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "}", "\u{00BB}"]

    /// Characters that end an English sentence.
    public static let sentenceEnders: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}"]
}
