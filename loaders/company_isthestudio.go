package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// studioRoleNouns, after "is the" with a company as the subject and
// nothing after them in the clause, name the company's part in the
// production at hand ("O is the studio", "O is the distributor"): the
// value is the relationship.
var studioRoleNouns = map[string]kg.RelType{"studio": kg.Produced, "studios": kg.Produced,
	"distributor": kg.Distributed}

// studioRoleNounSet holds studioRoleNouns' words.
var studioRoleNounSet = setOf("studio", "studios", "distributor")

// studioCopulas join the company to the role noun.
var studioCopulas = setOf("is", "was", "are", "were")

// studioRoleEnds may close the clause after the role noun.
var studioRoleEnds = setOf(".", ";", "", ",", "and", "here", "again", "too")

// companyIsTheStudio credits the company at item t that is "the studio" or
// "the distributor" of the production at hand, the noun closing the
// clause: "O is the studio.", "O, which produced the original series, is
// the studio; the show streams on S", "O is again the distributor"
// (PRODUCED, DISTRIBUTED the film the text is about). The company is
// typed an organisation or ends in a company word, and opens its clause.
func (p *pctx) companyIsTheStudio(t int) {
	k := t + 1
	if p.w(k) == "," && p.w(k+1) == "which" {
		// over the relative clause: "O, which produced both earlier shows, is the studio"
		e := k + 2
		for e < len(p.it) && e < k+16 && p.w(e) != "," && p.w(e) != "." && p.w(e) != ";" {
			e++
		}
		if p.w(e) != "," {
			return
		}
		k = e + 1
	}
	if !p.in(k, studioCopulas) {
		return // (the cheap shape test first)
	}
	k++
	if p.w(k) == "again" || p.w(k) == "also" {
		k++
	}
	if p.w(k) != "the" || !p.in(k+1, studioRoleNounSet) || p.isM(k+1) || !p.in(k+2, studioRoleEnds) {
		return
	}
	if p.w(k+2) == "and" && p.isM(k+3) {
		return // "O is the studio and P the producer": leave the list alone
	}
	o := p.mm(t)
	if o.quoted || o.world == kg.WorldFictional || p.w(t+1) == "'s" {
		return
	}
	if !(o.typ == kg.Organisation && o.strength >= 2 || o.typ == "" && inLower(realOrgWords, strings.TrimSuffix(lastWord(o.text), "."))) {
		return
	}
	if t > 0 && !(p.w(t-1) == "," || p.w(t-1) == "and" || p.w(t-1) == ";") {
		return // the company opens its clause
	}
	film := p.focusFilm()
	if !film.valid() {
		return
	}
	o.setRealOrg()
	p.claim(pclaim{rel: studioRoleNouns[p.w(k+1)], subj: mArg(t), obj: film})
}
