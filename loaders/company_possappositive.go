package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// possApposNouns, besides the format and genre nouns (titleApposNoun),
// close a company's possessive appositive to a title ("F, O's third
// outing", "F, O's big-screen version of the play", "F, O's follow-up to
// G").
var possApposNouns = setOf("outing", "follow-up", "adaptation", "version", "spin-off", "spinoff", "remake", "reboot",
	"attempt", "entry", "instalment", "installment", "reimagining", "retelling", "release", "hit", "take", "sequel",
	"prequel", "offering")

// companyPossAppositive credits the company at item t whose possessive
// opens an appositive right after a title: "F, O's nine-part war drama",
// "F (2005), the O's nature documentary", "F, O's third outing for the
// pair" (DISTRIBUTED, as "O's F" is). The appositive follows the comma
// after F or after F's parenthesised year; at most six plain words,
// numbers, money or describing names stand between the possessive and a format, genre or
// possApposNouns noun, and no title follows the noun ("F, O's drama G":
// companyFilm reads G). O is typed a company for certain or is a
// streamer, and is no name shaped like a person's unless a word of it is a
// company word ("Kestrel Pictures"); F is a film or an untyped title.
func (p *pctx) companyPossAppositive(t int) {
	if p.w(t+1) != "'s" || p.isM(t+1) {
		return // (the cheap shape test first)
	}
	d := t - 1
	if p.w(d) == "the" && !p.isM(d) {
		d--
	}
	if p.w(d) != "," || p.isM(d) {
		return
	}
	f := d - 1
	if p.w(f) == ")" && isYear(p.w(f-1)) && p.w(f-2) == "(" {
		f -= 3 // "F (2005), O's documentary"
	}
	if f < 0 || !p.isM(f) || p.cutTitle(f) || p.w(f-1) == "," && p.isM(f-2) {
		return // (not "A, F, O's ...": a list)
	}
	o := p.mm(t)
	if o.quoted || o.digit || o.world == kg.WorldFictional || o.words > 4 || demonymShaped(o) || pcType(p.priorType(t)) || hyphenAdjective(o.text) {
		return
	}
	streamer := strings.HasSuffix(o.text, "+") || o.kind == "streamer"
	if !(o.typ == kg.Organisation && o.strength >= 2 || o.typ == "" && streamer) {
		return
	}
	if !streamer && (givenNameShaped(o) || o.personShaped() && !companyWordIn(o.text)) {
		return // "F, P Q's adaptation of the memoir": a filmmaker's name typed a company
	}
	k := t + 2
	for n := 0; n < 6 && (p.isM(k) && p.possApposName(k) || !p.isM(k) && !p.possApposNoun(k) && (isWordLike(p.w(k)) || isDigits(strings.ReplaceAll(p.w(k), ",", "")) || p.w(k) == "$")); n++ {
		k++
	}
	if p.isM(k) || !p.possApposNoun(k) {
		return
	}
	for !p.isM(k+1) && p.possApposNoun(k+1) {
		k++ // "O's crime drama series"
	}
	if p.isM(k+1) || p.w(k+1) == "'s" {
		return // "F, O's drama G": G is the company's
	}
	fm := p.mm(f)
	if !(fm.typ == kg.Film || fm.typ == "" && p.untypedTitle(f)) {
		return
	}
	p.typ(f, kg.Film, 2)
	o.setRealOrg()
	p.claim(pclaim{rel: kg.Distributed, subj: mArg(t), obj: mArg(f)})
}

// possApposName reports whether the mention at item k may describe a
// production before its noun ("O's World War II drama", "O's
// Jersey-set crime drama"): no film, person or character, and a word,
// not a title, after it.
func (p *pctx) possApposName(k int) bool {
	m := p.mm(k)
	return m.typ != kg.Film && m.typ != kg.Person && m.typ != kg.Character && !p.isM(k+1) && isWordLike(p.w(k+1))
}

// possApposNoun reports whether item k is a noun that closes a company's
// possessive appositive (titleApposNoun or possApposNouns).
func (p *pctx) possApposNoun(k int) bool {
	return p.titleApposNoun(k) || p.in(k, possApposNouns)
}

// companyWordIn reports whether a word of name, less a final period, is a
// company word (realOrgWords): "Kestrel Entertainment Distributors" has
// "entertainment".
func companyWordIn(name string) bool {
	for _, w := range strings.Fields(name) {
		if inLower(realOrgWords, strings.TrimSuffix(w, ".")) {
			return true
		}
	}
	return false
}
