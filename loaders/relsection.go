package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// sectionFilm returns the mention index of the film named by the heading
// line right above the paragraph of the current sentence ("Bruiser III
// (1982)" over its entry in a watch-order guide), or -1 when the
// paragraph has no such heading.
func (p *pctx) sectionFilm() int {
	a := p.a
	if a.sents[p.si].titleCase {
		return -1
	}
	for si := int(p.si) - 1; si >= 0 && si > int(p.si)-12; si-- {
		if a.sents[si].titleCase {
			return a.headingFilm(si)
		}
		if a.toks[a.sents[si+1].a].nl >= 2 {
			return -1 // a paragraph break with no heading line right above
		}
	}
	return -1
}

// sectionCharacters handles the characters a guide's entry names in its
// plot summary ("The fourth movie strands Mungo, Sorrel and Pibb on an
// iceberg" under the heading "Frost Era: Glacial Shift (2012)"): each
// name that is a character somewhere in the article appears in the
// heading's film, except the makers a passive names ("co-created by A and
// B").
func (p *pctx) sectionCharacters() {
	f := -1
	for i := range p.it {
		m := p.mm(i)
		if m == nil || m.quoted || m.colon || m.digit || !(m.typ == "" || m.typ == kg.Character) || p.w(i+1) == "'s" && p.isM(i+2) {
			continue
		}
		if f == -1 {
			if f = p.sectionFilm(); f < 0 {
				f = -2
			}
		}
		if f < 0 {
			return
		}
		if p.agentName(i) {
			continue
		}
		p.claim(pclaim{rel: kg.AppearsIn, subj: mArg(i), obj: arg{m: int32(f), of: -1, abs: true}, needSubjCh: true})
	}
}

// makerParticiples say who made a work before "by" ("co-created by").
var makerParticiples = setOf("created", "co-created", "directed", "co-directed", "written", "co-written", "produced",
	"developed", "composed", "scored", "adapted", "penned", "helmed", "edited", "shot", "designed", "animated")

// agentName reports whether the mention at item i is one of the names
// listed after a maker's "by" ("co-created by A and B"): a maker, not a
// character of the plot ("chased by C" is the plot's).
func (p *pctx) agentName(i int) bool {
	for k := i - 1; k >= 0 && k > i-8; k-- {
		switch w := p.w(k); {
		case w == "by":
			return p.in(k-1, makerParticiples)
		case p.isM(k) || w == "," || w == "and":
		default:
			return false
		}
	}
	return false
}
