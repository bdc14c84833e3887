package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// streamLeadWords may stand between a title and "streaming on O" ("starts
// streaming", "premieres globally", "will finally stream").
var streamLeadWords = setOf("starts", "start", "started", "begins", "begin", "globally", "finally", "exclusively", "now",
	"is", "are", "will", "also", "only")

// outletStillWords come before "on" and an outlet a production can be
// watched on ("still on X", "now on X", "only on X").
var outletStillWords = setOf("still", "now", "only")

// outletDealVerbs have an outlet as their subject and a production as
// their object ("X has renewed F", "X adds F", "X cancelled the drama F").
var outletDealVerbs = setOf("renewed", "renews", "cancelled", "canceled", "cancels", "ordered", "orders", "acquired",
	"acquires", "adds", "added", "greenlit", "picked")

// showDealVerbs have a show as their object: a strong outlet renewing or
// bringing back a name makes the name a show's.
var showDealVerbs = setOf("renewed", "renews", "cancelled", "canceled", "cancels")

// outletVerbAux may stand between an outlet and its deal verb ("has
// officially renewed").
var outletVerbAux = setOf("has", "have", "had", "will", "officially", "also", "quietly", "just", "reportedly", "today", "again")

// releaseTasks name what a distributor handles ("X will handle the
// release").
var releaseTasks = setOf("release", "distribution", "rollout")

// outletContext reports whether mention k of sentence s stands where only
// an outlet or studio fits: "the 2022 X film F" (a year between "the" and
// a one-word name before a format noun and a title), "a X original",
// "still on X" at the end of a clause, the subject of a deal verb with a
// title right after it ("X has renewed F"), or of "handle the release".
func (a *article) outletContext(s *sentence, k int) bool {
	m := &a.ments[k]
	b, e := int(m.a), int(m.b)
	if m.words == 1 && b-1 >= s.a && e+1 < s.b {
		prev := &a.toks[b-1]
		noun := a.toks[e].lower
		// the 2022 X film F
		if b-2 >= s.a && len(prev.lower) == 4 && prev.lower[0] >= '1' && prev.lower[0] <= '2' && isDigits(prev.lower) &&
			a.toks[b-2].lower == "the" && outletNouns[noun] && a.toks[e+1].cap && a.toks[e+1].kind == kWord {
			return true
		}
		// a X original
		if (prev.lower == "a" || prev.lower == "an") && noun == "original" {
			return true
		}
	}
	// still on X.
	if b-2 >= s.a && a.toks[b-1].lower == "on" && tokIn(&a.toks[b-2], outletStillWords) && (e >= s.b || a.toks[e].kind != kWord) {
		return true
	}
	// X has renewed F, X will handle the release
	n := e
	for n < s.b && n < e+3 && tokIn(&a.toks[n], outletVerbAux) {
		n++
	}
	if n+1 < s.b && (n > e && a.toks[n].lower == "handle" || a.toks[n].lower == "handles") {
		if w := a.toks[n+1].lower; releaseTasks[w] || (w == "the" || w == "its") && n+2 < s.b && tokIn(&a.toks[n+2], releaseTasks) {
			return true // "X handles distribution", "X will handle the release"
		}
	}
	if n < s.b && tokIn(&a.toks[n], outletDealVerbs) && k+1 < len(a.ments) && a.ments[k+1].sent == m.sent && int(a.ments[k+1].a) <= n+9 {
		f := &a.ments[k+1]
		if prev := a.toks[f.a-1].lower; f.typ == kg.Film || f.colon || f.quoted || outletNouns[prev] || forOutletNouns[prev] {
			return true
		}
	}
	return false
}

// isDigits reports whether w is made of ASCII digits only.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// outletClaims credits the outlet or studio at item t in the shapes
// outletContext types: "X has renewed F" and "X adds F" (DISTRIBUTED X →
// F, the first title within eight items after the verb and before a
// comma), "X will handle
// the release" and "a X original" (DISTRIBUTED X → the film the sentence
// or the stretch of text is about), "F is still on X" (DISTRIBUTED X →
// the film before the verb).
func (p *pctx) outletClaims(t int) {
	p.runOnOutlet(t)
	o := p.mm(t)
	if o == nil || o.world == kg.WorldFictional || p.w(t+1) == "'s" || o.typ != "" && (o.typ != kg.Organisation || o.strength < 2) {
		return
	}
	if !p.in(t-1, articles) && p.w(t-1) != "on" && !p.in(t+1, outletVerbAux) && !p.in(t+1, outletDealVerbs) || p.isM(t+1) {
		return // (the cheap shape test first: priorType looks back)
	}
	if o.typ == "" && p.priorType(t) != kg.Organisation {
		return
	}
	if p.w(t-1) == "on" && o.strength >= 3 {
		// "F starts streaming on O", "F premieres globally on O": the
		// opening name is a title
		k, verb := t-2, false
		for k > 0 && !p.isM(k) && (p.in(k, outletVerbs) || p.in(k, outletDueWords) || p.in(k, outletVerbAux) || p.in(k, streamLeadWords)) {
			verb = verb || p.in(k, outletVerbs) || p.in(k, outletDueWords)
			k--
		}
		// (the verb is known: "F arrived on O" is no person's clause)
		if m := p.mm(k); verb && m != nil && (k == 0 || p.w(k-1) == ",") && (m.typ == kg.Film || m.typ == "" && !m.quoted && !givenNameShaped(m) && p.a.companyShaped(m) && !pcType(p.priorType(k))) {
			p.typ(k, kg.Film, 2)
			p.claim(pclaim{rel: kg.Distributed, subj: mArg(t), obj: mArg(k)})
			return
		}
	}
	switch {
	case (p.w(t-1) == "a" || p.w(t-1) == "an") && p.w(t+1) == "original" && !p.isM(t+1):
		p.companyClaims(t, t+1, kg.Distributed)
		return
	case p.w(t-1) == "on" && p.in(t-2, outletStillWords) && !isWordLike(p.w(t+1)):
		for k := t - 3; k >= 0; k-- {
			if m := p.mm(k); m != nil {
				if m.typ == kg.Film || m.typ == "" && p.priorType(k) == kg.Film {
					o.setRealOrg()
					p.claim(pclaim{rel: kg.Distributed, subj: mArg(t), obj: mArg(k)})
				}
				return
			}
		}
		return
	}
	n := t + 1
	for n < len(p.it) && n < t+4 && p.in(n, outletVerbAux) {
		n++
	}
	if n == t+1 && !p.in(n, outletDealVerbs) || p.isM(n) {
		return
	}
	if p.w(n) == "handle" && (p.w(n+1) == "the" || p.w(n+1) == "its") && p.in(n+2, releaseTasks) {
		o.setRealOrg()
		p.claim(pclaim{rel: kg.Distributed, subj: mArg(t), obj: p.focusFilm()})
		return
	}
	showOnly := p.in(n, showDealVerbs) // renewals name shows: a strong outlet's object is one
	if (p.w(n) == "brought" || p.w(n) == "brings") && p.w(n+1) == "back" {
		n, showOnly = n+1, true // "X has officially brought back F"
	} else if !p.in(n, outletDealVerbs) {
		return
	}
	showOnly = showOnly && o.strength >= 3
	for k := n + 1; k < len(p.it) && k <= n+8 && p.w(k) != "," && p.w(k) != "."; k++ {
		if m := p.mm(k); m != nil {
			if m.typ == kg.Film || m.typ == "" && (m.colon || m.quoted || p.priorType(k) == kg.Film ||
				p.in(k-1, outletNouns) || p.in(k-1, forOutletNouns) || // "cancelled the spy drama F"
				showOnly && k == n+1 && !m.digit && !pcType(p.priorType(k))) { // "Lumio+ has renewed F"
				p.typ(k, kg.Film, 2)
				o.setRealOrg()
				p.claim(pclaim{rel: kg.Distributed, subj: mArg(t), obj: mArg(k)})
			}
			return
		}
	}
}

// outletDueWords, before "on" and an outlet, say a production is coming
// to it ("F is expected on O next year", "F is due on O in May").
var outletDueWords = setOf("expected", "due", "slated", "coming", "back")

// outletTail may follow an outlet named after "streaming on" ("on O and
// O2", "on O from Friday", "on O in April").
var outletTail = setOf("and", "from", "in", "on", "at", "with", "for", "starting", "beginning", "this", "next", "later",
	"outside", "worldwide", "globally", "today", "tomorrow", "tonight", "now", "every", "each", "as", "via", "plus")

// shootSubjects, before "moves to X", say a shoot moves, not a show's
// outlet ("the production moves to Bangkok").
var shootSubjects = setOf("production", "shoot", "filming", "shooting", "crew", "cast", "cameras")
