package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// producerForVerbs, before a producer's name and "for" a company, make
// the name after "for" the company the producer works for ("P produces
// for O", "produces with P1 and P2 for O", "executive produces alongside
// P for O").
var producerForVerbs = setOf("produce", "produces", "produced", "producing", "co-produce", "co-produces", "co-produced",
	"co-producing")

// producerFor credits, as a producer of the film at hand, the company at
// item t that a producer named right before "for" works for, in a clause
// of producing: "P produces for O", "P1 and P2 produce for O", "produces
// with P1 and P2 for O", "executive produces alongside P for O". The
// name need not look like a company ("for Tallowmere"): the slot makes it
// one, unless it is led by a given name, is a calendar word, or an
// earlier cue made it a person or character.
func (p *pctx) producerFor(t int) {
	if p.w(t-1) != "for" || t < 3 || p.w(t+1) == "'s" {
		return // (the cheap shape test first)
	}
	o := p.mm(t)
	if o.typ != "" && o.typ != kg.Organisation || o.quoted || o.world == kg.WorldFictional || o.country {
		return
	}
	k := t - 2
	if p.in(k, producerForVerbs) && !p.isM(k) {
		k-- // "P1 and P2 produce for O"
	}
	if m := p.mm(k); m == nil || !(m.typ == kg.Person || m.typ == "" && givenNameShaped(m)) {
		return
	}
	verb := -1
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if w := p.w(j); w == "." || w == ";" || w == "for" {
			break
		}
		if !p.isM(j) && p.in(j, producerForVerbs) {
			verb = j
			break
		}
	}
	if verb < 0 && k == t-2 {
		return
	}
	if verb < 0 {
		verb = t - 2
	}
	if o.typ == "" {
		first := firstWordLower(o.text)
		if givenNameShaped(o) || pcType(p.priorType(t)) || !p.a.companyShaped(o) || hyphenAdjective(o.text) ||
			weekdays[first] || months[first] != 0 || holidayWords[first] || strings.IndexByte(o.text, '.') >= 0 && o.words > 3 {
			return
		}
	}
	film, ok := p.subjectFilmBefore(verb)
	if !ok {
		film = p.focusFilm()
	}
	o.setRealOrg()
	p.claim(pclaim{rel: kg.Produced, subj: mArg(t), obj: film})
}
