package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A credit whose film slot focusFilm filled from outside the sentence (the
// article's default film, or a film opening an earlier sentence) while the
// sentence itself names a film before the credited person, in the clause
// that governs the credit, belongs to that film: "MGM's 1948 biopic Words
// of Song cast P as C", "F (1978), Q's biography with P as C", "Q directed
// F, a prequel starring P as C", "F took fourth; P stars as C". The films
// the patterns read forward from the credit ("P plays C in F") come first;
// this rule only replaces a film the sentence did not name.
//
// A film named in a clause of its own that is not the credit's is left
// alone: a relative clause or appositive about a person ("P, who played C
// in F, stars as D"; "P, best known for F, ..."), and an opening adverbial
// that sets the film apart ("After F, P plays C"; "Like F, ...").

// sentFilmOn switches the rule (tests switch it off to check it matters).
var sentFilmOn = true

// sentFilmApart are the words that, in the clause before a film, set the
// film apart from the statement after it.
var sentFilmApart = setOf("after", "like", "unlike", "since", "before", "than", "following", "besides",
	"including", "off", "beyond", "known", "who", "whose", "whom", "famous", "remembered", "nominated",
	"beside", "until", "despite", "alongside", "opposite", "between", "except", "versus", "vs",
	// a film named as the source of another: "a remake of F", "Q's follow-up to F"
	"remake", "sequel", "prequel", "follow-up", "reboot", "spin-off", "spinoff", "version", "adaptation", "successor", "revival")

// sentenceFilmBefore returns the item of the film the sentence names before
// item s (the credited person), when that film governs the clause s stands
// in, or -1.
func (p *pctx) sentenceFilmBefore(s int) int {
	if !sentFilmOn || s <= 0 {
		return -1
	}
	k, cued := -1, false
	for i := s - 1; i >= 0; i-- {
		if m := p.mm(i); m != nil && m.typ == kg.Film && m.strength >= 2 {
			k = i
			break
		}
		if p.cuedUntypedFilm(i) {
			k, cued = i, true // "F (2012), with P as C" (focus_sentfilm_untyped.go)
			break
		}
	}
	if k < 0 || p.w(k+1) == "'s" || p.w(k+1) == "'" || p.wIn(k+1, sentFilmHolder) || !cued && !p.evidentFilm(k) {
		return -1
	}
	// the clause before the film: back to a comma, a semicolon or the
	// sentence's start
	for i := k - 1; i >= 0 && i >= k-20; i-- {
		w := p.w(i)
		if w == "(" {
			return -1 // "P (F) co-stars as C": a person's credential
		}
		if w == "," {
			if m := p.mm(i - 1); m != nil && (m.typ == kg.Character || p.isPersonLike(i-1)) && !p.wIn(i+1, sentFilmCoord) {
				return -1 // "P, the star of F, as C": an appositive about a person
			}
			break
		}
		if w == ";" || w == ":" {
			break
		}
		if p.wIn(i, sentFilmApart) {
			return -1
		}
	}
	// between the film and the person: no relative clause about a person,
	// no clause of its own ("F ..., and she played C"), and a semicolon
	// only after a film that opens the sentence ("F took fourth; P stars as
	// C")
	for i := k + 1; i < s; i++ {
		w := p.w(i)
		if (w == "who" || w == "whose") && (p.w(i-1) == "," || p.w(i-1) == "(") || w == "where" {
			return -1
		}
		if w == "and" && p.wIn(i+1, sentFilmFinite) {
			return -1 // "Q had a hit with F and is starring P": Q's next statement
		}
		if w == ";" && k > 6 {
			return -1
		}
		if w == "," && p.wIn(i+1, sentFilmCoord) && (p.wIn(i+2, sentFilmPronoun) || !p.isM(i+2) && !p.wIn(i+2, setOf_theA) ||
			p.isM(i+2) && p.mm(i+2).typ == kg.Person && !p.isM(i+3) && !p.wIn(i+3, sentFilmListNext)) {
			return -1 // ", and P played C": a clause with a subject of its own
		}
	}
	return k
}

// sentFilmHolder, right after a film, make it describe a person ("F alum
// P", "his F cinematographer P").
var sentFilmHolder = setOf("alum", "alumnus", "alumna", "star", "veteran", "actor", "actress", "co-star", "costar",
	"creator", "director", "writer", "producer", "composer", "cinematographer", "editor", "regular", "favourite",
	"favorite", "breakout", "newcomer", "showrunner", "castmate", "co-creator")

// sentFilmCoord join a coordinated clause or phrase after a comma.
var sentFilmCoord = setOf("and", "but", "or")

// sentFilmPronoun open a coordinated clause with a subject of its own
// (", and she played C").
var sentFilmPronoun = setOf("he", "she", "they", "it", "we", "i")

// sentFilmListNext, after a person in a coordinated list ("with A as X,
// and B as Y"), go on with the list, not with a verb of a clause of its own.
var sentFilmListNext = setOf("as", ",", "(", "and", "'s", "'", ";", ".")

// sentFilmFinite, after "and", open a second predicate of the sentence's
// subject.
var sentFilmFinite = setOf("is", "was", "are", "were", "will", "has", "have", "had", "would")

// setOf_theA are the articles that may open a coordinated noun phrase.
var setOf_theA = setOf("the", "a", "an")

// sentenceFilmCredit gives a credit the film its sentence names before the
// credited person when the patterns filled the film slot from outside the
// sentence (see above).
func (p *pctx) sentenceFilmCredit(c *pclaim) {
	if c.subj.abs || c.subj.m < 0 {
		return
	}
	if !(c.obj.implicitFilm() || c.obj.abs && c.obj.m >= 0 && p.a.ments[c.obj.m].sent != p.si) {
		return
	}
	if k := p.sentenceFilmBefore(int(c.subj.m)); k >= 0 {
		c.obj = mArg(k)
	}
}

// evidentFilm reports whether the film at item k shows it is a title here
// or was typed by a strong cue: quoted, a colon or a digit in it, a
// capitalised "The", a year after it, a film word or a maker's possessive
// before it ("the 1948 biopic F", "Q's F").
func (p *pctx) evidentFilm(k int) bool {
	m := p.mm(k)
	if m.strength >= 3 || m.quoted || m.colon || m.digit || m.the || m.titleWords || m.foreignThe || m.head {
		return true
	}
	if p.w(k+1) == "(" && isYear(p.w(k+2)) {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p.w(j) == "'s" && (!m.personShaped() || p.isM(j-1) && p.mm(j-1).typ == kg.Person) || p.in(j, filmNouns) || p.in(j, genreNouns) || p.in(j, seriesNouns) {
			return true
		}
		if p.isM(j) || !isWordLike(p.w(j)) && !isYear(p.w(j)) {
			break
		}
	}
	return false
}
