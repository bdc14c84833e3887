package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// castTitles open a part's name as often as a real person's ("Judge Ignatius
// Brisby", "Principal Odell", "Coach Zebedee Tibbs", "Commissioner Fitz
// Dunmore"): typeCuedTitledParts types such a name a character only where
// a cast cue points at it. The ranks of characterRanks need no cue
// (typeRankedCharacters).
var castTitles = setOf("judge", "principal", "coach", "commissioner", "dean", "nurse", "president", "governor", "vice")

// nameHonorifics open the names of real people too ("Lady Quillon", "Sir Edwin
// Harrowgate", "Queen Lanora"): typeCuedTitledParts types a name they open a
// character only after a cue word or a copula, not before "in" and a
// production.
var nameHonorifics = setOf("mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "king", "queen", "prince", "duke",
	"duchess", "count", "countess", "baron", "baroness", "father", "mother", "sister", "brother", "madame", "granny",
	"nanny")

// typeCuedTitledParts types as a character a name of two to four words
// that opens with a castTitles or characterRanks word and a capitalised
// name, typed by no cue or weakly a person, when a cast cue points at it:
// a part verb or "as" right before it ("as Commissioner Fitz Dunmore"), "he
// was" or "she is" right before it, a person's name and "is" or "was"
// right before it, "role of" or "part of" right before it, or "in" and a
// production right after it ("Judge Ignatius Brisby in the legal farce F": a
// tribute's list of parts). A title before "of" ("Duke of Edinburgh"),
// before another title or role word ("Mother Abbess") or a name also
// written with a number is left alone.
func (a *article) typeCuedTitledParts() {
	var titles map[string]bool // numberedTitleBases, on first need
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if m.words < 2 || m.words > 4 || m.typ != "" && !(m.typ == kg.Person && m.strength <= 1) || m.quoted || m.colon || m.the || m.digit {
			continue
		}
		r := strings.TrimSuffix(a.toks[m.a].lower, ".")
		rr := vocabRow(r)
		if !rowIn(rr, r, castTitles) && !rowIn(rr, r, characterRanks) && !rowIn(rr, r, nameHonorifics) {
			continue
		}
		n := int(m.a) + 1
		if a.toks[n].text == "." {
			n++
		}
		n = a.skipStackedRanks(n, int(m.b))
		for n < int(m.b)-1 && tokIn(&a.toks[n], castTitles) {
			n++ // "Vice President C"
		}
		if n >= int(m.b) || a.toks[n].kind != kWord || !a.toks[n].cap {
			continue
		}
		if w, _, _ := strings.Cut(a.toks[n].lower, "-"); nameTitles[w] || roleWords[w] || castTitles[w] || nameHonorifics[w] {
			continue
		}
		if !a.titledPartCue(s, k, !nameHonorifics[r]) {
			continue
		}
		if titles == nil {
			titles = a.numberedTitleBases()
		}
		if titles[m.key] {
			continue
		}
		m.typ, m.strength = kg.Character, 2
	}
}

// titledPartCue reports whether a cast cue points at mention k of
// sentence s (typeCuedTitledParts): a cue word, "he was", a person and a
// copula, or "role of" right before it, or (when inFilm) "in" and a film
// right after it. A naming word in the six tokens before a cue word makes
// the name another name of someone ("known on the floor as Ms. C").
func (a *article) titledPartCue(s *sentence, k int, inFilm bool) bool {
	m := &a.ments[k]
	if b := int(m.a) - 1; b >= s.a {
		w := a.toks[b].lower
		if (w == "as" || playedVerbs[w]) && !a.toks[b].cap {
			for t := b - 1; t >= s.a && t >= b-6; t-- {
				if namingWords[a.toks[t].lower] || t == b-1 && crewAfterAs[a.toks[t].lower] {
					return false // "better known as Mr. C", "such as Judge C"
				}
			}
			return true
		}
		if b > s.a && copulaParts[w] {
			if sp := a.toks[b-1].lower; sp == "he" || sp == "she" {
				return true
			}
			if k > 0 && a.ments[k-1].sent == m.sent && int(a.ments[k-1].b) == b && a.ments[k-1].typ == kg.Person {
				return true
			}
		}
		if b > s.a && w == "of" && (a.toks[b-1].lower == "role" || a.toks[b-1].lower == "part") {
			return true
		}
	}
	return inFilm && a.filmAfterIn(s, k) >= 0
}

// headlineAsParts types as a character the name a title-case headline
// ends with after an actor and "as" ("Prosper Marrick Back as Lucan
// Radford"): the patterns skip headlines, so the body's mentions of that
// name ("Lucan Radford is getting his day at the movies") get the type, when
// no cue typed any of them strongly a person. A capitalised word (the
// actor's name) stands at most two tokens before "as"; the part is two or
// three capitalised words that end the headline, so that "as P Boards
// Reboot" (a conjunction) is left alone. It returns nothing; mentions
// change in place.
func (a *article) headlineAsParts() {
	if len(a.sents) < 2 || !a.sents[0].titleCase {
		return
	}
	s := &a.sents[0]
	as := s.b - 3
	if as > s.a && a.toks[as].lower != "as" {
		as = s.b - 4
	}
	if as-2 <= s.a || a.toks[as].lower != "as" || !a.toks[as-1].cap && !a.toks[as-2].cap {
		return
	}
	for t := as + 1; t < s.b; t++ {
		if a.toks[t].kind != kWord || !a.toks[t].cap {
			return
		}
	}
	key := nameKey(a.text[a.toks[as+1].start:a.toks[s.b-1].end])
	for k := range a.ments {
		if m := &a.ments[k]; m.key == key && m.typ == kg.Person && m.strength >= 2 {
			return
		}
	}
	for k := range a.ments {
		if m := &a.ments[k]; m.key == key && weakOrNone(m) && !m.pronoun {
			m.typ, m.strength = kg.Character, 2
		}
	}
}
