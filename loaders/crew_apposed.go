package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// apposedMakerEnds may follow the noun of "F, P's 2018 thriller".
var apposedMakerEnds = setOf(",", ".", ";", ")", "", "of", "for", "about", "that", "which", "starring", "from", "set")

// apposedMaker handles a title glossed by its maker's possessive: "Red
// Dawn, Ana Vittor's 2018 thriller", "Dust Road, Ruiz's autobiographical
// 2021 drama for Netflix", "F, P's 2011 adaptation of the novel" (item i
// is P, before "'s"). A dated film or genre noun after a person's
// possessive names the film's director: P DIRECTED F. Without a year
// only a maker noun ("adaptation", "remake") counts, since "F, P's
// thriller" may name a star's vehicle.
func (p *pctx) apposedMaker(i int) {
	if p.w(i+1) != "'s" || p.w(i-1) != "," || !p.isM(i) || !p.isM(i-2) || !p.isPersonLike(i) {
		return // (the cheap shape test first)
	}
	f := p.mm(i - 2)
	if f.typ != kg.Film && f.typ != "" || p.isPersonLike(i-2) {
		return
	}
	dated := false
	for k := i + 2; k < i+6 && k < len(p.it); k++ {
		w := p.w(k)
		if p.isM(k) {
			return
		}
		if isYear(w) {
			dated = true
			continue
		}
		if !isWordLike(w) {
			return
		}
		if filmNouns[w] || genreNouns[w] || w == "series" || w == "miniseries" {
			if !p.wIn(k+1, apposedMakerEnds) || p.isM(k+1) || !dated && !makerNouns[w] {
				return
			}
			if f.typ == "" {
				f.setType(kg.Film, 2)
			}
			p.typ(i, kg.Person, 3)
			p.claim(pclaim{rel: kg.Directed, subj: mArg(i), obj: mArg(i - 2)})
			return
		}
	}
}
