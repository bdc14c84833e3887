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

// datedTitle reads, from item k, a title after a dated possessive and
// describing words ending in a work noun: "last year's period prequel F",
// "2019's animated F" (ownedTitle). It returns the item of F, typed a
// film or an untyped title (then typed a film), or -1.
func (p *pctx) datedTitle(k int) int {
	n := -1
	switch {
	case isYear(p.w(k)) && p.w(k+1) == "'s":
		n = k + 2
	case (p.w(k) == "last" || p.w(k) == "this" || p.w(k) == "next") && p.w(k+1) == "year" && p.w(k+2) == "'s":
		n = k + 3
	default:
		return -1
	}
	f := p.ownedTitle(n)
	if f < 0 {
		return -1
	}
	if m := p.mm(f); !(m.typ == kg.Film || m.typ == "" && p.untypedTitle(f)) {
		return -1
	}
	p.typ(f, kg.Film, 2)
	return f
}
