package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// lateRoleFilms is the late title pass: after every typing pass and the
// patterns, it types as a film the untyped name after a part and "in",
// the part named after a verb of playing ("who played Tam Vessel in Blue
// Ferns,", "appeared as Sergeant Dell Moss in Kettle.", "playing his
// father Ross Kell in Gray Tides"), when the name closes its clause; the
// actor's credit for the part, which the patterns gave the production the
// text is about, moves to it.
func (a *article) lateRoleFilms() {
	for mi := 0; mi+1 < len(a.ments); mi++ {
		c := &a.ments[mi]
		e := int(c.b)
		n := &a.ments[mi+1]
		if c.typ != kg.Character || n.sent != c.sent || n.typ != "" || n.the || n.quoted || e+1 != int(n.a) || a.toks[e].lower != "in" {
			continue
		}
		s := &a.sents[c.sent]
		if !a.playedBefore(s, int(c.a)) || !a.closesRoleFilm(s, int(n.b)) || n.allCaps || n.country || isPlaceName(n) || !a.creditObject(n) || a.otherSense(mi+1) {
			continue
		}
		f := a.longerFilm(mi + 1)
		if f < 0 && n.words == 1 && !a.namedElsewhere(mi+1) {
			continue // "appeared as C in Denver": a place as often as a title
		}
		if f < 0 {
			f = mi + 1
			n.setType(kg.Film, 1)
			n.passingCue = true
			a.lateSameName(f)
		}
		for i := range a.claims {
			if cl := &a.claims[i]; cl.rel == kg.ActedIn && cl.sent == c.sent && cl.char.m == int32(mi) && cl.obj.m < 0 {
				cl.obj = arg{m: int32(f), of: -1, abs: true}
			}
		}
	}
}

// longerFilm returns a film mention whose name ends with the name of
// mention mi, a short form of it ("Gray Tides" of "Kettle: The Gray Tides"),
// or -1.
func (a *article) longerFilm(mi int) int {
	key := a.ments[mi].key
	for k := range a.ments {
		if o := &a.ments[k]; o.typ == kg.Film && len(o.key) > len(key) && hasSuffixAfter(o.key, " ", key) {
			return k
		}
	}
	return -1
}

// namedElsewhere reports whether the name of mention mi is written again
// in the article, once at least not after a preposition of place
// (placePrepositions): "last summer's Kettle", not "in Kettle".
func (a *article) namedElsewhere(mi int) bool {
	key := a.ments[mi].key
	for k := range a.ments {
		o := &a.ments[k]
		if k == mi || o.key != key {
			continue
		}
		if b := int(o.a) - 1; b >= a.sents[o.sent].a && !tokIn(&a.toks[b], placePrepositions) {
			return true
		}
	}
	return false
}

// playVerbs say that an actor played a part
// (not the present "plays": "P plays C in F" most often names the
// production the text is about, which other passes read).
var playVerbs = setOf("played", "playing", "as", "voiced", "voicing", "portrayed", "portraying")

// playedBefore reports whether a verb of playing (playVerbs) stands before
// token t of sentence s, with at most three lower-case words between ("played
// his father").
func (a *article) playedBefore(s *sentence, t int) bool {
	for k := t - 1; k >= s.a && k >= t-4; k-- {
		tk := &a.toks[k]
		if tk.kind != kWord || tk.cap {
			return false
		}
		if tokIn(tk, playVerbs) {
			return true
		}
	}
	return false
}

// closesRoleFilm reports whether token e of sentence s ends the clause of
// a film named after a part: the sentence ends or a comma, full stop,
// semicolon, closing parenthesis or "and" follows.
func (a *article) closesRoleFilm(s *sentence, e int) bool {
	if e >= s.b {
		return true
	}
	switch a.toks[e].text {
	case ",", ".", ";", ")", "and":
		return true
	}
	return false
}

// otherSense reports whether some mention of the same name as mention mi
// is typed otherwise than a film.
func (a *article) otherSense(mi int) bool {
	key := a.ments[mi].key
	for k := range a.ments {
		if o := &a.ments[k]; o.key == key && o.typ != "" && o.typ != kg.Film {
			return true
		}
	}
	return false
}

// lateSameName types as films, weakly, the other untyped mentions of the
// name of mention mi.
func (a *article) lateSameName(mi int) {
	key := a.ments[mi].key
	for k := range a.ments {
		if o := &a.ments[k]; k != mi && o.key == key && o.typ == "" {
			o.setType(kg.Film, 1)
		}
	}
}
