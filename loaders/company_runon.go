package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// runOnNouns, right before "on" and a name, name a show's run or a part
// of it on the outlet that carried it ("its third season on O", "a
// short-lived sitcom on O", "the original F series on O", "her own
// spin-off on O", "a run of sketches on O").
var runOnNouns = setOf("season", "seasons", "run", "series", "sitcom", "spin-off", "spinoff", "miniseries", "episodes",
	"sketches", "revival", "soap", "telenovela", "cartoon")

// runOnDescribers may stand between a run noun and the title or the
// possessive before it ("its five-season run", "the original F series",
// "a short-lived 2001 live-action sitcom").
var runOnDescribers = setOf("original", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "final", "last",
	"single", "one", "two", "three", "four", "five", "six", "seven", "short-lived", "long-running", "new", "own", "animated",
	"live-action", "debut", "latest", "current", "whole", "entire", "later", "early", "teen", "a", "of", "three-minute")

// runOnOutlet types as a company, and credits as the outlet of the show
// its clause names, the name at item t after a run noun and "on" ("F,
// now in its 20th season on O", "ended its five-season run on O", "the
// original F series on O", "a short-lived sitcom on O"): DISTRIBUTED O →
// the title the run noun's phrase names, or, after "its", the film the
// clause's subject names. The name must fit a company: no person,
// character or title typed already, no given name leading it, no stage
// ("a run on Broadway") and no capitalised word after it ("a season on
// Harrow Street" is a place).
func (p *pctx) runOnOutlet(t int) {
	if p.w(t-1) != "on" || !p.in(t-2, runOnNouns) || p.isM(t-2) {
		return // (the cheap shape test first)
	}
	o := p.mm(t)
	if o.quoted || o.country || o.world == kg.WorldFictional || o.typ == kg.Person || o.typ == kg.Character ||
		o.typ == kg.Film && o.strength >= 2 || o.typ == kg.Franchise && o.strength >= 3 || stageWords[o.key] {
		return
	}
	if p.w(t+1) == "'s" {
		return // ("its third series on O's channel"): the channel is named after it
	}
	own := p.runOwner(t - 2)
	if o.typ != kg.Organisation {
		if o.the || !own && guestRunNouns[p.w(t-2)] && !orgish(o) {
			return // a guest's run on a show: "a three-episode run on The Night Desk"
		}
		if givenNameShaped(o) || pcType(p.priorType(t)) || !p.a.companyShaped(o) || hyphenAdjective(o.text) {
			return
		}
		if first := firstWordLower(o.text); weekdays[first] || months[first] != 0 || holidayWords[first] {
			return
		}
		if n := p.w(t + 1); !p.isM(t+1) && isWordLike(n) && !p.in(t+1, outletTail) && !p.in(t+1, runSpanWords) {
			return // (a place: "a season on Harrow Street stages")
		}
	}
	film, ok := noArg, false
	k := t - 3
	for n := 0; n < 5 && k >= 0 && !p.isM(k) && (p.in(k, runOnDescribers) || isYear(p.w(k)) || isOrdinalNum(p.w(k)) || hyphenWord(p.w(k))); n, k = n+1, k-1 {
	}
	if m := p.mm(k); m != nil && k < t-2 {
		// "the original F series on O": the title before the run noun
		if m.typ == kg.Film || m.typ == "" && (m.quoted || m.colon || p.priorType(k) == kg.Film) {
			p.typ(k, kg.Film, 2)
			film, ok = mArg(k), true
		}
	} else if p.w(k) == "its" {
		// "F, now in its 20th season on O": the clause's subject film
		film, ok = p.subjectFilmBefore(k)
	}
	o.setRealOrg()
	if o.kind == "" {
		o.kind = "streamer"
	}
	if ok {
		p.claim(pclaim{rel: kg.Distributed, subj: mArg(t), obj: film})
	}
}

// guestRunNouns, after "a" rather than "its", name an actor's stint on a
// show as often as a show's stint on an outlet ("a three-episode run on
// F", "sketches on F").
var guestRunNouns = setOf("run", "episodes", "sketches", "season", "seasons")

// runOwner reports whether the run noun at item i belongs to a show: "its"
// or "their" opens its phrase, maybe with describing words between ("its
// five-season run").
func (p *pctx) runOwner(i int) bool {
	for k := i - 1; k >= 0 && k > i-5 && !p.isM(k); k-- {
		if w := p.w(k); w == "its" || w == "their" {
			return true
		} else if !p.in(k, runOnDescribers) && !isOrdinalNum(w) && !hyphenWord(w) && !isYear(w) {
			return false
		}
	}
	return false
}

// firstWordLower returns the first word of name in lower case.
func firstWordLower(name string) string {
	var lb [32]byte
	return string(appendLower(lb[:0], firstWord(name)))
}

// hyphenWord reports whether w is a lower-case compound word
// ("five-season", "half-hour").
func hyphenWord(w string) bool {
	return len(w) > 2 && isWordLike(w) && strings.IndexByte(w[1:len(w)-1], '-') >= 0
}
