package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// The director's seat: "P took the director's chair", "P is back in the
// director's chair", "P replaced Q in the director's chair", "P made her
// directing debut on F".

// seatLeaveWords, before "the director's chair", say that the person left
// it ("left the director's chair", "stepped away from the director's
// chair").
var seatLeaveWords = setOf("left", "leaves", "leave", "leaving", "vacated", "exited", "quit", "away", "back", "from",
	"relinquished", "gave", "giving", "up", "out", "resigned", "vacate", "exit")

// seatSwapVerbs, before the name before "in the director's chair", make
// the verb's subject the director ("P replaced Q in the director's
// chair").
var seatSwapVerbs = setOf("replaced", "replaces", "replacing", "succeeded", "succeeds", "succeeding", "joined", "joins",
	"joining")

// debutVerbs make a "directing debut" the subject's own ("P makes her
// directorial debut").
var debutVerbs = setOf("make", "makes", "made", "making")

// directingDebutAt reports whether "debut" at item t is the subject's
// directing debut: "makes/made (his|her|their) (feature) directing
// debut" (or "directorial debut").
func (p *pctx) directingDebutAt(t int) bool {
	b := t - 1
	if !p.in(b, debutLeads) {
		return false
	}
	b--
	if p.w(b) == "feature" || p.w(b) == "first" {
		b--
	}
	if p.in(b, possessivePronouns) {
		b--
	}
	return p.in(b, debutVerbs) && !p.isM(b)
}

// directorSeat credits the subject of a director's-chair or
// directing-debut phrase at item t with directing the clause's film (a
// film named after "on" or "with", else the clause's film). A subject
// who leaves the chair gets nothing; "P replaced Q in the director's
// chair" credits P, "P joined A and B in the director's chairs" all
// three.
func (p *pctx) directorSeat(t, last int, done map[string][]pclaim) {
	start := p.verbPhraseStart(t)
	for k := start; k < t; k++ {
		if p.in(k, seatLeaveWords) && !p.isM(k) && !(p.w(k) == "back" && p.w(k+1) == "in") {
			return
		}
	}
	var subj []int
	var joined []int
	swap := false
	if p.w(start-1) != "," && p.isM(start-1) && p.isPersonLike(start-1) {
		// "P replaced Q in the director's chair": the name before is the verb's object
		l := p.listBackward(start - 1)
		if len(l) > 0 && p.in(l[0]-1, seatSwapVerbs) {
			v := l[0] - 1
			swap = true
			subj = p.fallbackSubject(p.verbPhraseStart(v), last)
			if p.w(v) == "joined" || p.w(v) == "joins" || p.w(v) == "joining" {
				joined = l
			}
			if len(subj) == 0 {
				return
			}
		}
	}
	if subj == nil {
		subj = p.fallbackSubject(start, last)
	}
	if len(subj) == 0 {
		return
	}
	if subj[0] > 0 && !p.isM(subj[0]-1) {
		if rel, _ := p.crewNoun(subj[0] - 1); rel != "" && rel != kg.Directed {
			return // "Cinematographer P moved into the director's chair": the job noun's credit
		}
	}
	subj = append(subj, joined...)
	if p.w(t) == "debut" && (p.w(t+1) == "on" || p.w(t+1) == "with") {
		if f := p.nameAfterDescriptors(t+2, 4); f >= 0 {
			if m := p.mm(f); m.typ != kg.Film || m.strength < 2 {
				return // "made his directing debut on X": a name not known as a film
			}
			for _, x := range subj {
				if x >= 0 {
					p.typ(x, kg.Person, 3)
					p.claim(pclaim{rel: kg.Directed, subj: mArg(x), obj: mArg(f)})
				}
			}
			return
		}
	}
	if swap {
		// (the swap verb would read as a denial to fallbackClaims)
		_, hi := p.clauseSpan(t)
		film, ok := p.fallbackFilm(t, t, hi)
		if ok {
			for _, x := range subj {
				if x >= 0 {
					p.typ(x, kg.Person, 3)
					p.claim(pclaim{rel: kg.Directed, subj: mArg(x), obj: film})
				}
			}
		}
		return
	}
	p.fallbackClaims(t, subj, trigger{rel: kg.Directed}, noArg, done)
}
