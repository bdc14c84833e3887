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
// Workshop", "X Pictures Classics").
var companyTailWords = setOf("animations", "content", "ventures", "holdings", "télévision", "labs", "interactive", "film", "movies",
	"entertainments", "international", "makers", "workshop", "classics")

// companyLeadWords open two-word company names ("Entertainment One",
// "Studio X").
var companyLeadWords = setOf("entertainment", "studio", "studios", "pictures", "films")
