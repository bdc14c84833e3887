package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A "with" cast list closing a statement about a film named earlier in the
// sentence: "F (1994), also released as G, with A as C, B as D and E as
// the E2", "F (1969), the special narrated by N, with comedian A as C",
// "went on to direct F in 2019, with A voicing the explorer C", "F (2009),
// a prequel directed by D, told C's origin story, with A and B returning".
// The people acted in F, not in the film the article is about.

// withCastPartVerbs name the part a single person of the list plays
// ("with A voicing the explorer C").
var withCastPartVerbs = setOf("voicing", "playing", "portraying")

// withCastEnds may follow a bare list of people (no part named) for it to
// be a cast list: a return or performance participle, or the end of the
// clause.
var withCastEnds = setOf("returning", "voicing", "playing", "reprising", "back", "all", "both", "again", "once", ".", ";", "")

// withTitleStops end the walk back from "with" to the film: clause
// boundaries and finite cast verbs whose own statement the list may
// continue ("P returns as C, with Q as D": the film at hand).
var withTitleStops = setOf(";", ":", ".", "plays", "played", "stars", "returns", "returned", "voices", "joins", "joined",
	"reprises", "reprised", "is", "are", "was", "were", "while", "but", "whereas", "although", "like", "unlike", "starring", "featuring")

// withTitlePronouns are subjects that open a clause of their own between
// the film and "with" (unless a relative pronoun comes right before them:
// "F, which she co-wrote with W, arrived in 2022, with A and B voicing").
var withTitlePronouns = setOf("he", "she", "they", "it", "we", "i", "you")

// asAliasWords come before an "as" that gives another title, not a part
// ("also released as G", "known as G").
var asAliasWords = setOf("released", "known", "titled", "retitled", "billed", "marketed", "rereleased", "re-released")

// withCastTitle handles a "with" cast list after a comma (item i is
// "with") whose film is the title the sentence named before it: the
// people (maybe after one or two describing words: "with comedian A as
// C") acted in that title, as the part after "as" or after a "voicing" /
// "playing" participle when one is named.
func (p *pctx) withCastTitle(i int) {
	if p.w(i) != "with" || p.w(i-1) != "," {
		return
	}
	j := i + 1
	for n := 0; n < 2 && !p.isM(j) && isWordLike(p.w(j)) && !p.wIn(j, partDescriberStops) && !p.wIn(j, notDescribing); n++ {
		j++
	}
	if !p.isM(j) {
		return
	}
	people, chars := p.castListAt(j)
	if len(people) == 0 {
		return
	}
	e := castListEnd(people, chars)
	parts := false
	for _, c := range chars {
		if c >= 0 {
			parts = true
		}
	}
	if !parts {
		if len(people) == 1 && p.in(e, withCastPartVerbs) {
			if c := p.nameAfterDescriptors(e+1, 3); c > 0 && castableName(p.mm(c)) && (p.mm(c).typ == "" || p.mm(c).typ == kg.Character) && p.in(c+1, castListGlue) {
				chars[0] = c
			}
		} else if !p.in(e, withCastEnds) {
			return
		}
	}
	f := p.titleBeforeWith(i)
	if f < 0 {
		return
	}
	p.castClaims(people, chars, mArg(f))
}

// titleBeforeWith returns the item of the film the sentence names before
// the "with" at item i, walking back over appositives, bracketed years,
// crew by-phrases and the film's own clause; -1 when a clause boundary, a
// cast verb, a part's "as" or a pronoun subject comes first, or no title
// typed a film is named.
func (p *pctx) titleBeforeWith(i int) int {
	return p.walkBeforeWith(i, false)
}

// walkBeforeWith is the walk of titleBeforeWith and
// untypedTitleBeforeWith: back from the "with" at item i to the first
// mention it accepts (a film typed strongly, or with untyped set an
// untyped title-shaped name, which it types a film weakly), or -1 at a
// stop.
func (p *pctx) walkBeforeWith(i int, untyped bool) int {
	for k := i - 2; k >= 0 && k > i-32; k-- {
		if m := p.mm(k); m != nil {
			if p.w(k+1) == "'s" {
				continue
			}
			if !untyped && m.typ == kg.Film && m.strength >= 2 {
				return k
			}
			if untyped && !m.personShaped() && (m.typ == kg.Film || m.typ == "") && (m.the || m.quoted || m.colon || m.digit) {
				m.setType(kg.Film, 1)
				return k
			}
			continue
		}
		w := p.w(k)
		if withTitleStops[w] || w == "as" && !p.in(k-1, asAliasWords) {
			return -1
		}
		if withTitlePronouns[w] && p.w(k-1) != "which" && p.w(k-1) != "that" {
			return -1
		}
	}
	return -1
}

// withListFilm returns the item of the film a ", with" cast list names
// before it, when person item i stands in that list ("F (2021), adapting
// his own novel, with A and B as C and D"; "F, with A as C and B as D"):
// the walk back from i passes only names, "as", "and", commas and
// lower-case describing words to ", with", and titleBeforeWith finds the
// title. Else -1.
func (p *pctx) withListFilm(i int) int {
	for k := i - 1; k > 0 && k > i-20; k-- {
		if p.isM(k) {
			continue
		}
		w := p.w(k)
		if w == "with" {
			if p.w(k-1) != "," {
				return -1
			}
			if f := p.titleBeforeWith(k); f >= 0 {
				return f
			}
			return p.untypedTitleBeforeWith(k)
		}
		if withTitleStops[w] || w == "who" || w == "which" || w == "whose" || w == "(" || w == ")" || !(w == "," || w == "and" || isWordLike(w)) {
			return -1
		}
	}
	return -1
}

// untypedTitleBeforeWith returns the item of a title-shaped name the
// sentence names before the "with" at item i that no rule has typed yet
// ("Q created The F (G) for N in 2021, adapting his own novel, with"):
// the walk of titleBeforeWith, taking the latest untyped name that opens
// with "The", is quoted or carries a colon or a number, or one typed a
// film weakly; it types it a film weakly. Else -1.
func (p *pctx) untypedTitleBeforeWith(i int) int {
	return p.walkBeforeWith(i, true)
}
