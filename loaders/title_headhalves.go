package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// listLeadWords before a head joined by "in" or "on" leave it a title
// ("while Death in X", "and Night on Y"); another lower-case word there
// (a verb: "played Marlo in X") makes the head a part.
var listLeadWords = setOf("and", "or", "while", "but", "including", "like")

// headJoiners are the lower-case words that join an untyped head to the
// film the typing passes found after it ("Ferry to Harbour Lights", "Inn
// for Strays", "Letters at Dawn"): "and" and "or" are left out (a list of
// works), and so are "in", "on", "as" and "by", which after a name bring in
// the work it plays a part in or the maker ("Doc Vane in Grey Ferns").
var headJoiners = setOf("to", "for", "of", "at", "with", "from", "without", "in", "on")

// filmHeadStart reports whether mention k (untyped or a film) is the head
// of a title the finder cut at one small headJoiners word (maybe with
// "the" or "a") before the film k+1 of the same sentence ("Inn for
// Strays (2009)" typed "Strays"), and returns the merged title's first
// token. Not when the head is a personal name, a place, a country, an
// acronym or a colon name, holds more than three words, is one word
// opening its sentence (a capitalised common word: "Tickets for X go on
// sale"), follows a route word ("from Oslo to X") or is a name the
// article uses on its own (headNamedAlone), nor after "as" (a part) or
// "of" ("the filmed version of X for Y": a source and its outlet);
// neither half quoted, a short form or the person a career piece is
// about.
func (a *article) filmHeadStart(k int) (int, bool) {
	toks := a.toks
	l, r := &a.ments[k], &a.ments[k+1]
	if l.sent != r.sent || l.typ != "" && l.typ != kg.Film || r.typ != kg.Film || l.quoted || r.quoted || l.colon || l.short || r.short || r.the || l.pronoun || r.pronoun {
		return 0, false
	}
	x := int(l.b)
	gap := int(r.a) - x
	if gap < 1 || gap > 2 || toks[x].kind != kWord || toks[x].cap || !headJoiners[toks[x].lower] {
		return 0, false
	}
	if gap == 2 && (toks[x+1].cap || toks[x+1].lower != "the" && toks[x+1].lower != "a") {
		return 0, false
	}
	if l.words > 3 || l.personShaped() || l.country || l.allCaps || l.acronymLead || l.placeIn || isPlaceName(l) {
		return 0, false
	}
	if k == a.subjMention || k+1 == a.subjMention {
		return 0, false
	}
	la, ok := a.titleJoinStart(l)
	if !ok {
		return 0, false
	}
	s := &a.sents[l.sent]
	if la == s.a && l.words == 1 {
		return 0, false
	}
	if la-1 >= s.a && toks[la-1].kind == kWord && !toks[la-1].cap && routeWords[toks[la-1].lower] {
		return 0, false // "from Oslo to X", "at Pinewood for X"
	}
	if la-1 >= s.a && (toks[la-1].lower == "as" || toks[la-1].lower == "of") {
		return 0, false // "known as Marlo from X": a part; "the version of X for Y": a work and its outlet
	}
	if j := toks[x].lower; (j == "in" || j == "on") && la-1 >= s.a && toks[la-1].kind == kWord && !toks[la-1].cap && !listLeadWords[toks[la-1].lower] {
		return 0, false // "played Marlo in X", "was Marlo on X": a part in a work
	}
	if a.headNamedAlone(la, int(r.a)) {
		return 0, false // "Aemond from X", "Selick to X": a name the article uses on its own
	}
	return la, true
}

// headNamedAlone reports whether the capitalised words of tokens [la, ra)
// (a title's head and its small words) stand somewhere else in the
// article without the rest of the span after them: the head is then a
// name of its own (a character, a surname) before a film, not the first
// half of its title.
func (a *article) headNamedAlone(la, ra int) bool {
	toks := a.toks
	for i := la; i < ra; i++ {
		t := &toks[i]
		if t.kind != kWord || !t.cap || t.lower == "the" || t.lower == "a" {
			continue
		}
		off := i - la
		for x := a.sents[0].a; x < len(toks); x++ {
			if x == i || toks[x].text != t.text {
				continue
			}
			// the same span again ("Inn for Strays" named twice)?
			y := x - off
			same := y >= 0 && y+(ra-la) <= len(toks)
			for j := 0; same && j < ra-la; j++ {
				same = toks[y+j].text == toks[la+j].text
			}
			if !same {
				return true
			}
		}
	}
	return false
}

// joinFilmHeads merges a head and the film after it (filmHeadStart) into
// one mention that keeps the film's type, strength and format. Runs after
// joinTypedHalves, before the patterns, so the credits attach to the
// whole title.
func (a *article) joinFilmHeads() {
	for k := 0; k+1 < len(a.ments); k++ {
		la, ok := a.filmHeadStart(k)
		if !ok {
			continue
		}
		r := &a.ments[k+1]
		typ, st, format := r.typ, r.strength, r.format
		m := a.joinWithNext(k, int(r.sent), la, int(r.b))
		m.typ, m.strength, m.format = typ, st, format
		if a.subjMention > k+1 {
			a.subjMention--
		}
	}
}

// lateFilmHeads does what joinFilmHeads does for films the passes after
// the patterns typed ("Strays" typed only by its year in brackets): the
// claims already name the two mentions by place, so neither is removed;
// both take the whole title's name, span and the film's type, and resolve
// to one entity.
func (a *article) lateFilmHeads() {
	for k := 0; k+1 < len(a.ments); k++ {
		la, ok := a.filmHeadStart(k)
		if !ok {
			continue
		}
		r := &a.ments[k+1]
		n := len(a.ments)
		a.addMention(int(r.sent), la, int(r.b), false)
		merged := a.ments[n]
		a.ments = a.ments[:n]
		merged.titleWords = true
		merged.typ, merged.strength, merged.format, merged.ent = r.typ, r.strength, r.format, r.ent
		a.ments[k] = merged
		a.ments[k+1] = merged
		k++
	}
}
