package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// ownedAfter returns the mention that "O's <describing words>(,)" leads
// to after the part mention o ("Ilona's young son, Dorrit", "Oskar's
// Dunmere colleague Jeff Calverley"): the possessive right after o, then one
// to four describing words (lower-case words that are no clause words,
// or capitalised words of no person or part), the last a noun of a part,
// a kin or a relation, then maybe a comma, then a name of one to three
// words in the same sentence. It returns -1 when there is none.
func (a *article) ownedAfter(o int) int {
	m := &a.ments[o]
	s := &a.sents[m.sent]
	t := int(m.b)
	if t >= s.b || a.toks[t].kind != kPoss {
		return -1
	}
	t++
	j := o + 1 // the next mention
	last := -1 // the last describing word
	for n := 0; n < 4 && t < s.b; n++ {
		w := &a.toks[t]
		if j < len(a.ments) && int(a.ments[j].a) == t {
			x := &a.ments[j]
			if x.typ == kg.Person || x.typ == kg.Character || x.words > 1 {
				break // the name
			}
			t, j = int(x.b), j+1 // "Oskar's Dunmere colleague": a place or a company
			continue
		}
		if w.kind != kWord || w.cap || clauseWords[w.lower] || notPartWords[w.lower] || partDeterminers[w.lower] {
			break
		}
		last = t
		t++
	}
	if last < 0 {
		return -1
	}
	if n := a.toks[last].lower; !(partNoun(n) || kinNoun(n) || realRelationNouns[n] || relativeNouns[n]) {
		return -1
	}
	if t < s.b && a.toks[t].text == "," {
		t++
	}
	if j >= len(a.ments) || int(a.ments[j].a) != t || a.ments[j].sent != m.sent {
		return -1
	}
	if c := &a.ments[j]; c.words > 3 || c.quoted || c.pronoun || c.typ != "" && c.typ != kg.Character && !(c.typ == kg.Person && c.strength <= 1) {
		return -1
	}
	return j
}

// moveOwnedParts corrects the credits that took the owner of a described
// part for the part: "P plays Ilona's young son, Dorrit" credits P with
// Dorrit, not Ilona. A credit whose part mention O is followed by "O's
// <describing words>(,) C" (ownedAfter) is withdrawn when the same actor
// holds a credit naming C in that sentence, else it names C instead (C is
// typed a character). It returns nothing; claims and mentions change in
// place.
func (a *article) moveOwnedParts() {
	var drop []int // the claims withdrawn, in order
	for i := range a.claims {
		c := &a.claims[i]
		o := a.creditPart(c)
		if o < 0 || !c.subj.abs || c.subj.m < 0 || int(a.ments[o].b) >= len(a.toks) || a.toks[a.ments[o].b].kind != kPoss {
			continue
		}
		n := a.ownedAfter(o)
		if n < 0 {
			continue
		}
		if a.creditsPart(c.subj.m, c.rel, n) {
			drop = append(drop, i)
			continue
		}
		if c.rel == kg.Portrayed {
			c.obj.m = int32(n)
		} else {
			c.char.m = int32(n)
		}
		a.ments[n].typ, a.ments[n].strength = kg.Character, 3
	}
	a.dropClaims(drop)
}

// creditsPart reports whether a claim of relation rel makes subject
// mention p (or a mention of its name) the actor of part mention n.
func (a *article) creditsPart(p int32, rel kg.RelType, n int) bool {
	key := a.ments[p].key
	for i := range a.claims {
		c := &a.claims[i]
		if c.rel == rel && c.subj.abs && c.subj.m >= 0 && a.creditPart(c) == n && (c.subj.m == p || a.ments[c.subj.m].key == key) {
			return true
		}
	}
	return false
}
