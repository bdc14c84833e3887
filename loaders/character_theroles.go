package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// theRoleParts names "The X" a part written as "the" and one capitalised
// common noun of a role ("as the Professor", "with Elspet as the Queen"):
// the article is part of such a name, as in a cast list ("The
// Professor"). The word is a part noun (a role word, a rank, a noun of
// agent); the mention is typed a character by this point, of one word,
// right after a lower-case "the". A part with a name of its own ("the
// Joker") is no part noun and keeps the bare name. It marks the mention
// as written with "The"; it returns nothing.
func (a *article) theRoleParts() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Character || m.words != 1 || m.the || m.quoted || m.allCaps || m.a == 0 {
			continue
		}
		if t := &a.toks[m.a-1]; t.cap || t.lower != "the" {
			continue
		}
		var lb [32]byte
		if w := string(appendLower(lb[:0], m.text)); partNoun(w) || rankWords[w] {
			m.the = true
		}
	}
}
