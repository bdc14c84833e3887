package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// creditVerbs name what someone did to make a production; the name right
// after one, closing its clause, is the production ("the pair who made
// Harbor Lights.", "who directed Salt Hollow and Gray Tides").
var creditVerbs = setOf("directed", "co-directed", "co-wrote", "co-created", "helmed", "made", "shot", "produced",
	"executive-produced", "edited", "scored", "behind", "since")

// creditObjectEnds may follow a production named after a credit verb:
// the clause ends or another title follows.
var creditObjectEnds = setOf(",", ".", ";", ":", "and", "(", ")", "-", "?", "!", "in", "with", "for", "at")

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
		case (w == "called" || w == "titled") && tokIn(&a.toks[p-1], productionNouns3):
		default:
			continue
		}
		if !a.closesCreditClause(s, int(m.b)) {
			continue
		}
		if !a.creditObject(m) {
			continue
		}
		m.setType(kg.Film, 2)
		m.passingCue = true
		// "who directed Salt Hollow and Gray Tides, ...": the names of a
		// list after the first, each closing its clause too
		for j := mi + 1; j < len(a.ments) && a.ments[j].sent == m.sent && a.listNext(&a.ments[j-1], &a.ments[j]); j++ {
			n := &a.ments[j]
			if n.typ != "" || n.the || n.quoted || n.allCaps || n.country || !a.creditObject(n) || !a.closesCreditClause(s, int(n.b)) {
				break
			}
			n.setType(kg.Film, 2)
			n.passingCue = true
		}
	}
}

// closesCreditClause reports whether token e, in sentence s, ends the
// clause of a production named after a credit verb (creditObjectEnds):
// "in" only before a year, a dash only before a lower-case word ("who
// shot F — is lighting ...", not "F - Part 2").
func (a *article) closesCreditClause(s *sentence, e int) bool {
	if e >= s.b {
		return true
	}
	n := &a.toks[e]
	if !creditObjectEnds[n.text] && !creditObjectEnds[n.lower] {
		return false
	}
	switch {
	case n.lower == "in":
		return e+1 < s.b && isYear(a.toks[e+1].text)
	case n.kind == kDash:
		return e+1 < s.b && a.toks[e+1].kind == kWord && !a.toks[e+1].cap
	}
	return true
}

// creditObject reports whether the untyped mention m may be a production
// named after a credit verb: no personal name led by a given name, and
// shaped like a company or title rather than a surname of the article
// (companyShaped).
func (a *article) creditObject(m *mention) bool {
	return !(m.personShaped() && givenFirst(m.text)) && a.companyShaped(m)
}
