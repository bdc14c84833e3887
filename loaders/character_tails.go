package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// cutCharacterTails cuts from the name of a character the "of" or "in"
// phrase a run of capitalised words swallowed after it: "Dorn of the AMMO"
// → "Dorn", "Inspector Ana Vell of the LAPD" → "Inspector Ana Vell", "Leo
// in Thief" → "Leo" (the film of the part). The name is typed a
// character, not quoted and holds no colon; the words before the
// preposition are one to three capitalised words (four after a rank:
// "Deputy Director Ana Vell of the FBI"), the last no rank, title,
// role or common word ("Prince of Ostmark", "Man of Granite" stay whole).
// "of" must be followed by "the" and a body whose name ends in an acronym
// or an organisation head noun ("of the Marines"; "of the Amber Hills"
// stays); "in" must follow a name led by a given name or a rank, and a
// capitalised word, maybe after "the". It returns nothing; the mentions
// change in place.
func (a *article) cutCharacterTails() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Character || m.words < 2 || m.quoted || m.colon || m.the || m.theOpen {
			continue
		}
		cut, span := -1, 3
		if rankWord(a.toks[m.a].lower) {
			span = 4 // "Deputy Director Ana Vell of the FBI": a rank before the name
		}
		for t := int(m.a) + 1; t < int(m.b)-1 && t <= int(m.a)+span; t++ {
			if tk := &a.toks[t]; tk.kind == kWord && !tk.cap {
				if tk.lower == "of" || tk.lower == "in" {
					cut = t
				}
				break
			}
		}
		if cut < 0 {
			continue
		}
		last := &a.toks[cut-1]
		if w := strings.TrimSuffix(last.lower, "."); last.kind != kWord || !last.cap || rankWord(w) || roleWords[w] || commonWords[w] {
			continue
		}
		n := cut + 1
		if a.toks[cut].lower == "of" {
			// "of the" and a body: an acronym or an organisation head noun
			tail := &a.toks[m.b-1]
			if a.toks[n].lower != "the" || a.toks[n].cap || tail.kind != kWord || !(tail.allCaps && len(tail.text) >= 2 || orgHeadNouns[tail.lower]) {
				continue
			}
			n++
		} else if f := strings.TrimSuffix(a.toks[m.a].lower, "."); !isGivenName(f) && !wordGivenNames[f] && !characterRanks[f] {
			continue // "in" after a given name or a rank only
		} else if a.toks[n].lower == "the" && !a.toks[n].cap {
			n++
		}
		if n >= int(m.b) || a.toks[n].kind != kWord || !a.toks[n].cap {
			continue
		}
		ok := true
		for t := int(m.a); t < cut; t++ {
			if a.toks[t].kind != kWord || !a.toks[t].cap {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		old := *m
		a.addMention(int(m.sent), int(m.a), cut, false)
		cm := a.ments[len(a.ments)-1]
		a.ments = a.ments[:len(a.ments)-1]
		cm.typ, cm.strength, cm.world, cm.kind, cm.format, cm.ent = old.typ, old.strength, old.world, old.kind, old.format, old.ent
		cm.gazette, cm.pronoun = old.gazette, old.pronoun
		a.ments[mi] = cm
	}
}
