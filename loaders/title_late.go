package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// lateTitles is the late title pass: after every typing pass and the
// patterns, it types as films the names still untyped that stand where the
// text wants a work. (Running the patterns again on their sentences was
// tried and lost more than it won: the sentence's anaphors then read the
// new film as the one the text is about; the credits are added by
// lateCredits instead.)
//
// Its cue: a person's filmography in parentheses right after the person's
// name, "Mara Quell (Gravel Hearts, Tin Sky) directs", "written by Pim
// Okafor (Harbor Lights)": the parentheses hold nothing but names joined
// by commas and "and", every one of them untyped or a film (creditParens).
// The films are typed weakly (strength 1), so that the passes looking
// for the film a paragraph introduces or a sentence opens with do not take
// a credit named in passing for it; lateCredits adds their credits.
func (a *article) lateTitles() {
	for mi := 0; mi+1 < len(a.ments); mi++ {
		m := &a.ments[mi]
		if m.typ != kg.Person {
			continue
		}
		e := int(m.b)
		if e >= len(a.toks) || a.toks[e].text != "(" || int(a.ments[mi+1].sent) != int(m.sent) {
			continue
		}
		last := a.creditParens(mi, e, true)
		if last < 0 {
			continue
		}
		for j := mi + 1; j <= last; j++ {
			if n := &a.ments[j]; n.typ == "" {
				n.setType(kg.Film, 1)
				n.passingCue = true
				a.lateSameName(j)
			}
		}
		mi = last
	}
	a.lateRoleFilms()
}

// lateRoleFilms types as a film the untyped name after a part and "in",
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

// lateCredits gives, once the claims are resolved (so that the passes
// counting a sentence's credits, which attach parts, have run), the person
// before a filmography in parentheses of films the sentence's credits for
// each film of it (parenCredits): the films lateTitles typed and the films
// typed before ("Pim Okafor (The Lantern Road) directs").
func (a *article) lateCredits() {
	for mi := 0; mi+1 < len(a.ments); mi++ {
		m := &a.ments[mi]
		if m.typ != kg.Person {
			continue
		}
		e := int(m.b)
		if e >= len(a.toks) || a.toks[e].text != "(" || int(a.ments[mi+1].sent) != int(m.sent) {
			continue
		}
		if last := a.creditParens(mi, e, false); last >= 0 {
			a.parenCredits(mi, last)
			mi = last
		}
	}
}

// parenCredits gives the person of mention p, for each film of the
// parentheses after the name (mentions p+1 to last), the credits the
// sentence gives the person ("P (A, B) directs F": P directed A and B too;
// "P (A) plays C in F": P acted in A, as no one said).
func (a *article) parenCredits(p, last int) {
	n := len(a.claims)
	for i := 0; i < n; i++ {
		c := a.claims[i]
		if c.sent != a.ments[p].sent || c.subj.m != int32(p) || c.subj.ana != anaNone || !creditRel(c.rel) || c.rel == kg.Portrayed {
			continue
		}
		for j := p + 1; j <= last; j++ {
			if a.ments[j].typ != kg.Film || c.obj.m == int32(j) {
				continue
			}
			d := c
			d.obj, d.char = arg{m: int32(j), of: -1, abs: true}, noArg
			if !a.hasClaim(d, n) {
				a.claims = append(a.claims, d)
			}
		}
	}
}

// hasClaim reports whether claim c is among the first n claims.
func (a *article) hasClaim(c pclaim, n int) bool {
	for k := 0; k < n && k < len(a.claims); k++ {
		if a.claims[k] == c {
			return true
		}
	}
	return false
}

// creditParens reports the last mention of the parentheses opened at token
// open right after person mention mi when they hold only a list of works
// (names joined by commas, "and", quotes and a "The" kept out of the name):
// while typing (late), one of them untyped, the untyped ones no personal
// name, surname or name typed otherwise elsewhere (creditObject,
// otherSense), and none typed otherwise than a film; once typed, films
// only. It reports -1 when they do not.
func (a *article) creditParens(mi, open int, late bool) int {
	s := &a.sents[a.ments[mi].sent]
	t := open + 1
	j := mi + 1
	untyped := false
	for t < s.b {
		tk := &a.toks[t]
		switch {
		case tk.text == ")":
			if j == mi+1 || late && !untyped {
				return -1
			}
			return j - 1
		case tk.kind == kQuote || tk.text == "," && t > open+1 || tk.lower == "and" && t > open+1:
			t++
			continue
		}
		if j >= len(a.ments) || int(a.ments[j].sent) != int(a.ments[mi].sent) {
			return -1
		}
		n := &a.ments[j]
		b := int(n.a)
		if n.the {
			b--
		}
		if b != t {
			return -1
		}
		switch {
		case n.typ == "" && late:
			if n.allCaps || n.country || isPlaceName(n) || !a.creditObject(n) || a.otherSense(j) {
				return -1
			}
			untyped = true
		case n.typ != kg.Film:
			return -1
		}
		t = int(n.b)
		j++
	}
	return -1
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
