package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// followUpNouns name a later film of the same line ("its follow-up").
var followUpNouns = setOf("follow-up", "sequel", "sequels", "prequel", "successor", "spin-off", "spinoff", "remake")

// followUpTitle reads, from item e right after a credited title, "and
// its [year] follow-up G" / "and the 2003 sequel G": it returns the item
// of G (a typed film, or a name with a number or a colon), or -1.
func (p *pctx) followUpTitle(e int) int {
	if p.w(e) != "and" || !(p.w(e+1) == "its" || p.w(e+1) == "the") {
		return -1
	}
	n := e + 2
	if isYear(p.w(n)) {
		n++
	}
	if !p.in(n, followUpNouns) {
		return -1
	}
	if p.w(n+1) == "," {
		n++
	}
	m := p.mm(n + 1)
	if m == nil || !(m.typ == kg.Film || m.typ == "" && (m.digit || m.colon)) {
		return -1
	}
	m.setType(kg.Film, 2)
	return n + 1
}
