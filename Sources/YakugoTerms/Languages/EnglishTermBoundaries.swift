/// English words that end a term candidate, kept as data.
///
/// Reasoning: a term in news English is a noun phrase — nouns, with adjectives, names and
/// designations before them. Closed-class words (articles, pronouns, prepositions, conjunctions,
/// auxiliaries, quantifiers) never sit inside one, except "of" in names, which is handled apart.
/// Verbs are an open class; the list holds the reporting, motion and action verbs that carry
/// news narration in every inflection, and the extractor adds the "-ly" adverb rule.
/// Compiled by us from the closed classes of an English grammar and a reading of wire-service
/// news; it is not copied from any stop-word list.
enum EnglishTermBoundaries {
    /// Closed-class words, lower-cased.
    static let functionWords: Set<String> = [
        // articles, determiners, quantifiers
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "all", "both", "each",
        "every", "either", "neither", "no", "none", "another", "other", "others", "such", "many",
        "much", "more", "most", "few", "fewer", "less", "least", "several", "own", "same",
        // pronouns
        "i", "me", "my", "we", "us", "our", "ours", "you", "your", "he", "him", "his", "she", "her",
        "hers", "it", "its", "they", "them", "their", "theirs", "who", "whom", "whose", "which",
        "what", "whatever", "whichever", "itself", "themselves", "himself", "herself", "ourselves",
        "one", "ones", "someone", "anyone", "everyone", "something", "anything", "everything", "nothing",
        // prepositions
        "about", "above", "across", "after", "against", "along", "amid", "amidst", "among", "amongst",
        "around", "as", "at", "before", "behind", "below", "beneath", "beside", "besides", "between",
        "beyond", "by", "despite", "down", "during", "except", "for", "from", "in", "inside", "into",
        "like", "near", "of", "off", "on", "onto", "out", "outside", "over", "past", "per", "since",
        "through", "throughout", "till", "to", "toward", "towards", "under", "underneath", "unlike",
        "until", "up", "upon", "via", "with", "within", "without", "versus", "including", "regarding",
        "concerning", "following", "according",
        // conjunctions and sentence adverbs
        "and", "or", "but", "nor", "so", "yet", "if", "because", "although", "though", "while",
        "whereas", "unless", "whether", "than", "then", "when", "where", "why", "how", "also",
        "too", "very", "just", "only", "even", "still", "already", "again", "not", "never", "ever",
        "now", "there", "here", "however", "therefore", "thus", "instead", "further", "furthermore",
        "meanwhile", "moreover", "once", "twice", "ago", "later", "earlier", "soon", "away", "back",
        "together", "almost", "about", "around", "nearly", "roughly", "some", "well",
        // auxiliaries and modals
        "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having",
        "do", "does", "did", "doing", "done", "will", "would", "shall", "should", "can", "could",
        "may", "might", "must", "ought",
        // titles that precede names (a name is a term, "Mr." is not part of it)
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
        // calendar words are dates, not terms
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
        "today", "tomorrow", "yesterday", "morning", "afternoon", "evening", "night", "week",
        "month", "year", "day", "days", "weeks", "months", "years", "hours", "minutes", "hour", "minute",
        // number words
        "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "hundred", "thousand", "million", "billion", "trillion", "dozen",
        "first", "second", "third", "fourth", "fifth", "last", "next", "half",
    ]

    /// Verbs of news narration in all their forms. A term never contains one of these as a
    /// verb; the few that double as nouns in terms ("launch", "test", "strike") are left out.
    static let verbs: Set<String> = [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "ask", "asks", "asked",
        "agree", "agrees", "agreed", "agreeing", "confirm", "confirms", "confirmed", "announce",
        "announces", "announced", "state", "stated", "add", "adds", "added", "note", "noted",
        "call", "calls", "called", "urge", "urges", "urged", "warn", "warns", "warned", "vow",
        "vowed", "pledge", "pledged", "express", "expressed", "condemn", "condemned", "criticize",
        "criticized", "criticise", "criticised", "denounce", "denounced", "protested",
        "fire", "fires", "fired", "launches", "launched", "flew", "fly", "flies", "flown", "fell",
        "fall", "falls", "land", "lands", "landed", "travel", "traveled", "travelled", "reach",
        "reached", "go", "goes", "went", "gone", "come", "comes", "came", "coming", "leave",
        "left", "return", "returned", "arrive", "arrived", "hold", "holds", "held", "meet", "meets",
        "met", "take", "takes", "took", "taken", "make", "makes", "made", "give", "gives", "gave",
        "given", "get", "gets", "got", "put", "set", "keep", "kept", "show", "shows", "showed",
        "shown", "see", "saw", "seen", "seem", "seems", "seemed", "become", "became", "remain",
        "remains", "remained", "begin", "began", "begun", "start", "started", "continue",
        "continued", "plan", "plans", "planned", "aim", "aims", "aimed", "seek", "seeks", "sought",
        "want", "wants", "wanted", "need", "needs", "needed", "use", "used", "uses", "include",
        "includes", "included", "involve", "involved", "join", "joined", "sign", "signed",
        "deploy", "deployed", "respond", "responded", "discuss", "discussed", "review", "reviewed",
        "increase", "increased", "raise", "raised", "boost", "boosted", "strengthen",
        "strengthened", "deepen", "deepened", "expand", "expanded", "reduce", "reduced",
        "believe", "believed", "consider", "considered", "expect", "expected", "estimate",
        "estimated", "appear", "appeared", "believes", "described", "describe", "spoke", "speak",
        "speaks", "spoken", "took", "work", "worked", "works", "help", "helped", "allow", "allowed",
        "face", "faced", "let", "lets", "try", "tried", "tries", "provide", "provided", "report",
        "reported", "released", "suspended", "notified", "terminate", "expire", "defended",
        "cooperate", "cooperated", "detected", "detect", "track", "tracked", "approve", "approved",
        "approves", "adopt", "adopted", "vetoed", "veto", "vetoes", "oppose", "opposed", "support",
        "supported", "supports", "ensure", "ensured", "maintain", "maintained", "mark", "marked",
        "marks", "conduct", "conducted", "conducts", "carry", "carried", "occur", "occurred",
    ]

    /// Words in "-ly" that are nouns or names, not adverbs.
    static let lyNouns: Set<String> = [
        "ally", "assembly", "supply", "family", "rally", "reply", "fly", "italy", "july", "anomaly",
        "monopoly", "butterfly", "bully", "belly", "jelly", "holy",
    ]

    /// Words in "-ed" that are nouns or adjectives of their own, not past participles.
    static let edWords: Set<String> = [
        "need", "speed", "seed", "feed", "bed", "shed", "red", "hundred", "breed", "creed", "deed",
        "greed", "reed", "steed", "weed", "bred", "sled", "shred", "hatred", "kindred", "sacred", "naked",
    ]

    /// Adjective endings: a term ends with its head noun, so a phrase ending in one of these is
    /// a modifier without its noun ("aggressive", "unlawful", "strategic").
    static let adjectiveEndings = ["ous", "ful", "less", "ible", "able", "ical", "ic"]

    /// Nouns with an adjective ending.
    static let adjectiveLikeNouns: Set<String> = [
        "republic", "public", "topic", "traffic", "logic", "clinic", "music", "critic", "tactic",
        "mechanic", "panic", "arsenal", "table", "cable", "fable", "label", "stable", "vehicle",
        "bible", "rabble", "rubble", "cic", "pacific", "arctic", "atlantic", "baltic", "antarctic",
    ]

    /// Common adjectives of news prose without a telling ending: a phrase ending in one lacks
    /// its noun ("a clear and present danger" gives "danger", not "clear").
    static let plainAdjectives: Set<String> = [
        "clear", "complete", "certain", "complex", "close", "long", "short", "strong", "weak", "entire",
        "great", "major", "minor", "key", "main", "new", "old", "large", "small", "high", "low", "full",
        "serious", "significant", "important", "effective", "possible", "likely", "real", "direct",
        "free", "open", "firm", "deep", "wide", "broad", "strict", "severe", "grave", "urgent", "recent",
        "current", "present", "previous", "former", "latest", "next", "last", "various", "several",
        "unprecedented", "disappointing", "concrete", "specific", "separate", "joint", "mutual", "bilateral",
        "trilateral", "multilateral", "annual", "external", "internal", "international", "national",
        "regional", "global", "foreign", "domestic", "political", "economic", "military", "nuclear",
        "strategic", "diplomatic", "unilateral", "total", "overall", "additional", "potential",
    ]

    /// Adjectives English also uses as nouns in news: "the military" is the armed forces. Such a
    /// word ends a term when nothing follows it in its run and a capitalised word precedes it
    /// (U.S. military, not the strong military).
    static let nominalAdjectives: Set<String> = ["military"]

    /// Nouns that head the name of a body or a document, after which "on" and "for" stay inside
    /// the name ("Treaty on the Non-Proliferation of Nuclear Weapons", "Institute for Defense
    /// Studies").
    static let namedBodies: Set<String> = [
        "treaty", "convention", "agreement", "accord", "pact", "protocol", "committee", "commission", "council",
        "conference", "declaration", "act", "law", "rescript", "institute", "center", "centre", "agency", "office",
        "organization", "organisation", "fund", "forum", "dialogue", "initiative", "strategy", "partnership",
        "coalition", "framework", "court", "tribunal", "panel", "foundation", "society", "association", "union",
        "ministry", "minister", "secretary", "department", "bureau", "headquarters", "guidelines", "charter",
    ]

    /// Titles, events and places whose names go on with "of the" ("Chief of the General Staff",
    /// "Battle of the Coral Sea", "Bank of Japan"): besides `namedBodies`, the only words after
    /// which "of the" stays inside a name, so a person "of the Sendai Domain" stays apart.
    static let namedHeads: Set<String> = [
        "chief", "president", "vice", "secretary", "minister", "commander", "chairman", "chair", "director", "governor",
        "head", "king", "queen", "emperor", "empress", "prince", "princess", "speaker", "battle", "siege", "war",
        "constitution", "government", "army", "navy", "bank", "sea", "gulf", "bay", "strait", "straits", "republic",
        "kingdom", "empire", "state", "states", "house", "chamber", "order", "resolution", "law", "department",
    ]

    /// Nationality adjectives: before a noun ("North Korean missiles") they modify it, and the
    /// phrase cut after them is no term.
    static let demonyms: Set<String> = [
        "american", "japanese", "korean", "chinese", "russian", "british", "australian", "indian",
        "french", "german", "taiwanese", "ukrainian", "european", "philippine", "filipino", "vietnamese",
        "canadian", "soviet", "israeli", "iranian", "iraqi", "syrian", "turkish", "italian", "spanish",
        "pakistani", "afghan", "mongolian", "thai", "indonesian", "malaysian", "singaporean", "asian",
    ]

    /// Nouns that end like adjectives ("-al", "-ive", "-est").
    static let nounsWithAdjectiveEndings: Set<String> = [
        "approval", "arrival", "proposal", "rival", "official", "criminal", "admiral", "terminal",
        "signal", "capital", "arsenal", "journal", "tribunal", "festival", "ritual", "manual", "hospital",
        "animal", "material", "principal", "withdrawal", "removal", "renewal", "survival", "trial",
        "denial", "dismissal", "disposal", "interval", "canal", "metal", "medal", "scandal", "referral",
        "offensive", "initiative", "objective", "executive", "representative", "directive", "explosive",
        "detective", "incentive", "alternative", "relative", "narrative", "collective", "perspective",
        "motive", "archive", "native", "operative",
        "interest", "request", "test", "protest", "contest", "arrest", "forest", "west", "northwest",
        "southwest", "harvest", "conquest", "inquest", "unrest", "quest", "nest", "chest", "guest",
        "priest", "bequest", "tempest", "behest", "midwest",
    ]

    /// Whether a lower-cased word is a superlative ("greatest", "largest", "best"). A superlative
    /// grades its noun rather than naming a kind of it ("the greatest strategic challenge" is a
    /// strategic challenge), so it opens no term either: it ends the run like a function word.
    static func isSuperlative(_ lower: String) -> Bool {
        if lower == "best" || lower == "worst" { return true }
        return lower.hasSuffix("est") && lower.count > 5 && !nounsWithAdjectiveEndings.contains(lower)
    }

    /// Whether a lower-cased word cannot end a term: a past participle, an adjective or a
    /// superlative.
    static func cannotEndTerm(_ lower: String) -> Bool {
        if lower.hasSuffix("ed"), lower.count > 4, !edWords.contains(lower) { return true }
        if adjectiveLikeNouns.contains(lower) || nounsWithAdjectiveEndings.contains(lower) { return false }
        if plainAdjectives.contains(lower) { return true }
        if lower.hasSuffix("est"), lower.count > 5 { return true }
        if (lower.hasSuffix("al") || lower.hasSuffix("ive")), lower.count > 5 { return true }
        return adjectiveEndings.contains { lower.hasSuffix($0) && lower.count > $0.count + 2 }
    }

    /// Whether a lower-cased word ends a candidate.
    /// Words after which a verb form is a noun: articles, possessive and demonstrative
    /// determiners, and quantifiers ("a veto", "the vetoes", "its plan", "two calls").
    static let determiners: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
        "your", "every", "each", "any", "no", "another", "two", "three", "four", "five", "several",
        "many", "first", "second", "third", "last", "next",
    ]

    /// Whether a listed narration verb is used as a noun here: after a determiner, a base or -s
    /// form is a noun ("a veto had been cast", "the plans"); a past form stays a participle
    /// ("the launched missile"), and "-ing" forms are left to the verb list.
    static func isNounUse(_ lower: String, after previous: String?) -> Bool {
        guard verbs.contains(lower), !functionWords.contains(lower), let previous, determiners.contains(previous) else { return false }
        return !lower.hasSuffix("ed") && !lower.hasSuffix("ing") && !irregularPast.contains(lower)
    }

    /// Irregular past forms of the listed verbs, which are never nouns after a determiner.
    static let irregularPast: Set<String> = [
        "said", "told", "flew", "flown", "fell", "went", "gone", "came", "left", "held", "met", "took",
        "taken", "made", "gave", "given", "got", "kept", "shown", "saw", "seen", "became", "began",
        "begun", "sought", "spoke", "spoken",
    ]

    static func isBoundary(_ lower: String) -> Bool {
        if functionWords.contains(lower) || verbs.contains(lower) { return true }
        if lower.hasSuffix("ly"), lower.count > 4, !lyNouns.contains(lower) { return true }
        return false
    }
}
