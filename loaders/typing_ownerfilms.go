package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// ownedFilmEnds may follow the film of "in P's F" ("appeared in P's F and
// Q's G", "in P's F as a guard", "in P's F, opposite Q"), a personal
// pronoun among them when "In P's F" opens the sentence ("In P's F he
// played a getaway driver").
var ownedFilmEnds = setOf("and", "as", "or", "opposite", "alongside", "with", "before", "after", "in", "for", "which", "that", "where", "when", "while", "but",
	"he", "she", "they", "we", "i", "you")

// typeOwnedFilms types as a film (strength 2), before the patterns run, a
// name that "in", "on", "for" or "of" after a production noun
// (ownedFilmAfterNoun: "a remake of P's F") and a person's possessive
// stand before: "turned up
// in Bernard Cole's House of Fenzi", "was in Mimi Lessard's Deep Collision as a
// guard", "in P's F and Q's G", "won for P's F." (not a personal name led
// by a given name: a part). One appears in a film, not in a part; the possessor is a
// personal name of two words or more that no cue typed otherwise, the name
// is untyped or weakly typed, and after it comes punctuation, the end of
// the sentence or a joining word of ownedFilmEnds ("in P's F franchise",
// "in P's C role" are left alone). It first types the owners of works
// (typeOwnerPersons). It returns nothing; mentions change in place.
func (a *article) typeOwnedFilms() {
	a.typeOwnerPersons()
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		b := int(m.a)
		if k == 0 || b-3 < s.a || a.toks[b-1].kind != kPoss || m.strength > 1 || m.typ == kg.Film {
			continue
		}
		p := &a.ments[k-1]
		if p.sent != m.sent || int(p.b) != b-1 || !p.personShaped() || p.typ != "" && p.typ != kg.Person || int(p.a)-1 < s.a {
			continue
		}
		if w := a.toks[p.a-1].lower; w != "in" && w != "on" && w != "for" && !(ownedFilmAfterNoun(a.toks, s, int(p.a)-1) && !a.titleHead(p.key)) && !(w == "and" && k >= 2 && a.ments[k-2].sent == m.sent && a.ments[k-2].typ == kg.Film && int(a.ments[k-2].b) == int(p.a)-1) {
			continue // (or "and" after an owned film: "in P's F and Q's G")
		}
		if e := int(m.b); e < s.b && a.toks[e].kind == kWord && !ownedFilmEnds[a.toks[e].lower] {
			continue
		}
		if m.personShaped() && givenFirst(m.text) {
			continue // "praised for P's Ada Quist": the part a person plays
		}
		m.typ, m.strength = kg.Film, 2
	}
}

// ownedWorkNouns after a person's possessive name the work the person
// made ("P's new instalment", "P's film"): with a film's describers
// (adjFilm, possessedKindWords) they show the possessor to be a maker.
var ownedWorkNouns = setOf("instalment", "installment", "entry", "version", "take", "adaptation", "vision", "films", "movies", "work", "script",
	"screenplay", "score", "themes", "music", "project", "series", "show")

// typeOwnerPersons types as a person (strength 1), before the patterns
// run, a personal name that owns a work: a name of two to four words led
// by a given name that no cue typed, its possessive, up to three years or
// film describers ("new", "1982", "classic"), then a work noun ("the cast
// of P's new instalment of F", "reworks P's themes") or a name shaped
// like a title ("P's The Slow Climb", "P's 1982 F", "P's A Still Minute").
// A pattern reading the possessor as the film it names then leaves it
// alone. A name that may be a part ("P's Darkling") is left to
// retypeOwnerFilms, after the patterns.
func (a *article) typeOwnerPersons() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if m.typ != "" {
			continue
		}
		if f, n, ok := a.ownedWork(s, k); ok && (f < 0 || n > int(m.b)+1 || a.ownedNotPart(&a.ments[f])) && !a.titleHead(m.key) {
			m.setType(kg.Person, 1)
		}
	}
}

// ownedWork reads what follows mention k when it is a personal name of two
// to four words led by a given name and its possessive: up to three years
// or film describers, then a capitalised name (its mention f) or a
// lower-case work noun (f = -1). n is the token where the name or noun
// starts; ok is false when neither follows.
func (a *article) ownedWork(s *sentence, k int) (f, n int, ok bool) {
	toks := a.toks
	m := &a.ments[k]
	e := int(m.b)
	if e+1 >= s.b || toks[e].kind != kPoss || m.words < 2 || m.quoted || !m.personShaped() || !givenFirst(m.text) {
		return -1, 0, false
	}
	n = e + 1
	for n < s.b && n < e+4 && (toks[n].kind == kNum && isYear(toks[n].text) || toks[n].kind == kWord && !toks[n].cap && (adjFilm[toks[n].lower] || possessedKindWords[toks[n].lower] && !tokIn(&toks[n], productionNouns3))) {
		n++
	}
	if n >= s.b || toks[n].kind != kWord {
		return -1, 0, false
	}
	if t := &toks[n]; !t.cap {
		return -1, n, tokIn(t, productionNouns3) || ownedWorkNouns[t.lower] || possessedKindWords[t.lower]
	}
	if k+1 < len(a.ments) && a.ments[k+1].sent == m.sent {
		if g := &a.ments[k+1]; int(g.a) == n || g.the && int(g.a) == n+1 {
			return k + 1, n, true
		}
	}
	return -1, 0, false
}

// ownedNotPart reports whether mention f, after a personal name's
// possessive, reads as no one-word part's name: shaped like a title, in
// capitals ("P's HBO anthology") or of two words or more and no personal
// name led by a given name ("P's Tidewell Lights").
func (a *article) ownedNotPart(f *mention) bool {
	return a.titleShaped(f) || f.allCaps || f.words >= 2 && !(f.personShaped() && givenFirst(f.text))
}

// titleShaped reports whether mention f reads as a title, not a part's
// name: written with "The" or opening with a function word ("A Still
// Minute"), holding a colon, a number or a small title word, or typed a
// film already.
func (a *article) titleShaped(f *mention) bool {
	return f.the || f.typ == kg.Film || f.titleWords || f.colon || f.digit || commonWords[a.toks[f.a].lower] && f.words >= 2
}

// retypeOwnerFilms settles, after the patterns, a personal name that a
// pattern read as a film where it owns the name after it ("who shot P's
// Darkling", "a role in P's Slow Climb"): a name of two to four words led
// by a given name, weakly a film, its possessive, up to three describers
// and a name that is no personal name led by a given name, or a work
// noun. The owner becomes a person (every weak film mention of it), the
// name after it a film, and the claims the pattern made of the owner go
// to that film. A possessor that heads a longer title ("P: The Return")
// is left alone.
func (a *article) retypeOwnerFilms() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if m.typ != kg.Film || m.strength > 2 {
			continue
		}
		f, _, ok := a.ownedWork(s, k)
		if !ok || a.titleHead(m.key) {
			continue
		}
		if f >= 0 {
			g := &a.ments[f]
			if g.typ != "" && g.typ != kg.Film || g.personShaped() && givenFirst(g.text) {
				continue
			}
			g.setType(kg.Film, 2)
		}
		key := m.key
		for mi := range a.ments {
			if o := &a.ments[mi]; o.key == key && o.typ == kg.Film && o.strength <= 2 {
				o.typ, o.strength = kg.Person, 2
			}
		}
		for ci := range a.claims {
			c := &a.claims[ci]
			if f >= 0 && c.obj.abs && int(c.obj.m) == k {
				c.obj.m = int32(f)
			}
			if f >= 0 && c.subj.abs && int(c.subj.m) == k {
				c.subj.m = int32(f)
			}
		}
	}
}

// titleHead reports whether key opens a longer name of the article as
// its head: before a colon ("Kit Lane: The Return") or a production or
// franchise noun ("the Kit Lane films"). Such a possessor is a title or
// its hero, not a person who owns a work ("Kit Lane's Summer").
func (a *article) titleHead(key string) bool {
	for mi := range a.ments {
		m := &a.ments[mi]
		if len(m.key) > len(key)+1 && m.key[len(key)] == ':' && m.key[:len(key)] == key {
			return true
		}
		if m.key == key {
			if e := int(m.b); e < len(a.toks) && a.toks[e].kind == kWord && !a.toks[e].cap && (franchiseNouns[a.toks[e].lower] || tokIn(&a.toks[e], productionNouns3)) {
				return true
			}
		}
	}
	return false
}

// ownedFilmLinks join a work noun to the film it remakes or follows
// ("a remake of P's F", "the sequel to P's F").
var ownedFilmLinks = setOf("of")

// ownedFilmAfterNoun reports whether token w, before a person's
// possessive, is "of" or "to" after a production noun ("a remake of P's
// F", "the sequel to P's F", "a loose adaptation of P's F"): the owned
// name is a film.
func ownedFilmAfterNoun(toks []token, s *sentence, w int) bool {
	return w-1 >= s.a && ownedFilmLinks[toks[w].lower] && toks[w-1].kind == kWord && !toks[w-1].cap && (cueJoinNouns[toks[w-1].lower] || tokIn(&toks[w-1], productionNouns3))
}
