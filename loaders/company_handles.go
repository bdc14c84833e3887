package loaders

// handleVerbs say a company deals with a production's sales or release
// ("X handles international sales", "X is handling distribution").
var handleVerbs = setOf("handles", "handle", "handled", "handling")

// handleAux may stand between a company and its handle verb ("is
// handling", "will handle", "has handled").
var handleAux = setOf("is", "will", "has", "had", "was", "also", "now", "already")

// handleScopes may stand before the task a company handles
// ("international sales", "the domestic release").
var handleScopes = setOf("the", "its", "international", "worldwide", "domestic", "foreign", "overseas", "global", "world",
	"theatrical", "north", "american", "u.s.", "uk", "u.k.")

// handleTasks are what only a company handles for a production: its
// sales, distribution, rights or release.
var handleTasks = setOf("sales", "distribution", "rights", "release")

// typeHandlingCompanies types as companies, before the patterns run,
// untyped names that open a clause as the subject of a handle verb whose
// object is a production's sales, distribution, rights or release ("X
// handles international sales", "Sources say X is handling worldwide
// distribution"): a person handles no sales territory. Names led by a
// given name, or a surname of the article, are left alone.
func (a *article) typeHandlingCompanies() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		e := int(m.b)
		if m.typ != "" || e+2 >= s.b || m.quoted || m.colon || m.titleWords || m.country {
			continue
		}
		n := e
		for n < s.b && n < e+2 && tokIn(&a.toks[n], handleAux) {
			n++
		}
		if n >= s.b || !tokIn(&a.toks[n], handleVerbs) {
			continue // (the cheap shape test first)
		}
		n++
		for j := 0; n < s.b && j < 3 && tokIn(&a.toks[n], handleScopes); j++ {
			n++
		}
		if n >= s.b || !tokIn(&a.toks[n], handleTasks) || !a.companyShaped(m) || givenNameShaped(m) || hyphenAdjective(m.text) {
			continue
		}
		m.setRealOrg()
	}
}
