package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A check of the parts read after a casting word, run once the whole
// article is typed: "plays C's mother", "cast as C's father", "as the
// Cs' father" name a part related to C (unnamed), not C.

// possessedPartLeads, right before the part's name (past "the"), lead to
// the part a person plays.
var possessedPartLeads = setOf("as", "plays", "played", "play", "playing", "portrays", "portrayed", "voices", "voiced")

// possessedPart reports whether part mention ch stands in "as C's
// <word>": a casting word (possessedPartLeads, maybe with "the") before
// it, a possessive right after it and then a lower-case word.
func (a *article) possessedPart(ch int) bool {
	m := &a.ments[ch]
	s := &a.sents[m.sent]
	e := int(m.b)
	if e+1 >= s.b || a.toks[e].kind != kPoss || a.toks[e+1].kind != kWord || a.toks[e+1].cap {
		return false
	}
	t := int(m.a) - 1
	if t > s.a && a.toks[t].lower == "the" {
		t--
	}
	return t >= s.a && a.toks[t].kind == kWord && possessedPartLeads[a.toks[t].lower]
}

// moveOffPossessedParts takes the part out of every credit whose part
// mention stands in "as C's <word>" (possessedPart): a PORTRAYED claim
// goes, an ACTED_IN credit keeps the actor and the film without a part.
// It returns nothing; claims change in place.
func (a *article) moveOffPossessedParts() {
	var drop []int // the PORTRAYED claims withdrawn, in order
	for i := range a.claims {
		c := &a.claims[i]
		if ch := a.creditPart(c); ch < 0 || !a.possessedPart(ch) {
			continue
		}
		if c.rel == kg.Portrayed {
			drop = append(drop, i)
			continue
		}
		c.char = noArg
	}
	a.dropClaims(drop)
}
