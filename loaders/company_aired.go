package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// airVerbs say a production is broadcast or streamed on an outlet ("aired
// on X", "will air first on X", "ran for four seasons on X").
var airVerbs = setOf("air", "airs", "aired", "airing", "ran", "runs", "stream", "streams", "streamed", "streaming")

// seasonsRun reports whether the verb "ran"/"runs" at item i counts a
// show's seasons or episodes before "on" ("ran for four seasons on X",
// "runs 10 episodes on X"): a broadcast run, not a stage run ("ran on
// Broadway").
func (p *pctx) seasonsRun(i int) bool {
	for k := i + 1; k < len(p.it) && k < i+6 && !p.isM(k); k++ {
		switch p.w(k) {
		case "seasons", "season", "episodes", "series":
			return true
		case "on", ",", ".", ";":
			return false
		}
	}
	return false
}

// airedOnName reports whether the untyped two-to-four-word name at item o,
// the outlet of the air verb at item i ("air first on Chuckle Central"),
// is an outlet's although it has a personal name's shape: its first word
// is no given name, weekday, month or holiday, and no earlier cue made
// the name a person's or a character's.
func (p *pctx) airedOnName(i, o int) bool {
	m := p.mm(o)
	if !p.in(i, airVerbs) || m.typ != "" || givenNameShaped(m) || pcType(p.priorType(o)) {
		return false
	}
	first := strings.ToLower(firstWord(m.text))
	return !weekdays[first] && months[first] == 0 && !holidayWords[first] && first != "new"
}

// bannersAfter credits, as producers of obj, the further companies of a
// "produce through O1 and O2" list after the company at item o: each
// name after "and" or a comma that a company fits (bannerName).
func (p *pctx) bannersAfter(o int, obj arg) {
	for n := o + 1; n < o+8 && (p.w(n) == "and" || p.w(n) == "," && p.isM(n+1)); n += 2 {
		if !p.bannerName(n + 1) {
			return
		}
		p.mm(n + 1).setRealOrg()
		p.claim(pclaim{rel: kg.Produced, subj: mArg(n + 1), obj: obj})
		if p.w(n) == "and" {
			return
		}
	}
}

// bannerName reports whether a company fits the name at item n of a
// "through" list: a company word or cue, or an untyped name led by no
// given name that no earlier cue made a person's or a character's.
func (p *pctx) bannerName(n int) bool {
	m := p.mm(n)
	if m == nil || m.quoted || m.typ == kg.Film && m.strength >= 2 || m.typ == kg.Person || m.typ == kg.Character {
		return false
	}
	return orgish(m) || m.typ == kg.Organisation || m.typ == "" && !givenNameShaped(m) && !pcType(p.priorType(n))
}

// bannerList reports whether the name at item o opens a "through" list
// of two names that a company fits, one of them with a company word or
// cue ("through Sunward Meadow and Thistle Films").
func (p *pctx) bannerList(o int) bool {
	if !p.bannerName(o) || p.w(o+1) != "and" || !p.bannerName(o+2) {
		return false
	}
	a, b := p.mm(o), p.mm(o+2)
	return orgish(a) || a.typ == kg.Organisation || orgish(b) || b.typ == kg.Organisation
}

// runSpanWords may stand between a show's run verb and its outlets ("ran
// for six seasons and 100 episodes, from 1997 to 2003, first on O1 and
// then on O2").
var runSpanWords = setOf("for", "seasons", "season", "episodes", "series", "years", "from", "to", "between", "and", "first",
	"then", "later", "finally", "originally", ",", "in", "until", "through", "a", "an", "the", "total", "of", "more", "than", "over")

// seasonRun credits the outlets of a show's run at item i ("ran"/"runs"
// that counts seasons or episodes): each name after "on" within the run's
// span, up to the clause's end, is an outlet that DISTRIBUTED the film the
// sentence's subject names. A run on a name nobody would air a show on
// (a person, a character, a typed film or franchise) ends the reading.
func (p *pctx) seasonRun(i int) {
	film, ok := p.subjectFilmBefore(i)
	if f := p.mm(i - 1); !ok && f != nil && f.typ == "" && (p.priorType(i-1) == kg.Film || p.a.headKeys[f.key] && !f.personShaped()) {
		// "The original F ran for 11 seasons on O": the name right before
		// the verb, a title the headline or an earlier cue gave
		f.setType(kg.Film, 2)
		film, ok = mArg(i-1), true
	}
	if (p.w(i-1) == "which" || p.w(i-1) == "that") && p.w(i-2) == "," {
		// "after the original F, which ran for seven seasons on O": the
		// relative's antecedent, or no film
		ok = false
		if f := p.mm(i - 3); f != nil && (f.typ == kg.Film || f.typ == "" && (f.quoted || f.colon || p.a.headKeys[f.key] || p.priorType(i-3) == kg.Film)) {
			f.setType(kg.Film, 2)
			film, ok = mArg(i-3), true
		}
	}
	for k := i + 1; k < len(p.it) && k < i+20; k++ {
		if p.isM(k) {
			if p.mm(k).digit {
				continue // ("100 episodes")
			}
			return
		}
		w := p.w(k)
		if w != "on" {
			if !p.in(k, runSpanWords) && !isYear(w) && !isNumberWord(w) && !isDigits(w) {
				return
			}
			continue
		}
		o := k + 1
		m := p.mm(o)
		if m == nil || m.quoted || m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Film && m.strength >= 2 ||
			m.typ == kg.Franchise && m.strength >= 3 || m.personShaped() && m.typ != kg.Organisation && !p.airedOnName(i, o) {
			return
		}
		if m.typ != kg.Organisation && !p.isM(o+1) && isWordLike(p.w(o+1)) && !p.in(o+1, outletTail) && !p.in(o+1, runSpanWords) {
			return // "ran on Broadway stages": a place
		}
		m.setRealOrg()
		if m.kind == "" {
			m.kind = "streamer"
		}
		if ok {
			p.claim(pclaim{rel: kg.Distributed, subj: mArg(o), obj: film})
			if p.w(o+1) == "and" && p.isM(o+2) && p.mm(o+2).typ == kg.Organisation {
				p.claim(pclaim{rel: kg.Distributed, subj: mArg(o + 2), obj: film}) // "on O1 and O2"
			}
		}
		k = o
	}
}

// relativeRunOn reports whether the verb "ran"/"runs" at item i opens a
// relative clause right after a title and is followed by "on" and a name
// typed a company ("F, which ran on O in 2016"): a broadcast run even
// without a count of seasons (a stage's name is no company).
func (p *pctx) relativeRunOn(i int) bool {
	if w := p.w(i - 1); w != "which" && w != "that" || p.w(i-2) != "," || p.w(i+1) != "on" {
		return false
	}
	m := p.mm(i + 2)
	return m != nil && m.typ == kg.Organisation && m.strength >= 2
}
