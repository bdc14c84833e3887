package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// sharedCreditCrafts, before "credit", make it a writing credit
// ("screenplay credit", "writing credit").
var sharedCreditCrafts = setOf("screenplay", "writing", "script", "screenwriting", "co-writing", "story")

// sharedCreditVerbs hold a writing credit ("P shares screenplay credit
// with Q", "P kept a screenplay credit").
var sharedCreditVerbs = setOf("shares", "shared", "share", "sharing", "kept", "keeps", "keep", "earned", "earns", "gets",
	"got", "received", "receives", "retains", "retained", "split", "splits")

// sharedCredit handles a writing credit at item i ("credit"): "P shares
// screenplay credit with A and B", "P kept a screenplay credit, shared
// with A": P and the names after "with" WROTE the film at hand.
func (p *pctx) sharedCredit(i int) {
	if w := p.w(i); w != "credit" && w != "credits" || p.isM(i) || !p.in(i-1, sharedCreditCrafts) {
		return
	}
	v := i - 2
	if p.w(v) == "a" || p.w(v) == "the" || p.in(v, possessivePronouns) {
		v--
	}
	if !p.in(v, sharedCreditVerbs) || p.isM(v) {
		return
	}
	if p.w(v) == "story" && p.w(i-1) == "story" {
		return
	}
	k := i + 1
	if p.w(k) == "," && (p.w(k+1) == "shared" || p.w(k+1) == "split") {
		k += 2
	}
	var co []int
	if p.w(k) == "with" {
		co, _ = p.fallbackList(p.skipDescriptors(k + 1))
	}
	subj := p.fallbackSubject(p.verbPhraseStart(v), -1)
	if len(subj) == 0 && len(co) == 0 {
		return
	}
	film := p.topicFilm(i)
	if !film.valid() {
		return
	}
	for _, x := range append(subj, co...) {
		if x >= 0 {
			p.typ(x, kg.Person, 3)
			p.claim(pclaim{rel: kg.Wrote, subj: mArg(x), obj: film})
		}
	}
}
