package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// voiceGiveVerbs give a voice to a part ("P provided the voice of C").
var voiceGiveVerbs = setOf("provided", "provides", "supplied", "supplies", "lent", "lends", "gave", "gives", "was", "is")

// voiceKinds may stand between "the" and "voice" in a credit ("the
// original voice of C").
var voiceKinds = setOf("original", "english", "new", "singing", "speaking", "current", "longtime", "official")

// voiceAppositive handles "P, the voice of C" and "P (once again)
// provided the voice of C" at mention item i: P is the actor of the part C in the production the
// text is about. It reports whether it claimed the credit.
func (p *pctx) voiceAppositive(i int) bool {
	j := i + 1
	for n := 0; n < 2 && p.in(j, roleAdverbs) && !p.isM(j); n++ {
		j++ // "P once again provides the voice of C"
	}
	if p.w(j) == "," && j == i+1 {
		j++
	} else if p.in(j, voiceGiveVerbs) {
		j++
	} else {
		return false
	}
	if p.w(j+1) != "voice" && !p.wIn(j+1, voiceKinds) {
		return false // "the towering voice of C": praise of the voice, C maybe a title
	}
	c := p.voiceOf(j)
	if c < 0 || !p.isPersonLike(i) || p.mm(i).typ == kg.Character {
		return false
	}
	cm := p.mm(c)
	if !castableName(cm) || cm.typ != "" && cm.typ != kg.Character {
		return false
	}
	p.typ(i, kg.Person, 3)
	cm.setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(c + 1), char: mArg(c)})
	return true
}
