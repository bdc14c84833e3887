package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// possWorkSetWords follow "set" in a clause that places a story ("P's X,
// set in a mining town").
var possWorkSetWords = setOf("in", "on", "during", "against", "among", "amid", "around")

// possessiveWorkCue types the name after a full personal name's
// possessive a film when a clause after its comma describes a work: "P's
// X, starring A", "P's X, with A and B as ...", "P's X, in which A plays
// ...", "P's X, set in ...", "P's X, about a ...". The possessor of two
// or more words is then the film's maker (possessive), not an actor whose
// part X would be. A name typed or named earlier as a character or a
// person is left alone.
func (p *pctx) possessiveWorkCue(i int) {
	if p.w(i+1) != "'s" || p.w(i+3) != "," || !p.isM(i+2) {
		return
	}
	pm, cm := p.mm(i), p.mm(i+2)
	if pm.words < 2 || pm.quoted || pm.colon || pm.digit || pm.typ == kg.Character || !p.workClauseAfter(i+4) {
		return
	}
	if cm.digit || cm.typ != "" && cm.typ != kg.Film && cm.strength >= 3 || !p.isPersonLike(i) || p.priorType(i) == kg.Character {
		return
	}
	if pt := p.priorType(i + 2); pt == kg.Character || pt == kg.Person || pt == kg.Organisation {
		return
	}
	cm.setType(kg.Film, 3)
}

// workClauseAfter reports whether the clause from item k describes a work
// rather than a person or a part: "starring", "in which", "set in",
// "about" (not "about whom"), or "with" names ("A and B") followed by
// "as" and no job ("with A as the detective", not "with A as executive
// producer").
func (p *pctx) workClauseAfter(k int) bool {
	switch p.w(k) {
	case "starring", "co-starring":
		return !p.isM(k)
	case "in":
		return p.is(k, "in", "which")
	case "set":
		return !p.isM(k) && p.in(k+1, possWorkSetWords) && !p.isM(k+1)
	case "about":
		return !p.isM(k) && p.w(k+1) != "whom" && p.w(k+1) != "him" && p.w(k+1) != "her"
	case "with":
		if p.isM(k) || !p.isM(k+1) {
			return false
		}
		for n, j := 0, k+2; n < 6; n, j = n+1, j+1 {
			switch {
			case p.w(j) == "as" && !p.isM(j):
				rel, _ := p.crewNoun(j + 1)
				return rel == "" // (not "with A as executive producer": a job)
			case p.isM(j) || p.w(j) == "," || p.w(j) == "and":
			default:
				return false
			}
		}
	}
	return false
}
