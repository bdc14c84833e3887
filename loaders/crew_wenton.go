package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// wentOnWords open "went on to V" ("went on to direct F", "would go on
// to write F", "has gone on to write and direct F").
var wentOnWords = setOf("went", "go", "goes", "gone")

// wentOnTo returns, for "went on to" at item j followed by a crew verb
// (and ", and V2" or "and V2") whose object opens with a title, the item
// of that crew verb, so that the person before it gets the credit of the
// later work ("P went on to direct F"); else j. A verb whose object is no
// named title ("went on to produce the miniseries X") is left alone: the
// later work is never the film at hand, nor is an untyped name that opens
// with a given name.
func (p *pctx) wentOnTo(j int) int {
	if !p.wIn(j, wentOnWords) || p.isM(j) || !p.is(j+1, "on", "to") {
		return j
	}
	v := j + 3
	if !p.crewVerbAt(v) || p.isM(v) {
		return j
	}
	o := v + 1
	if p.w(o) == "and" && p.crewVerbAt(o+1) && !p.isM(o+1) {
		o += 2 // "went on to write and direct F"
	}
	m := p.mm(o)
	if m == nil || m.typ != "" && m.typ != kg.Film || p.w(o+1) == "'s" || m.typ == "" && givenNameShaped(m) {
		return j
	}
	return v
}
