package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// personPiece reports whether the article is about a person rather than a
// production, so that no film is its subject: an obituary, whose headline
// or first sentence tells of a death (obituaryLead) and whose first
// sentence opens with a personal name; or a career piece (decideCareer)
// where no film clearly wins the topic scores sc (clearWinner). A film
// that clearly wins and is named in the opening or the lede is the
// production the person fronts ("P, the Sergeant of 'X,' Dies at 81"): it
// stays the subject, while a career piece still reads each paragraph's
// film (careerFilms).
func (a *article) personPiece(sc map[int]int) bool {
	if len(a.sents) < 4 {
		return false
	}
	if e := topFilm(sc); e >= 0 && clearWinner(sc) && (a.inOpening(e) || a.inLede(e)) {
		return false
	}
	if a.career && !clearWinner(sc) {
		return true
	}
	lede := 0
	if a.toks[a.sents[1].a].nl > 0 {
		lede = 1 // a headline line of its own
	}
	if a.obituaryLead() && a.openingPerson(lede) >= 0 {
		return true
	}
	// the article opens on a production of a person's that no film
	// mention reads ("P's next film ...", or a title read as something
	// else) and the best film comes up only later: no film rather than
	// another. A profile that opens on the person itself ("P keeps a
	// corkboard ...") and is no career piece is about the production the
	// person fronts, named later.
	if lede == 0 {
		if p := a.openingPerson(0); p >= 0 && a.unreadProduction(p) {
			if e := topFilm(sc); e >= 0 && !a.inOpening(e) && !a.inLede(e) {
				return true
			}
		}
	}
	return false
}

// unreadProduction reports whether the personal name of mention p is a
// possessive ("P's ...") whose object is no film mention: no mention
// right after it ("P's next horror film"), or one not typed a film.
func (a *article) unreadProduction(p int) bool {
	m := &a.ments[p]
	e := int(m.b)
	if e >= a.sents[m.sent].b || a.toks[e].kind != kPoss {
		return false
	}
	if p+1 < len(a.ments) {
		if o := &a.ments[p+1]; int(o.a) == e+1 && o.sent == m.sent && o.typ == kg.Film {
			return false
		}
	}
	return true
}

// topFilm returns the local entity with the best topic score of sc (the
// lowest index among equals), or -1 when none scores above zero.
func topFilm(sc map[int]int) int {
	b, bn := -1, 0
	for e, n := range sc {
		if n > bn || n == bn && n > 0 && e < b {
			b, bn = e, n
		}
	}
	return b
}

// clearWinner reports whether the best topic score of sc is at least twice
// the second best and at least six (three mentions, or a headline match).
func clearWinner(sc map[int]int) bool {
	top, second := 0, 0
	for _, n := range sc {
		switch {
		case n > top:
			top, second = n, top
		case n > second:
			second = n
		}
	}
	return top >= 6 && top >= 2*second
}
