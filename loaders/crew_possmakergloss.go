package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// glossMakerNouns, besides makerNouns, end a maker's possessive gloss of
// a title: kinds of made work that the describers of apposedMaker would
// take for describing words ("P's portrait of ...", "P's 2019 mob saga").
var glossMakerNouns = setOf("take", "portrait", "saga", "retelling", "instalment", "installment", "reimagining")

// glossEnd reports whether item k may follow the noun of a maker's gloss:
// punctuation or a lowercase word that opens the noun's complement or a
// clause about it.
func (p *pctx) glossEnd(k int) bool {
	if p.isM(k) {
		return false
	}
	w := p.w(k)
	return apposedMakerEnds[w] || w == "on" || w == "with" || w == "in" || w == "to" || w == "written" ||
		w == "directed" || w == "produced" || w == "who" || len(w) > 4 && w[0] >= 'a' && w[0] <= 'z' && strings.HasSuffix(w, "ing")
}

// titleBeforeComma returns the item of the title a gloss after the comma
// at item c describes: the mention right before it, or the mention before
// a parenthesis ("F (1995), ..."); -1 when there is none.
func (p *pctx) titleBeforeComma(c int) int {
	e := c - 1
	if p.w(e) == ")" {
		for k := e - 1; k > 0 && k >= e-8; k-- {
			if p.w(k) == "(" {
				e = k - 1
				break
			}
		}
	}
	if e < 0 || !p.isM(e) {
		return -1
	}
	if f := p.mm(e); f.typ != kg.Film || p.isPersonLike(e) {
		return -1
	}
	return e
}

// possMakerGloss handles a title glossed by its maker's possessive and a
// maker noun the describers of apposedMaker do not take: "Dark Shadows,
// P's big-screen take on the soap", "Duse, P's portrait of the actress",
// "F, P's 2019 mob saga reuniting ...", and a title with a year or gloss
// in parentheses before the comma ("F (2011), P's 76-episode saga of
// ..."). Item i is P, before "'s".
func (p *pctx) possMakerGloss(i int) {
	if p.w(i+1) != "'s" || p.w(i-1) != "," || !p.isPersonLike(i) {
		return // (the cheap shape test first)
	}
	if m := p.mm(i); m.typ == kg.Character || p.priorType(i) == kg.Character {
		return
	}
	f := p.titleBeforeComma(i - 1)
	if f < 0 {
		return
	}
	for k := i + 2; k < i+7 && k < len(p.it); k++ {
		if p.isM(k) {
			return
		}
		w := p.w(k)
		if makerNouns[w] || glossMakerNouns[w] {
			if !p.glossEnd(k + 1) {
				return
			}
			p.typ(i, kg.Person, 3)
			p.claim(pclaim{rel: kg.Directed, subj: mArg(i), obj: mArg(f)})
			return
		}
		if !p.glossDescriber(k) {
			return
		}
	}
}

// glossDescriber reports whether item k is a describing word of a gloss
// before its noun: a year, an ordinal, a film adjective, a describing
// word, or the number and hyphen of a numbered compound ("76-episode").
func (p *pctx) glossDescriber(k int) bool {
	w := p.w(k)
	return isYear(w) || (p.w(k-1) == "-" || p.w(k+1) == "-") && isWordLike(w) && !p.isM(k) || p.in(k, ordinals) ||
		p.in(k, adjFilm) || p.describerWord(k) || w == "-" && !p.isM(k) || w != "" && w[0] >= '0' && w[0] <= '9' && len(w) <= 3
}
