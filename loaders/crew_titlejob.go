package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// titleJobOpeners may stand before "F JOB P" ("his F cinematographer P",
// "while F composer P returns").
var titleJobOpeners = setOf("his", "her", "their", "its", "my", "our", "while", "and", "with", ",", "as", "whereas")

// untypedTitleJob handles "F JOB P" for a title no pass has typed yet ("he
// reteamed with his F cinematographer P", "while F composer P returns to
// score"): P did the job on F. The claim types nothing: it holds only when
// F ends up a film.
func (p *pctx) untypedTitleJob(i int) {
	if !p.in(i-1, titleJobOpeners) || p.isM(i+1) || !p.isM(i+2) {
		return // (the cheap shape test first)
	}
	m := p.mm(i)
	if m == nil || m.typ != "" || m.quoted || orgish(m) {
		return
	}
	rel, job := p.crewNoun(i + 1)
	if rel == "" || p.w(i+1) == "," || p.w(i+3) == "'s" || !p.isPersonLike(i+2) {
		return
	}
	if rel == kg.Wrote && p.w(i+1) != "writer" && p.w(i+1) != "screenwriter" && p.w(i+1) != "co-writer" {
		return // "F creator P": a creator's other titles go their own way
	}
	p.typ(i+2, kg.Person, 3)
	p.claim(pclaim{rel: rel, subj: mArg(i + 2), obj: mArg(i), job: job})
}
