package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// otherSelfParts credits, once the patterns have run, an actor with a
// second part described as the first part's other self: "P plays Jory and
// also his descendant, Jory-Ann Pell, ...", "P stars as Professor Ada Venn
// and her alter ego, Nix Fallow, opposite ...", "P as Ivo R. and his outie,
// Ivo Rask;". The first part C is the part of an ACTED_IN or PORTRAYED
// claim; after it come "and" (a comma allowed before it, "also" after),
// a possessive pronoun, one to three lower-case describing words and a
// comma, then the second part D (one to three words, typed by no cue,
// weakly a person or a character, naming no person of the article, no
// part a claim already gives), which ends its phrase (a comma not before
// a verb, or a closing mark). A kin noun of real life as the last
// describing word ("and his wife, D") says another being, not a second
// part, unless "twin" leads it ("his twin brother"). The actor gets D in
// the first credit's film.
func (a *article) otherSelfParts() {
	n := len(a.claims)
	for i := 0; i < n; i++ {
		cl := a.claims[i]
		c, ok := cl.part()
		if !ok || !cl.subj.abs || cl.subj.m < 0 || !c.abs || c.m < 0 || int(c.m)+1 >= len(a.ments) {
			continue
		}
		cm := &a.ments[c.m]
		s := &a.sents[cm.sent]
		t := int(cm.b)
		if t < s.b && a.toks[t].text == "," {
			t++
		}
		if t >= s.b || a.toks[t].lower != "and" {
			continue
		}
		t++
		if t < s.b && a.toks[t].lower == "also" {
			t++
		}
		if t >= s.b || (a.toks[t].lower != "his" && a.toks[t].lower != "her" && a.toks[t].lower != "their") {
			continue
		}
		t++
		words, twin := 0, false
		for ; t < s.b && words < 4 && a.toks[t].kind == kWord && !a.toks[t].cap; t++ {
			w := a.toks[t].lower
			if notPartWords[w] || clauseWords[w] {
				break
			}
			twin = twin || w == "twin"
			words++
		}
		if words == 0 || words > 3 || t+1 >= s.b || a.toks[t].text != "," {
			continue
		}
		if last := a.toks[t-1].lower; (realRelationNouns[last] || kinPairHeads[last]) && !twin {
			continue // "P plays C and his wife, D": another being
		}
		d := int(c.m) + 1
		if dm := &a.ments[d]; dm.sent != cm.sent || int(dm.a) != t+1 {
			continue
		}
		dm := &a.ments[d]
		if !weakOrNone(dm) && dm.typ != kg.Character || dm.quoted || dm.pronoun || dm.words > 3 || dm.key == "" || a.namesPerson(dm) || a.partOfClaim(d, d+1) {
			continue
		}
		if e := int(dm.b); e < s.b && !(a.toks[e].text == "," && (e+1 >= s.b || !clauseWords[a.toks[e+1].lower] && !playedByVerbs[a.toks[e+1].lower] && !ownedPlayVerbs[a.toks[e+1].lower] && a.toks[e+1].lower != "who") ||
			a.toks[e].text == ";" || a.toks[e].text == ")" || a.toks[e].text == "." || a.toks[e].text == "—") {
			continue // "C and his brother, D, is played by Q": D's own clause
		}
		if dm.typ != kg.Character {
			dm.typ, dm.strength = kg.Character, 2
		}
		nc := cl
		if cl.rel == kg.Portrayed {
			nc.obj = arg{m: int32(d), of: -1, abs: true}
		} else {
			nc.char = arg{m: int32(d), of: -1, abs: true}
		}
		a.claims = append(a.claims, nc)
	}
}
