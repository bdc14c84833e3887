package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// institutionHeads end the names of charities and institutions
// ("Screen & Stage Relief Fund", "the Actors Benevolent Trust"),
// which obituaries and tributes name for donations and memberships.
var institutionHeads = setOf("fund", "foundation", "trust", "charity", "charities", "institute", "association",
	"hospital", "university", "college", "museum", "conservatory", "federation", "union")

// untypeInstitutionNames takes the weak film type (strength one, given to
// any long name with a small word inside) off the names whose last word is
// an institution's ("the Screen & Stage Relief Fund"): a charity or
// a school, not a title, and never the article's subject. It also takes
// any film type off a weekday's plural or compound ("airs Thursdays", "its
// Sunday-night slot"), a schedule, never a title. It returns nothing; it
// edits the mentions.
func (a *article) untypeInstitutionNames() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Film || m.quoted || m.b <= m.a {
			continue
		}
		if m.strength == 1 && institutionHeads[a.toks[m.b-1].lower] || m.words == 1 && weekdayForm(m.key) {
			m.typ, m.strength = "", 0
		}
	}
}

// weekdayForm reports whether key is a weekday's plural or a compound led
// by a weekday ("thursdays", "sunday-night").
func weekdayForm(key string) bool {
	if day, _, ok := strings.Cut(key, "-"); ok {
		return weekdays[day]
	}
	day, ok := strings.CutSuffix(key, "s")
	return ok && weekdays[day]
}
