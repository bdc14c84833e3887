package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// capTheFollow are lower-case words that, after "The X" and before a
// capitalised word, carry a longer title on ("The Hunt for Red ...",
// "The Shack in the ..."): the name found is then only the title's head.
var capTheFollow = setOf("for", "in", "of", "on", "to", "from", "at", "with", "and", "&", "or", "vs", "vs.", "who", "that")

// capTheNotWorks are the last words of names with "The" that name no
// production ("The Grey List", "The Evening Post"), the words inside a
// talk show's name before its host ("The Late Hour Starring P"), and
// the kinds of work, before or after the name, that are no film ("the
// novel The Long Ward", "The Long Ward, a novel").
var capTheNotWorks = setOf("list", "lists", "awards", "prize", "festival", "post", "times", "journal", "magazine", "podcast",
	"starring", "novel", "novels", "book", "books", "memoir", "play", "song", "album", "single", "band", "newspaper", "poem")

// typeCapitalTheTitles types as films, weakly, the untyped names written
// with a capitalised "The" inside a sentence ("had done The Long Ward, so
// he knew", "a regular since The Beaconry"): in running prose an article
// written capitalised opens a title. A stronger cue of the patterns (a
// role after "as", a company's cue) wins. Left alone: a name after a
// colon (the subtitle of a longer title), a name in quotes (an episode's
// or a song's title as often as a film's), names in headlines or in
// capitals, and a name the title goes on after ("The Hunt for Red ...",
// "The Empress's New ...": capTheFollow or a possessive, then a
// capitalised word). It first settles the personal names a pattern read
// as the films they own (retypeOwnerFilms).
func (a *article) typeCapitalTheTitles() {
	a.retypeOwnerFilms()
	for mi := range a.ments {
		m := &a.ments[mi]
		if !m.the || m.typ != "" && !a.theNoPerson(m) || m.quoted || m.allCaps || m.country {
			continue
		}
		s := &a.sents[m.sent]
		if s.titleCase {
			continue
		}
		if b := int(m.a) - 2; b >= s.a && (a.toks[b].text == ":" || a.toks[b].kind == kQuote || a.toks[b].kind == kDash) {
			continue
		}
		if b := int(m.a) - 2; b >= s.a && a.toks[b].kind == kWord && a.toks[b].cap {
			continue // "the classic Thriller The Long Ward": a capitalised word before "The"
		}
		if b := int(m.a) - 2; b > s.a && a.toks[b].lower == "of" && a.toks[b-1].kind == kWord && a.toks[b-1].cap {
			continue // "Ada Quist of The Beaconry Works": a person's company
		}
		if b := int(m.a) - 2; m.words == 1 && b >= s.a && a.toks[b].kind == kPoss && (leadNouns[a.toks[m.a].lower] || roleWords[a.toks[m.a].lower]) {
			continue // "Quist's The Warden is ...": a role
		}
		if a.capTheNotWork(s, m) {
			continue
		}
		e := int(m.b)
		if e < s.b && a.toks[e].kind == kQuote {
			continue
		}
		if e+1 < s.b && (a.toks[e].kind == kPoss || a.toks[e].kind == kWord && !a.toks[e].cap && capTheFollow[a.toks[e].lower]) {
			n := &a.toks[e+1]
			if n.lower == "the" && e+2 < s.b {
				n = &a.toks[e+2]
			}
			if n.kind == kWord && n.cap || n.kind == kNum && !(a.toks[e].lower == "in" && isYear(n.text) && !a.innerThe(m)) {
				continue // ("The Long Ward in 1994": the year it came out, no title going on)
			}
		}
		if a.subtitleOfFilm(m.key) {
			continue // "X: The Long Ward" ... "The Long Ward": the longer title's
		}
		if m.typ == kg.Person {
			m.typ, m.strength = "", 0
		}
		m.setType(kg.Film, 1)
		m.passingCue = true
	}
}

// theNoPerson reports whether m, written with a capitalised "The" inside
// a sentence, was typed a person by a pattern that a capitalised "The"
// overrules ("directed by Ada Quist, and The Long Ward": no personal name
// is written so; clearDemonyms would clear it after).
// A name holding a second capitalised "The" ("The WB to The CW") is two
// names run together and is left alone.
func (a *article) theNoPerson(m *mention) bool {
	if !m.the || m.typ != kg.Person || m.strength > 3 || m.pronoun {
		return false
	}
	return !a.innerThe(m)
}

// innerThe reports whether mention m holds a capitalised "The" inside.
func (a *article) innerThe(m *mention) bool {
	for k := int(m.a); k < int(m.b); k++ {
		if a.toks[k].text == "The" {
			return true
		}
	}
	return false
}

// capTheScores lowers the subject scores of films typed by a cue that
// names them in passing alone (their capitalised "The", a credit verb
// before them: typeCapitalTheTitles, typeCreditObjects): such a title is
// most often a credit named in passing ("known for The Long Ward"), so each of
// its mentions counts as one in passing, and a film no other cue types
// scores no more than its number of mentions.
func (a *article) capTheScores(sc map[int]int) {
	var only map[int]int // film entity -> its mentions, when every typed one is a passingCue
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.ent < 0 || !m.passingCue {
			continue
		}
		e := a.find(int(m.ent))
		if sc[e] <= 0 {
			continue
		}
		sc[e]--
		if only == nil {
			only = map[int]int{}
		}
		only[e] = 0
	}
	if only == nil {
		return
	}
	for e := range only {
		n := 0
		for _, mi := range a.ents[e].mentions {
			m := &a.ments[mi]
			if m.head || m.typ != "" && !m.passingCue {
				n = -1
				break
			}
			n++
		}
		if n >= 0 && sc[e] > n {
			sc[e] = n
		}
	}
}

// subtitleOfFilm reports whether "the" and key (the key of a name written
// with "The") is the subtitle, after a colon, of a name typed a film in
// the article.
func (a *article) subtitleOfFilm(key string) bool {
	for k := range a.ments {
		o := &a.ments[k]
		if o.typ == kg.Film && o.colon && len(o.key) > len(key)+6 && strings.HasSuffix(o.key, key) && strings.HasSuffix(o.key[:len(o.key)-len(key)], ": the ") {
			return true
		}
	}
	return false
}

// capTheCastWords before a name written with "The" make it a performer
// or a part ("stars The Mask Men", "playing The Gray Lady").
var capTheCastWords = setOf("stars", "starring", "star", "plays", "played", "playing", "as", "featuring", "feat", "voices", "voiced")

// capTheNotWork reports whether mention m, written with "The", holds a
// capTheNotWorks word, follows one ("the novel The X", "the novel, The
// X") or a capTheCastWords word, or is followed by a comma, an article
// and one ("The X, a novel").
func (a *article) capTheNotWork(s *sentence, m *mention) bool {
	for k := int(m.a); k < int(m.b); k++ {
		if a.toks[k].kind == kWord && capTheNotWorks[a.toks[k].lower] && !(k == int(m.a) && k+1 < int(m.b) && a.toks[k+1].lower == "of") {
			return true
		}
	}
	if b := int(m.a) - 2; b >= s.a && (capTheNotWorks[a.toks[b].lower] || capTheCastWords[a.toks[b].lower] ||
		a.toks[b].text == "," && b-1 >= s.a && capTheNotWorks[a.toks[b-1].lower]) {
		return true // ("the novel, The X": the work named in an appositive)
	}
	e := int(m.b)
	if e+2 < s.b && a.toks[e].text == "," && (a.toks[e+1].lower == "a" || a.toks[e+1].lower == "an" || a.toks[e+1].lower == "the") {
		for k := e + 2; k < s.b && k < e+5; k++ {
			if capTheNotWorks[a.toks[k].lower] {
				return true
			}
		}
	}
	return false
}
