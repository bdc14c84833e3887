package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// coCreditVerbs are the shared-credit verbs after which "with Q" names a
// co-worker with the same credit ("co-wrote F with Q").
var coCreditVerbs = map[string]kg.RelType{
	"co-directed": kg.Directed, "co-wrote": kg.Wrote, "co-written": kg.Wrote, "co-created": kg.Wrote,
	"co-produced": kg.Produced, "created": kg.Wrote,
}

// coCredits handles "P co-directed F (and G) with Q": Q gets the credit
// the sentence gives P for each film named between the verb and "with"
// (a typed film, or the object of P's credit claim) with no comma
// between. An optional job noun may describe Q ("with novelist Q"). It
// first reads the career lists after this sentence's cast credits
// (careerPairs) and the past credits of its subject (pastCredits), the earlier films of the parts this sentence casts
// (rolePlayedBefore), spreads each cast credit to the films coordinated
// with its film (coordCredits), gives the co-stars after "opposite" the
// credit's film (coStarCredits) and keeps the parts of people whose new
// casting the sentence denies (pastPartDenied), credits the returning
// parts of "P, who played C in the first film, returns"
// (returningPastParts), moves the credits of a sentence that opens with
// an entry described, not named, to that entry (openingEntryCredits) and
// finds the films of the sentence's "P's C"
// (possessiveFilms).
func (p *pctx) coCredits() {
	p.careerPairs()
	p.pastCredits()
	from := len(p.a.claims)
	for from > 0 && p.a.claims[from-1].sent == p.si {
		from--
	}
	p.rolePlayedBefore(from)
	p.coordCredits(from)
	p.coStarCredits(from)
	p.oppositeFilmCredits(from)
	p.pastPartDenied(from)
	p.returningPastParts(from)
	p.openingEntryCredits(from)
	p.possessiveFilms()
	for t := range p.it {
		if p.w(t) != "with" || p.isM(t) {
			continue
		}
		q := t + 1
		for n := 0; n < 4 && !p.isM(q) && isWordLike(p.w(q)) && (!p.wIn(q, commonWords) && (n < 2 || q > t+1 && p.in(t+1, possessivePronouns)) || n == 0 && p.in(q, possessivePronouns)); n++ {
			// ("with novelist Q", "with his longtime producing partner Q")
			q++
		}
		if !p.isM(q) || !p.isPersonLike(q) || p.w(q+1) == "as" || p.w(q+1) == "'s" {
			continue
		}
		verb := -1
		for k := t - 1; k >= 0 && k > t-14; k-- {
			if p.isM(k) {
				continue
			}
			if _, ok := coCreditVerbs[p.w(k)]; ok {
				verb = k
				break
			}
			if w := p.w(k); w == "." || w == ";" || w == "," || w == "with" {
				break
			}
		}
		if verb < 0 {
			continue
		}
		rel := coCreditVerbs[p.w(verb)]
		qm := p.mi(q)
		films := map[int32]bool{}
		for k := verb + 1; k < t; k++ {
			if m := p.mm(k); m != nil && m.typ == kg.Film && m.strength >= 2 {
				films[p.it[k].m] = true
			}
		}
		for k := len(p.a.claims) - 1; k >= 0 && p.a.claims[k].sent == p.si; k-- {
			c := &p.a.claims[k]
			if c.rel != rel || c.obj.m < 0 || int(c.subj.m) == qm {
				continue
			}
			for b := verb + 1; b < t; b++ {
				if p.it[b].m == c.obj.m {
					films[c.obj.m] = true
				}
			}
		}
		if len(films) == 0 {
			// "F, a comedy that he co-wrote with A, B and C", "created
			// by P with A and B": the one film the sentence credits so
			if f, ok := p.coCreditSentenceFilm(rel, verb); ok {
				for _, x := range p.coCreditPartners(q) {
					p.typ(x, kg.Person, 3)
					p.claim(pclaim{rel: rel, subj: mArg(x), obj: f})
				}
			}
			continue
		}
		for _, x := range p.coCreditPartners(q) {
			p.typ(x, kg.Person, 3)
			for b := verb + 1; b < t; b++ {
				if p.isM(b) && films[p.it[b].m] {
					p.claim(pclaim{rel: rel, subj: mArg(x), obj: mArg(b)})
				}
			}
		}
	}
}
