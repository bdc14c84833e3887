package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// gerundCredits map a crew gerund to its relation ("won an Oscar for
// directing F", "best known for writing F").
var gerundCredits = map[string]kg.RelType{"directing": kg.Directed, "co-directing": kg.Directed, "writing": kg.Wrote,
	"co-writing": kg.Wrote, "producing": kg.Produced, "co-producing": kg.Produced}

// gerundWords are gerundCredits' keys, for the vocabulary's one-bit test.
var gerundWords = setOf("directing", "co-directing", "writing", "co-writing", "producing", "co-producing")

// gerundOpeners stand before a crew gerund whose subject is the clause's
// person ("for directing", "teeth directing").
var gerundOpeners = setOf("for", "after", "before", "while", "since", "teeth")

// gerundCredit handles a crew gerund after a preposition with a title for
// object ("P won an Oscar for directing F", "P was best known for
// directing episodes of O's F", "P cut her teeth directing episodes of
// F"): the sentence's first person holds the job on F. Item k is the
// gerund.
func (p *pctx) gerundCredit(k int) {
	if !p.in(k, gerundWords) || !p.in(k-1, gerundOpeners) {
		return // (p.in is false on a mention)
	}
	rel, ok := gerundCredits[p.w(k)]
	if !ok {
		return
	}
	j := k + 1
	if p.w(j) == "episodes" && p.w(j+1) == "of" || p.w(j) == "the" && (p.w(j+1) == "pilot" || p.w(j+1) == "finale") && p.w(j+2) == "of" {
		j += 2
		if p.w(j) == "of" {
			j++
		}
	}
	fr, _, ok := p.filmRef(j, 2)
	if !ok || fr.m < 0 || fr.abs {
		return
	}
	subj := -1
	for b := 0; b < k; b++ {
		if p.w(b) == ";" || p.w(b) == "." {
			subj = -1
			continue
		}
		if subj < 0 && p.isM(b) && p.isPersonLike(b) && b != int(fr.m) {
			if m := p.mm(b); m.typ == kg.Person || m.typ == "" && (m.words >= 2 && m.personShaped() || p.priorType(b) == kg.Person) {
				subj = b
			}
		}
	}
	if subj < 0 {
		return
	}
	p.typ(subj, kg.Person, 3)
	p.claim(pclaim{rel: rel, subj: mArg(subj), obj: fr})
}
