package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// bothPartVerbs before "both" open a pair of parts one player takes
// ("plays both the Warden, ..., and Cooper Vance").
var bothPartVerbs = setOf("plays", "played", "playing", "play", "voices", "voiced", "voicing", "voice", "portrays",
	"portrayed", "portraying", "portray")

// bothSecondParts gives the second part of "P plays both the A, <a
// description>, and B, ..." to the credit that holds A: a part credit
// whose part follows an acting verb, "both" and at most "the" or a
// possessive pronoun and two lower-case words; then, past the
// description after A (at most thirty tokens, no semicolon, full stop or
// bracket), ", and", at most a determiner or possessive pronoun and three
// lower-case words, maybe a comma ("and his imprisoned twin, B"), and a
// castable name no cue typed other than a part or weakly a person. B is
// typed a character and gets a credit of P in A's production. Runs after
// the patterns.
func (a *article) bothSecondParts() {
	n := len(a.claims)
	for i := 0; i < n; i++ {
		cl := a.claims[i]
		if cl.rel != kg.ActedIn || !cl.char.abs || cl.char.m < 0 || !cl.subj.abs || cl.subj.m < 0 {
			continue
		}
		k := int(cl.char.m)
		if !a.bothBefore(k) {
			continue
		}
		c2 := a.secondOfBoth(k)
		if c2 < 0 || a.isPart(c2) {
			continue
		}
		a.ments[c2].setType(kg.Character, 2)
		second := cl
		second.char = arg{m: int32(c2), of: -1, abs: true}
		a.claims = append(a.claims, second)
	}
}

// bothBefore reports whether "<acting verb> both", then at most "the" or
// a possessive pronoun and two lower-case words, stand right before
// mention k.
func (a *article) bothBefore(k int) bool {
	s := &a.sents[a.ments[k].sent]
	t := int(a.ments[k].a) - 1
	for n := 0; n < 3 && t > s.a && a.toks[t].kind == kWord && !a.toks[t].cap && a.toks[t].lower != "both"; n++ {
		t--
	}
	return t > s.a && a.toks[t].lower == "both" && bothPartVerbs[a.toks[t-1].lower]
}

// secondOfBoth returns the mention of B in "both A, <description>, and
// B" for the mention k of A (bothSecondParts), or -1.
func (a *article) secondOfBoth(k int) int {
	m := &a.ments[k]
	s := &a.sents[m.sent]
	t := int(m.b)
	if t < s.b && a.toks[t].text == "," {
		for t++; t < s.b && t < int(m.b)+30 && !(a.toks[t].text == "," && t+1 < s.b && a.toks[t+1].lower == "and"); t++ {
			if w := a.toks[t].text; w == ";" || w == "." || w == "(" || w == ")" {
				return -1
			}
		}
		t++ // (the comma)
	}
	if t >= s.b || a.toks[t].lower != "and" {
		return -1
	}
	t++
	if t < s.b && (a.toks[t].lower == "the" || possessivePronouns[a.toks[t].lower]) {
		t++
	}
	for n := 0; n < 3 && t < s.b && a.toks[t].kind == kWord && !a.toks[t].cap; n++ {
		t++
	}
	if t < s.b && a.toks[t].text == "," {
		t++
	}
	for j := k + 1; j < len(a.ments) && a.ments[j].sent == m.sent && int(a.ments[j].a) <= t; j++ {
		if int(a.ments[j].a) < t {
			continue
		}
		c := &a.ments[j]
		if !castableName(c) || !(c.typ == "" || c.typ == kg.Character || c.typ == kg.Person && c.strength <= 1) || a.namesPerson(c) {
			return -1
		}
		return j
	}
	return -1
}
