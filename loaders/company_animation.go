package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// Animation studios: "with animation handled by O", "the show is animated
// by the French studio O", "animation services from O", "O animates the
// series", "O, which animates the new show", "O is animating the film",
// "with O handling the animation" (PRODUCED O → the film the phrase
// names, else the sentence's film: an animation house makes the picture).

// animateVerbs say a company animates a production ("O animates it").
var animateVerbs = setOf("animates", "animate", "animating", "animated", "co-animates", "co-animated")

// animationTaskVerbs take the animation as their object ("O handles the
// animation", "with O providing the animation").
var animationTaskVerbs = setOf("handles", "handle", "handled", "handling", "provides", "provide", "provided", "providing",
	"produces", "produced", "producing", "co-producing", "co-produces", "does", "did", "doing")

// animationAux may stand between the company and its verb ("is
// animating", "will also animate", "once again handles").
var animationAux = setOf("is", "are", "was", "were", "will", "be", "also", "again", "once", "now", "has", "had", "have",
	"which", "who")

// animationPassive are the words that name the animation before "by" or
// "from" ("animated by O", "animation handled by O", "animation
// services from O").
var animationPassive = setOf("animated", "animation", "handled", "provided", "done", "services", "work")

// animationFillers may stand between "by"/"from" and the company ("by the
// French studio O", "by studio O", "from the animation house O").
var animationFillers = setOf("the", "a", "studio", "house", "company", "outfit", "animation", "japanese", "french", "british",
	"korean", "canadian", "american", "irish", "danish", "german", "spanish", "australian", "studios", "veteran", "famed")

// animationCredit credits the company at item t with the production it
// animates: "… animated by [the French studio] O", "with animation (once
// again) handled by O", "animation (services) from O", "O animates it",
// "O, which animates the new show", "O is animating the film", "with O
// handling the animation".
func (p *pctx) animationCredit(t int) {
	film, ok := p.animationAfter(t)
	if !ok {
		ok = p.animationBefore(t)
		film = noArg
	}
	if !ok {
		return // (the cheap shape test first: the vocabulary bits)
	}
	o := p.mm(t)
	if o.quoted || o.typ != kg.Organisation && o.typ != "" ||
		o.typ == "" && (o.personShaped() || givenNameShaped(o) || pcType(p.priorType(t))) {
		return // (an untyped one-word name animating is a studio: "Titmouse animates it";
		// a one-word studio name may have been read as an in-story body)
	}
	if !film.valid() {
		film = p.creditFilm(t)
	}
	if !film.valid() || !film.abs && film.m >= 0 && int(film.m) == t {
		return
	}
	o.setRealOrg()
	p.claim(pclaim{rel: kg.Produced, subj: mArg(t), obj: film})
}

// animationAfter reads an animating verb after the company at item t ("O
// animates it", "O, which animates F", "O handling the animation"); it
// returns the film the verb names (noArg for "it", "the series" or no
// object) and whether the shape matched.
func (p *pctx) animationAfter(t int) (arg, bool) {
	if f, ok := p.animationVerbAt(t + 1); ok {
		return f, true
	}
	if p.w(t+1) != "," {
		return noArg, false
	}
	// "O, the studio behind F2, is animating again", "O, which makes F2,
	// is animating the film": past an appositive or a relative clause
	for k := t + 2; k < len(p.it) && k < t+20; k++ {
		if p.w(k) == "." || p.w(k) == ";" || k >= len(p.it) {
			break
		}
		if p.w(k) == "," && !p.isM(k) {
			f, ok := p.animationVerbAt(k + 1)
			if ok && !f.valid() {
				// the film is not one the appositive names
				if f = p.topicFilm(k + 1); !f.valid() {
					f = p.focusFilm()
				}
			}
			return f, ok
		}
	}
	return noArg, false
}

// animationVerbAt reads an animating verb from item v on (after at most
// four animationAux words).
func (p *pctx) animationVerbAt(v int) (arg, bool) {
	if p.w(v) == "," && !p.isM(v) {
		if p.w(v+1) != "which" && p.w(v+1) != "who" {
			return noArg, false // (", which animates": a comma only before a relative)
		}
		v++
	}
	for n := 0; n < 4 && p.in(v, animationAux); n++ {
		v++
	}
	switch {
	case p.in(v, animateVerbs):
		if f, ok := p.namedFilm(v + 1); ok {
			return f, true
		}
		k := v + 1
		if p.w(v) == "animated" && (p.w(k) == "." || p.w(k) == "," || k >= len(p.it) || p.w(k) == "in") {
			return noArg, false // ("O animated" alone: an adjective)
		}
		if p.w(k) == "it" || p.w(k) == "the" && (p.releaseObjectAfter(k+1) || p.w(k+1) == "show" || p.w(k+1) == "series") ||
			p.w(k) == "." || p.w(k) == "," || p.w(k) == "again" || k >= len(p.it) || p.w(k) == "in" {
			return noArg, true
		}
	case p.in(v, animationTaskVerbs):
		k := v + 1
		for n := 0; n < 4 && (p.w(k) == "the" || p.w(k) == "much" || p.w(k) == "most" || p.w(k) == "all" || p.w(k) == "of" ||
			p.w(k) == "its" || p.w(k) == "series'" || p.w(k) == "film's"); n++ {
			k++
		}
		if p.w(k) == "animation" && !p.isM(k) {
			return noArg, true
		}
	}
	return noArg, false
}

// animationBefore reads an animation phrase ending before the company at
// item t: "animated by [the French studio] O", "animation handled by O",
// "animation (services) from O".
func (p *pctx) animationBefore(t int) bool {
	k := t - 1
	for n := 0; n < 4 && (p.in(k, animationFillers) || p.isM(k) && p.mm(k).words == 1 && k+1 < t && p.in(k+1, companyNouns)); n++ {
		k-- // (a one-word name before a company noun: "the French studio O")
	}
	if p.isM(k) || p.w(k) != "by" && p.w(k) != "from" {
		return false
	}
	k--
	if !p.in(k, animationPassive) {
		return false
	}
	if p.w(k) == "animated" || p.w(k) == "animation" {
		return p.w(k) == "animated" || p.w(k+1) == "from" || p.w(k+1) == "by"
	}
	// "animation (is) (once again) handled by O", "animation services from O"
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p.isM(j) {
			return false
		}
		if p.w(j) == "animation" {
			return true
		}
	}
	return false
}

// creditFilm returns the film a company credit with no named object is
// about: this sentence's last PRODUCED or DISTRIBUTED claim's film, else
// the sentence's one film when it names exactly one, else the film the
// sentence is about from item k (topicFilm), else the film at hand.
func (p *pctx) creditFilm(k int) arg {
	for c := len(p.a.claims) - 1; c >= 0 && p.a.claims[c].sent == p.si; c-- {
		if cl := &p.a.claims[c]; (cl.rel == kg.Produced || cl.rel == kg.Distributed) && cl.obj.valid() {
			return cl.obj
		}
	}
	if one := p.soleFilm(); one >= 0 {
		return mArg(one)
	}
	if f := p.topicFilm(k); f.valid() {
		return f
	}
	return p.focusFilm()
}
