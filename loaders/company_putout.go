package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// putOut credits the company at item i, the subject of "put" at item j,
// with distributing the film it puts out: "O put the film out in August",
// "O put it out" (the film the text is about), "O1 and O2 put F out".
func (p *pctx) putOut(i, j int) {
	film := noArg
	if p.w(j+1) == "it" && p.w(j+2) == "out" {
		film = p.focusFilm()
	} else if fr, e, ok := p.filmRef(j+1, 2); ok && p.w(e) == "out" {
		film = fr
	}
	if !film.valid() {
		return
	}
	p.mm(i).setRealOrg()
	p.claim(pclaim{rel: kg.Distributed, subj: mArg(i), obj: film})
	if p.pairedCompanySubject(i) {
		p.coCreditedOrgs(i, kg.Distributed, film)
	}
}

// pairedLeads before "O1 and O2" make O1 the object of another verb ("...
// with O1 and O2 released it" is no pair of subjects).
var pairedLeads = setOf("with", "by", "for", "from", "on", "at", "to")

// pairedCompanySubject reports whether the company at item i closes a
// pair of subjects "O1 and O2" (no comma before "and": ", and O2" may
// open a clause of its own) that no preposition governs.
func (p *pctx) pairedCompanySubject(i int) bool {
	return p.w(i-1) == "and" && p.isM(i-2) && !p.in(i-3, pairedLeads)
}
