package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// playedPartVerbs close "C, the hostage negotiator P played in the film".
var playedPartVerbs = setOf("played", "voiced", "portrayed")

// describedPlayer handles "C, the hostage negotiator P played in the
// film" at the character item i: a comma, an article, up to six describing
// words (a name among them only when a word follows it: "the NYPD
// negotiator"), a person, a past acting verb. P played C in the film
// named after the verb ("in the original": the first film; "in all seven
// films": none the claim can name), or in the film the text is about. It
// reports whether it claimed the credit.
func (p *pctx) describedPlayer(i int) bool {
	if p.w(i+1) != "," || !p.in(i+2, setRelations_0) || !p.castChar(i) {
		return false
	}
	c := p.mm(i)
	if !castableName(c) || c.typ == kg.Person || pcType(p.priorType(i)) && p.priorType(i) != kg.Character {
		return false
	}
	k := i + 3
	for n := 0; n < 6 && k < len(p.it); n++ {
		if p.isM(k) && p.in(k+1, playedPartVerbs) {
			break
		}
		if p.isM(k) && isWordLike(p.w(k+1)) && !p.isPersonLike(k) || !p.isM(k) && isWordLike(p.w(k)) && !p.wIn(k, partDescriberStops) && !p.wIn(k, auxWords) {
			k++
			continue
		}
		return false
	}
	if k == i+3 || !p.isM(k) || !p.in(k+1, playedPartVerbs) || !p.isPersonLike(k) && p.mm(k).typ != kg.Person {
		return false
	}
	if p.in(k+2, gapNotObject) {
		return false // "the coach P played opposite": the verb has a partner or an object of its own
	}
	film := p.topicFilm(k + 2)
	if in := k + 2; p.is(in, "in") {
		switch {
		case p.originalRef(in+1) > in+1:
			film = anaArg(anaOriginal) // "played in the original"
		case p.pluralFilmsAt(in+1) || p.is(in+1, "the") && isYear(p.w(in+2)) && p.in(in+3, yearFilmNouns):
			film = noArg // "in all seven films", "in the 1969 film": who played C stays
		}
	}
	p.typ(k, kg.Person, 3)
	c.setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(k), obj: film, char: mArg(i)})
	return true
}
