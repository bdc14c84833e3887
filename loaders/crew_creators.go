package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// creatorVerbs say who created or developed a show or film.
var creatorVerbs = setOf("created", "creates", "developed", "develops", "co-developed", "co-develops")

// creatorWorkNouns are what a creator creates: a production, not a
// character or a role ("created the series", "developed the show").
var creatorWorkNouns = setOf("series", "show", "film", "movie", "miniseries", "drama", "comedy", "sitcom", "anthology",
	"project", "adaptation", "spin-off", "spinoff", "prequel", "sequel", "reboot", "feature")

// creatorCredits reads creators (WROTE) from a creatorVerbs verb at item
// i: "P created the six-episode O series", "P, who developed the show with
// Q, ..." (P and Q; the film at hand for a production noun, the film
// named right after the verb otherwise), and "F, which he co-created
// with A and B" (A and B; F the film before ", which"). A creator needs a
// production as the object: "created the character" is no credit.
func (p *pctx) creatorCredits(i int) {
	w := p.w(i)
	if len(w) < 7 || w[0] != 'c' && w[0] != 'd' || !creatorVerbs[w] && w != "co-created" && w != "co-creates" {
		return // (a byte test first: this runs on every word)
	}
	// "F, which he co-created with A and B"
	if p.w(i+1) == "with" && (p.w(i-2) == "which" || p.w(i-1) == "which") {
		f := i - 3
		if p.w(i-1) == "which" {
			f = i - 2
		}
		if p.w(f) != "," || !p.isM(f-1) || p.mm(f-1).typ != kg.Film || p.mm(f-1).strength < 2 {
			return
		}
		names, _ := p.listAfter(i + 2)
		for _, n := range names {
			if p.isPersonLike(n) {
				p.typ(n, kg.Person, 3)
				p.claim(pclaim{rel: kg.Wrote, subj: mArg(n), obj: mArg(f - 1)})
			}
		}
		return
	}
	if !creatorVerbs[w] {
		return // (co-created: crewVerb reads the subject's credit)
	}
	// the object: a production noun (the film at hand) or a film
	k := i + 1
	obj := noArg
	if f := p.creatorOwnedTitle(k); f > 0 {
		obj, k = mArg(f), f+1 // "who created the original F", "who created O's F"
	} else if p.w(k) == "the" || p.w(k) == "a" || p.w(k) == "an" || p.w(k) == "its" {
		n := k + 1
		for n < len(p.it) && n < k+5 && (p.isM(n) && !p.isM(n+1) && p.w(n+1) != "," || !p.isM(n) && isWordLike(p.w(n)) && !p.wIn(n, creatorWorkNouns)) {
			n++
		}
		if !p.wIn(n, creatorWorkNouns) || p.isM(n+1) && p.w(n+1) != "" {
			return
		}
		obj, k = p.topicFilm(n+1), n+1
		if p.wIn(n, showNouns) && p.w(n) != "original" {
			obj = anaArg(anaSeries) // "created the six-episode O series": the article's series
		}
	} else if m := p.mm(k); m != nil && m.typ == kg.Film && m.strength >= 2 {
		obj, k = mArg(k), k+1
	} else {
		return
	}
	if !obj.valid() {
		return
	}
	subj := i - 1
	if p.w(subj) == "also" || p.w(subj) == "who" {
		subj--
	}
	if p.w(subj) == "who" {
		subj--
	}
	if p.w(subj) == "," {
		subj--
	}
	if p.wIn(subj, creatorGroupNouns) && p.w(subj-1) == "the" && p.w(subj-2) == "," {
		subj -= 3 // "A and B, the duo who created F"
	}
	if !p.isM(subj) || !p.isPersonLike(subj) {
		return
	}
	people := p.listBefore(subj + 1) // "A and B, who created the series"
	if len(people) == 0 {
		people = []int{subj}
	}
	if p.w(k) == "with" {
		more, _ := p.listAfter(k + 1)
		people = append(people, more...)
	}
	for _, n := range people {
		if p.isPersonLike(n) {
			p.typ(n, kg.Person, 3)
			p.claim(pclaim{rel: kg.Wrote, subj: mArg(n), obj: obj})
		}
	}
}

// fromCreatorNouns are the job nouns fromCreators reads after "from".
var fromCreatorNouns = setOf("creator", "creators", "co-creator", "co-creators", "showrunner", "showrunners")

// fromCreators handles "F, from creators A and B, follows ...", "F, a
// police thriller from creator P" (item i is the job noun after
// "from"): each person of the list has the noun's credit (WROTE for a
// creator, PRODUCED for a showrunner) on the film before "from".
func (p *pctx) fromCreators(i int) {
	if p.w(i-1) != "from" || p.isM(i) || !p.isM(i+1) || !p.in(i, fromCreatorNouns) {
		return // (the cheap shape test first)
	}
	rel, _ := p.crewNoun(i)
	people, _ := p.fallbackList(i + 1)
	if rel == "" || len(people) == 0 {
		return
	}
	film := p.fromFilm(i-1, i)
	for _, x := range people {
		p.typ(x, kg.Person, 3)
		p.claim(pclaim{rel: rel, subj: mArg(x), obj: film})
	}
}

// creatorGroupNouns name the people of a list before them ("A and B, the
// duo who created F").
var creatorGroupNouns = setOf("duo", "pair", "trio", "team", "partners")

// creatorOwnedTitle returns the item of the title a creator verb's object
// names past "the original" or a company's possessive ("created the
// original F", "created O's F"), when that title is a film (typed so, or
// untyped and not person-shaped after a company); else -1.
func (p *pctx) creatorOwnedTitle(k int) int {
	if p.w(k) == "the" && p.w(k+1) == "original" && p.isM(k+2) {
		if m := p.mm(k + 2); m.typ == kg.Film || m.typ == "" && p.priorType(k+2) == kg.Film {
			return k + 2
		}
		return -1
	}
	if o := p.mm(k); o != nil && p.w(k+1) == "'s" && orgish(o) && p.isM(k+2) {
		if m := p.mm(k + 2); m.typ == kg.Film || m.typ == "" && !m.personShaped() && !pcType(p.priorType(k+2)) {
			p.typ(k+2, kg.Film, 2)
			return k + 2
		}
	}
	return -1
}
