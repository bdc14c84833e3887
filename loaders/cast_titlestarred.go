package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// titleStarredVerbs hang a cast on the title that is their subject ("F
// starred A and B").
var titleStarredVerbs = setOf("starred", "co-starred")

// titleStarredFilm returns the item of the title that is the subject of
// the verb at item k in "F starred A", "F (2010) starred A", "Its
// prequel, F, starred A" and "F, a 2010 western, starred A": a mention
// typed a film (here or earlier in the text), or an untyped one shaped
// like a title (an article, title words or a colon, not a personal name);
// it types the title a film.
// Else -1.
func (p *pctx) titleStarredFilm(k int) int {
	if !p.in(k, titleStarredVerbs) {
		return -1
	}
	t := k - 1
	switch {
	case p.w(t) == ")" && isYear(p.w(t-1)) && p.w(t-2) == "(":
		t -= 3 // "F (2010) starred"
	case p.w(t) == "," && p.isM(t-1) && p.w(t-2) == ",":
		t-- // "Its prequel, F, starred"
	case p.w(t) == ",":
		// "F, a 2010 western, starred": an appositive of plain words
		b := t - 1
		for n := 0; n < 6 && b > 0 && !p.isM(b) && (isWordLike(p.w(b)) || isYear(p.w(b))) && !p.in(b, starringStops); n++ {
			b--
		}
		if !p.in(b+1, setRelations_0) || p.w(b) != "," {
			return -1
		}
		t = b - 1
	}
	m := p.mm(t)
	if m == nil || p.w(t+1) == "'s" || m.quoted && m.typ != kg.Film && m.typ != "" {
		return -1
	}
	pt := p.priorType(t)
	if !(m.typ == kg.Film && m.strength >= 2 || m.typ == "" && pt == kg.Film || m.typ == "" && !m.personShaped() && (m.the || m.titleWords || m.colon || m.quoted) && !pcType(pt)) {
		return -1
	}
	m.setType(kg.Film, 2)
	return t
}

// titleStarredCast handles "F starred A and B" (item k is the verb, F
// found by titleStarredFilm): each person of the list after the verb
// acted in F. A list that names parts after "as" is left to the "as"
// rules, which find F through starringFilm. It reports whether it
// claimed anything.
func (p *pctx) titleStarredCast(k int) bool {
	f := p.titleStarredFilm(k)
	if f < 0 {
		return false
	}
	people, chars := p.castListAt(k + 1)
	if len(people) == 0 {
		return false
	}
	for _, c := range chars {
		if c >= 0 {
			return false // "F starred A and B as C and D": the "as" rules pair them (in F)
		}
	}
	p.castClaims(people, chars, mArg(f))
	return true
}
