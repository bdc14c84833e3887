package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// possessiveFilms finds the film of each "P's C" of this sentence that
// possessiveCast left without one named in the sentence: the title right
// after the part ("the father of Q's C, on ABC's F"), else the film named
// latest before it in the same clause (after the last semicolon: "In F
// he played A, who sells out to Q's C"). P then acted in that film as C
// (decidePossessiveCast). P must be typed a person or open with a given
// name.
func (p *pctx) possessiveFilms() {
	pcs := p.a.possCast
	for n := len(pcs) - 1; n >= 0 && pcs[n].sent == p.si; n-- {
		pc := &pcs[n]
		if pc.film.m >= 0 && p.a.ments[pc.film.m].sent == p.si {
			continue
		}
		if pm := &p.a.ments[pc.person]; !(pm.typ == kg.Person && pm.strength >= 2) && !givenNameShaped(pm) {
			continue // "New Year's Eve": a name that is no one's
		}
		c := p.itemOf(int32(pc.char), 0, len(p.it))
		if c < 0 {
			continue
		}
		if f := p.filmAfterPart(c); f >= 0 {
			pc.film = p.conv(mArg(f))
			continue
		}
		for k := c - 1; k >= 0; k-- {
			if !p.isM(k) && p.w(k) == ";" {
				break
			}
			if m := p.mm(k); m != nil && m.typ == kg.Film && m.strength >= 2 && p.w(k+1) != "'s" {
				pc.film = p.conv(mArg(k))
				break
			}
		}
	}
}

// filmAfterPart returns the item of the title named right after the part
// at item c ("C in F", "C, on Studio's F"), or -1: typed a film or owned
// by a company.
func (p *pctx) filmAfterPart(c int) int {
	k := c + 1
	if p.w(k) == "," {
		k++
	}
	if p.w(k) != "in" && p.w(k) != "on" {
		return -1
	}
	f := p.creditTitle(k + 1)
	if f < 0 || p.mm(f).typ != kg.Film && p.w(f-1) != "'s" {
		return -1
	}
	return f
}
