package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// coProduction reads the companies of a co-production at item i ("a
// co-production of O1 and the O2", "a four-way co-production between O1,
// O2, O3 and O4", "..., with O5"): each produced the film the sentence is
// about (focusFilm: a title opening it, or the film of the text).
func (p *pctx) coProduction(i int) {
	if w := p.w(i); w != "co-production" && w != "coproduction" || p.isM(i) {
		return // (the cheap test first)
	}
	if w := p.w(i + 1); w != "of" && w != "between" && w != "among" {
		return
	}
	var orgs []int
	k := i + 2
	for len(orgs) < 6 {
		if p.w(k) == "the" {
			k++
		}
		m := p.mm(k)
		if m == nil || m.quoted || m.typ != "" && m.typ != kg.Organisation || !(m.typ == kg.Organisation || orgish(m)) {
			break
		}
		orgs = append(orgs, k)
		k++
		if p.w(k) == "," && (p.w(k+1) == "with" || p.w(k+1) == "and") {
			k++ // "..., with O5", "O2, and O3"
		}
		if p.w(k) != "," && p.w(k) != "and" && p.w(k) != "with" {
			break
		}
		k++
	}
	if len(orgs) < 2 {
		return // ("a co-production of the BBC": one name may be a buyer)
	}
	film := p.focusFilm()
	if !film.valid() {
		return
	}
	for _, o := range orgs {
		p.mm(o).setRealOrg()
		p.claim(pclaim{rel: kg.Produced, subj: mArg(o), obj: film})
	}
}
