package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// forMakeVerbs, before a title and "for" and a company, say the title was
// made, written, cast or commissioned for that company ("created F for O",
// "co-wrote F for O", "starred in F for O", "is developing F for O", "was
// seen in F for O", "voiced C in F for O").
var forMakeVerbs = setOf("made", "make", "makes", "making", "created", "create", "creates", "creating", "co-created",
	"co-create", "produced", "produce", "produces", "producing", "co-produced", "developed", "develop", "develops",
	"developing", "wrote", "write", "writes", "writing", "co-wrote", "co-write", "adapted", "adapt", "adapting",
	"directed", "direct", "directs", "directing", "shot", "shoot", "shooting", "ordered", "commissioned", "starred",
	"star", "stars", "starring", "headlined", "headlines", "helmed", "penned", "co-starred", "launched",
	"seen", "appeared", "appears", "appearing", "voiced", "voices")

// forMakeParticiples, right before "for", make a noun phrase say what it
// was made for ("a thriller series made for O").
var forMakeParticiples = setOf("made", "produced", "commissioned", "created", "developed")

// forCrewVerbs, before "for" with no object, say a person did the job for
// a company on the film at hand ("A and B produced for O", "P is
// producing for O").
var forCrewVerbs = setOf("produced", "produces", "producing", "produce", "co-produced", "co-produces",
	"executive-produced", "executive-produces")

// forOutlet credits the company at item t, after "for" (or "for the"),
// with the production the clause made for it: "P created F for O", "P
// starred in F for O", "F (G) for O", "F, P's crime drama for O", "F
// (2007), the musical for O", "F, which P directed for O", "a
// series made for O", "F was produced by O2 for O" and "A and B produced
// for O" (DISTRIBUTED for a streamer, PRODUCED otherwise; a company that
// the film was produced by is PRODUCED in any case).
func (p *pctx) forOutlet(t int) {
	p.producerFor(t)
	f := t - 1
	if p.w(f) == "the" {
		f--
	}
	if p.w(f) != "for" || p.isM(f) || f < 2 {
		return // (the cheap shape test first)
	}
	o := p.mm(t)
	if o.quoted || o.world == kg.WorldFictional || p.w(t+1) == "'s" ||
		!(o.typ == kg.Organisation && o.strength >= 2 || o.typ == "" && orgish(o) && !o.personShaped() && !pcType(p.priorType(t))) {
		return
	}
	rel := kg.Produced
	if o.kind == "streamer" || broadcasterName(o) {
		rel = kg.Distributed
	}
	k := f - 1
	if p.w(k) == "by" {
		return // ("named for", "paid for by")
	}
	// "F was produced by O2 for O": the clause's subject film
	if p.isM(k) && p.w(k-1) == "by" && p.in(k-2, forMakeParticiples) {
		if m := p.mm(k); m.typ == kg.Organisation && m.strength >= 2 || m.typ == "" && orgish(m) {
			if film, ok := p.subjectFilmBefore(k - 2); ok {
				o.setRealOrg()
				p.claim(pclaim{rel: rel, subj: mArg(t), obj: film})
			}
		}
		return
	}
	// "A and B produced for O": the film at hand
	if p.in(k, forCrewVerbs) && p.isM(k-1) && p.mm(k-1).typ == kg.Person {
		o.setRealOrg()
		p.claim(pclaim{rel: kg.Produced, subj: mArg(t), obj: p.focusFilm()})
		return
	}
	made := false
	if p.in(k, forMakeParticiples) && !p.isM(k) && (p.in(k-1, genreNouns) || p.in(k-1, filmNouns) || p.in(k-1, seriesNouns)) {
		k-- // "a thriller series made for O"
		made = true
	}
	if p.w(k) == ")" {
		// "F (G) for O": over the bracket
		j := k - 1
		for ; j > 0 && j > k-8 && p.w(j) != "("; j-- {
		}
		if p.w(j) != "(" {
			return
		}
		k = j - 1
	}
	if m := p.mm(k); m != nil {
		if !made && p.filmForOutlet(k) && p.makeVerbBefore(k) {
			o.setRealOrg()
			p.claim(pclaim{rel: rel, subj: mArg(t), obj: mArg(k)})
		}
		return
	}
	if !(p.in(k, genreNouns) || p.in(k, filmNouns) || p.in(k, seriesNouns)) {
		p.relativeMadeFor(t, k, rel) // "F, which P directed for O"
		return
	}
	// "F, P's crime drama for O", "F, the 2019 musical for O"
	j := k - 1
	for n := 0; n < 6 && j > 0; n, j = n+1, j-1 {
		w := p.w(j)
		if p.isM(j) {
			if p.w(j+1) != "'s" || p.mm(j).typ == kg.Film {
				break
			}
			continue
		}
		if w != "'s" && !isWordLike(w) && !isYear(w) || w == "and" || w == "or" || w == "which" || w == "that" {
			break
		}
	}
	if p.w(j) != "," {
		return
	}
	fi := yearParenBefore(p, j)
	if !p.isM(fi) || !p.filmForOutlet(fi) {
		return
	}
	o.setRealOrg()
	p.claim(pclaim{rel: rel, subj: mArg(t), obj: mArg(fi)})
}

// yearParenBefore returns the item before the comma at item c, over a
// parenthesised year ("F (2007), P's comedy for O": F's item).
func yearParenBefore(p *pctx, c int) int {
	if p.w(c-1) == ")" && isYear(p.w(c-2)) && p.w(c-3) == "(" {
		return c - 4
	}
	return c - 1
}

// relativeMadeFor credits the company at item t with the title a
// relative clause's verb made for it: "F, which P directed for O", "F
// (1991), which P shot for O" (rel as forOutlet has it). The verb at item
// k is a forMakeVerbs verb after a person and "which" or "that", after
// the comma after F; F is a film for certain.
func (p *pctx) relativeMadeFor(t, k int, rel kg.RelType) {
	if !p.in(k, forMakeVerbs) || p.isM(k) || !p.isM(k-1) || p.mm(k-1).typ != kg.Person || p.w(k-2) != "which" && p.w(k-2) != "that" || p.w(k-3) != "," {
		return
	}
	fi := yearParenBefore(p, k-3)
	if !p.isM(fi) || !p.filmForOutlet(fi) {
		return
	}
	p.mm(t).setRealOrg()
	p.claim(pclaim{rel: rel, subj: mArg(t), obj: mArg(fi)})
}

// filmForOutlet reports whether the mention at item k is a title a
// company's "for" may follow: typed a film for certain, or quoted.
func (p *pctx) filmForOutlet(k int) bool {
	m := p.mm(k)
	return m != nil && (m.typ == kg.Film && m.strength >= 2 || m.typ == "" && m.quoted)
}

// makeVerbBefore reports whether a forMakeVerbs verb stands before the
// title at item k, with at most five items between that are plain words,
// years or a possessor ("created F", "starred in the thriller F", "wrote
// and directed P's F").
func (p *pctx) makeVerbBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if p.in(j, forMakeVerbs) && !p.isM(j) {
			return true
		}
		if p.isM(j) {
			if p.w(j+1) != "'s" {
				return false
			}
			continue
		}
		if w := p.w(j); w != "'s" && !isWordLike(w) || w == "and" && !p.in(j-1, forMakeVerbs) {
			return false
		}
	}
	return false
}

// broadcasterTails end the names of broadcasters, which air what is made
// for them ("a 1979 series for the X Broadcasting Network", "X TV").
var broadcasterTails = setOf("network", "channel", "tv")

// broadcasterName reports whether the company m is named as a
// broadcaster: its last word is a broadcasterTails word.
func broadcasterName(m *mention) bool {
	var lb [32]byte
	return m.words >= 2 && broadcasterTails[string(appendLower(lb[:0], lastWord(m.text)))]
}
