package loaders

// orgHeadNouns end the names of bodies a character serves in, besides
// fictionalOrgNouns and realOrgWords: armed services, police and
// government bodies, teams ("the Special Forces", "the Coast Guard", "the
// Metropolitan Police").
var orgHeadNouns = setOf("forces", "force", "police", "guard", "command", "service", "services", "navy", "marines",
	"legion", "regiment", "battalion", "brigade", "platoon", "precinct", "agency", "department", "bureau", "unit",
	"squad", "team", "corps", "army", "office", "council", "order", "club", "company", "foundation", "institute",
	"committee", "party", "gang", "crew", "syndicate", "cartel", "clan", "guild", "society", "league")

// realOrgHeads end the names of real-world bodies a character may serve
// in (their world is REAL): armed services, police and government bodies.
var realOrgHeads = setOf("forces", "force", "police", "navy", "marines", "army", "regiment", "battalion", "brigade",
	"precinct", "department", "bureau", "service", "services")

// runVerbs, after "who", have a character as their subject and the body
// it leads as their object ("who runs X", "who heads X").
var runVerbs = map[string]string{"runs": "head", "ran": "head", "leads": "leader", "led": "leader", "heads": "head",
	"headed": "head", "founded": "founder", "co-founded": "co-founder", "commands": "commander", "owns": "owner",
	"joins": "member", "joined": "member"}

// memberPreps join a role noun to the body it is held in ("a major in the
// X", "a detective with the X", "chief of the X").
var memberPreps = setOf("of", "in", "at", "with", "for")

// articles open a noun phrase.
var articles = setOf("a", "an", "the")

// roleAdverbs may stand between a copula and a character's role ("is
// now a detective", "was still a camper").
var roleAdverbs = setOf("now", "still", "also", "once", "later", "already", "currently", "officially", "again")

// forVerbs, with "for" after them, say whom a character works or
// competes for ("races for X", "drives for X", "spies for X").
var forVerbs = setOf("races", "raced", "drives", "drove", "works", "worked", "fights", "fought", "spies", "spied",
	"kills", "killed")

// companyTailWords end company names besides realOrgWords ("X
// Animations", "X Content", "X Ventures", "X Holdings", "X Télévision", "X
// Film": a film company; a title ends in "Movie" or names its film otherwise;
// "X Entertainments", "X International", "X Movie Makers", "X Film
// Workshop", "X Pictures Classics", "X Industries", "X Enterprises", "X
// Communications", "X Video", "X Artists", "X & Associates", "X Creations",
// "X Talkies", "X Filmproduktion").
var companyTailWords = setOf("animations", "content", "ventures", "holdings", "télévision", "labs", "interactive", "film", "movies",
	"entertainments", "international", "makers", "workshop", "classics", "industries", "enterprises", "communications",
	"video", "artists", "associates", "creations", "talkies", "filmproduktion")

// companyLeadWords open two-word company names ("Entertainment One",
// "Studio X").
var companyLeadWords = setOf("entertainment", "studio", "studios", "pictures", "films")

// companyRareTails end company names too, besides realOrgWords and
// companyTailWords, where the name is not a title's ("X Fiction" is a
// broadcaster's drama arm, "X Collective", "X Creative", "X Events", "X
// Capital", "X Partners", "X Cine", "X Télévisions"); fictionTitleLeads
// open titles and genres that end in "Fiction" instead ("Pulp Fiction",
// "Science Fiction").
var companyRareTails = setOf("fiction", "fiktion", "collective", "creative", "events", "capital", "partners", "cine",
	"télévisions", "televisions")

// fictionTitleLeads open a genre or a title that ends in a company word of
// companyRareTails ("Pulp Fiction", "True Crime Events" is no company).
var fictionTitleLeads = setOf("pulp", "science", "true", "speculative", "short", "flash", "fan", "literary", "historical",
	"crime", "stranger", "special", "major", "current", "world", "sporting", "private", "venture", "human", "social")

// regionTails end the name of a company's regional arm after its name
// ("X UK", "X Australia", "X Italia"); regionLeads open the names of
// regions and bodies that are no such arm ("Western Australia").
var regionTails = setOf("uk", "usa", "australia", "italia", "italy", "india", "germany", "deutschland", "france", "nordic",
	"nordics", "europe", "asia", "africa", "canada", "japan", "korea", "españa", "spain", "brasil", "mexico", "méxico",
	"latam", "iberia", "benelux")

// regionLeads open a region's name before a regionTails word ("South
// Africa", "Western Australia", "New Mexico", "Atlantic Canada"), a
// report's ("Box Office Germany"), or a preposition that a capital opens
// ("In France, the series ...").
var regionLeads = setOf("western", "eastern", "northern", "southern", "south", "north", "east", "west", "new", "central",
	"great", "greater", "upper", "lower", "little", "old", "united", "all", "team", "made", "visit", "atlantic", "pacific",
	"arctic", "rural", "urban", "coastal", "inner", "box", "in", "across", "throughout", "outside", "inside", "within",
	"from", "to", "for", "at", "of", "and")

// companyOpenWords are common adjectives and determiners that open company
// names ("New X Cinema", "Every X Productions", "Next X World"): opening a
// sentence, their capital reads as the sentence's, so the mention finder
// leaves them out of the name.
var companyOpenWords = setOf("new", "next", "every", "first", "old", "last", "second", "third")

// chainRoleNouns are posts in a body that roleWords leave out ("chieftain
// of the X clan", "the co-chief of X").
var chainRoleNouns = setOf("chieftain", "co-chief", "co-leader", "ringleader", "figurehead", "matron", "commandant",
	"abbot", "abbess", "overseer", "steward", "superintendent", "foreman", "treasurer", "chairwoman", "chairperson")
