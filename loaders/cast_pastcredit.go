package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// Past credits of a newcomer: casting news, profiles and interviews name
// the earlier work of the person a sentence is about with a credit noun or
// a breakout verb, a described or named part, and the title after
// "in"/"on": "P is best known for a two-season run on the streaming legal
// drama F and for her turn as a grieving mother in the independent film
// G", "P spent four years on Broadway before landing a recurring part on
// Q's F", "P makes her debut after guest roles on F and G", "P most
// recently appeared as the detective C in the second season of Q's F",
// "P broke out as a teenage hacker in the Q thriller F", "P, whose
// breakout came in the 2024 Q thriller F", "P most recently appeared
// opposite R in the crime series F". P acted in each title (as C when the
// part is named).

// pastCreditCues open a past credit of the sentence's subject: credit
// nouns ("a recurring part on", "her turn as"), breakout words, and
// appearance verbs after an adverb of time; "for playing" reads its
// part first.
var pastCreditCues = setOf("run", "turn", "stint", "part", "parts", "role", "roles", "breakout", "out", "appeared", "starred", "seen")

// pastCreditStops end the words between a cue and its title: a clause, a
// list of something else, a crew credit.
var pastCreditStops = setOf("which", "who", "whom", "that", "where", "when", "while", "but", "and", "or", "because", "although",
	"directing", "writing", "producing", "creating", "co-creating", "editing", "composing", "shooting", "designing", "hosting",
	"behind", "camera", "stage", "theatre", "theater", "broadway", "radio", "album", "band", "novel", "book", "play", "musical")

// pastCreditTitleEnds may follow the title of a past credit.
var pastCreditTitleEnds = setOf("and", "as", "in", "for", "opposite", "alongside", "where", "which", "who", "before", "after", "with")

// pastCreditLen bounds the words between a cue and "in"/"on".
const pastCreditLen = 9

// pastCredits reads the past credits of this sentence's subject: the
// person named first in it (no other mention before), not a possessor,
// with no crew credit in the article. From each cue after it (up to
// forty items on, before any other person but a co-star or the part) it
// reads the words up to "in"/"on" (pastCreditAt) and the title after
// them.
func (p *pctx) pastCredits() {
	s := -1
	for k := 0; k < len(p.it) && k < 4; k++ {
		if p.isM(k) {
			s = k
			break
		}
	}
	if s < 0 || p.w(s+1) == "'s" || !p.isPersonLike(s) && p.mm(s).typ != kg.Person || p.mm(s).typ != "" && p.mm(s).typ != kg.Person {
		return
	}
	if p.a.crewCredited(p.it[s].m) {
		return
	}
	for k := s + 1; k < len(p.it) && k <= s+40; k++ {
		if p.isM(k) {
			if p.isPersonLike(k) && !p.in(k-1, pastCreditPersonCues) {
				return // another person's clause
			}
			continue
		}
		w := p.w(k)
		if w == "." || w == ";" || w == ":" {
			return
		}
		if w == "playing" && p.is(k-1, "for") {
			// "best known for playing C in F", "Oscar-nominated for playing C in F"
			if end := p.pastCreditAt(s, k+1, true); end > k {
				k = end - 1
			}
			continue
		}
		if !p.in(k, pastCreditCues) || w == "out" && !p.is(k-1, "broke") ||
			(w == "appeared" || w == "starred" || w == "seen") && !p.is(k-1, "recently") && !p.is(k-1, "last") {
			continue
		}
		if end := p.pastCreditAt(s, k+1, false); end > k {
			k = end - 1
		}
	}
}

// pastCreditPersonCues may stand before another person's name inside the
// subject's clause: "repped by R", "opposite R", "alongside R".
var pastCreditPersonCues = setOf("by", "opposite", "alongside", "with")

// pastCreditAt reads a past credit of the person at item s from item j,
// right after a cue: lower-case words (not pastCreditStops, no job),
// "as" and a part (careerPartEnd: "as a teenage hacker", "as the
// detective C"), "opposite R (and R2)" (after "for playing", played:
// the part first), then a connector (careerConnector:
// "in", "on", "in the second season of") and a title (obitTitle), with
// the titles coordinated after it. It claims the credits and returns the
// item after the last title, or -1.
func (p *pctx) pastCreditAt(s, j int, played bool) int {
	char := noArg
	k := j
	if played {
		c, x := p.careerPartEnd(k)
		if x < 0 {
			c, x = p.pastCreditPart(k)
		}
		if x < 0 || p.careerConnector(x) < 0 {
			return -1
		}
		if c >= 0 {
			char = mArg(c)
		}
		k = x
	}
	for n := 0; n < pastCreditLen && k < len(p.it); n++ {
		if p.is(k, "as") && !char.valid() {
			c, x := p.careerPartEnd(k + 1)
			if x < 0 {
				c, x = p.pastCreditPart(k + 1)
			}
			if x < 0 {
				return -1
			}
			if c >= 0 {
				char = mArg(c)
			}
			k = x
			continue
		}
		if p.is(k, "opposite") || p.is(k, "alongside") {
			k++
			for m := 0; m < 4 && p.isM(k) && p.isPersonLike(k); m++ {
				k++
				if !p.is(k, "and") || !p.isM(k+1) {
					break
				}
				k++
			}
			continue
		}
		if x := p.careerConnector(k); x > 0 {
			if p.is(x, "the") && (p.in(x+2, careerSpanNouns) || p.is(x+2, "series")) && p.is(x+3, "of") {
				x += 4 // "in the second season of F"
			}
			f, end := p.obitTitle(x)
			if f < 0 {
				f, end = p.companyTitle(x)
			}
			if f < 0 || isWordLike(p.w(end)) && !p.in(end, pastCreditTitleEnds) {
				return -1 // "in the West End run of P": the title is no title
			}
			m := p.mm(f)
			described := end == f+4 || p.w(f-1) == "'s" || productionNoun(p.w(f-1)) || p.wIn(f-1, careerTitleNouns)
			if !described && (m.typ != kg.Film || m.strength < 2 || k == j && p.laterCastWord(end)) {
				return -1 // a bare title right after the cue ("broke out in T, will play C"): the sentence's own credit comes first (brokeOut)
			}
			if m.typ == kg.Person || p.a.isSubjectPerson(m) && m.typ != kg.Film ||
				p.w(f-1) == "'s" && p.isM(f-2) && p.mm(f-2).typ == "" {
				return -1 // "on Q's F" with Q typed nothing: one title cut at its "'s"
			}
			films := append([]int{f}, p.coordCastFilms(f, false)...)
			p.typ(s, kg.Person, 3)
			if char.valid() {
				p.mm(int(char.m)).setType(kg.Character, 3)
			}
			for _, g := range films {
				p.mm(g).setType(kg.Film, 2)
				c := noArg
				if g == f {
					c = char
				}
				p.claim(pclaim{rel: kg.ActedIn, subj: mArg(s), obj: mArg(g), char: c})
			}
			last := films[len(films)-1] + 1
			return last
		}
		if p.isM(k) {
			return -1
		}
		w := p.w(k)
		if !isWordLike(w) && w != "-" || pastCreditStops[w] || jobNouns[w].rel != "" || otherJobNouns[w] ||
			crewJobs[w] != "" || careerCrewVerbs[w] != "" {
			return -1
		}
		k++
	}
	return -1
}

// pastCreditPart reads a part careerPartEnd refuses at item j: "the"/"a"
// and up to three describing words before a name some rule typed a
// person ("as the detective C in F"), right before a connector. The name
// is the part when nothing typed it strongly (strength < 2); the part's
// item or -1, and the item after the name; -1, -1 when none.
func (p *pctx) pastCreditPart(j int) (int, int) {
	if !p.is(j, "the") && !p.is(j, "a") && !p.is(j, "an") {
		return -1, -1
	}
	k := j + 1
	for n := 0; n < 3 && !p.isM(k) && isWordLike(p.w(k)) && !p.wIn(k, partDescriberStops); n++ {
		k++
	}
	m := p.mm(k)
	if k == j+1 || m == nil || m.pronoun || p.a.isSubjectPerson(m) || p.careerConnector(k+1) < 0 {
		return -1, -1
	}
	if m.typ == "" || m.typ == kg.Character || m.typ == kg.Person && m.strength < 2 {
		return k, k + 1
	}
	return -1, k + 1
}

// companyTitle reads "(the) Q's F" at item k with Q a company (typed so, or
// untyped and not shaped like a person's name) and
// F typed nothing else nor named like a person by a given name: the
// title's item and the item after it, or -1, -1.
func (p *pctx) companyTitle(k int) (int, int) {
	if p.is(k, "the") {
		k++
	}
	q := p.mm(k)
	if q == nil || q.typ != kg.Organisation && (q.typ != "" || q.personShaped()) || p.w(k+1) != "'s" {
		return -1, -1
	}
	m := p.mm(k + 2)
	if m == nil || m.pronoun || m.typ != "" && m.typ != kg.Film || givenNameShaped(m) {
		return -1, -1
	}
	return k + 2, k + 3
}

// laterCastWord reports whether a cast word (oppositeLaterCast) stands
// at or after item k.
func (p *pctx) laterCastWord(k int) bool {
	for ; k < len(p.it); k++ {
		if !p.isM(k) && p.wIn(k, oppositeLaterCast) {
			return true
		}
	}
	return false
}
