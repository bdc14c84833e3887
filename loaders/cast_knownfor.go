package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// knownForCredits handles an actor's earlier work named after a career
// cue (item i is the cue word): "P, who most recently starred in F and
// G", "P was last seen in Studio's F and the film G", "P, best known for
// the BBC thriller F", "P, who earlier this year co-starred in F",
// "Powell, who headlined F and G". The person right before the cue (past
// time adverbs, auxiliaries, "who" and one comma) acted in each film of
// the list after it.
func (p *pctx) knownForCredits(i int) {
	k, ok := p.careerCueObject(i)
	if !ok {
		return
	}
	s := -1
	if p.w(i) == "include" || p.w(i) == "includes" {
		s = p.creditsOwner(i - 1)
	} else {
		s = p.cueSubject(i)
	}
	if s < 0 {
		return
	}
	f := p.creditTitle(k)
	if f < 0 {
		return
	}
	if (p.w(i) == "known" && k == i+2 || k == i+1 && p.w(i) != "headlined" && p.w(i) != "fronted") && (p.sentenceHas(makerTalk) || p.sentenceHas(sourceNouns) || p.a.crewCredited(p.it[s].m)) {
		return // "W, best known for F, is directing", "W, whose credits include F, directs": a maker's work
	}
	films := append([]int{f}, p.coordCastFilms(f, true)...)
	p.typ(s, kg.Person, 3)
	for _, g := range films {
		p.mm(g).setType(kg.Film, 2)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(s), obj: mArg(g)})
	}
}

// careerCueObject reports whether item i is a career cue and returns the
// item where its film list starts: "starred in", "co-starred in",
// "appeared in",
// "headlined", "seen in" after "last"/"previously"/"recently", "known
// for", "known for starring in", "credits include".
func (p *pctx) careerCueObject(i int) (int, bool) {
	switch p.w(i) {
	case "starred", "co-starred", "starring", "co-starring", "appeared":
		if p.w(i+1) == "in" {
			return i + 2, true
		}
	case "headlined", "fronted":
		return i + 1, true
	case "include", "includes":
		if p.w(i-1) == "credits" {
			return i + 1, true
		}
	case "seen":
		if p.in(i-1, seenAdverbs) && p.w(i+1) == "in" {
			return i + 2, true
		}
	case "known":
		if p.w(i+1) != "for" {
			return 0, false
		}
		if p.in(i+2, starringCue) && p.w(i+3) == "in" {
			return i + 4, true
		}
		return i + 2, true
	}
	return 0, false
}

// makerTalk are words of crew and authors: a sentence holding one may
// speak of a maker's work after a bare "known for".
var makerTalk = setOf("direct", "directs", "directing", "directed", "director", "filmmaker", "helm", "helms", "helming", "helmer",
	"write", "writes", "writing", "wrote", "writer", "penned", "screenwriter", "produce", "produces", "producing", "producer",
	"showrunner", "creator", "composer", "cinematographer", "author", "novelist", "designer", "editor", "directs", "helmed",
	"executive", "directorial")

// seenAdverbs before "seen in" make it a career cue ("last seen in").
var seenAdverbs = setOf("last", "previously", "recently", "also")

// starringCue are the participles after "known for" that take "in".
var starringCue = setOf("starring", "co-starring", "appearing")

// careerAdverbs may stand between an actor and a career cue ("who most
// recently starred", "was last seen", "best known").
var careerAdverbs = setOf("most", "recently", "previously", "also", "last", "best", "perhaps", "widely", "earlier", "this",
	"year", "once", "already", "currently", "just", "was", "is", "has", "had", "have", "been", "were", "are", "who", "probably")

// cueSubject returns the item of the person a career cue at item i speaks
// of: the mention right before the cue past career adverbs and
// auxiliaries, with at most one comma after the name ("P, who ...", "P,
// best known for"), or -1. A negation anywhere on the way gives -1.
func (p *pctx) cueSubject(i int) int {
	b := i - 1
	commas := 0
	who := false
	for n := 0; b >= 0 && n < 6; n++ {
		w := p.w(b)
		if p.isM(b) || w == "not" || w == "never" {
			break
		}
		if w == "who" {
			who = true
		}
		if w == "and" && !p.isM(b-1) && strings.HasSuffix(p.w(b-1), "ed") && commas == 0 {
			b -= 2 // "P co-created and starred in F"
			continue
		}
		if w == "," {
			commas++
			if commas > 1 {
				return -1
			}
		} else if !careerAdverbs[w] {
			return -1
		}
		b--
	}
	if !p.isM(b) || !p.isPersonLike(b) || p.w(b+1) == "'s" {
		return -1
	}
	if commas == 1 && !who && b > 0 && !p.in(b-1, subjectOpeners) {
		// "P, an Oscar nominee for F, most recently starred": the name
		// before the comma closes an appositive, it is not the subject
		return -1
	}
	if p.w(i) == "starring" || p.w(i) == "co-starring" {
		// a participle needs its comma ("P, currently starring in F,"):
		// "a film starring in" is no one's credit
		if p.w(b+1) != "," {
			return -1
		}
	}
	return b
}

// creditTitle returns the item of the title a film list starts with at
// item k, or -1: a title typed a film or shaped like one (quoted, a colon
// or a number in it), a company's title ("Netflix's F"), or a title after
// describing words that end in a film, series or genre noun ("the BBC
// thriller F", "the 2011 spin-off F"), or an untyped name that is not
// shaped like a person's and ends the clause or the list item ("Lost in
// Space" read as "Lost" gives none).
func (p *pctx) creditTitle(k int) int {
	cued := false
	if p.w(k) == "the" && p.isM(k+1) && p.w(k+2) == "'s" {
		k++ // "the BBC's F"
	}
	if p.w(k) == "the" {
		n := p.describedCredit(k + 1)
		if n < 0 {
			return -1
		}
		k, cued = n, true
	} else if p.isM(k) && p.w(k+1) == "'s" && (p.isM(k+2) || isYear(p.w(k+2)) && p.isM(k+3)) && (p.mm(k).typ == kg.Organisation && p.mm(k).strength >= 2 || orgish(p.mm(k)) || p.isPersonLike(k)) {
		k += 2
		if isYear(p.w(k)) && p.isM(k+1) {
			k++ // "Ventresca's 1966 Sabbia"
		}
		if n := p.describedCredit(k); n > 0 {
			k, cued = n, true // "Netflix's Portuguese spy thriller F"
		}
	} else if n := p.describedCredit(k); n > 0 {
		k, cued = n, true // "HBO's limited series F" after "known for"
	}
	m := p.mm(k)
	if m == nil || m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Franchise || m.typ == kg.Organisation && m.strength >= 2 || m.country || p.w(k+1) == "'s" {
		return -1
	}
	if m.typ == kg.Film || m.quoted || m.colon || m.digit || cued {
		return k
	}
	if m.typ == "" && !m.personShaped() && !m.allCaps && p.priorType(k) == "" && (p.in(k+1, listEnds) || p.w(k+1) == "and") {
		return k // "headlined Twisters": a cue's object no cue types otherwise
	}
	return -1
}

// subjectOpeners may stand before the subject of a clause ("and P, best
// known for F, ...").
var subjectOpeners = setOf(",", ";", "and", "but", "while", "as", "(")

// describedCredit returns the item of the title after describing words
// that start at item k and end in a film, series or genre noun ("BBC
// thriller F", "2011 spin-off F", "Portuguese spy thriller F"): at most
// five plain words, years, companies or one-word untyped names; -1 when
// there are none or no title follows.
func (p *pctx) describedCredit(k int) int {
	n := k
	for c := 0; c < 5 && n < len(p.it); c++ {
		if m := p.mm(n); m != nil && (m.typ == kg.Organisation || m.typ == "" && m.words == 1 && !p.isM(n+1)) ||
			!p.isM(n) && (isWordLike(p.w(n)) || isYear(p.w(n))) && p.w(n) != "and" {
			n++
			continue
		}
		break
	}
	if n == k || !p.isM(n) || p.isM(n-1) || !(p.in(n-1, filmNouns) || p.in(n-1, seriesNouns) || p.in(n-1, genreNouns)) {
		return -1
	}
	return n
}

// creditsOwner returns the item of the person whose credits the noun
// "credits" at item c lists ("P, whose screen credits include", "P's
// recent credits include"), or -1; a crew word before the noun
// ("directing credits") gives -1.
func (p *pctx) creditsOwner(c int) int {
	b := c - 1
	for n := 0; n < 2 && !p.isM(b) && isWordLike(p.w(b)) && p.w(b) != "whose"; n++ {
		if p.wIn(b, makerTalk) {
			return -1
		}
		b--
	}
	switch {
	case p.w(b) == "whose" && p.w(b-1) == ",":
		b -= 2
	case p.w(b) == "'s":
		b--
	default:
		return -1
	}
	if !p.isM(b) || !p.isPersonLike(b) {
		return -1
	}
	return b
}

// crewLookback bounds how many earlier claims crewCredited reads.
const crewLookback = 2000

// crewCredited reports whether one of the article's latest claims gives
// the person named by mention m (or a longer name it is short for) a
// crew credit: directing, writing, producing or a crew job.
func (a *article) crewCredited(m int32) bool {
	key := a.ments[m].key
	for n := len(a.claims) - 1; n >= 0 && n >= len(a.claims)-crewLookback; n-- {
		c := &a.claims[n]
		if c.rel != kg.Directed && c.rel != kg.Wrote && c.rel != kg.Produced && c.rel != kg.WorkedOn || c.subj.m < 0 || !c.subj.abs {
			continue
		}
		if k := a.ments[c.subj.m].key; k == key || shortFormOf(key, k) {
			return true
		}
	}
	return false
}
