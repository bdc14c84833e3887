package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// institutionHeads end the names of charities and institutions
// ("Motion Picture & Television Fund", "the Actors Benevolent Trust"),
// which obituaries and tributes name for donations and memberships.
var institutionHeads = setOf("fund", "foundation", "trust", "charity", "charities", "institute", "association",
	"hospital", "university", "college", "museum", "conservatory", "federation", "union")

// untypeInstitutionNames takes the weak film type (strength one, given to
// any long name with a small word inside) off the names whose last word is
// an institution's ("the Motion Picture & Television Fund"): a charity or
// a school, not a title, and never the article's subject. It returns
// nothing; it edits the mentions.
func (a *article) untypeInstitutionNames() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ == kg.Film && m.strength == 1 && !m.quoted && m.b > m.a && institutionHeads[a.toks[m.b-1].lower] {
			m.typ, m.strength = "", 0
		}
	}
}
