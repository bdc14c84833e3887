package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// parenSingleWork reports whether mention j, alone between the brackets
// right after person mention k, is the one credit a writer puts after a
// maker's or a player's name ("Director Perrin Vasquez (Quiet Harbour)
// keeps it brisk", "Ada Brell (Tollgate) leads the cast"): k is typed a
// person, and j is no personal name (led by a given name, or a surname of
// a person named before: "Tam (Vessel)"), no acronym or name in capitals
// (an agency, "(CAA)"), no network, studio or place, and no number.
func (a *article) parenSingleWork(k, j int) bool {
	p, m := &a.ments[k], &a.ments[j]
	if p.typ != kg.Person || m.typ != "" && m.typ != kg.Film || m.allCaps || m.acronymLead || m.digit || m.country || m.short {
		return false
	}
	if m.personShaped() && givenFirst(m.text) || m.words == 1 && (isGivenName(m.key) || a.surnameBefore(j, m.key)) {
		return false
	}
	return !platformNames[m.key] && !studioNames[m.key] && !isPlaceName(m)
}
