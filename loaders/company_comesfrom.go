package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// comesFromVerbs say where a production comes from ("The show comes from
// O1 and O2").
var comesFromVerbs = setOf("comes", "come", "came")

// comesFrom reads the companies a production comes from, at item i
// ("from"): "The show comes from O1 and The O2 in association with O3",
// "F comes from P's O1 and O2": each produced the film the sentence opens
// with (a title typed a film, or "the show/series/film").
func (p *pctx) comesFrom(i int) {
	if p.w(i) != "from" || p.isM(i) || !p.in(i-1, comesFromVerbs) {
		return // (the cheap tests first)
	}
	film := noArg
	if m := p.mm(0); m != nil && i == 2 && m.typ == kg.Film && m.strength >= 2 {
		film = mArg(0)
	} else if _, e, ok := p.filmAnaphor(0); ok && e == i-1 {
		if fr, _, ok := p.filmRef(0, 2); ok && fr.ana != anaAllFilms {
			film = fr
		}
	}
	if !film.valid() {
		return
	}
	var orgs []int
	k := i + 1
	for len(orgs) < 6 {
		if p.w(k) == "the" {
			k++
		}
		if p.isM(k) && p.w(k+1) == "'s" && p.isM(k+2) && p.isPersonLike(k) {
			k += 2 // "P's O": the company
		}
		m := p.mm(k)
		if m == nil || m.quoted || m.typ != "" && m.typ != kg.Organisation || !(m.typ == kg.Organisation || orgish(m)) {
			break
		}
		orgs = append(orgs, k)
		k++
		if p.is(k, "in", "association", "with") {
			k += 3
			continue
		}
		if p.w(k) == "," && p.w(k+1) == "and" {
			k++
		}
		if p.w(k) != "and" && !(p.w(k) == "," && p.isM(k+1)) {
			break
		}
		k++
	}
	for _, o := range orgs {
		p.mm(o).setRealOrg()
		p.claim(pclaim{rel: kg.Produced, subj: mArg(o), obj: film})
	}
}
