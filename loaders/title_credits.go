package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// creditVerbs name what someone did to make a production; the name right
// after one, closing its clause, is the production ("the pair who made
// Harbor Lights.", "who directed Salt Hollow and Gray Tides").
var creditVerbs = setOf("directed", "co-directed", "co-wrote", "co-created", "helmed", "made", "shot", "produced",
	"executive-produced", "edited", "scored", "behind", "since")

// creditObjectEnds may follow a production named after a credit verb:
// the clause ends or another title follows.
var creditObjectEnds = setOf(",", ".", ";", ":", "and", "(", ")", "—", "–", "?", "!", "in", "with", "for", "at")

// typeCreditObjects types as films, before the patterns run, untyped
// names right after a credit verb ("who directed Salt Hollow and ...",
// "the Oscar winner behind Gray Tides,", "the first feature since Harbor
// Lights in 2010") and right after a production noun and "called" or
// "titled" ("a 2020 short called Salt Hollow"), when the name closes its
// clause (creditObjectEnds; "in" only before a year). Personal names led
// by a given name, names in capitals, a name before a possessive and the
// surnames of the article's people are left alone.
func (a *article) typeCreditObjects() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != "" || m.the || m.quoted || m.allCaps || m.country {
			continue
		}
		s := &a.sents[m.sent]
		p := int(m.a) - 1
		if s.titleCase || p <= s.a || a.toks[p].kind != kWord || a.toks[p].cap {
			continue
		}
		w := a.toks[p].lower
		switch {
		case creditVerbs[w]:
		case (w == "called" || w == "titled") && productionNoun(a.toks[p-1].lower):
		default:
			continue
		}
		e := int(m.b)
		if e < s.b {
			n := &a.toks[e]
			if !creditObjectEnds[n.text] && !creditObjectEnds[n.lower] {
				continue
			}
			if n.lower == "in" && !(e+1 < s.b && isYear(a.toks[e+1].text)) {
				continue
			}
		}
		if m.personShaped() && isGivenName(lowerFirst(m.text)) || !a.companyShaped(m) {
			continue
		}
		m.setType(kg.Film, 2)
		m.passingCue = true
	}
}
