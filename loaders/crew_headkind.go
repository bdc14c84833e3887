package loaders

import (
	"slices"
	"sort"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// headlineKindWords close the describing phrase after a person's
// possessive ("P's Spy Thriller", "P's Directing Debut"): the kinds of a
// made film.
var headlineKindWords = func() map[string]bool {
	s := setOf("debut", "tale", "saga", "tragedy", "picture", "odyssey", "opus")
	for _, m := range []map[string]bool{possessedKindWords, genreNouns} {
		for w := range m {
			s[w] = true
		}
	}
	return s
}()

// possessorPreps, before a person's possessive, say the film after it is
// another than the one the line is about ("Sequel to P's Cult Classic",
// "From P's Original to ...").
var possessorPreps = setOf("to", "from", "of", "than", "like")

// possessiveTitleCredits runs, once the mentions are resolved (headline
// names are matched against the body's then), the possessive credits the
// patterns leave: in title-case lines (which the patterns skip) "P's Spy
// Thriller Is ..." and "P's 'F'", in other sentences a quoted title after
// a person's possessive ("P's 'F'", "P's directing debut 'F'"), which
// possessive leaves alone. Only sentences with a quoted name after "'s"
// are read, besides the title-case lines.
func (a *article) possessiveTitleCredits() {
	var actors map[int]bool
	for si := range a.sents {
		s := &a.sents[si]
		head := s.titleCase && !a.labelLine(si)
		if !head && !a.quotedAfterPossessive(si) {
			continue
		}
		if actors == nil {
			actors = a.actorEntities()
		}
		p := a.headlinePctx(si)
		for i := range p.it {
			if p.isM(i) {
				p.possessiveKindCredit(i, head, actors)
			}
		}
	}
}

// quotedAfterPossessive reports whether line si holds a quoted name within
// four tokens after a "'s".
//
// A line with no opening quotation mark after its first token holds none:
// the article's opening marks (tokenLists) tell, without reading the
// line's tokens.
func (a *article) quotedAfterPossessive(si int) bool {
	s := &a.sents[si]
	opens := a.tokenLists().opens
	if j, _ := slices.BinarySearch(opens, int32(s.a+1)); j == len(opens) || int(opens[j]) >= s.b {
		return false
	}
	for t := s.a; t < s.b; t++ {
		if a.toks[t].lower != "'s" {
			continue
		}
		for k := t + 1; k < s.b && k <= t+5; k++ {
			if a.toks[k].kind == kQuote && a.toks[k].open {
				return true
			}
		}
	}
	return false
}

// actorEntities returns the entities some claim credits with a part
// (ACTED_IN or PORTRAYED): a star's possessive ("P's 'F'") names a
// vehicle, not a film P made.
func (a *article) actorEntities() map[int]bool {
	out := map[int]bool{}
	for _, c := range a.claims {
		if (c.rel == kg.ActedIn || c.rel == kg.Portrayed) && c.subj.m >= 0 {
			if e := a.ments[c.subj.m].ent; e >= 0 {
				out[a.find(int(e))] = true
			}
		}
	}
	return out
}

// headlinePctx returns the pattern context of line si, its items built as
// patterns builds a sentence's (mentions and words, quote marks left out);
// a headline's mentions may stand anywhere in the article's list (some
// are found after the body's), so they are gathered by a walk over it.
func (a *article) headlinePctx(si int) *pctx {
	s := &a.sents[si]
	var ms []int
	for mi := range a.ments {
		if int(a.ments[mi].sent) == si {
			ms = append(ms, mi)
		}
	}
	sort.Slice(ms, func(x, y int) bool { return a.ments[ms[x]].start < a.ments[ms[y]].start })
	a.items = a.items[:0]
	j := 0
	for i := s.a; i < s.b; {
		for j < len(ms) && int(a.ments[ms[j]].start) < int(a.toks[i].start) {
			j++
		}
		if j < len(ms) && int(a.ments[ms[j]].start) == int(a.toks[i].start) {
			a.items = append(a.items, item{m: int32(ms[j]), t: int32(i)})
			end := a.ments[ms[j]].end
			for i < s.b && a.toks[i].start < end {
				i++
			}
			j++
			continue
		}
		t := &a.toks[i]
		if t.kind != kQuote {
			a.items = append(a.items, item{m: -1, t: int32(i), w: t.lower, v: t.itemV()})
		}
		i++
	}
	return a.setPctx(si)
}

// possessiveKindCredit handles a person's possessive before a quoted title
// ("Venice: P's 'F' Crosses the Line"), before describing words that end
// in a film kind and a quoted title ("P's Directing Debut 'F' Turns ...",
// "P's Suicide-Bomber Farce 'F'"), and, in a title-case line, before such
// words and no title ("'F' Review: P's Spy Thriller Is ...", "Ten Years of
// 'F': How P's Three-Love-Story Film Rewired ..."): P directed the quoted
// title, else the film the line names before P. Not when P plays a part
// in the article (a star's vehicle), after "to" or "from" ("Sequel to P's
// Cult Classic"), or before a sequel noun ("P's 'F' Sequel": another film).
func (p *pctx) possessiveKindCredit(i int, head bool, actors map[int]bool) {
	if p.w(i+1) != "'s" || p.in(i-1, possessorPreps) && !p.isM(i-1) {
		return
	}
	m := p.mm(i)
	if m.quoted || m.colon || m.digit || m.typ == kg.Character || m.typ == kg.Organisation || orgish(m) || !p.isPersonLike(i) || p.priorType(i) == kg.Character {
		return
	}
	if m.ent >= 0 && actors[p.a.find(int(m.ent))] {
		return
	}
	k := i + 2
	if !p.isM(k) {
		for n := 0; n < 4 && !p.isM(k) && isWordLike(p.w(k)) && !headlineKindWords[p.w(k)]; n++ {
			k++
		}
		if p.isM(k) || !headlineKindWords[p.w(k)] {
			return
		}
		for p.wIn(k+1, headlineKindWords) && !p.isM(k+1) {
			k++ // "P's Horror Comedy"
		}
		k++
	}
	if p.w(k) == "'s" || p.w(k) == "of" || p.w(k) == "about" {
		return // ("P's Comedy of Errors": a title; "P's Film About X": not P's)
	}
	obj := noArg
	if f := p.mm(k); f != nil {
		if !f.quoted || f.typ != "" && f.typ != kg.Film || p.w(k+1) == "'s" || p.in(k+1, spinOrSeries) && !p.isM(k+1) {
			return
		}
		if f.ent < 0 && !p.a.filmKeyed(f.key) {
			return // (the entities are made: only a title some mention made a film counts)
		}
		f.setType(kg.Film, 2)
		obj = mArg(k)
	} else if head && k > i+2 {
		for b := i - 1; b >= 0; b-- {
			if f := p.mm(b); f != nil && f.typ == kg.Film && f.ent >= 0 {
				obj = mArg(b)
				break
			}
		}
	}
	if !obj.valid() {
		return
	}
	p.typ(i, kg.Person, 3)
	p.claim(pclaim{rel: kg.Directed, subj: mArg(i), obj: obj})
}

// filmKeyed reports whether some mention of the name key is typed a film
// and resolved to an entity.
func (a *article) filmKeyed(key string) bool {
	for mi := range a.ments {
		if m := &a.ments[mi]; m.key == key && m.typ == kg.Film && m.ent >= 0 {
			return true
		}
	}
	return false
}
