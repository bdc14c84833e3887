package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// bodyTailNouns, written in lower case after a name and "the" before it,
// are part of a body's name ("the Ferro clan", "the Vestmar cartel",
// "the Persian navy", "the Wendlebury constabulary"): the mention finder
// stops at the capitalised words.
var bodyTailNouns = setOf("clan", "cartel", "coven", "tribe", "gang", "mob", "navy", "constabulary", "syndicate", "triad",
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
