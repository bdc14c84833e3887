package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// outletActVerbs, with an outlet or studio as their subject and a title,
// "it" or "the series" as their object, say it carried or made the
// production ("O aired it", "O dropped F", "O launched the prequel series
// F", "O commissioned the series", "O cancelled it", "O made F"); the value
// is the relationship (PRODUCED for a maker, a streamer's DISTRIBUTED in
// any case).
var outletActVerbs = map[string]kg.RelType{"aired": kg.Distributed, "airs": kg.Distributed, "dropped": kg.Distributed,
	"drops": kg.Distributed, "launched": kg.Distributed, "launches": kg.Distributed, "cancelled": kg.Distributed,
	"canceled": kg.Distributed, "cancels": kg.Distributed, "carries": kg.Distributed, "carried": kg.Distributed,
	"broadcast": kg.Distributed, "broadcasts": kg.Distributed, "screened": kg.Distributed, "showed": kg.Distributed,
	"streamed": kg.Distributed, "took": kg.Distributed, "picked": kg.Distributed, "put": kg.Distributed,
	"commissioned": kg.Produced, "commissions": kg.Produced, "made": kg.Produced, "makes": kg.Produced}

// outletActVerbSet holds outletActVerbs' words (the vocabulary bits answer
// for every name's next word; the map only for the verbs).
var outletActVerbSet = setOf("aired", "airs", "dropped", "drops", "launched", "launches", "cancelled", "canceled", "cancels",
	"carries", "carried", "broadcast", "broadcasts", "screened", "showed", "streamed", "took", "picked", "put",
	"commissioned", "commissions", "made", "makes")

// outletActParticles close the verbs that need one ("took it over",
// "picked the series up", "put it out").
var outletActParticles = map[string]string{"took": "over", "picked": "up", "put": "out"}

// outletActAux may stand between the company and its verb ("has aired",
// "then dropped", "quietly cancelled").
var outletActAux = setOf("has", "had", "have", "also", "then", "later", "first", "quietly", "originally", "eventually",
	"finally", "initially", "abruptly", "just")

// outletTook credits the company at item t that opens its clause and
// carried or made a production: "O aired it from 2006", "O dropped F",
// "O launched the prequel series F in 2012", "O took it over", "O picked
// the series up", "O made F in 2008" (DISTRIBUTED, PRODUCED for a
// non-streaming maker that made or commissioned it). "it", "the series"
// and "the show" are the film at hand.
func (p *pctx) outletTook(t int) {
	v := t + 1
	for n := 0; n < 2 && p.in(v, outletActAux); n++ {
		v++
	}
	if p.isM(v) || !p.in(v, outletActVerbSet) {
		return // (the cheap shape test first: the vocabulary bits)
	}
	rel := outletActVerbs[p.w(v)]
	o := p.mm(t)
	if o.quoted || o.world == kg.WorldFictional || o.typ != kg.Organisation || o.strength < 2 || o.personShaped() && o.kind != "streamer" {
		return
	}
	if t > 0 && !(p.w(t-1) == "," || p.w(t-1) == "and" || p.w(t-1) == ";" || p.w(t-1) == "when" || p.w(t-1) == "then" || p.w(t-1) == "the" && t == 1) {
		return // the company opens its clause
	}
	if o.kind == "streamer" {
		rel = kg.Distributed
	}
	particle := outletActParticles[p.w(v)]
	k := v + 1
	film := noArg
	switch {
	case p.w(k) == "it" && !p.isM(k):
		film, k = p.focusFilm(), k+1
	case p.w(k) == "the" && (p.in(k+1, seriesNouns) || p.in(k+1, filmNouns) || p.w(k+1) == "programme") && !p.isM(k+2) &&
		p.w(k+1) != "franchise" && p.w(k+2) != "'s" && !p.in(k+2, seriesNouns) && !p.in(k+2, filmNouns):
		film, k = p.focusFilm(), k+2
	default:
		// a title, after at most a determiner and three describing words
		j := k
		if p.w(j) == "the" || p.w(j) == "its" || p.w(j) == "a" || p.w(j) == "an" {
			j++
		}
		for n := 0; n < 3 && !p.isM(j) && isWordLike(p.w(j)); n++ {
			j++
		}
		if j > k && !p.in(j-1, seriesNouns) && !p.in(j-1, filmNouns) && !p.in(j-1, genreNouns) && !p.in(j-1, airNouns) && !p.in(j-1, outletNouns) {
			return // ("O dropped the price of F")
		}
		f := p.mm(j)
		if f == nil || !(f.typ == kg.Film && f.strength >= 2 || f.typ == "" && (f.quoted || f.colon)) || p.w(j+1) == "'s" {
			return
		}
		film, k = mArg(j), j+1
	}
	if particle != "" {
		if p.w(k) != particle {
			return // ("O took the rights", "O put the date back")
		}
		k++
	}
	if !film.valid() {
		return
	}
	o.setRealOrg()
	p.claim(pclaim{rel: rel, subj: mArg(t), obj: film})
}
