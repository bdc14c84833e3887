package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// bodyTailNouns, written in lower case after a name and "the" before it,
// are part of a body's name ("the Ferro clan", "the Vestmar cartel",
// "the Persian navy", "the Wendlebury constabulary"): the mention finder
// stops at the capitalised words.
var bodyTailNouns = setOf("clan", "cartel", "coven", "tribe", "gang", "mob", "navy", "army", "constabulary", "syndicate", "triad",
	"posse")

// extendBodyName takes the lower-case body noun after the mention at
// item i into its name ("the Ferro clan" → "Ferro clan") and types it an
// organisation, when "the" stands before the name and the name is no
// person's, place's, film's or character's.
func (p *pctx) extendBodyName(i int) {
	if p.w(i-1) != "the" || p.isM(i+1) || !p.in(i+1, bodyTailNouns) || p.isM(i-1) {
		return // (the cheap tests first: the vocabulary bits)
	}
	next := p.w(i + 1)
	m := p.mm(i)
	t := p.it[i+1].t
	if tok := &p.a.toks[t]; tok.cap || m.quoted || m.colon || m.digit || m.words > 3 || m.typ != "" && m.typ != kg.Organisation && m.strength >= 2 {
		return
	}
	if givenNameShaped(m) || strings.HasSuffix(m.key, " "+next) {
		return
	}
	if pt := p.priorType(i); pt == kg.Person || pt == kg.Film {
		return
	}
	m.end = p.a.toks[t].end
	m.b = t + 1
	m.text += " " + next
	m.key = nameKey(m.text)
	m.words++
	m.setType(kg.Organisation, 3)
	if m.world == "" {
		m.world = kg.WorldFictional
	}
}

// numberedCompany reads a company name led by a number ("21 Laps
// Entertainment", "87Eleven Entertainment", "20th Television", "3 Arts
// Entertainment"): the mention finder leaves a number before a capitalised
// name out of it. When the mention at item i ends in a company word and
// the token just before it (no sentence break, at most one space) is a
// number that is no year, the number joins the name; such a name (with the
// number inside it already) is a real-world company.
//
// It also runs openWordCompany (org_openword.go), the other name edge the
// mention finder leaves out of a company name.
func (p *pctx) numberedCompany(i int) {
	p.openWordCompany(i)
	m := p.mm(i)
	if m.quoted || m.colon || m.words > 4 {
		return
	}
	first := &p.a.toks[m.a]
	inside := first.kind == kNum
	if !inside && (i == 0 || p.isM(i-1) || int(p.it[i-1].t) != int(m.a)-1 || p.a.toks[m.a-1].kind != kNum) {
		return // (the cheap tests first)
	}
	var lb [32]byte
	last := string(appendLower(lb[:0], strings.TrimSuffix(lastWord(m.text), ".")))
	if !realOrgWords[last] && !companyTailWords[last] {
		return
	}
	if m.typ != "" && m.typ != kg.Organisation && m.strength >= 2 {
		return
	}
	if inside {
		if isYear(first.text) || m.b-m.a < 2 {
			return
		}
		m.digit = false
		m.setRealOrg()
		return
	}
	prev := &p.a.toks[m.a-1]
	if prev.kind != kNum || isYear(prev.text) || prev.end != first.start && !(first.space && prev.end+1 == first.start) {
		return
	}
	if k := int(m.a) - 2; k >= 0 && (p.a.toks[k].text == "$" || p.a.toks[k].end == prev.start && p.a.toks[k].kind != kWord) {
		return // "$21 ...", "1.5 ..."
	}
	m.start = prev.start
	m.a--
	m.text = p.a.text[m.start:m.end]
	m.key = nameKey(m.text)
	m.setRealOrg()
}

// theCompany keeps the "The" of a company name opening a sentence ("The
// Halvorsen Company produced ..."): inside a sentence the capital "The"
// of "The X Company" stays in the name, and the opening capital is the
// same word.
func (p *pctx) theCompany(i int) {
	m := p.mm(i)
	if !m.theOpen || m.the || m.quoted || m.words < 2 || !strings.EqualFold(lastWord(m.text), "company") {
		return
	}
	if m.typ != "" && m.typ != kg.Organisation && m.strength >= 2 {
		return
	}
	m.the = true
	m.setRealOrg()
}
