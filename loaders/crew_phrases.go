package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// crewListAdjectives may describe a plural crew noun opening a clause
// ("Returning producers are A and B", "New writers are ...").
var crewListAdjectives = setOf("returning", "new", "credited", "additional", "fellow")

// crewBackWords may stand between a subject and a crew phrase ("is back
// on music", "is again on music duty", "returns for the score").
var crewBackWords = setOf("is", "are", "was", "were", "will", "be", "back", "again", "once", "also", "returns", "return",
	"returning", "returned", "now", "still")

// creditShareNouns name a writing credit two people share ("share
// screenplay credit").
var creditShareNouns = setOf("screenplay", "writing", "script", "story", "scripting")

// lensVerbs say who photographs a film ("X is lensing", "X lensed F").
var lensVerbs = setOf("lensing", "lensed", "lenses", "lens")

// earlierWorkWords after a crew verb speak of earlier films, not the one
// at hand ("lensed both previous installments").
var earlierWorkWords = setOf("both", "previous", "first", "earlier", "original", "past", "prior", "two", "three", "all")

// crewPhrases credits the people of the list before the phrase at item i
// with a crew job the phrase names: "A is back on music (duty)" and "A
// returns for the score" (WORKED_ON, composer), "A and B share
// screenplay credit" (WROTE), "A is lensing" and "A lensed F"
// (WORKED_ON, cinematographer). The film is a title named right after
// the phrase, else the film the sentence is about; a phrase about
// earlier films ("lensed both previous installments") gives nothing.
func (p *pctx) crewPhrases(i int) {
	if p.isM(i) {
		return
	}
	var rel kg.RelType
	job, start, end := "", i, i+1
	switch w := p.w(i); {
	case w == "music" && p.w(i-1) == "on":
		rel, job, start = kg.WorkedOn, "composer", i-1
		if p.w(i+1) == "duty" || p.w(i+1) == "duties" {
			end++
		}
	case (w == "score" || w == "music") && p.w(i-1) == "the" && p.w(i-2) == "for":
		rel, job, start = kg.WorkedOn, "composer", i-2
	case p.w(i+1) == "credit" && creditShareNouns[w] && (p.w(i-1) == "share" || p.w(i-1) == "shared" || p.w(i-1) == "sharing"):
		rel, start, end = kg.Wrote, i-1, i+2
	case len(w) >= 4 && w[:4] == "lens" && lensVerbs[w]: // (cheap test first)
		rel, job = kg.WorkedOn, "cinematographer"
	default:
		return
	}
	b := start
	for b > 0 && p.in(b-1, crewBackWords) {
		b--
	}
	if b == start && job == "composer" {
		return // "on music", "for the score" need "is back", "returns"
	}
	if p.in(end, earlierWorkWords) || p.w(end) == "the" && p.in(end+1, earlierWorkWords) {
		return
	}
	people := p.listBefore(b)
	if len(people) == 0 {
		return
	}
	for _, s := range people {
		if !p.isPersonLike(s) {
			return
		}
	}
	obj := noArg
	if m := p.mm(end); m != nil && (m.typ == kg.Film || m.colon || m.quoted) {
		obj = mArg(end)
	} else if f, ok := p.possessedFilm(end); ok {
		obj = f
	} else if p.w(end+1) == "'s" {
		return // "lensed P's drama F" with F not read as a title
	} else {
		obj = p.topicFilm(end)
	}
	for _, s := range people {
		p.typ(s, kg.Person, 3)
		p.claim(pclaim{rel: rel, subj: mArg(s), obj: obj, job: job})
	}
}

// possessedFilm reads "P's [describing words] F" from item k: the film F
// a person's possessive names within four items, typed a film or shaped
// like a title (colon, quotes).
func (p *pctx) possessedFilm(k int) (arg, bool) {
	if !p.isM(k) || p.w(k+1) != "'s" {
		return noArg, false
	}
	for n := k + 2; n < len(p.it) && n < k+7; n++ {
		if m := p.mm(n); m != nil {
			if m.typ == kg.Film || m.colon || m.quoted {
				return mArg(n), true
			}
			return noArg, false
		}
		if !isWordLike(p.w(n)) {
			return noArg, false
		}
	}
	return noArg, false
}

// crewWorkNouns name a crew member's work after a possessive ("P's
// score", "P's photography"), read by possessive.
var crewWorkNouns = setOf("score", "music", "soundtrack", "cinematography", "camerawork", "photography", "editing",
	"screenplay", "script", "direction", "costumes", "design", "choreography")

// designKinds name the design work a possessive credits before "design"
// ("P's production design", "P's costume design"), with the job it makes.
var designKinds = map[string]string{"production": "production designer", "costume": "costume designer",
	"set": "set designer", "sound": "sound designer"}

// designWork returns the crew job of the craft noun at item at after a
// person's possessive that is no score, photography or writing: "P's
// costumes", "P's production design", "P's art direction", "P's fight
// choreography"; "" for any other word ("P's design" alone, "P's
// direction") and for the costumes of a person (item i) credited with a
// part before, which that actor wears.
func (p *pctx) designWork(i, at int) string {
	switch p.w(at) {
	case "costumes":
		if p.actedBefore(i) {
			return ""
		}
		return "costume designer"
	case "design":
		return designKinds[p.w(at-1)]
	case "direction":
		if p.w(at-1) == "art" {
			return "art director"
		}
	case "choreography":
		return "choreographer"
	}
	return ""
}

// remakeNouns name a new version of an earlier film ("P's remake of F").
var remakeNouns = setOf("remake", "reboot", "reimagining", "version")

// remakeOf returns the item of the title F in "[year] remake of F" from
// item k (after a person's possessive), or -1.
func (p *pctx) remakeOf(k int) int {
	if isYear(p.w(k)) {
		k++
	}
	if !p.in(k, remakeNouns) || p.w(k+1) != "of" {
		return -1
	}
	f := k + 2
	if m := p.mm(f); m != nil && !m.digit && (m.typ == "" || m.typ == kg.Film) && !m.personShaped() || m != nil && m.typ == kg.Film {
		return f
	}
	return -1
}
