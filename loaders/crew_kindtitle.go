package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// kindTitle returns, for "the KIND... F" at item k after a crew verb
// ("co-directed the horror hit F", "directed the animated feature F"),
// the item of the title F; else -1. The title is left untyped here
// (typing it a film can make an aside's title the article's topic film). At least one kind
// word (a genre or film noun, "hit", "classic") must stand among the
// describers, and F must be a film or an untyped title.
func (p *pctx) kindTitle(k int) int {
	if p.w(k) != "the" || p.isM(k) {
		return -1
	}
	kind := false
	n := k + 1
	for c := 0; c < 4 && !p.isM(n); c++ {
		switch {
		case p.wIn(n, possessedKindWords) || p.wIn(n, genreNouns) || p.wIn(n, filmNouns):
			kind = true
		case p.in(n, adjFilm) || isYear(p.w(n)) || p.describerWord(n):
		default:
			return -1
		}
		n++
	}
	m := p.mm(n)
	if !kind || m == nil || p.w(n+1) == "'s" || !(m.typ == kg.Film || m.typ == "" && p.untypedTitle(n)) {
		return -1
	}
	return n
}
