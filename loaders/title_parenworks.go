package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// typeParenWorks types weakly as films, named in passing, the names of a
// bracketed list of two or more works right after a person, or an
// untyped name shaped like one (one work alone after a typed person:
// parenSingleWork) ("Directed by Perrin Vasquez (The Salt
// Ledger, Quiet Harbour), the film ..."): the credits a writer puts after
// a maker's name to say who the maker is. Every item of the list is one
// whole name, untyped or already a film, and no personal name led by a
// given name, joined by commas (maybe ", and"); a list holding a name
// typed otherwise (the part and the player number after an actor, "(Tam
// Vessel, Player 12)"), a bare word or anything else between the brackets
// is left alone. Runs after the patterns (which credit the maker through
// parenCredits already), so that the films the text goes on about keep
// their anaphors; passingMention reads these titles as named in passing.
func (a *article) typeParenWorks() {
	toks := a.toks
	for k := 0; k+1 < len(a.ments); k++ {
		p := &a.ments[k]
		x := int(p.b)
		if x+1 >= len(toks) || toks[x].text != "(" || !(p.typ == kg.Person || p.typ == "" && p.personShaped()) {
			continue
		}
		last, ok := a.parenWorkList(k)
		if !ok {
			continue
		}
		for j := k + 1; j <= last; j++ {
			a.ments[j].setType(kg.Film, 1)
			a.ments[j].passingCue = true
		}
		k = last
	}
}

// parenWorkList reports whether the mentions after person mention k,
// from the bracket after it to the closing one, are a list of two or
// more whole untyped (or film) names joined by commas (or one, as
// parenSingleWork allows), and returns the index of the last.
func (a *article) parenWorkList(k int) (int, bool) {
	toks := a.toks
	sent := a.ments[k].sent
	t := int(a.ments[k].b) + 1 // first token inside the bracket
	j := k + 1
	for ; j < len(a.ments); j++ {
		m := &a.ments[j]
		ma := int(m.a)
		if m.the {
			ma--
		}
		if m.sent != sent || ma != t || m.quoted || m.pronoun || m.typ != "" && m.typ != kg.Film {
			return 0, false
		}
		if m.personShaped() && givenFirst(m.text) {
			return 0, false // "(Tam Vessel, Ula Brandt)": the players after a part
		}
		e := int(m.b)
		if e >= len(toks) {
			return 0, false
		}
		if toks[e].text == ")" {
			break
		}
		if toks[e].text != "," {
			return 0, false
		}
		t = e + 1
		if t < len(toks) && toks[t].lower == "and" {
			t++
		}
	}
	if j >= len(a.ments) || j-k < 2 && !a.parenSingleWork(k, j) {
		return 0, false
	}
	return j, true
}
