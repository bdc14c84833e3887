package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// governedReunite are the verbs whose object is a cast ("the sequel
// reunites A and B").
var governedReunite = setOf("reunites", "reunited", "reunite", "reuniting")

// governedNewcomers are the cast nouns that lead a list of actors
// ("newcomers A, B and C", "returning leads A and B").
var governedNewcomers = setOf("newcomers", "leads", "regulars", "co-stars", "costars", "castmates", "cast-mates")

// governedCloseIn close "with A and B in support" ("in supporting
// roles", "in smaller roles", "in undisclosed roles").
var governedCloseIn = setOf("support", "supporting", "smaller", "undisclosed", "as-yet-undisclosed", "minor", "cameo", "cameos",
	"recurring", "guest")

// governedCloseVerbs close "with A providing the voice" and open "A, B
// and C round out the cast".
var governedCloseVerbs = setOf("providing", "voicing", "rounding")

// governedAfter are the verbs after a list of actors that make it a cast
// ("A, B and C round out the ensemble", "A and B complete the core
// group").
var governedAfter = setOf("round", "rounds", "rounded", "complete", "completes", "completed")

// governedList reads a list of actors that a cast word governs, at the
// list's first name (item i): after a verb whose object is a cast ("F
// reunites A, B and C"), "cameos from A and B", "a cast led by A and B",
// "Also announced were A and B", a cast noun before the names
// ("newcomers A and B", "returning leads A and B"), "with A and B in
// support" or "with A providing the voice", and before "round out" or
// "complete the". A name may carry its part in brackets ("A (C), B (D)
// and E (F) complete the group") or after "as". Each person acted in the
// film the clause is about. It reports whether it read one.
func (p *pctx) governedList(i int) bool {
	// (cheap word checks first: this runs at every name)
	b, n := p.w(i-1), p.w(i+1)
	if !(b == "from" || b == "by" || b == "were" || b == "are" || b == "with" || b == "and" || p.in(i-1, governedReunite) || p.in(i-1, governedNewcomers) ||
		(n == "," || n == "and" || n == "(") && (i == 0 || p.in(i-1, governedOpeners))) {
		return false
	}
	andWith := b == "and" && p.withAsBefore(i) // "with P as C and A and B in support"
	if b == "and" && !andWith || b == "," && p.isM(i-2) || !p.castListName(i) {
		return false
	}
	var pb, cb [16]int // (on the stack: this runs at every name)
	people, chars, last := p.governedNames(i, pb[:0], cb[:0])
	if len(people) == 0 || p.w(last+1) == "as" || p.w(last+1) == "with" {
		return false // "A and B as C and D", "reunites P with C": other readings
	}
	if andWith && !p.withRolesClose(i, last) {
		return false
	}
	gov := andWith || p.governedBefore(i, last, len(people))
	if !gov && len(people) >= 2 && (i == 0 || p.in(i-1, governedOpeners)) {
		gov = p.governedAfterList(last + 1)
	}
	if !gov || p.crewTalk(last) && !p.withRolesClose(i, last) {
		return false
	}
	var film arg
	if w := p.w(i - 1); governedReunite[w] && p.w(i-2) == "which" && p.w(i-3) == "," && p.isM(i-4) && (p.mm(i-4).typ == kg.Film || p.mm(i-4).typ == "") {
		p.mm(i-4).setType(kg.Film, 2)
		film = mArg(i - 4) // "F, which reunites A and B"
	} else if f := p.sentenceCastFilm(); p.w(i-1) == "with" && f.valid() {
		film = f // "P returns as C, with A and B in support": the film of P's claim
	} else if p.w(last+1) == "," && (p.w(last+2) == "the" || p.w(last+2) == "a" || p.w(last+2) == "an") {
		film = p.focusFilm() // "a cameo from P, the star of 2015's F,": the appositive's film is another
	} else {
		film = p.topicFilm(last + 1)
	}
	if !film.valid() {
		return false
	}
	p.castClaims(people, chars, film)
	return true
}

// governedNames reads the names of a list from item i: "A, B and C",
// each maybe with its part in brackets ("A (C)") or after "as"; it
// returns the people, their parts (-1: none) and the list's last item.
func (p *pctx) governedNames(i int, people, chars []int) ([]int, []int, int) {
	j, last := i, 0
	for j < len(p.it) && len(people) < 16 {
		if !p.isM(j) || !p.castListName(j) || p.mm(j).typ == kg.Character {
			return nil, nil, 0
		}
		people, chars = append(people, j), append(chars, -1)
		last = j
		j++
		if p.w(j) == "(" && p.isM(j+1) && p.w(j+2) == ")" {
			// "A (C)": the part in brackets when the article has typed the
			// outer name a person or the inner one a part; "C (A)" is as
			// common, so an undecided pair reads nothing
			c := p.mm(j + 1)
			outer := p.mm(j-1).typ == kg.Person || p.priorType(j-1) == kg.Person
			inner := c.typ == kg.Character || p.priorType(j+1) == kg.Character
			if !(outer || inner) || c.typ == kg.Person || p.priorType(j+1) == kg.Person || !castableName(c) {
				return nil, nil, 0
			}
			chars[len(chars)-1] = j + 1
			last = j + 2
			j += 3
		} else if p.w(j) == "as" {
			return nil, nil, 0 // "A as C, B as D": the "P as C" readings take it
		}
		if k := p.listSep(j); k > j {
			j = k
			continue
		}
		break
	}
	return people, chars, last
}

// governedOpeners may stand before a list of actors that opens its
// clause.
var governedOpeners = setOf(",", ";", ":", "while", "but", "whereas", "newcomers", "leads", "regulars")

// governedCrewWords say that a statement is about the crew ("behind the
// camera, the sequel reunites A and B", "A and B, who co-directed").
var governedCrewWords = setOf("camera", "crew", "director", "directors", "writer", "writers", "producer", "producers",
	"screenplay", "script", "directed", "co-directed", "wrote", "co-wrote", "produced", "showrunner", "showrunners", "composer")

// crewTalk reports whether a crew word stands in the sentence up to a
// few items after the list ending at item last.
func (p *pctx) crewTalk(last int) bool {
	for k := 0; k < len(p.it) && k <= last+6; k++ {
		if !p.isM(k) && p.wIn(k, governedCrewWords) {
			return true
		}
	}
	return false
}

// governedBefore reports whether a cast word before item i governs the
// list from i to item last of n names.
func (p *pctx) governedBefore(i, last, n int) bool {
	b := i - 1
	switch w := p.w(b); {
	case p.in(b, governedReunite):
		// the subject is a production, not a person ("F reunites A and
		// B", "the sequel, which reunites A and B")
		if n < 2 {
			return false
		}
		for k := b - 1; k >= 0 && k >= b-12; k-- {
			if p.isM(k) {
				return !p.isPersonLike(k) && p.mm(k).typ != kg.Person
			}
			if p.w(k) == "which" || p.w(k) == "that" {
				return true
			}
			if p.w(k) == "." || p.w(k) == ";" {
				break
			}
		}
		return true
	case w == "from":
		return p.w(b-1) == "cameos" || p.w(b-1) == "cameo" || p.w(b-1) == "appearances"
	case w == "by":
		return p.w(b-1) == "led" && (p.w(b-2) == "cast" || p.w(b-2) == "ensemble")
	case w == "were" || w == "are":
		return (p.w(b-1) == "announced" || p.w(b-1) == "cast" || p.w(b-1) == "confirmed") && (p.w(b-2) == "also" || b-1 == 0) && n >= 2
	case p.in(b, governedNewcomers):
		// "newcomers A and B", "joins returning leads A, B and C"
		return n >= 2 || w == "newcomer"
	case w == "with":
		k := last + 1
		if p.w(k) == "in" && p.in(k+1, governedCloseIn) || p.withRolesClose(i, last) {
			return true
		}
		if p.in(k, governedCloseVerbs) && (p.w(k+1) == "the" || p.w(k+1) == "out") {
			return true
		}
		// "with A once more providing the voice"
		return p.in(k+1, governedCloseVerbs) && p.w(k+2) == "the" && (p.w(k) == "again" || p.w(k) == "also") ||
			p.w(k) == "once" && p.w(k+1) == "more" && p.in(k+2, governedCloseVerbs)
	}
	return false
}

// governedAfterList reports whether the list closing before item k is
// the subject of "round out" or "complete the", with no "as" after the
// verb ("complete the party as C and D": the "as" readings name the
// parts).
func (p *pctx) governedAfterList(k int) bool {
	for n := k; n < len(p.it) && n < k+10; n++ {
		if p.w(n) == "as" {
			return false
		}
		if p.w(n) == "," || p.w(n) == ";" || p.w(n) == "." {
			break
		}
	}
	switch {
	case p.in(k, governedAfter) && (p.w(k+1) == "out" || p.w(k+1) == "the"):
		return true
	case (p.w(k) == "also" || p.w(k) == "will") && p.in(k+1, governedAfter) && (p.w(k+2) == "out" || p.w(k+2) == "the"):
		return true
	}
	return false
}

// sentenceCastFilm returns the film of the latest ACTED_IN claim of this
// sentence, or noArg.
func (p *pctx) sentenceCastFilm() arg {
	for k := len(p.a.claims) - 1; k >= 0 && p.a.claims[k].sent == p.si; k-- {
		if c := &p.a.claims[k]; c.rel == kg.ActedIn && c.obj.valid() {
			return c.obj
		}
	}
	return noArg
}
