package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// returnCues say, in the main clause after "P, who played C in the first
// film,", that the part comes back in the production at hand.
var returnCues = setOf("returns", "return", "returning", "back", "reprises", "reprise", "reprising", "rejoins",
	"rejoin", "appears", "appear")

// pastEntryWords name an earlier entry after "in the": "the first
// film", "the original", "the second movie", "the last film".
var pastEntryWords = setOf("first", "original", "second", "third", "last", "previous", "earlier")

// pastEntryNouns close "in the first film", "in the original movie".
var pastEntryNouns = setOf("film", "movie", "one", "installment", "instalment", "entry", "outing", "picture")

// returningPastParts handles "P, who played C in the first film, returns
// for one scene", "P, who voiced C in the second movie, is expected to
// reprise the role": the relative clause names the part and an earlier
// entry, the main clause brings the part back with no denial. P acted in
// the production the text is about as C, and, when the entry is the first
// one ("the first film", "the original"), in the first film of the series
// as C (anaOriginal). The part is the one the sentence's claims (index
// from on) say P played; with none, nothing is added. It runs after the
// sentence's cast rules.
func (p *pctx) returningPastParts(from int) {
	for s := 0; s+3 < len(p.it); s++ {
		if !p.isM(s) || p.w(s+1) != "," || p.w(s+2) != "who" || !p.isPersonLike(s) {
			continue
		}
		v := s + 3
		for n := 0; n < 2 && p.in(v, earlierPlayAdverbs); n++ {
			v++
		}
		if w := p.w(v); w != "played" && w != "voiced" && w != "portrayed" {
			continue
		}
		// "in the first film," closing the relative clause
		in := -1
		for k := v + 1; k < len(p.it) && k <= v+10; k++ {
			if p.isM(k) {
				continue
			}
			if w := p.w(k); w == "," || w == "." || w == ";" {
				break
			}
			if p.w(k) == "in" && p.w(k+1) == "the" {
				in = k
				break
			}
		}
		if in < 0 || p.isM(in+2) || !p.in(in+2, pastEntryWords) {
			continue
		}
		end := in + 3
		if !p.isM(end) && p.in(end, pastEntryNouns) {
			end++
		} else if p.w(in+2) != "original" {
			continue
		}
		if p.w(end) != "," {
			continue
		}
		if !p.returnsAfter(end + 1) {
			continue
		}
		actor := p.it[s].m
		part := p.pastPartOf(from, actor)
		if part < 0 {
			continue
		}
		ch := arg{m: part, of: -1, abs: true}
		pa := arg{m: actor, of: -1, abs: true}
		if w := p.w(in + 2); w == "first" || w == "original" {
			if e := (pclaim{rel: kg.ActedIn, subj: pa, obj: anaArg(anaOriginal), char: ch, sent: p.si}); !p.hasClaim(from, e) {
				p.a.claims = append(p.a.claims, e)
			}
		}
		film := p.conv(p.focusFilm())
		if e := (pclaim{rel: kg.ActedIn, subj: pa, obj: film, char: ch, sent: p.si}); film.valid() && !p.hasClaim(from, e) {
			p.a.claims = append(p.a.claims, e)
		}
	}
}

// returnsAfter reports whether the main clause from item k (to the
// sentence's end, a semicolon or "but") brings a part back (a return cue)
// and denies nothing ("not", "never", "n't", "no", "neither", "nor").
func (p *pctx) returnsAfter(k int) bool {
	back := false
	for ; k < len(p.it); k++ {
		if p.isM(k) {
			continue
		}
		w := p.w(k)
		if w == "." || w == ";" || w == "but" || w == "though" || w == "although" {
			break
		}
		if w == "not" || w == "never" || w == "no" || w == "neither" || w == "nor" || strings.HasSuffix(w, "n't") {
			return false
		}
		if p.in(k, returnCues) {
			back = true
		}
	}
	return back
}

// pastPartOf returns the mention of the part a claim of this sentence
// (index from on) says the actor mention played (PORTRAYED, or ACTED_IN
// with a part), else -1.
func (p *pctx) pastPartOf(from int, actor int32) int32 {
	for _, c := range p.a.claims[from:] {
		if !c.subj.abs || c.subj.m != actor {
			continue
		}
		if c.rel == kg.Portrayed && c.obj.abs && c.obj.m >= 0 {
			return c.obj.m
		}
		if c.rel == kg.ActedIn && c.char.abs && c.char.m >= 0 {
			return c.char.m
		}
	}
	return -1
}
