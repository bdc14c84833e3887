package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// partCreditVerbs credit a person with some episodes or seasons of a
// show ("P directed the first two", "P wrote the last season").
var partCreditVerbs = map[string]kg.RelType{"directed": kg.Directed, "co-directed": kg.Directed, "helmed": kg.Directed,
	"wrote": kg.Wrote, "co-wrote": kg.Wrote, "penned": kg.Wrote}

// partCreditVerbSet holds partCreditVerbs' words (the vocabulary bits
// answer for every word item; the map only for the verbs).
var partCreditVerbSet = setOf("directed", "co-directed", "helmed", "wrote", "co-wrote", "penned")

// showPartWords may make up the part of a show a crew verb names ("the first
// two", "three of the six episodes", "the final season", "the pilot").
var showPartWords = setOf("the", "first", "last", "final", "opening", "closing", "two", "three", "four", "five", "six",
	"seven", "eight", "nine", "ten", "of", "episodes", "episode", "series", "seasons", "season", "pilot", "rest",
	"remaining", "other", "half", "most", "several", "all", "every", "both", "instalments", "installments", "parts",
	"finale", "its")

// partHeads are the words of which at least one tells a part of a show
// (a bare "the first two" may be films: it counts with a take-over list
// only).
var partHeads = setOf("episodes", "episode", "seasons", "season", "series", "pilot", "rest", "remaining", "instalments",
	"installments", "finale")

// takeOverWords, after a co-credit list, say the people took over the
// rest of the job ("with A and B handling the rest", "with C taking
// over for the third").
var takeOverWords = setOf("handling", "taking", "directing", "writing", "helming", "doing", "covering", "splitting",
	"sharing")

// crewParts handles "A directed the first two, with B, C and D handling
// the rest" and "A wrote the last two series" (item t is the verb): the
// subject and the people of the "with" list got the credit on the show
// at hand. The part holds only part words and at least one word that
// names a part; "the first two films" names films, not parts.
func (p *pctx) crewParts(t int) {
	if p.isM(t) || !p.in(t, partCreditVerbSet) || !p.in(t+1, showPartWords) {
		return // (the cheap shape test first: the vocabulary bits)
	}
	rel := partCreditVerbs[p.w(t)]
	k, head := t+1, false
	for ; k < len(p.it) && k <= t+7 && !p.isM(k) && p.in(k, showPartWords); k++ {
		head = head || p.in(k, partHeads)
	}
	if k == t+1 || p.w(k-1) == "of" || p.w(k-1) == "the" {
		return
	}
	if p.w(k) == "himself" || p.w(k) == "herself" || p.w(k) == "themselves" {
		k++
	}
	if e := p.w(k); p.isM(k) || e != "," && e != "." && e != ";" && e != ")" && e != "" {
		return // ("directed the first two films", "the first episode of F", "the first F")
	}
	var more []int
	if p.w(k) == "," && p.w(k+1) == "with" {
		if l, end := p.listAfter(k + 2); len(l) > 0 && p.in(end, takeOverWords) {
			more = l
		}
	}
	if !head && len(more) == 0 {
		return // ("P directed the first.": the first film)
	}
	subjects := p.listBefore(t)
	if len(subjects) == 0 {
		return
	}
	for _, x := range subjects {
		if m := p.mm(x); m.typ != kg.Person && !(m.typ == "" && p.personish(x)) {
			return
		}
	}
	film := p.focusFilm()
	for _, x := range subjects {
		p.typ(x, kg.Person, 3)
		p.claim(pclaim{rel: rel, subj: mArg(x), obj: film})
	}
	for _, x := range more {
		p.typ(x, kg.Person, 3)
		p.claim(pclaim{rel: rel, subj: mArg(x), obj: film})
	}
}

// creditParenOpen returns the item of the "(" whose ")" is item b when
// the brackets hold only a list of titles, the way a name's earlier
// credits follow it ("P (F1, F2) directed"): names, commas, "and" and
// years; else -1.
func (p *pctx) creditParenOpen(b int) int {
	if p.w(b) != ")" || p.isM(b) {
		return -1
	}
	names := 0
	for k := b - 1; k >= 0 && k >= b-12; k-- {
		if p.isM(k) {
			if m := p.mm(k); m.typ == kg.Person || m.typ == kg.Character {
				return -1
			}
			names++
			continue
		}
		switch w := p.w(k); {
		case w == "(":
			if names == 0 {
				return -1
			}
			return k
		case w == "," || w == "and" || isYear(w):
		default:
			return -1
		}
	}
	return -1
}
