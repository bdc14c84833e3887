package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// companyTitleAppositive credits the company at item t that an appositive
// right after a title names before a format or genre noun: "F, the 2018 O
// fantasy thriller in which ...", "F (1990), an O hospital drama set in
// ...", "F, the O sitcom." (a network's, streamer's or channel's:
// DISTRIBUTED; else PRODUCED). The appositive opens with "the", "a" or
// "an" (maybe a year) right after the comma after F or after F's
// parenthesised year; at most two plain words stand between O and the
// noun, and no title follows the noun (companyFilm reads "the O drama
// G"). O is typed a company, or is a streamer's or a short all-capitals
// name no cue has typed a person or character.
func (p *pctx) companyTitleAppositive(t int) {
	d := t - 1
	if isYear(p.w(d)) {
		d--
	}
	if w := p.w(d); w != "the" && w != "a" && w != "an" || p.w(d-1) != "," {
		return // (the cheap shape test first)
	}
	f := d - 2
	if p.w(f) == ")" && isYear(p.w(f-1)) && p.w(f-2) == "(" {
		f -= 3 // "F (1990), the O drama"
	}
	if f < 0 || !p.isM(f) || p.cutTitle(f) {
		return
	}
	o := p.mm(t)
	if o.quoted || o.digit || o.world == kg.WorldFictional || o.words > 3 || mediaFormats[o.key] || techniqueAcronyms[firstWord(o.key)] || demonymShaped(o) || pcType(p.priorType(t)) || hyphenAdjective(o.text) {
		return
	}
	streamer := strings.HasSuffix(o.text, "+") || o.kind == "streamer"
	if !(o.typ == kg.Organisation && o.strength >= 2 || o.typ == "" && (streamer || o.allCaps && o.words == 1 && len(o.text) <= 5 || p.priorType(t) == kg.Organisation)) {
		return
	}
	k := t + 1
	for n := 0; n < 2 && !p.isM(k) && isWordLike(p.w(k)) && !p.titleApposNoun(k); n++ {
		k++
	}
	if p.isM(k) || !p.titleApposNoun(k) {
		return
	}
	for p.titleApposNoun(k+1) && !p.isM(k+1) {
		k++ // "the O fantasy thriller", "the O crime drama series"
	}
	if p.isM(k+1) && !(p.relativeMaker(k+1) && !o.personShaped()) || p.w(k+1) == "'s" || p.w(k+1) == "franchise" || p.w(k) == "franchise" || p.w(k) == "season" {
		return
	}
	fm := p.mm(f)
	if !(fm.typ == kg.Film || fm.typ == "" && p.untypedTitle(f)) {
		return
	}
	rel := kg.Produced
	if o.allCaps && o.words == 1 || networkShaped(o) { // (a streamer, "… TV", "… Network", "CBC")
		rel = kg.Distributed
	}
	p.typ(f, kg.Film, 2)
	o.setRealOrg()
	p.claim(pclaim{rel: rel, subj: mArg(t), obj: mArg(f)})
}

// titleApposNoun reports whether item k is a format or genre noun that
// closes a company's appositive to a title ("drama", "sitcom", "comedy",
// "series", "film").
func (p *pctx) titleApposNoun(k int) bool {
	return p.in(k, filmNouns) || p.in(k, seriesNouns) || p.in(k, genreNouns) || p.in(k, airNouns) || p.in(k, outletNouns)
}

// techniqueAcronyms are capitals that name how a production is made or
// shown, not who makes it ("the 1999 CGI TV series").
var techniqueAcronyms = setOf("cgi", "cg", "3d", "imax", "vr", "ai", "hd", "4k")

// cutTitleJoins, right before a title whose previous word is capitalised,
// say the title is the tail of a longer one ("In the Marshes", "Vell the
// Brave and Bold").
var cutTitleJoins = setOf("the", "and", "of", "&", "a")

// cutTitle reports whether the title at item f follows a cutTitleJoins
// word that follows a capitalised word or a name: the mention is the tail
// of a longer title the mention finder cut.
func (p *pctx) cutTitle(f int) bool {
	if f < 2 || p.isM(f-1) || !p.in(f-1, cutTitleJoins) {
		return false
	}
	if p.isM(f - 2) {
		return true
	}
	t := &p.a.toks[p.it[f-2].t]
	return t.kind == kWord && t.cap
}
