package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// respectiveParts pairs, once the patterns have run, a list of parts with
// the list of actors right after it, in order: "two tourists, Tam and
// Oriel (Bram Kessel and Ines Dorr)", "Vin and Rosa Hale, played by Ada
// Munt and Jory Pell, ...". The parts are two or more names (one to
// three words, typed by no cue, weakly a person or a character, naming
// no person of the article) joined by commas and "and"; the actors as
// many names in brackets right after them, or after ", played by" (or
// "voiced by", "portrayed by"; "are now played by": playedByLead) and
// ending the clause, each typed a person
// or a personal name, one at least typed. Claims of the sentence that
// cross the pairs are dropped; each actor's credit gets its part (in the
// last title typed a film before the parts in the sentence, which the
// actors' credits of the sentence move to, else the film
// of a claim of the sentence that already credits one of the actors, else
// the article's production).
func (a *article) respectiveParts() {
	for k := 0; k+3 < len(a.ments); k++ {
		m := &a.ments[k]
		if !a.respectivePart(m) || a.ments[k+1].sent != m.sent || !a.listNext(m, &a.ments[k+1]) {
			continue
		}
		if k > 0 && a.ments[k-1].sent == m.sent && a.listNext(&a.ments[k-1], m) {
			continue // (the list starts before)
		}
		end := k + 1 // the parts: k .. end-1
		for end < len(a.ments) && a.ments[end].sent == m.sent && a.respectivePart(&a.ments[end]) && a.listNext(&a.ments[end-1], &a.ments[end]) {
			end++
		}
		n := end - k
		if b := int(a.ments[end-1].a) - 1; b <= int(m.a) || a.toks[b].lower != "and" || end+n > len(a.ments) {
			continue
		}
		s := &a.sents[m.sent]
		e := int(a.ments[end-1].b) // the token after the parts
		first := end
		switch {
		case e < s.b && a.toks[e].text == "(" && int(a.ments[first].a) == e+1:
			if last := int(a.ments[first+n-1].b); last >= s.b || a.toks[last].text != ")" {
				continue
			}
		case a.playedByLead(s, e) == int(a.ments[first].a):
			if last := int(a.ments[first+n-1].b); last < s.b && a.toks[last].kind != kPunct {
				continue // ("played by A and B Films": not the list's end)
			}
		default:
			continue
		}
		ok := a.ments[first+n-1].sent == m.sent
		for i := first + 1; ok && i < first+n; i++ {
			ok = a.ments[i].sent == m.sent && a.listNext(&a.ments[i-1], &a.ments[i])
		}
		if !ok || first+n < len(a.ments) && a.ments[first+n].sent == m.sent && a.listNext(&a.ments[first+n-1], &a.ments[first+n]) || !a.actorList(first, first+n-1) {
			continue
		}
		named := false
		for i := k; i < end; i++ {
			if a.namesPerson(&a.ments[i]) {
				named = true
			}
		}
		if named {
			continue
		}
		film, inSent := anaArg(anaFilm), false
		for i := range a.claims {
			c := &a.claims[i]
			if c.rel == kg.ActedIn && c.sent == m.sent && c.subj.abs && int(c.subj.m) >= first && int(c.subj.m) < first+n && c.obj.valid() {
				film = c.obj
				break
			}
		}
		for j := k - 1; j >= 0 && a.ments[j].sent == m.sent; j-- {
			if f := &a.ments[j]; f.typ == kg.Film && f.strength >= 2 {
				film, inSent = arg{m: int32(j), of: -1, abs: true}, true // "the spin-off F (2017) sent C and D, played by A and B,"
				break
			}
		}
		a.dropCrossedParts(m.sent, first, k, n)
		for i := range a.claims {
			c := &a.claims[i]
			if inSent && c.rel == kg.ActedIn && c.sent == m.sent && c.subj.abs && int(c.subj.m) >= first && int(c.subj.m) < first+n &&
				(c.char.m < 0 && c.char.ana == anaNone || c.char.abs && int(c.char.m) >= k && int(c.char.m) < end) {
				c.obj = film // (a rule that read "played by" credited the article's film)
			}
		}
		for i := 0; i < n; i++ {
			c, p := k+i, first+i
			if a.ments[c].typ != kg.Character {
				a.ments[c].typ, a.ments[c].strength = kg.Character, 2
			}
			a.ments[p].setType(kg.Person, 1)
			if !a.claimsPart(p, c) {
				a.giveActorPart(p, c, film)
			}
		}
		k = first + n - 1
	}
}

// respectivePart reports whether mention m may be a part of a list that
// respectiveParts pairs with actors.
func (a *article) respectivePart(m *mention) bool {
	return (weakOrNone(m) || m.typ == kg.Character) && m.words <= 3 && !m.quoted && !m.pronoun && !m.country && m.key != ""
}

// claimsPart reports whether a claim already gives actor mention p the part
// mention c (an ACTED_IN credit's character or a PORTRAYED object).
func (a *article) claimsPart(p, c int) bool {
	for i := range a.claims {
		cl := &a.claims[i]
		x, ok := cl.part()
		if ok && cl.subj.abs && int(cl.subj.m) == p && x.abs && int(x.m) == c {
			return true
		}
	}
	return false
}

// playedByAux may stand between a list of parts and "played by" ("C and
// D, are now played by A and B").
var playedByAux = setOf("is", "are", "was", "were", "now", "again", "also", "later", "then", "both")

// playedByLead returns the token after "played by" (or "voiced by",
// "portrayed by") that follows token e of sentence s over a comma and at
// most two playedByAux words, or -1.
func (a *article) playedByLead(s *sentence, e int) int {
	t := e
	if t < s.b && a.toks[t].text == "," {
		t++
	}
	for n := 0; n < 2 && t < s.b && playedByAux[a.toks[t].lower]; n++ {
		t++
	}
	if t+2 >= s.b || !playedByVerbs[a.toks[t].lower] || a.toks[t+1].lower != "by" {
		return -1
	}
	return t + 2
}
