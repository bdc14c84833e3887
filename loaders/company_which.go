package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// whichCompanyVerbs are the verbs of a relative clause after a company
// ("O, which produced the first film, ...") and the credit each gives it.
var whichCompanyVerbs = map[string]kg.RelType{"produced": kg.Produced, "produces": kg.Produced, "co-produced": kg.Produced,
	"co-produces": kg.Produced, "financed": kg.Produced, "co-financed": kg.Produced, "backed": kg.Produced,
	"bankrolled": kg.Produced, "distributed": kg.Distributed, "distributes": kg.Distributed, "released": kg.Distributed,
	"releases": kg.Distributed}

// whichAdverbs may stand between "which" and its verb ("which also
// produced").
var whichAdverbs = setOf("also", "originally", "previously", "once", "first", "had", "has")

// catalogueNouns after a name say it is a label or library, not a film
// ("X titles", "X films").
var catalogueNouns = setOf("titles", "films", "movies", "pictures", "releases", "productions", "shows", "series", "franchises")

// companyWhich reads the credit of a company in a relative clause after
// it: "O, which produced and released the first film, is again the lead
// studio", "O, which distributed the film domestically, had tracked it",
// "X is producing with O, which backed the first film": O produced
// (financed, backed) or distributed (released) the film the clause names.
func (p *pctx) companyWhich(i int) {
	if p.w(i+1) != "," || p.w(i+2) != "which" {
		return // (the cheap tests first)
	}
	m := p.mm(i)
	if m.quoted || m.typ != kg.Organisation && (m.typ != "" || m.personShaped() || !orgish(m)) {
		return
	}
	k := i + 3
	for n := 0; n < 2 && p.in(k, whichAdverbs); n++ {
		k++
	}
	rel, ok := whichCompanyVerbs[p.w(k)]
	if !ok || p.isM(k) {
		return
	}
	rel2 := kg.RelType("")
	if p.w(k+1) == "and" {
		if r, ok := whichCompanyVerbs[p.w(k+2)]; ok && !p.isM(k+2) && r != rel {
			rel2, k = r, k+2
		}
	}
	if p.isM(k+1) && p.in(k+2, catalogueNouns) {
		return // "O, which distributes X titles": a catalogue, no film
	}
	fr, _, ok := p.filmRef(k+1, 2)
	if !ok {
		return
	}
	m.setRealOrg()
	p.claim(pclaim{rel: rel, subj: mArg(i), obj: fr})
	if rel2 != "" {
		p.claim(pclaim{rel: rel2, subj: mArg(i), obj: fr})
	}
}
