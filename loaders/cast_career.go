package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// Career lists of parts, each in its own title: "P played C in F (1994)
// and D in G (1998)", "he voiced the walrus C in the series F, and the
// harbour cop D in Sony's G".

// careerPairs reads the parts listed after a credit of this sentence that
// names its part and, right after it, its film ("C in F"): each further
// "(,) (and) D in G" with D a castable name nothing types a person and G
// a title typed a film goes to the same actor as part D in G. It runs
// once per sentence of at most careerSentenceItems items, after the cast
// rules, after the career items of an article about one person
// (careerItems).
func (p *pctx) careerPairs() {
	p.careerItems()
	p.obitParts()
	if len(p.it) > careerSentenceItems {
		return
	}
	cl := p.a.claims
	n := len(cl)
	first := n
	for first > 0 && cl[first-1].sent == p.si {
		first--
	}
	for k := first; k < n; k++ {
		c := p.a.claims[k]
		if c.rel != kg.ActedIn || c.char.m < 0 || c.obj.m < 0 || c.subj.m < 0 {
			continue
		}
		ci := p.itemOf(c.char.m, 0, len(p.it))
		if ci < 0 || p.w(ci+1) != "in" {
			continue
		}
		f := p.itemOf(c.obj.m, ci+2, ci+8)
		for f > 0 {
			d, g := p.nextCareerPair(f)
			if g < 0 {
				break
			}
			p.mm(d).setType(kg.Character, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: c.subj, obj: mArg(g), char: mArg(d)})
			f = g
		}
	}
}

// careerSentenceItems bounds the sentences careerPairs reads (each credit
// looks for its part's item over the sentence).
const careerSentenceItems = 300

// itemOf returns the item in [lo, hi) that holds mention mi, or -1.
func (p *pctx) itemOf(mi int32, lo, hi int) int {
	for k := max(lo, 0); k < hi && k < len(p.it); k++ {
		if p.it[k].m == mi {
			return k
		}
	}
	return -1
}

// nextCareerPair reads "(, ) (and) D in G" after the title at item f
// (past a bracketed year and a short appositive: "F, a Disney
// production, and D in G"): it returns the items of part D and film G, or
// -1, -1 when no such pair follows.
func (p *pctx) nextCareerPair(f int) (int, int) {
	k := f + 1
	if p.w(k) == "(" && isYear(p.w(k+1)) && p.w(k+2) == ")" {
		k += 3
	}
	if p.w(k) == "," && p.in(k+1, setRelations_0) {
		// "in the series F, a Disney production, and D in G": over the
		// title's appositive
		for e := k + 2; e < len(p.it) && e < k+9; e++ {
			if p.w(e) == "," {
				k = e
				break
			}
			if !p.isM(e) && !isWordLike(p.w(e)) {
				break
			}
		}
	}
	switch {
	case p.w(k) == "," && p.w(k+1) == "and":
		k += 2
	case p.w(k) == "and" || p.w(k) == ",":
		k++
	default:
		return -1, -1
	}
	d := k
	if !p.isM(d) {
		if d = p.partAfterNouns(k); d < 0 {
			return -1, -1
		}
	}
	dm := p.mm(d)
	if !p.castChar(d) || !castableName(dm) || p.priorType(d) == kg.Person || p.w(d+1) != "in" {
		return -1, -1
	}
	g := -1
	if film := p.topicFilm(d + 1); film.m >= 0 && !film.abs && int(film.m) > d+1 && int(film.m) < d+8 {
		g = int(film.m) // an item of this sentence
	}
	if g < 0 && p.isM(d+2) && p.w(d+3) == "'s" && p.isM(d+4) {
		g = d + 4 // "in Sony's G": the company's title
	}
	if g < 0 {
		return -1, -1
	}
	if gm := p.mm(g); !(gm.typ == kg.Film && gm.strength >= 2) {
		return -1, -1
	}
	return d, g
}
