package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// personCreditSuffixes, fused to a name with a hyphen, name a person's
// credit ("the P-directed film", "the P-starrer F") and the relationship it
// makes (typeCreditCompounds, creditCompound); "produced", "led" and
// "created" are left out (a company produces and leads too).
var personCreditSuffixes = map[string]kg.RelType{
	"directed": kg.Directed, "helmed": kg.Directed,
	"starrer": kg.ActedIn, "starring": kg.ActedIn, "fronted": kg.ActedIn,
	"written": kg.Wrote, "penned": kg.Wrote, "scripted": kg.Wrote,
}

// typeCreditCompounds types as a person an untyped name fused by a hyphen
// to a person's credit (tokens splits "Kessler-directed" into the name, a
// hyphen and the credit): a personal name of two to four words, or one
// word before "starrer" (only people star). The untyped name right after
// "starrer" or after the credit and "film"'s place is the film: "the
// P-starrer F" types F a film.
func (a *article) typeCreditCompounds() {
	toks := a.toks
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		e := int(m.b)
		if m.typ != "" && m.typ != kg.Person || e+1 >= s.b || toks[e].kind != kDash || toks[e].space || toks[e+1].space ||
			toks[e+1].kind != kWord || personCreditSuffixes[toks[e+1].lower] == "" {
			continue
		}
		starrer := toks[e+1].lower == "starrer"
		if !(m.personShaped() || m.words == 1 && starrer && !m.quoted && !m.digit && !m.allCaps) {
			continue
		}
		if m.typ == "" {
			m.setType(kg.Person, 2)
		}
		if starrer && k+1 < len(a.ments) && int(a.ments[k+1].a) == e+2 && a.ments[k+1].typ == "" {
			a.ments[k+1].setType(kg.Film, 2)
		}
	}
}
