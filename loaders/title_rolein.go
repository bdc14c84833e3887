package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// roleInVerbs come before the part an actor played in a production ("played
// the ferryman in F", "as Dora Vance in F").
var roleInVerbs = setOf("as", "played", "plays", "playing", "portrayed", "portrays", "portraying", "voiced", "voices", "voicing")

// pastRoleVerbs name a part played in the past: the production after
// them is an earlier credit named in passing, typed before the patterns
// read the sentence.
var pastRoleVerbs = setOf("played", "portrayed", "voiced")

// roleInDeterminers open a part described by a noun ("played the ferryman
// in F", "playing a nurse in F").
var roleInDeterminers = setOf("the", "a", "an", "his", "her", "their")

// typeRoleInTitles types as films, before the patterns run, the names
// right after a part and "in": "as Dora Vance in Tallow Shoals", "played
// Tully Marsh in Glass Orchard", "playing the ferryman in Salt Hollow".
// The part is a name no cue typed a person, company or film right after
// "as" or an acting verb in the past (an earlier credit named in
// passing), or a noun phrase of at most four lower-case words opened by
// "the", "a" or a possessive pronoun right after an acting verb; the
// title is a name no cue typed (or typed a person weakly) of two words or
// more (or with "The", a number or a colon: one word after "in" is as
// often a town), not a place, a country, a personal name led by a given
// name or a date, and not the owner of a name after it. A part named
// right after an acting verb in the present ("plays Sam Reyes in F") is
// left to the patterns, which read its sentence whole.
func (a *article) typeRoleInTitles() {
	for s, k := range a.bodyMentions() {
		t := &a.ments[k]
		tb := int(t.a)
		if t.the {
			tb--
		}
		if tb-2 <= s.a || a.toks[tb-1].lower != "in" || !titleCandidate(t) || t.words < 2 && !t.the && !t.digit && !t.colon {
			continue
		}
		if r := a.roleBefore(s, k, tb-1); r == roleNone || r == roleNamedVerb {
			continue
		}
		if isPlaceName(t) || t.country || t.short || months[a.toks[t.a].lower] != 0 || weekdays[a.toks[t.a].lower] || holidayWords[a.toks[t.a].lower] ||
			int(t.b) < s.b && a.toks[t.b].kind == kPoss {
			continue
		}
		t.setType(kg.Film, 2)
	}
}

// The parts roleBefore reads before "in".
const (
	roleNone      = iota
	roleNamedAs   // "as Dora Vance in", "played Tully Marsh in"
	roleNamedVerb // "plays Tully Marsh in"
	roleDescribed // "playing the ferryman in"
)

// roleBefore reports which part, if any, the tokens before token in ("in")
// of sentence s name after an acting verb or "as": a name (mention k-1,
// not typed a person, company or film) or a noun phrase of at most four
// lower-case words opened by a determiner after an acting verb.
func (a *article) roleBefore(s *sentence, k, in int) int {
	if k > 0 {
		if p := &a.ments[k-1]; p.sent == a.ments[k].sent && int(p.b) == in {
			if p.typ == kg.Person && p.strength >= 2 || p.typ == kg.Organisation || p.typ == kg.Film {
				return roleNone
			}
			v := int(p.a) - 1
			if p.the {
				v--
			}
			if v > s.a && roleAdverbs[a.toks[v].lower] {
				v--
			}
			switch {
			case v < s.a || a.toks[v].cap || !roleInVerbs[a.toks[v].lower]:
				return roleNone
			case a.toks[v].lower == "as" || pastRoleVerbs[a.toks[v].lower]:
				return roleNamedAs
			}
			return roleNamedVerb
		}
	}
	// "played the ferryman in": a determiner and up to four lower-case words
	for d := in - 1; d > s.a && d >= in-5; d-- {
		w := &a.toks[d]
		if w.kind != kWord || w.cap {
			return roleNone
		}
		if roleInDeterminers[w.lower] {
			if v := &a.toks[d-1]; d < in-1 && !v.cap && roleInVerbs[v.lower] && v.lower != "as" {
				return roleDescribed
			}
			return roleNone
		}
	}
	return roleNone
}
