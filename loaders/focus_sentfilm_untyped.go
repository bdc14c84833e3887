package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// An untyped name the sentence marks as a title right after it counts as
// the sentence's film for a credit after it (sentenceFilmBefore): a
// bracketed year ("Lhomme de nuit (2012), with P as C"), a starring phrase
// ("Splitting Days, starring P and Q as a couple"), a relative clause with
// the film its object or its cast ("F, which starred P as C"), also after a
// bracketed other title: the cues openingTitleCue reads at the start of a
// sentence, here anywhere before the credit.

// sentFilmUntypedOn switches the rule (tests switch it off to check it
// matters).
var sentFilmUntypedOn = true

// cuedUntypedFilm reports whether item i is an untyped name that a title
// cue right after it marks as a film (see above), and types it a film if
// so. A name shaped like a person's (isPersonLike) counts only before a
// starring phrase or a bracketed year.
func (p *pctx) cuedUntypedFilm(i int) bool {
	m := p.mm(i)
	if !sentFilmUntypedOn || m == nil || m.typ != "" || m.pronoun || p.w(i+1) == "'s" || p.w(i+1) == "'" {
		return false
	}
	if p.w(i+1) == "," && p.w(i+2) == "starring" && !p.isM(i+3) {
		return false // "P, starring as C": a person
	}
	strong := p.w(i+1) == "," && p.w(i+2) == "starring" || p.w(i+1) == "(" && isYear(p.w(i+2)) && p.w(i+3) == ")"
	if !strong && (p.isPersonLike(i) || !p.openingTitleCue(i+1)) {
		return false
	}
	m.setType(kg.Film, 2)
	return m.typ == kg.Film
}
