package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// halfJoiners are the lower-case words a title cut in two by the mention
// finder holds inside ("Lanterns in Dunmore", "Supper at Grey Pond",
// "Ledger of a Quiet Man", "Letter to Our Harbour"); "for", "with", "by"
// and "on" are left out: after a title they bring in its maker, owner or
// channel ("X on Netflix").
var halfJoiners = setOf("in", "at", "to", "of", "from", "and")

// joinTypedHalves merges two names of one sentence joined by one small
// word (maybe with "the" or "a") when the typing passes read the first as
// a film and left the second untyped: the film is the head of a title the
// finder cut at the small word ("the drama Lanterns in Dunmore," typed
// "Lanterns"), not a film next to an untyped name. The merged mention
// keeps the film's type, strength and format. Never the other way
// round: an untyped name before a film and "in", "on" or "as" is mostly a
// part ("Doc Vane in Grey Ferns"). "and" joins only
// before "the" ("Marlo and the Paper Moon"): without it the two are mostly
// a list of works. Not when the untyped half is a place after "in", "at",
// "to" or "from", a country, an acronym, a personal name led by a given
// name, or the modifier of a production noun after it ("and the Tam
// Bellow adaptation X"), nor after "in" or "at" when the words before the
// film say where it is made ("on the set of X in Y"); neither half quoted, a colon name or a short
// form. A colon name whose subtitle is one word (oneWordSubtitle), a film
// or still untyped, is the head all the same ("Gravel Hearts 2: Lost in
// Tarrowmere", "Ledger: Trouble at HQ"): a one-word subtitle is a title
// cut at its small word, so a place or an acronym after it is the rest of
// the title. Runs after the typing passes, before the patterns, so the credits
// attach to the whole title.
func (a *article) joinTypedHalves() {
	toks := a.toks
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		if l.sent != r.sent || l.quoted || r.quoted || r.colon || l.short || r.short || r.the || l.pronoun || r.pronoun {
			continue
		}
		cut := l.colon && a.oneWordSubtitle(l) // "X 2: Lost in Y": the subtitle goes on
		if l.colon && !cut {
			continue
		}
		x := int(l.b)
		gap := int(r.a) - x
		if gap < 1 || gap > 2 || toks[x].kind != kWord || toks[x].cap || !halfJoiners[toks[x].lower] {
			continue
		}
		if gap == 2 && (toks[x+1].cap || toks[x+1].lower != "the" && toks[x+1].lower != "a") {
			continue
		}
		if toks[x].lower == "and" && (gap != 2 || toks[x+1].lower != "the") {
			continue
		}
		if l.typ != kg.Film && !(cut && l.typ == "") || r.typ != "" {
			continue
		}
		if r.words > 3 || r.country || r.allCaps && !cut || r.acronymLead && !cut || r.personShaped() && givenFirst(r.text) {
			continue
		}
		if toks[x].lower != "of" && toks[x].lower != "and" && !cut && isPlaceName(r) {
			continue // "Tides in Seoul": a place after a title
		}
		if e := int(r.b); e < len(toks) && toks[e].kind == kWord && !toks[e].cap && (cueJoinNouns[toks[e].lower] || productionNouns3[toks[e].lower]) {
			continue // "X and the Y adaptation Z": r names the source of another work
		}
		if k+1 == a.subjMention {
			continue
		}
		la, ok := a.titleJoinStart(l)
		if !ok {
			continue
		}
		if (toks[x].lower == "in" || toks[x].lower == "at") && a.shootBefore(int(l.sent), la) {
			continue // "on the set of X in Y", "filming X in Y": where it is made
		}
		typ, st, format := l.typ, l.strength, l.format
		m := a.joinWithNext(k, int(l.sent), la, int(r.b))
		m.typ, m.strength, m.format = typ, st, format
		if a.subjMention > k+1 {
			a.subjMention--
		}
	}
	a.joinCuedHalves()           // two untyped halves after a title cue (title_cuedhalves.go)
	a.joinColonPossessiveTails() // a colon title's subtitle cut at its possessive (title_colonposs.go)
}

// shootWords before a title make a name after "in" or "at" the place
// where it is made ("filming X in Y").
var shootWords = setOf("filming", "shooting", "shoot", "shot", "filmed", "lensing", "wrapped")

// shootBefore reports whether the words before token la of sentence si
// say the title is being made there: "the set of" or a shootWords verb.
func (a *article) shootBefore(si, la int) bool {
	s := &a.sents[si]
	if a.setOfBefore(s, la) {
		return true
	}
	return la-1 >= s.a && !a.toks[la-1].cap && shootWords[a.toks[la-1].lower]
}

// oneWordSubtitle reports whether mention m ends in a colon and one
// capitalised word, no number nor Roman numeral ("Gravel Hearts 2: Lost").
func (a *article) oneWordSubtitle(m *mention) bool {
	e := int(m.b)
	if e-int(m.a) < 3 {
		return false
	}
	t := &a.toks[e-1]
	return a.toks[e-2].text == ":" && t.kind == kWord && t.cap && !romanNumerals[t.lower]
}
