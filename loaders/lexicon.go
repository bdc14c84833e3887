package loaders

// General vocabulary only: function words, role words, organisation words.
// No names of people, titles, studios or fictional bodies live here.

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	registerSet(m)
	for _, w := range words {
		m[w] = true
	}
	return m
}

// commonWords never start a name when capitalised (sentence starts,
// headings): function words, pronouns, frequent adverbs and the verbs the
// relation patterns look for.
var commonWords = setOf(
	"a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "it's", "he", "she",
	"they", "we", "you", "i", "me", "my", "our", "your", "his", "her", "their", "them", "him", "us",
	"who", "whom", "whose", "what", "which", "when", "where", "why", "how", "whether",
	"and", "or", "but", "nor", "so", "yet", "for", "if", "then", "than", "though", "although", "while",
	"whereas", "because", "since", "unless", "until", "after", "before", "once", "as", "at", "by", "in",
	"into", "of", "off", "on", "onto", "out", "over", "under", "up", "down", "with", "without", "within",
	"about", "above", "across", "against", "along", "among", "around", "behind", "below", "beneath",
	"beside", "besides", "between", "opposite", "alongside", "beyond", "despite", "during", "except", "from", "inside", "like",
	"near", "past", "per", "through", "throughout", "toward", "towards", "upon", "via", "to",
	"all", "any", "both", "each", "either", "every", "few", "many", "more", "most", "much", "neither",
	"no", "none", "not", "other", "others", "some", "such", "only", "own", "same", "also", "even",
	"just", "now", "still", "already", "again", "ever", "never", "always", "often", "sometimes", "soon",
	"stateside", "abroad", "roughly", "nearly", "approximately", "globally", "analysts", "critics", "audiences", "insiders",
	"later", "earlier", "meanwhile", "however", "therefore", "thus", "indeed", "instead", "perhaps",
	"maybe", "yes", "yeah", "yep", "nope", "wow", "hey", "well", "oh", "ok", "okay", "so", "too", "very", "really", "finally", "first",
	"second", "third", "last", "next", "new", "old", "back", "plus", "according", "although", "overall",
	"moreover", "furthermore", "additionally", "alternatively", "nevertheless", "nonetheless",
	"be", "is", "are", "was", "were", "been", "being", "am", "do", "does", "did", "done", "have", "has",
	"had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "let",
	"get", "got", "go", "goes", "went", "make", "makes", "made", "take", "takes", "took", "taking",
	"see", "say", "says", "said", "tell", "told", "think", "know", "want", "look", "come", "comes",
	"directed", "written", "produced", "starring", "stars", "star", "featuring", "trained", "training",
	"led", "set", "based", "released", "announced", "produced", "distributed", "created", "developed",
	"following", "followed", "meet", "read", "watch", "discuss", "explore", "introduce", "evaluate",
	"assess", "analyze", "analyse", "consider", "highlight", "stay", "check", "details", "update",
	"updated", "related", "image", "photo", "credit", "source", "sources", "exclusive", "breaking",
	"spoilers", "spoiler", "warning", "note", "editor", "opinion", "review", "reviews", "interview",
	"everything", "nothing", "something", "anything", "everyone", "someone", "anyone", "nobody", "one",
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "today", "tonight",
	"tomorrow", "yesterday", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "part",
	"season", "episode", "chapter", "volume", "film", "movie", "series", "show", "sequel", "prequel",
	"spin-off", "spinoff", "franchise", "universe", "studio", "studios",
	// sentence-opening adverbs
	"elsewhere", "worldwide", "overseas", "domestically", "internationally", "globally", "separately", "similarly", "notably",
	"previously", "currently", "recently", "initially", "ultimately", "originally", "interestingly", "unsurprisingly",
	"fortunately", "unfortunately", "sadly", "happily", "surprisingly", "reportedly", "officially", "together",
	"altogether", "naturally", "clearly", "obviously", "apparently", "ironically", "likewise", "otherwise",
)

// months maps month names and abbreviations to their number.
var months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12}

var weekdays = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// particles are lower-case words inside personal names ("Roberto De Nardi", "Ethan van der Berg").
var particles = setOf("de", "da", "del", "della", "dei", "der", "den", "van", "von", "la", "le", "du", "di",
	"dos", "das", "do", "bin", "ibn", "al", "el", "ter", "ten", "zu", "st", "y")

// nameSuffixes follow a surname ("Jr.").
var nameSuffixes = setOf("jr", "sr", "ii", "iii", "iv")

// realOrgWords end the names of real companies ("Warner Bros. Pictures").
var realOrgWords = setOf("studios", "studio", "pictures", "entertainment", "films", "productions",
	"production", "media", "animation", "television", "networks", "network", "releasing",
	"distribution", "company", "corporation", "corp", "inc", "ltd", "llc", "group", "channel",
	"records", "bros", "brothers", "features", "cinema", "cinemas", "tv", "streaming", "plus", "software")

// fictionalOrgNouns follow or head the name of an in-universe body ("the X
// hotel", "the X crime organization"); the value is the kind recorded.
var fictionalOrgNouns = map[string]string{"hotel": "hotel", "organization": "organisation",
	"organisation": "organisation", "academy": "academy", "agency": "agency", "syndicate": "syndicate",
	"guild": "guild", "order": "order", "cartel": "cartel", "clan": "clan", "council": "council",
	"school": "school", "gang": "gang", "society": "society", "brotherhood": "brotherhood",
	"sisterhood": "sisterhood", "cult": "cult", "league": "league", "empire": "empire",
	"alliance": "alliance", "federation": "federation", "army": "army", "ministry": "ministry",
	"family": "family", "corps": "corps", "tribe": "tribe", "kingdom": "kingdom", "club": "club",
	"mob": "mob", "bratva": "crime family", "triad": "triad", "ring": "ring", "house": "house",
	"institute": "institute", "unit": "unit", "division": "division", "resistance": "resistance",
	"rebellion": "rebellion", "federacy": "federation", "task": "task force", "squad": "squad",
	"team": "team", "crew": "crew", "network": "network", "bureau": "bureau", "department": "department"}

// roleWords name positions in an organisation ("the head of the X").
var roleWords = setOf("head", "leader", "owner", "manager", "founder", "member", "members", "concierge",
	"boss", "chief", "director", "president", "chairman", "chair", "captain", "commander", "master",
	"headmaster", "headmistress", "agent", "operative", "general", "emperor", "empress", "king", "queen",
	"ruler", "matriarch", "patriarch", "elder", "elders", "enforcer", "assassin", "trainee", "student",
	"apprentice", "recruit", "secretary", "minister", "chancellor", "lieutenant", "sergeant", "soldier",
	"officer", "spy", "employee", "proprietor", "keeper", "guardian", "knight", "don", "kingpin",
	"mentor", "teacher", "professor", "principal", "adjudicator", "adviser", "advisor", "caretaker",
	"bartender", "doctor", "pilot", "scientist", "hitman", "heir", "heiress", "ceo", "co-founder", "senator",
	"inspector", "supervisor", "detective", "commissioner", "governor", "spokesperson", "analyst", "handler", "deputy",
	"warrior", "fighter", "priest", "priestess", "sorcerer", "sorceress", "witch", "wizard", "mage", "mercenary", "dean",
	"gamemaker", "ambassador", "admiral", "colonel", "marshal", "ranger", "guard", "sheriff", "mayor")

// franchiseNouns after a name make it a franchise ("the X franchise").
var franchiseNouns = setOf("franchise", "universe", "saga", "films", "movies", "series", "trilogy",
	"world", "cinematic", "mythology", "lore", "canon", "timeline", "spinoffs", "spin-offs",
	"sequels", "prequels", "installments", "instalments", "entries", "fandom", "brand", "property",
	"multiverse")

// filmNouns after or before a title make it a film.
var filmNouns = setOf("film", "movie", "feature", "picture", "blockbuster", "thriller", "flick",
	"installment", "instalment", "entry", "sequel", "prequel", "spin-off", "spinoff", "reboot", "remake",
	"adaptation", "project", "tentpole", "chapter")

// seriesNouns make a title a series ("the limited series X").
var seriesNouns = setOf("series", "show", "miniseries", "mini-series", "docuseries", "sitcom", "drama",
	"season", "anthology")

// seriesModifiers before "series", "prequel", "spin-off" make it a TV series.
var seriesModifiers = setOf("tv", "television", "limited", "streaming", "animated", "live-action",
	"episodic", "web", "netflix", "hbo", "disney+")

// spinWords mark spin-off/sequel/prequel statements.
var spinWords = map[string]string{"spin-off": "SPIN_OFF_OF", "spinoff": "SPIN_OFF_OF", "spin-offs": "SPIN_OFF_OF",
	"spinoffs": "SPIN_OFF_OF", "sequel": "SEQUEL_OF", "sequels": "SEQUEL_OF", "prequel": "PREQUEL_OF",
	"prequels": "PREQUEL_OF", "follow-up": "SEQUEL_OF", "offshoot": "SPIN_OFF_OF"}

// crewJobs map job words to the WORKED_ON job recorded.
var crewJobs = map[string]string{"composer": "composer", "cinematographer": "cinematographer",
	"editor": "editor", "dp": "cinematographer", "choreographer": "choreographer",
	"coordinator": "stunt coordinator", "designer": "production designer", "score": "composer",
	"music": "composer"}

// nonNames are capitalised words that are not names on their own.
var nonNames = setOf("i", "tv", "ok", "okay", "oscar", "oscars", "emmy", "emmys", "god",
	"mom", "dad", "fans", "fan", "internet", "web", "chapter", "part", "volume", "act", "season", "episode")

// numberWords are the number words that may open a name inside a title
// ("A Squire of the Nine Marches", "Return of the Eleven").
var numberWords = setOf("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
	"first", "second", "third", "last", "new", "old")

// demonyms are adjectives of nationality and region: alone, or before a
// hyphenated second part ("English-language"), they name nobody ("the
// Korean survival drama", "a British character actor"); before a
// capitalised word they may open a name ("British Film Institute").
var demonyms = setOf("american", "british", "english", "scottish", "welsh", "irish", "australian", "canadian",
	"korean", "japanese", "chinese", "taiwanese", "indian", "french", "german", "italian", "spanish", "portuguese",
	"dutch", "belgian", "swiss", "austrian", "swedish", "danish", "norwegian", "finnish", "icelandic", "polish",
	"russian", "soviet", "ukrainian", "czech", "hungarian", "greek", "turkish", "israeli", "iranian", "egyptian",
	"nigerian", "african", "south", "mexican", "brazilian", "argentine", "argentinian", "chilean", "colombian",
	"cuban", "european", "asian", "latin", "latino", "nordic", "scandinavian", "hollywood", "kiwi", "filipino",
	"thai", "vietnamese", "indonesian", "malaysian", "pakistani", "saudi", "arab", "persian", "peruvian",
	// languages used as adjectives ("the Hindi version", "dubbed in Tamil")
	"hindi", "tamil", "telugu", "malayalam", "kannada", "bengali", "marathi", "punjabi", "urdu", "mandarin",
	"cantonese")

// currencyWords are money units written before a sum ("Rs 400 crore"):
// never a name with the number after them.
var currencyWords = setOf("rs", "inr", "usd", "eur", "gbp", "rmb", "cny", "jpy", "krw", "aud", "cad")

// countries are one-word country names (and the planet Earth), never a
// production or a person
// ("opened in Japan", "earned $40 million in France"); names also used as
// personal names ("Jordan", "Chad", "Georgia") or film titles ("Australia")
// are left out.
var countries = setOf("earth", "japan", "china", "korea", "india", "france", "germany", "italy", "spain", "mexico", "canada",
	"britain", "england", "scotland", "ireland", "wales", "russia", "brazil", "argentina", "egypt",
	"nigeria", "sweden", "norway", "denmark", "finland", "poland", "greece", "turkey", "iran", "iraq", "israel",
	"thailand", "vietnam", "indonesia", "malaysia", "pakistan", "portugal", "netherlands", "belgium", "switzerland",
	"austria", "hungary", "ukraine", "taiwan", "singapore", "philippines", "colombia", "chile", "peru", "morocco",
	"bulgaria", "romania", "serbia", "croatia", "slovakia", "slovenia", "albania", "czechia", "iceland", "estonia", "latvia",
	"lithuania", "luxembourg", "tunisia", "algeria", "ethiopia", "venezuela", "ecuador", "bolivia", "uruguay", "paraguay",
	"cambodia", "mongolia", "nepal", "bangladesh")

// addKey returns keys with k added, making the set on its first key: the
// passes that collect mention keys to retype keep a nil set (and return at
// once) when nothing qualifies.
func addKey(keys map[string]bool, k string) map[string]bool {
	if keys == nil {
		keys = map[string]bool{}
	}
	keys[k] = true
	return keys
}
