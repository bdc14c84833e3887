package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Crew credits: the verbs, job nouns and clauses that say who directed,
// wrote, produced, scored, shot or edited a film.

var directVerbs = setOf("direct", "directs", "directing", "helm", "helms", "helming", "co-direct", "co-directs", "co-directing", "direction")
var writeVerbs = setOf("write", "writes", "writing", "wrote", "penned", "pens", "pen", "penning", "scripted", "scripting",
	"co-write", "co-writes", "co-wrote", "co-writing", "rewrite", "rewrote", "rewriting", "rework", "reworks", "reworked", "reworking", "handles", "handling", "handled",
	"co-created", "co-creates", "co-create", "co-creating")
var produceVerbs = setOf("produce", "produces", "producing", "co-produce", "co-produces", "co-producing")

// designVerbs say who designed a film's sets or costumes ("he designed
// F and G").
var designVerbs = setOf("designed", "designs", "co-designed")

// scoreSupplyVerbs, before a film's music as object (scoreObject), say
// who composed it ("X supplied the score", "X came back to do the
// score").
var scoreSupplyVerbs = setOf("supplied", "supplies", "supply", "supplying", "provides", "provided", "provide", "providing",
	"delivers", "delivered", "deliver", "delivering", "contributes", "contributed", "contribute", "contributing",
	"handles", "handled", "handle", "handling", "do", "does", "did", "doing", "crafted", "crafts", "craft", "crafting")

var composeVerbs = setOf("compose", "composes", "composing", "composed", "scoring", "scores", "scored")
var crewAux = setOf("will", "is", "was", "has", "have", "had", "been", "be", "set", "to", "also", "hired", "tapped",
	"signed", "on", "board", "attached", "returning", "returns", "return", "back", "once", "again", "who", "now",
	"reportedly", "officially", "both", "all", "are", "were", "would", "expected", "slated", "brought", "in",
	"currently", "still", "already", "later", "did", "does", "do", "returned", "continues", "going", "came", "executive")

// crewVerb handles "X helms", "X wrote the screenplay", "X was hired to
// direct the film", "X, Y and Z serve as producers", "X, one of the movie's
// producers".
func (p *pctx) crewVerb(i int) {
	if !p.personish(i) {
		return
	}
	j := i + 1
	if p.w(j) == "(" && p.isM(j+1) {
		// "P (F1, F2) directs", "P (F) is the cinematographer": over the
		// credits in parentheses
		for k := j + 1; k < len(p.it) && k < j+14; k++ {
			if p.w(k) == ")" {
				if k+1 < len(p.it) && !p.isM(k+1) && p.w(k+1) != "," && p.w(k+1) != "." {
					j = k + 1
				}
				break
			}
		}
	}
	if p.w(j) == "who" {
		// "the Oscar winner behind A and B who co-wrote X": the clause is
		// not about A and B
		l := p.listBefore(i + 1)
		if len(l) == 0 || p.in(l[0]-1, setRelations_34) {
			return
		}
	}
	if p.w(j) == "," && p.w(j+1) == "who" {
		// "X, who wrote the 1993 original"
		j += 2
	} else if p.w(j) == "," && p.w(j+1) == "whose" {
		// "X, whose credits include A and B, is at the helm": the main verb
		for k := j + 2; k < len(p.it) && k < j+16; k++ {
			if p.w(k) == "," {
				j = k + 1
				break
			}
			if p.w(k) == "." || p.w(k) == ";" || p.w(k) == "" {
				return
			}
		}
		if p.w(j-1) != "," || j == i+1 {
			return
		}
		j--
		p.setW(j, "who")
		defer func() { p.setW(j, ",") }()
		j++
	}
	// "X, the Spanish writer who co-wrote F": the crew-noun appositive's "who" clause
	if p.w(j) == "," && p.in(j+1, setRelations_35) && p.isCrewNounAhead(j+2) && p.isPersonLike(i) {
		p.crewAppositiveWho(i, j+2)
	}
	if p.w(j) == "," && p.in(j+1, setRelations_35) && !p.isCrewNounAhead(j+2) && p.isPersonLike(i) {
		// "X, the Oscar winner behind A who co-wrote B, is directing": the
		// appositive's "who" clause and the main verb are X's
		for k := j + 2; k < len(p.it) && k < j+20 && p.w(k) != "." && p.w(k) != ";"; k++ {
			if p.w(k) == "who" {
				p.crewVerbAfter(i, k+1, 1)
			}
			if p.w(k) == "," {
				p.crewVerbAfter(i, k+1, 0)
				return
			}
		}
		return
	}
	for j < len(p.it) && j < i+7 && p.in(j, crewAux) {
		j++
	}
	j = p.wentOnTo(j)
	p.whoMade(i, j)
	// "P is Daniel's daughter C": a possessive, a relation noun, the name
	if p.in(j-1, copulas) && j > i+1 && p.isM(j) && p.w(j+1) == "'s" && p.isPersonLike(i) && !p.isM(j+2) && isWordLike(p.w(j+2)) && !p.in(j+2, commonWords) {
		c := j + 3
		if d := p.nameAfterDescriptors(j+2, 3); d > c && partNoun(p.w(d-1)) {
			c = d // "P is Sal's hothead brother Johnny Blaze"
		}
		if p.isM(c) && p.wIn(c+1, castStop) && !p.isM(c+1) {
			cm := p.mm(c)
			if castableName(cm) && (cm.typ == "" || cm.typ == kg.Character) && !(pcType(p.priorType(c)) && p.priorType(c) != kg.Character) && p.mm(j).typ != kg.Film && p.mm(j).typ != kg.Organisation {
				p.typ(i, kg.Person, 3)
				cm.setType(kg.Character, 3)
				p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(c + 1), char: mArg(c)})
				return
			}
		}
	}
	w := p.w(j)
	if p.isM(j) {
		return
	}
	// "X is the cinematographer", "X was the film's editor"
	copula := false
	for k := i + 1; k < j; k++ {
		if p.in(k, copulas) {
			copula = true
		}
	}
	// "X is at the helm", "with X again at the helm"
	if w == "the" && p.w(j-1) == "in" && p.w(j+1) == "director" && p.w(j+2) == "'s" && p.w(j+3) == "chair" && p.isPersonLike(i) {
		// "is back in the director's chair ( and co-wrote ...)"
		p.typ(i, kg.Person, 3)
		p.claim(pclaim{rel: kg.Directed, subj: mArg(i), obj: p.topicFilm(j + 4)})
		p.andCrewVerb(i, j+3)
		return
	}
	if (w == "at" && p.w(j+2) == "helm" || w == "behind" && p.w(j+2) == "camera") && p.w(j+1) == "the" && p.isPersonLike(i) && (copula || p.w(i-1) == "with" || j > i+1) {
		if rel, _ := p.crewNoun(i - 1); w == "behind" && rel != "" && rel != kg.Directed {
			return // "Cinematographer P returns behind the camera": read by the job noun
		}
		p.typ(i, kg.Person, 3)
		e := j + 3
		obj := p.topicFilm(e)
		if copula {
			// "A and B are again at the helm": each name of the list
			for _, k := range p.listBefore(i + 1) {
				if k != i && p.isPersonLike(k) {
					p.typ(k, kg.Person, 3)
					p.claim(pclaim{rel: kg.Directed, subj: mArg(k), obj: obj})
				}
			}
		}
		p.claim(pclaim{rel: kg.Directed, subj: mArg(i), obj: obj})
		p.andCrewVerb(i, e-1) // "... and co-wrote the script with Q"
		return
	}
	// "X is showrunner", "X is executive producer": a bare job noun
	if copula && p.isPersonLike(i) {
		if rel, job, ok := p.bareJob(j); ok {
			p.typ(i, kg.Person, 3)
			obj := p.topicFilm(j + 1)
			p.claim(pclaim{rel: rel, subj: mArg(i), obj: obj, job: job})
			p.andCrewVerb(i, j)
			return
		}
		// "A, B and C are producers (on F)", "A and B are executive producers"
		if rel, job := p.pluralJob(j); rel != "" {
			if l := p.listBefore(i + 1); len(l) > 1 {
				p.creditAll(l, rel, p.topicFilm(j+1), job)
				return
			}
		}
	}
	if (w == "the" || w == "its" || w == "a") && j > i+1 && copula && p.isCrewNounAhead(j+1) {
		if p.crewNounBehind(j + 1) {
			return // "P is the director behind F": read by makerBehind
		}
		rel, job := p.crewNoun(j + 1)
		if rel != "" && p.isPersonLike(i) {
			if l := p.pluralCrewCopulaList(i, j); len(l) > 1 && p.creditAll(l, rel, p.topicFilm(j+1), job) {
				return // "A and B were the cinematographers"
			}
			p.typ(i, kg.Person, 3)
			p.claim(pclaim{rel: rel, subj: mArg(i), obj: p.topicFilm(j + 1), job: job})
		}
		return
	}
	// "P, almost unrecognisable, is the warlord C": described character
	if copula && possessivePronouns[w] && !p.isM(j+1) && p.isPersonLike(i) {
		// "P is her nervous steward, Mr. Pell"
		n := j + 1
		for c := 0; c < 3 && !p.isM(n) && isWordLike(p.w(n)) && !p.in(n, commonWords); c++ {
			n++
		}
		if n > j+1 && p.w(n) == "," && p.isM(n+1) && p.wIn(n+2, castStop) && !p.isM(n+2) {
			if cm := p.mm(n + 1); castableName(cm) && (cm.typ == "" || cm.typ == kg.Character) && !(pcType(p.priorType(n+1)) && p.priorType(n+1) != kg.Character) {
				p.typ(i, kg.Person, 3)
				cm.setType(kg.Character, 3)
				p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(n + 2), char: mArg(n + 1)})
				return
			}
		}
	}
	if copula && (w == "the" || w == "a" || w == "an" || possessivePronouns[w]) && !p.isM(j+1) && !p.isCrewNounAhead(j+1) && p.isPersonLike(i) {
		c := p.nameAfterDescriptors(j, 2)
		if c < 0 {
			c = p.nameAfterListedDescriptors(j) // "P is a square-jawed, no-nonsense C" (cast_copulaknown.go)
			if c >= 0 && !(p.wIn(c+1, castStop) && !p.isM(c+1)) {
				c = -1
			}
		}
		if c > j+1 && (w == "the" || p.wIn(c+1, castStop) && !p.isM(c+1) && castableName(p.mm(c))) {
			// "P is her brooding neighbour C" reads like "a": a bare name closing the clause
			// "P is a scene-stealing C": with "a", only a bare name closing the clause
			cm := p.mm(c)
			if !cm.quoted && !cm.digit && !cm.colon && (cm.typ == "" || cm.typ == kg.Character) && !pcType(p.priorType(c)) || cm.typ == kg.Character || p.knownPartCopula(i, c) {
				if !(cm.personShaped() && p.priorType(c) == kg.Person) {
					p.typ(i, kg.Person, 3)
					cm.setType(kg.Character, 3)
					p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(c + 1), char: mArg(c)})
					p.memberAfter(c, c+1)
					return
				}
			}
		}
	}
	// "P is the villain, C, ...": a part named after a comma
	if copula && w == "the" && p.in(j+1, partNouns) && p.w(j+2) == "," && p.isPersonLike(i) {
		if c := p.mm(j + 3); c != nil && !c.quoted && !c.digit && c.typ != kg.Film && c.typ != kg.Organisation && c.typ != kg.Person {
			p.typ(i, kg.Person, 3)
			c.setType(kg.Character, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(j + 4), char: mArg(j + 3)})
			p.memberAfter(j+3, j+4)
		}
		return
	}
	// "X returns as composer", "X is back as editor"
	if w == "as" && j > i+1 && !p.isM(j+1) && p.isPersonLike(i) {
		k := j + 1
		if p.w(k) == "the" || p.w(k) == "a" || p.w(k) == "its" {
			k++
		}
		if rel, job := p.crewNoun(k); rel != "" && (p.w(k) == "director" || rel != kg.Directed) {
			p.typ(i, kg.Person, 3)
			p.claim(pclaim{rel: rel, subj: mArg(i), obj: p.topicFilm(k + 1), job: job})
		}
		return
	}
	// "X edits", "X joined the writers' room"
	if p.wIn(j, editVerbs) && p.isPersonLike(i) {
		p.typ(i, kg.Person, 3)
		p.claim(pclaim{rel: kg.WorkedOn, subj: mArg(i), obj: p.topicFilm(j + 1), job: "editor"})
		return
	}
	if (w == "joining" || w == "joined" || w == "joins" || w == "join") && p.is(j+1, "the", "writers") && p.isPersonLike(i) {
		p.typ(i, kg.Person, 3)
		p.claim(pclaim{rel: kg.Wrote, subj: mArg(i), obj: p.topicFilm(j + 1)})
		return
	}
	if !p.crewVerbAt(j) && !strings.HasPrefix(w, "serv") && w != "," && !p.wIn(j, outletNouns) && !p.wIn(j, filmNouns) && !p.wIn(j, seriesNouns) {
		// "X created the show and wrote its first episodes" (not "the X
		// series and co-wrote": X names the series)
		for k := j + 1; k < len(p.it) && k < j+8 && (!p.isM(k) || p.in(k+1, outletNouns) || p.in(k+1, seriesNouns)) && p.w(k) != "," && p.w(k) != "."; k++ {
			if p.w(k) == "and" {
				n := k + 1
				for p.in(n, crewAux) {
					n++
				}
				if p.crewVerbAt(n) {
					j, w = n, p.w(n)
				}
				break
			}
		}
	}
	if p.crewVerbAt(j) && p.w(j+1) != "by" {
		// the subject of a crew verb is a person even when its object
		// names no single film ("has directed all three X movies", "A and
		// B, who wrote the first two")
		for _, s := range append(p.listBefore(i+1), i) {
			if m := p.mm(s); m.typ == "" && m.personShaped() && p.isPersonLike(s) && !orgish(m) {
				m.setType(kg.Person, 2)
			}
		}
	}
	p.crewFrom(i, j, 0)
	if p.w(i+1) == "," && p.w(i+2) == "who" {
		// "X, who scored F, returns to compose the music": the main verb too
		for k := j + 1; k < len(p.it) && k < j+14 && p.w(k) != "." && p.w(k) != ";"; k++ {
			if p.w(k) != "," {
				continue
			}
			n := p.pastCrewAux(k + 1)
			if p.crewVerbAt(n) && p.w(n+1) != "by" {
				p.crewFrom(i, n, 1)
			} else if (p.w(n) == "at" && p.w(n+2) == "helm" || p.w(n) == "behind" && p.w(n+2) == "camera") && p.w(n+1) == "the" {
				// "X, who ..., is back behind the camera"
				p.claim(pclaim{rel: kg.Directed, subj: mArg(i), obj: p.topicFilm(n + 3)})
			} else if rel, job, ok := p.bareJob(n); ok && p.in(n-1, copulas) {
				// "X, who wrote on F, is showrunner and co-created the series"
				p.claim(pclaim{rel: rel, subj: mArg(i), obj: p.topicFilm(n + 1), job: job})
				p.andCrewVerb(i, n)
			}
			break
		}
	}
}

// bareJob reads a job noun without an article at item k ("showrunner",
// "executive producer", "co-writer"): the relation and job, and whether
// there is one.
func (p *pctx) bareJob(k int) (kg.RelType, string, bool) {
	if p.isM(k) {
		return "", "", false
	}
	n := k
	if p.in(n, setRelations_3) {
		n++
	}
	switch p.w(n) {
	case "director", "co-director", "writer", "co-writer", "screenwriter", "producer", "co-producer", "showrunner",
		"co-showrunner", "composer", "cinematographer", "editor":
		rel, job := p.crewNoun(n)
		return rel, job, rel != ""
	}
	return "", "", false
}

// pluralJob reads a plural job noun without an article at item k
// ("producers", "executive producers", "co-writers") that closes its clause
// or is followed by "on"/"for"/"of" and the film: the relation and job, or
// "" when there is none.
func (p *pctx) pluralJob(k int) (kg.RelType, string) {
	if p.isM(k) {
		return "", ""
	}
	n := k
	if p.in(n, setRelations_3) {
		n++
	}
	switch p.w(n) {
	case "directors", "co-directors", "writers", "co-writers", "screenwriters", "producers", "co-producers", "showrunners",
		"co-showrunners", "creators", "co-creators":
		if !p.in(n+1, pluralJobEnds) {
			return "", ""
		}
		return p.crewNoun(n)
	}
	return "", ""
}

// crewListOpeners open a clause whose subject is a plural crew noun ("The
// producers are A and B", "Its writers are ...").
var crewListOpeners = setOf("the", "its", "their", "his", "her", "other", "credited")

// pluralJobEnds may follow a plural job noun closing a list's credit ("A
// and B are producers on F.").
var pluralJobEnds = setOf(",", ".", ";", "", "on", "for", "of", "and", "too", "alongside", "with")

// andCrewVerb follows "and" plus a crew verb after item j in the clause of
// the person at item i ("is showrunner and co-created the series with Q").
func (p *pctx) andCrewVerb(i, j int) {
	for k := j + 1; k < len(p.it) && k < j+6 && !p.isM(k) && p.w(k) != "," && p.w(k) != "."; k++ {
		if p.w(k) == "and" {
			p.crewVerbAfter(i, k+1, 1)
			return
		}
	}
}

// partNouns name a part in a story ("the villain").
var partNouns = setOf("villain", "hero", "heroine", "antagonist", "protagonist", "lead", "baddie", "sidekick", "narrator",
	"antihero", "anti-hero", "mentor", "heavy", "love")

// companyNouns introduce a company's name ("through their company X").
var companyNouns = setOf("company", "banner", "shingle", "label", "outfit", "studio", "production")

var copulas = setOf("is", "was", "are", "were", "remains", "becomes")

// crewFrom claims the crew relation of the verb at item j for the person
// at item i (and the list it ends), then follows a second verb of the same
// subject (", and produces with Y through O").
func (p *pctx) crewFrom(i, j, depth int) {
	w := p.w(j)
	var rel kg.RelType
	job := ""
	switch {
	case p.in(j, directVerbs) || w == "directed" || w == "co-directed":
		rel = kg.Directed
	case p.in(j, scoreSupplyVerbs) && p.scoreObject(j+1):
		rel, job = kg.WorkedOn, "composer" // "X supplied the bouncy score", "X handles the music"
	case p.in(j, writeVerbs):
		if (w == "handles" || w == "handling" || w == "handled") && !(p.w(j+1) == "the" && (p.w(j+2) == "writing" || p.w(j+2) == "script" || p.w(j+2) == "screenplay")) {
			return
		}
		rel = kg.Wrote
		if p.scoreObject(j + 1) {
			// "X wrote the score", "X is writing a new score": the composer
			rel, job = kg.WorkedOn, "composer"
		}
	case p.in(j, produceVerbs) || w == "produced" || w == "co-produced":
		rel = kg.Produced
	case p.in(j, composeVerbs):
		rel, job = kg.WorkedOn, "composer"
	case p.in(j, designVerbs):
		rel, job = kg.WorkedOn, "designer"
	case p.in(j, shootVerbs):
		rel, job = kg.WorkedOn, "cinematographer"
	case w == "edited" || w == "cut" && p.w(j+1) == "the":
		rel, job = kg.WorkedOn, "editor"
	case (w == "serve" || w == "serves" || w == "serving" || w == "served" || w == "act" || w == "acts") && p.w(j+1) == "as":
		k := j + 2
		for p.in(k, setRelations_3) {
			k++
		}
		rel, job = p.crewNoun(k)
		if rel == "" {
			return
		}
	case w == "," && p.w(j+1) == "one" && p.w(j+2) == "of":
		// "X, one of the movie's producers"
		k := j + 3
		for k < len(p.it) && k < j+8 && !p.isM(k) && p.w(k) != "," {
			switch p.w(k) {
			case "producers":
				rel = kg.Produced
			case "writers", "screenwriters":
				rel = kg.Wrote
			case "directors":
				rel = kg.Directed
			}
			k++
		}
		if rel == "" {
			return
		}
	case w == "," && (p.w(j+1) == "the" || p.w(j+1) == "its") && p.isCrewNounAhead(j+2):
		if p.crewNounBehind(j + 2) {
			return // "P, the filmmaker behind F1 and F2": read by makerBehind
		}
		if p.partBeforeAppositive(i) {
			return // "plays C, the washed-up director whose ...": the part's job
		}
		for k := j + 2; k < len(p.it) && k < j+6 && p.w(k) != ","; k++ {
			if p.w(k) == "'s" && p.in(k+1, relativeNouns) {
				return // "P, the director's sister, produced": a relative's job, not P's
			}
			if p.w(k) == "'s" && k > j+2 && !p.isM(k-1) && !p.in(k-1, filmNouns) && !p.in(k-1, seriesNouns) {
				if r, _ := p.crewNoun(k - 1); r != "" {
					return // "F, the director's second feature": the crew's work, not P's job
				}
			}
		}
		rel, job = p.crewNoun(j + 2)
		if rel == "" {
			return
		}
	default:
		return
	}
	subjects := []int{i}
	if l := p.listBefore(i + 1); len(l) > 1 {
		subjects = l
	} else if l := p.staffOf(i); len(l) > 0 {
		subjects = l // "A, B and C of O will produce": the people, not their company
	}
	// object: "direct the film", "co-write X", "wrote the screenplay for X", else the topic
	obj := noArg
	k := j + 1
	second, also := -1, -1
	var more []int
	series := -1
	if n := p.crewVerbSeries(k); n > k {
		series, k = k+1, n // "wrote, directed and edited F": the verbs share the object
	} else if p.w(k) == "and" {
		// "wrote and directed the film", "wrote and will direct the film": both verbs share the object
		n := k + 1
		for n < k+3 && p.in(n, secondVerbAux) {
			n++
		}
		if p.crewVerbAt(n) && p.w(n+1) != "by" {
			second = n
			k = n + 1
		}
	}
	if p.w(k) == "as" {
		k += 2
	}
	if f := p.directedCastIn(k); f >= 0 && (w == "directed" || w == "directs" || w == "direct") {
		obj = mArg(f) // "Harwell directed A as C and B as D in F"
	} else if f := j - 2; p.w(k) == "its" && p.w(j-1) == "and" && p.isM(f) && p.mm(f).typ == kg.Film && p.mm(f).strength >= 2 {
		obj = mArg(f) // "who co-directed F and wrote its screenplay": F's
	} else if f := p.personsTitle(k); f >= 0 {
		obj = mArg(f) // "who shot Tobin Hale's Darkling": the title, not its director
	} else if f, e, ok := p.filmRef(k, 2); ok {
		obj = f
		if f.m >= 0 && !f.abs {
			also = p.followUpTitle(e)     // "directed F and its 2001 follow-up G"
			more = p.coordFilms(int(f.m)) // "designed F, G and H"
		}
	} else if f := p.datedTitle(k); f >= 0 {
		obj = mArg(f) // "who directed last year's period prequel F"
	} else if f := p.kindTitle(k); f >= 0 {
		obj = mArg(f) // "co-directed the horror hit F"
	} else if (p.w(k) == "the" || p.w(k) == "a") && p.in(k+1, setRelations_4) {
		obj = p.topicFilm(k + 2)
	} else if p.episodes(k) {
		obj = p.topicFilm(k)
	} else if w == "directed" || w == "produced" || w == "wrote" || w == "co-directed" || w == "co-produced" || shootVerbs[w] || w == "edited" || w == "cut" {
		// past tense needs its object, unless the clause ends on the verb
		// ("A, B and C produced.")
		if !(p.w(k) == "." || p.w(k) == ";" || p.w(k) == "" || p.w(k) == "!") {
			f := p.directedCastIn(k)
			if f < 0 {
				return
			}
			// "Harwell directed A as C and B as D in F": the film after the cast
			obj = mArg(f)
		} else {
			obj = p.topicFilm(k)
		}
	} else {
		obj = p.topicFilm(k)
	}
	if (p.w(k) == "the" || p.w(k) == "a" || p.in(k, possessivePronouns)) && (p.in(k+1, sourceNouns) || p.in(k+1, creationNouns)) && p.w(k+2) != "'s" {
		// "who co-created the franchise with Q, wrote ... and directed F":
		// no credit on the film at hand, but the later verbs still count
		if depth == 0 {
			p.nextCrewVerb(i, j)
		}
		return
	}
	if p.w(k) == "a" || p.w(k) == "an" {
		// "will write and direct a new Lattice movie": a film with no name yet
		for n := k + 1; n < len(p.it) && n < k+5; n++ {
			if p.in(n, filmNouns) || p.in(n, seriesNouns) {
				return
			}
		}
	}
	if second >= 0 && depth < 2 {
		p.crewFrom(i, second, depth+1)
	}
	for _, s := range subjects {
		sm := p.mm(s)
		if rel == kg.Produced && sm.words == 1 && sm.typ == "" && !sm.short && !p.shortOfPersonShaped(s) {
			p.claim(pclaim{rel: rel, subj: mArg(s), obj: obj, orgIfUnknown: true})
			continue
		}
		p.typ(s, kg.Person, 3)
		p.claim(pclaim{rel: rel, subj: mArg(s), obj: obj, job: job})
		if also >= 0 {
			p.claim(pclaim{rel: rel, subj: mArg(s), obj: mArg(also), job: job})
		}
		for _, g := range more {
			p.claim(pclaim{rel: rel, subj: mArg(s), obj: mArg(g), job: job})
		}
	}
	if series >= 0 {
		p.crewSeriesClaims(subjects, series, k, obj)
	}
	// "A and B produce for Universal": the company
	if rel == kg.Produced && p.w(j+1) == "for" && p.isM(j+2) {
		orgs, _ := p.orgListAfter(j + 2)
		for _, o := range orgs {
			om := p.mm(o)
			if om.typ == "" && om.words == 1 && !om.allCaps && p.priorType(j+2) != kg.Organisation {
				continue
			}
			om.setRealOrg()
			p.claim(pclaim{rel: kg.Produced, subj: mArg(o), obj: obj})
		}
	}
	// "produces with X through O": the company
	if rel == kg.Produced {
		for k := j + 1; k < len(p.it) && k < j+16 && p.w(k) != "." && p.w(k) != ";" && !(obj.ana == anaAllFilms && p.w(k) == ","); k++ {
			if p.w(k) == "through" || p.w(k) == "via" || p.w(k) == "under" {
				o := k + 1
				for p.w(o) == "the" || p.w(o) == "their" || p.w(o) == "his" || p.w(o) == "her" || p.in(o, companyNouns) {
					o++
				}
				if m := p.mm(o); m != nil && !m.quoted && (orgish(m) || m.typ == kg.Organisation || p.in(o-1, companyNouns) || m.digit || m.titleWords || p.bannerList(o)) && !(m.typ == kg.Film && m.strength >= 2) && m.typ != kg.Person {
					m.setRealOrg()
					p.claim(pclaim{rel: kg.Produced, subj: mArg(o), obj: obj})
					p.bannersAfter(o, obj)
				}
				break
			}
		}
	}
	if depth == 0 {
		p.nextCrewVerb(i, j)
	}
	// "a screenplay he co-wrote with X", "co-wrote the script with A, B and C"
	for k := j + 1; k < len(p.it) && k < j+5; k++ {
		if (p.w(k) == "with" || p.w(k) == "alongside") && p.isM(k+1) && p.personish(k+1) && (rel == kg.Wrote || rel == kg.Produced || rel == kg.Directed) {
			names, _ := p.listAfter(k + 1)
			for _, n := range names {
				if r, _ := p.crewNoun(n + 1); r != "" && p.isM(n+2) && p.isPersonLike(n+2) && !p.isPersonLike(n) {
					n += 2 // "with Harbor Lights writer A": the writer, not the show
				} else if n != k+1 && !p.isPersonLike(n) {
					continue
				}
				p.typ(n, kg.Person, 3)
				p.claim(pclaim{rel: rel, subj: mArg(n), obj: obj})
			}
			break
		}
		if p.isM(k) && (obj.abs || obj.m != int32(k) || rel != kg.Wrote) {
			break // (past the verb's own title: "co-created F with A and B")
		}
	}
}

// nextCrewVerb reads a second crew verb of the subject at item i after
// the verb at item j: ", and produces with X", "and also executive
// produces".
func (p *pctx) nextCrewVerb(i, j int) {
	for k := j + 1; k < len(p.it) && k < j+20 && p.w(k) != "." && p.w(k) != ";"; k++ {
		if p.w(k) != "and" || p.isM(k+1) || k == j+1 && p.crewVerbAt(k+1) {
			continue // (the "and" of "wrote and directed F": crewFrom's second verb)
		}
		if p.w(k-1) != "," && !p.isM(k-1) {
			// "directs multiple episodes and also executive produces"
			n := p.pastCrewAux(k + 1)
			if !p.crewVerbAt(n) || n > k+3 {
				continue
			}
		}
		p.crewVerbAfter(i, k+1, 1)
		break
	}
}

// shootVerbs say who photographed a film ("X shot the film").
var shootVerbs = setOf("shot", "lensed", "photographed", "lenses")

func isCrewVerb(w string) bool {
	return crewVerbWords[w] // shootVerbs, designVerbs, directVerbs, writeVerbs, produceVerbs, composeVerbs, "directed", "produced", "co-directed", "co-produced"
}

// episodes reports whether items from k name episodes of the topic ("the
// opening three chapters", "its first episodes", "the pilot").
func (p *pctx) episodes(k int) bool {
	for n := 0; n < 5 && k+n < len(p.it) && !p.isM(k+n); n++ {
		switch p.w(k + n) {
		case "episode", "episodes", "chapters", "pilot", "finale", "premiere", "season", "seasons", "installment", "entry":
			return true
		case ",", ".", "and", "while":
			return false
		}
	}
	return false
}

// crewNounBehind reports whether a crew noun within four items from k is
// followed by "behind" ("the filmmaker behind F").
func (p *pctx) crewNounBehind(k int) bool {
	for n := 0; n < 4 && !p.isM(k+n); n++ {
		if p.wIn(k+n, behindNouns) && p.w(k+n+1) == "behind" {
			return true
		}
	}
	return false
}

func (p *pctx) isCrewNounAhead(k int) bool {
	for n := 0; n < 4; n++ {
		if r, _ := p.crewNoun(k + n); r != "" {
			return true
		}
	}
	return false
}

// crewNoun maps a crew noun at item k ("director", "screenwriter") to its
// relation.
func (p *pctx) crewNoun(k int) (kg.RelType, string) {
	for n := 0; n < 4; n++ {
		if p.isM(k + n) {
			return "", ""
		}
		switch p.w(k + n) {
		case "director", "filmmaker", "co-director", "directors", "co-directors", "filmmakers":
			if p.w(k+n+1) == "of" && p.w(k+n+2) == "photography" {
				return kg.WorkedOn, "cinematographer"
			}
			return kg.Directed, ""
		case "writer", "screenwriter", "co-writer", "writers", "screenwriters", "co-writers", "creator", "co-creator", "creators", "co-creators":
			return kg.Wrote, ""
		case "producer", "co-producer", "producers", "co-producers", "showrunner", "showrunners", "co-showrunner", "co-showrunners":
			return kg.Produced, ""
		case "composer", "composers":
			return kg.WorkedOn, "composer"
		case "cinematographer", "cinematographers":
			return kg.WorkedOn, "cinematographer"
		case "editor", "editors":
			return kg.WorkedOn, "editor"
		case "designer", "designers":
			if p.w(k+n-1) == "production" || p.w(k+n-1) == "costume" {
				return kg.WorkedOn, p.w(k+n-1) + " designer"
			}
		case "coordinator":
			if p.w(k+n-1) == "stunt" {
				return kg.WorkedOn, "stunt coordinator"
			}
		case "choreographer":
			return kg.WorkedOn, "choreographer"
		case ",", ".", "of", "and", "who", "which", "from", "for", "by", "with", "in", "on", "at", "to", "that":
			return "", ""
		}
	}
	return "", ""
}

// editVerbs say who cut a film ("X edits").
var editVerbs = setOf("edits", "edit", "editing")

// directedCastIn returns the item of the film in "directed A as C and B
// as D in F" or "directed A and B in F" when item k opens the list of
// people after the verb, or -1.
func (p *pctx) directedCastIn(k int) int {
	if people := p.directedPeople(k); len(people) > 0 && p.w(people[len(people)-1]+1) == "in" {
		// "who directed A and B in F": the people acted in F (directedActorsIn)
		if f, _ := p.typedFilmRef(people[len(people)-1] + 2); f >= 0 {
			return f
		}
	}
	if !p.isM(k) || !p.isPersonLike(k) || p.w(k+1) != "as" {
		return -1
	}
	for n := k + 1; n < len(p.it) && n < k+20; n++ {
		if p.w(n) == "." || p.w(n) == ";" || p.w(n) == "," && !p.isM(n+1) {
			return -1
		}
		if p.w(n) == "in" && !p.isM(n) {
			dated := p.w(n+2) == "(" && isYear(p.w(n+3)) || p.w(n+2) == "in" && isYear(p.w(n+3))
			if m := p.mm(n + 1); m != nil && (m.typ == kg.Film && m.strength >= 1 || m.typ == "" && (m.colon || m.quoted || m.digit || dated && !pcType(p.priorType(n+1)))) {
				m.setType(kg.Film, 2)
				return n + 1
			}
		}
	}
	return -1
}

// pastCrewAux returns the first item from n on that is not a crew
// auxiliary ("has also", "will"), stopping at "who".
func (p *pctx) pastCrewAux(n int) int {
	for p.in(n, crewAux) && p.w(n) != "who" {
		n++
	}
	return n
}

// crewVerbAfter credits the person at item i through the crew verb that
// follows the auxiliaries from item n on ("and also executive produces"),
// unless the verb is a passive's ("directed by"); depth is crewFrom's.
func (p *pctx) crewVerbAfter(i, n, depth int) {
	if n = p.pastCrewAux(n); p.crewVerbAt(n) && p.w(n+1) != "by" {
		p.crewFrom(i, n, depth)
	}
}

// personsTitle returns, for "P's F" at item k (a person-like name, "'s"
// and a title), the title's item, typing it a film; else -1.
func (p *pctx) personsTitle(k int) int {
	if p.w(k+1) != "'s" || !p.isM(k) || !p.isM(k+2) || !p.isPersonLike(k) {
		return -1
	}
	f := p.mm(k + 2)
	if f.typ == kg.Film && f.strength >= 2 || f.typ == "" && (p.untypedTitle(k+2) || !f.personShaped() && !f.country && !isPlaceName(f)) {
		p.typ(k+2, kg.Film, 2)
		return k + 2
	}
	return -1
}
