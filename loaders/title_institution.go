package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// institutionHeads end the names of charities and institutions
// ("Motion Picture & Television Fund", "the Actors Benevolent Trust"),
// which obituaries and tributes name for donations and memberships.
var institutionHeads = setOf("fund", "foundation", "trust", "charity", "charities", "institute", "association",
	"hospital", "university", "college", "museum", "conservatory", "federation", "union")

// untypeInstitutionNames takes the weak film type (strength one, given to
// any long name with a small word inside) off the names whose last word is
// an institution's ("the Motion Picture & Television Fund"): a charity or
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

// retypeOwnerNames gives the person type back to a personal name led by a
// given name that a weak cue typed a film but that owns what follows it
// ("Hans Zimmer's themes", "Neill Blomkamp's Elysium"): a list or
// appositive cue read the owner as one more title. A name some mention
// not before a possessive types a film ("Ted Lasso's third season" beside
// "the cast of Ted Lasso") is a title named after its hero and is left
// alone. It returns nothing; it edits the mentions.
func (a *article) retypeOwnerNames() {
	var owners map[string]bool
	for mi := range a.ments {
		if m := &a.ments[mi]; a.filmOwnerShaped(m) {
			if owners == nil {
				owners = map[string]bool{}
			}
			owners[m.key] = true
		}
	}
	if owners == nil {
		return
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if owners[m.key] && m.typ == kg.Film && m.strength >= 2 && (int(m.b) >= len(a.toks) || a.toks[m.b].kind != kPoss) {
			owners[m.key] = false
		}
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; owners[m.key] && a.filmOwnerShaped(m) {
			m.typ, m.strength = kg.Person, 2
		}
	}
}

// filmOwnerShaped reports whether mention m is typed a film weakly, is a
// personal name led by a given name, and a possessive follows it.
func (a *article) filmOwnerShaped(m *mention) bool {
	return m.typ == kg.Film && m.strength <= 2 && !m.quoted && !m.head && m.personShaped() && int(m.b) < len(a.toks) &&
		a.toks[m.b].kind == kPoss && isGivenName(lowerFirst(m.text))
}
