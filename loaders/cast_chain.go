package loaders

import (
	"sort"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// castChainCredits gives the cast credits of a sentence that names no
// film, and whose film is the implicit default (focusFilm's: no title and
// no film word chose it), the film the cast credits of the sentence before
// it in the same paragraph went to, when that is one film other than the
// article's: "That film starred P as C. Q played D, and R was E." credits
// Q and R with the film P's credit names, not with the film the article is
// about. A film named in an aside about a person ("P, who played C in F,")
// is passed on to nothing (asideFilm). Chains run on: a sentence so
// credited passes its film on to the next. Runs after the production anaphors of other films are resolved
// (otherFilmSentences).
func (a *article) castChainCredits() {
	if a.subjectFilm < 0 || len(a.claims) == 0 {
		return
	}
	subj := a.find(int(a.subjectFilm))
	// the cast claims in sentence order (post-passes append claims out of
	// it)
	var order []int
	for i := range a.claims {
		if c := &a.claims[i]; c.rel == kg.ActedIn || c.rel == kg.AppearsIn {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(x, y int) bool { return a.claims[order[x]].sent < a.claims[order[y]].sent })
	// the film mention each sentence's cast credits went to (-1: none, or
	// several, or the article's own)
	prevSent, prevFilm := int32(-1), -1
	curSent, curFilm, curMixed := int32(-1), -1, false
	for _, i := range order {
		c := &a.claims[i]
		if c.sent != curSent {
			prevSent, prevFilm = curSent, -1
			if !curMixed {
				prevFilm = curFilm
			}
			curSent, curFilm, curMixed = c.sent, -1, false
		}
		if c.obj.implicitFilm() && prevFilm >= 0 && prevSent == c.sent-1 && !a.paraStart(int(c.sent)) && !a.sentNamesFilm(int(c.sent)) {
			c.obj = arg{m: int32(prevFilm), of: -1, abs: true}
		}
		switch {
		case curMixed:
		case c.obj.m < 0 || !c.obj.abs || a.ments[c.obj.m].ent < 0:
			curMixed = true
		default:
			e := a.find(int(a.ments[c.obj.m].ent))
			if e == subj || a.ents[e].typ != kg.Film || curFilm >= 0 && a.find(int(a.ments[curFilm].ent)) != e || a.asideFilm(int(c.obj.m)) {
				curMixed = true
			} else if curFilm < 0 {
				curFilm = int(c.obj.m)
			}
		}
	}
}

// asideFilm reports whether film mention mi stands in an aside about a
// person ("P, who played C in F, ...", "C, who was played by P in F",
// "Q, best known for F, ..."): a "who", "whose" or "known" before it in
// its clause. A credit there says nothing of the films the next sentence
// speaks of.
func (a *article) asideFilm(mi int) bool {
	m := &a.ments[mi]
	s := &a.sents[m.sent]
	for t := int(m.a) - 1; t >= s.a; t-- {
		switch a.toks[t].lower {
		case ",", ";", "(", ":":
			return false
		case "who", "whose", "known":
			return true
		}
	}
	return false
}

// sentNamesFilm reports whether sentence si holds a mention typed a film.
func (a *article) sentNamesFilm(si int) bool {
	lo := a.firstMentionFrom(si)
	for mi := lo; mi < len(a.ments) && int(a.ments[mi].sent) == si; mi++ {
		m := &a.ments[mi]
		if m.typ == kg.Film || m.ent >= 0 && a.ents[a.find(int(m.ent))].typ == kg.Film {
			return true
		}
	}
	return false
}
