package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// typeCastGroups makes a fictional organisation of the plural name a list
// of actors plays together: "A, B, C and D return as the Four Riders, the
// crew ...". The name follows "as the" right after the list (two people
// or more, the last one ending the token before "as"), its last word is a
// plural ("-men", or "-s" but not "-ss", "-us" or "-is"), and a cue typed
// it a character; the credits that took it for each actor's part keep
// their film and name no part. It returns nothing; mentions and claims
// change in place.
func (a *article) typeCastGroups() {
	for k := 2; k < len(a.ments); k++ {
		m := &a.ments[k]
		b := int(m.a)
		if m.typ != kg.Character || m.quoted || b-2 <= a.sents[m.sent].a || a.toks[b-1].lower != "the" || a.toks[b-2].lower != "as" {
			continue
		}
		last := lastKeyWord(m.key)
		if !(strings.HasSuffix(last, "men") || strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "is")) {
			continue
		}
		p := &a.ments[k-1]
		if p.sent != m.sent || int(p.b) != b-2 || p.typ != kg.Person || !a.listNext(&a.ments[k-2], p) || a.ments[k-2].typ != kg.Person {
			continue
		}
		for i := range a.ments {
			if o := &a.ments[i]; o.key == m.key && o.typ == kg.Character {
				o.typ, o.strength, o.world = kg.Organisation, 3, kg.WorldFictional
			}
		}
		for i := range a.claims {
			if c := &a.claims[i]; c.char.abs && c.char.m >= 0 && a.ments[c.char.m].key == m.key {
				c.char = noArg
			}
		}
	}
}
