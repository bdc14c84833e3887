package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// whichStarredVerbs hang a cast list on a title through "which" ("F,
// which starred A as C").
var whichStarredVerbs = setOf("starred", "stars", "featured", "features", "co-starred")

// whichStarredFilm returns the item of the title in "F, which starred"
// when item k is the verb: a mention typed a film (or an untyped one
// shaped like a title: "The", a lower-case word or a colon inside), a
// comma, "which" and a cast verb; it types the title a film. Else -1.
func (p *pctx) whichStarredFilm(k int) int {
	if !p.in(k, whichStarredVerbs) || p.w(k-1) != "which" || p.w(k-2) != "," {
		return -1
	}
	m := p.mm(k - 3)
	if m == nil || m.typ != "" && m.typ != kg.Film || m.typ == "" && (m.personShaped() || !m.the && !m.titleWords && !m.colon) {
		return -1
	}
	m.setType(kg.Film, 2)
	return k - 3
}
