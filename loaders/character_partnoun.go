package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// characterNouns name a part; the name right after one, or after one and a
// comma, is the part ("his character, Skip Dunn,", "whose characters A and
// B", "Vantrell's old part, C, went to P").
var characterNouns = setOf("character", "characters", "part", "role", "alter", "ego", "alter-ego")

// typePartNounNames types as characters the names a part noun leads up to:
// right after it ("whose characters Ada Marsh and Tom Reyes were"), or
// after it and a comma ("his character, Skip Dunn, has"), when the name
// ends its clause (appositiveEnd: "the C character P played" is the
// actor). A second name joined by "and" is typed too. The names are of one
// to three words, typed by no cue or weakly a person, and name no person
// of the article; "character actor P" (a noun between) is left alone.
func (a *article) typePartNounNames() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if !weakOrNone(m) || m.pronoun {
			continue
		}
		b := int(m.a) - 1
		if b <= s.a {
			continue
		}
		if !a.appositiveEnd(s, int(m.b)) {
			continue // (not "the C character P played": the actor)
		}
		switch {
		case a.toks[b].kind == kWord && !a.toks[b].cap && (a.toks[b].lower == "characters" || a.toks[b].lower == "character"):
		case a.toks[b].text == "," && a.toks[b-1].kind == kWord && !a.toks[b-1].cap && characterNouns[a.toks[b-1].lower]:
		default:
			continue
		}
		if a.namesPerson(m) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
		if n := k + 1; n < len(a.ments) && a.ments[n].sent == m.sent && int(a.ments[n].a) == int(m.b)+1 && a.toks[m.b].lower == "and" && weakOrNone(&a.ments[n]) && !a.namesPerson(&a.ments[n]) {
			a.ments[n].typ, a.ments[n].strength = kg.Character, 2
		}
	}
}

// appositiveEnd reports whether token e of sentence s ends an appositive
// name: the end of the sentence, a punctuation mark (pairEnd) or a
// describedPartEnds word.
func (a *article) appositiveEnd(s *sentence, e int) bool {
	return a.pairEnd(s, e) || describedPartEnds[a.toks[e].lower]
}

// partNameEndsClean reports whether the name m of sentence s ends where a
// part's name can end: at the end of the sentence, or before a
// copulaPartEnds word or an appositive end, never before a possessive.
func (a *article) partNameEndsClean(s *sentence, m *mention) bool {
	e := int(m.b)
	return e >= s.b || a.toks[e].kind != kPoss && (tokIn(&a.toks[e], copulaPartEnds) || a.appositiveEnd(s, e))
}

// wordBeforeName returns the index of the token before the name m of
// sentence s, read past one comma ("the detective, C"), or -1 when that
// token is not a word of s after its first.
func (a *article) wordBeforeName(s *sentence, m *mention) int {
	t := int(m.a) - 1
	if t > s.a && a.toks[t].text == "," {
		t--
	}
	if t <= s.a || a.toks[t].kind != kWord {
		return -1
	}
	return t
}
