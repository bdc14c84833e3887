package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// gapDeterminers open the part of a gapped clause ("and B the Y", "B his
// girlfriend Y").
var gapDeterminers = setOf("the", "his", "her", "their")

// gappedVerbParts reads the second clause of "A plays the X and B the Y",
// "A was the X, B the Y": a clause that leaves out the part verb of the
// clause before it. The part X of the first clause is a part a claim
// already credits; right after X come "," or "and" (or both), then a
// name B, a determiner (gapDeterminers), up to three lower-case words and
// a name Y that ends the clause (castStop). B is typed no character,
// film or organisation and Y no person; B is credited with Y in the work
// of X's credit. It returns nothing; mentions and claims change in place.
func (a *article) gappedVerbParts() {
	for s, k := range a.bodyMentions() {
		if k == 0 || k+1 >= len(a.ments) {
			continue
		}
		m, prev, next := &a.ments[k], &a.ments[k-1], &a.ments[k+1]
		if prev.sent != m.sent || next.sent != m.sent {
			continue
		}
		// between the first clause's part and B: ",", "and" or ", and"
		t := int(prev.b)
		if a.toks[t].text == "," {
			t++
		}
		if t < s.b && a.toks[t].lower == "and" {
			t++
		}
		if t == int(prev.b) || t != int(m.a) {
			continue
		}
		e := int(m.b)
		if e >= s.b || !tokIn(&a.toks[e], gapDeterminers) {
			continue
		}
		n := 0
		for e++; e < s.b && e < int(next.a) && n < 3 && a.toks[e].kind == kWord && !a.toks[e].cap; e++ {
			n++
		}
		if e != int(next.a) || int(next.b) < s.b && !tokIn(&a.toks[next.b], castStop) {
			continue
		}
		if m.typ == kg.Character || m.typ == kg.Film || m.typ == kg.Organisation || m.typ == kg.Franchise || !(m.typ == kg.Person || m.personShaped()) ||
			next.typ == kg.Person && next.strength >= 2 || next.typ == kg.Film || next.typ == kg.Organisation || !castableName(next) {
			continue
		}
		ci := -1
		for x := range a.claims {
			c := &a.claims[x]
			if c.rel == kg.ActedIn && c.char.abs && c.char.m == int32(k-1) {
				ci = x
				break
			}
		}
		if ci < 0 {
			continue
		}
		m.setType(kg.Person, 3)
		next.setType(kg.Character, 3)
		a.claims = append(a.claims, pclaim{rel: kg.ActedIn, subj: arg{m: int32(k), of: -1, abs: true}, obj: a.claims[ci].obj,
			char: arg{m: int32(k + 1), of: -1, abs: true}, sent: m.sent})
	}
}
