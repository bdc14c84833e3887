package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// pairedAsParts types as characters, once the patterns have run, the
// names listed after the part of an actor's credit and adds that the actor
// portrays each of them (the credit keeps its one part): "Caspar Ashgrove
// doubles as the Baron de Valcourt and Edric Trevathan", "Pellow voices
// Nib and Lark", "who voices Quibble, Professor Anselm Quarrington and
// Captain Ardley;". The credit's part C is led by "as", "as the" or a
// part verb; the names follow it in a list (listNext: a comma, "and" or
// both; "and" before the last: "as Maelis, Princess of Varnholm" is an
// appositive), are of one to three words, typed by no cue, weakly a person or a
// character, name no person of the article and no part a claim already
// gives an actor (partOfClaim), and the last ends the clause
// (pairEnd: not "as the sloth Mungo and Lemuel Farrage as ...") with no
// relative clause that casts it ("D, who plays ...").
func (a *article) pairedAsParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if m.typ != kg.Character || k+1 >= len(a.ments) || a.ments[k+1].sent != m.sent || !a.listNext(m, &a.ments[k+1]) {
			continue
		}
		b := int(m.a) - 1
		if b > s.a && a.toks[b].lower == "the" {
			b--
		}
		if b <= s.a || a.toks[b].lower != "as" && !partVerbs[a.toks[b].lower] {
			continue
		}
		end := k + 1 // the listed names: k+1 .. end-1
		for end < len(a.ments) && a.ments[end].sent == m.sent && a.listNext(&a.ments[end-1], &a.ments[end]) {
			d := &a.ments[end]
			if !(weakOrNone(d) || d.typ == kg.Character && d.words <= 3 && !d.quoted) || d.pronoun {
				break
			}
			end++
		}
		if end == k+1 || a.toks[a.ments[end-1].a-1].lower != "and" {
			continue // no list ("as Maelis, Princess of Varnholm": an appositive)
		}
		if end < len(a.ments) {
			if n := &a.ments[end]; n.sent == m.sent && a.listNext(&a.ments[end-1], n) && !(n.typ == kg.Person && a.toks[a.ments[end-1].b].text == ",") {
				continue // a list that goes on with other names (not ", and P returns as ...")
			}
		}
		if last := int(a.ments[end-1].b); !a.pairEnd(s, last) || a.castRelativeAfter(s, last) {
			continue
		}
		ci := -1
		for i := range a.claims {
			if c := &a.claims[i]; c.rel == kg.ActedIn && c.char.abs && int(c.char.m) == k && c.subj.abs && c.subj.m >= 0 {
				ci = i
				break
			}
		}
		if ci < 0 {
			continue
		}
		if a.partOfClaim(k+1, end) {
			continue // the names have actors of their own ("as Sprocket, and Pollux (Wystan Dray)")
		}
		for n := k + 1; n < end; n++ {
			if d := &a.ments[n]; !a.namesPerson(d) {
				if d.typ != kg.Character {
					d.typ, d.strength = kg.Character, 2
				}
				a.claims = append(a.claims, pclaim{rel: kg.Portrayed, subj: a.claims[ci].subj, obj: arg{m: int32(n), of: -1, abs: true}, sent: m.sent})
			}
		}
	}
}

// part returns the end of an ACTED_IN or PORTRAYED claim that names the
// part (the credit's character, the PORTRAYED object), and false for a
// claim of any other type.
func (c *pclaim) part() (arg, bool) {
	switch c.rel {
	case kg.ActedIn:
		return c.char, true
	case kg.Portrayed:
		return c.obj, true
	}
	return noArg, false
}

// partOfClaim reports whether a claim names one of mentions from..to-1 as
// a part (an ACTED_IN credit's character, a PORTRAYED object), or any
// mention of the same key.
func (a *article) partOfClaim(from, to int) bool {
	for i := range a.claims {
		c := &a.claims[i]
		x, ok := c.part()
		if !ok || !x.abs || x.m < 0 {
			continue
		}
		for n := from; n < to; n++ {
			if int(x.m) == n || a.ments[x.m].key == a.ments[n].key {
				return true
			}
		}
	}
	return false
}
