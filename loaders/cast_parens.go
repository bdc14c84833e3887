package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// Which side of "X (Y)" is the actor: the cues of the whole list of pairs
// the bracket stands in.

// peopleNouns, right before a list of "X (Y)" pairs or before one X, say
// that X is a person ("Her co-stars A (C1), B (C2)").
// (Plural nouns only: "follows pop star C (P)", "washed-up actor C (P)"
// describe the character.)
var peopleNouns = setOf("actors", "actresses", "stars", "co-stars", "costars", "castmates", "cast-mates", "regulars",
	"newcomers", "nominees", "performers")

// personPredicates, after a list of "X (Y)" pairs (past "were also",
// "are all", "are expected"), say the Xs are people: characters are not
// nominated, and a casting item's "A (C1) and B (C2) also return", "are
// back", "rounded out the cast" tells of actors.
// (Plot verbs such as "won" or "landed" are left out: "C (P) won the
// race" is said of the character; so is "complete": "C1 (P1) and C2 (P2)
// complete the trio". "Fill out", like "round out", tells of actors.)
var personPredicates = setOf("nominated", "recognized", "recognised", "honored", "honoured", "shortlisted", "snubbed",
	"cast", "nominees", "up", "return", "returns", "returning", "back", "round", "rounds", "rounded", "fill", "fills", "filled")

// predicateFill may stand between a list and its predicate.
var predicateFill = setOf("were", "are", "was", "is", "have", "has", "been", "also", "all", "both", "each", "will", "be",
	"likewise", "again", "among", "the", "expected", "set", "due", "to")

// relativeNouns, after a possessive pronoun and right before X in "X (Y)", make X
// a character ("his wife Rachel (A)", "their daughter Ellie (B)").
var relativeNouns = setOf("wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "partner", "boyfriend",
	"girlfriend", "fiance", "fiancee", "friend", "uncle", "aunt", "cousin", "grandmother", "grandfather", "niece", "nephew",
	"mom", "dad", "mum", "children", "kids", "boss", "rival", "nemesis", "sidekick", "mentor", "daughters", "sons", "twin")

// pairOrder returns +1 when the list of "X (Y)" pairs holding the pair at
// item i reads person first ("A (C1) and B (C2) were also recognized",
// "Her co-stars A (C1), B (C2)", "A (club owner C)", "A (C1, frontman of
// the band)", "A (C1), B (C2) and D": a personal name closing the list
// without brackets), -1 when it reads
// character first ("his wife C (A)", a bracketed name typed a person
// earlier), 0 when nothing says.
func (p *pctx) pairOrder(i int) int {
	first, last := p.pairListSpan(i)
	vote := 0
	for x := first; x <= last; x++ {
		if !p.isM(x) || p.w(x+1) != "(" {
			continue
		}
		if in := x + 2; p.isM(in) {
			vote += p.priorVote(x, in)
			if p.w(in+1) == "," && (isWordLike(p.w(in+2)) && !p.in(in+2, setRelations_0) && p.is(in+3, "of") || p.isM(in+2) && p.w(in+3) == "'s" ||
				p.is(in+2, "the") && isWordLike(p.w(in+3)) && p.w(in+4) == "'s" && !p.in(in+3, filmNouns) && !p.in(in+3, seriesNouns)) {
				vote++ // "A (C1, frontman of the band)", "(C2, Billy's wife)", "(C3, the band's keyboardist)": a part described
			} else if p.namedPartInside(in) {
				vote++ // "A (C1, nicknamed "Bolt")"
			}
		} else if p.describedInside(x) > 0 {
			vote++
		}
		if b := x - 1; b >= 1 && !p.isM(b) {
			switch {
			case p.wIn(b, peopleNouns):
				vote++
			case p.wIn(b, relativeNouns) && p.wIn(b-1, possessivePronouns):
				vote--
			}
		}
	}
	vote += p.leadingNeighbour(first)
	// a personal name closing the list without brackets: a list of
	// people ("A (C1), B (C2) and D all passed through")
	e := last + 1
	if p.w(e) == "and" && p.isM(e+1) && p.w(e+2) != "(" {
		if z := p.mm(e + 1); z.words >= 2 && z.personShaped() && givenFirst(z.text) && (z.typ == "" || z.typ == kg.Person) && p.priorType(e+1) != kg.Character {
			vote++
			e += 2
		} else if r := p.playerClauseEnd(e + 2); r > 0 && z.typ != kg.Character {
			vote++ // "and D, who plays E, also return"
			e = r
		}
	}
	if r := p.playerClauseEnd(e); r > 0 {
		e = r
	}
	// the predicate after the list
	for n := 0; n < 4 && p.in(e, predicateFill); n++ {
		e++
	}
	if p.in(e, personPredicates) && (p.w(e) != "up" || p.w(e+1) == "for") {
		vote += 2
	}
	switch {
	case vote > 0:
		return 1
	case vote < 0 || p.charFirstSentence():
		return -1
	}
	return 0
}

// charFirstSentence reports whether some "X (Y)" pair of the sentence
// plainly reads character first: a one-word X, typed no person and no
// surname of a personal name of the article, and a personal name of two
// words or more led by a given name in the brackets ("and Wex (Dana
// Morrow)"). A writer keeps one order in a sentence, so the pairs nothing
// else decides read the same way ("with Lady Anne (Ula Brandt) at the
// centre ..., and her brother Wex (Dana Morrow)").
func (p *pctx) charFirstSentence() bool {
	for x := 0; x+3 < len(p.it); x++ {
		if !p.isM(x) || p.w(x+1) != "(" || !p.isM(x+2) || p.w(x+3) != ")" {
			continue
		}
		c, pm := p.mm(x), p.mm(x+2)
		if c.words != 1 || c.quoted || c.allCaps || c.typ == kg.Person || c.typ == kg.Organisation || c.typ == kg.Film ||
			!pm.personShaped() || pm.typ == kg.Character || !givenFirst(pm.text) {
			continue
		}
		if !p.a.surnameOfName(c) {
			return true
		}
	}
	return false
}

// priorVote returns +1 when earlier mentions typed the outer name x of
// "X (Y)" a person or the inner y a character, -1 for the reverse, else 0.
func (p *pctx) priorVote(x, y int) int {
	px, py := p.priorType(x), p.priorType(y)
	switch {
	case px == kg.Person && py != kg.Person || py == kg.Character && px != kg.Character:
		return 1
	case px == kg.Character && py != kg.Character || py == kg.Person && px != kg.Person:
		return -1
	}
	return 0
}

// pairListSpan returns the first and last items of the list of "X (...)"
// pairs joined by commas and "and" that holds item i.
func (p *pctx) pairListSpan(i int) (first, last int) {
	first = i
	for b := i - 1; b >= 2; {
		b = p.skipOwnerWords(b)
		if p.w(b) == "," || p.w(b) == "and" {
			b--
			if p.w(b) == "and" {
				b--
			}
		}
		if p.w(b) != ")" {
			break
		}
		o := b - 1
		for o >= 1 && p.w(o) != "(" && b-o < 12 {
			o--
		}
		if p.w(o) != "(" || !p.isM(o-1) {
			break
		}
		first = o - 1
		b = o - 2
	}
	last = i
	for x := i; x < len(p.it) && p.isM(x) && p.w(x+1) == "("; {
		c := x + 2
		for c < len(p.it) && p.w(c) != ")" && c-x < 12 {
			c++
		}
		if p.w(c) != ")" {
			break
		}
		last = c
		n := c + 1
		if p.w(n) == "," {
			n++
		}
		if p.w(n) == "and" {
			n++
		}
		if n > c+1 && p.wIn(n, possessivePronouns) {
			// ", his wife C (A)"
			for t := n + 1; t < n+3 && !p.isM(t) && isWordLike(p.w(t)); t++ {
				if p.isM(t + 1) {
					n = t + 1
				}
			}
		}
		if n == c+1 || !p.isM(n) {
			break
		}
		x = n
	}
	return first, last
}

// describedInside returns the item of the name in "X (club owner C)" or
// "X (the villainous C)": one to three lower-case describing words that
// name no crew job, then a name closing the bracket or followed by a
// comma; else -1.
func (p *pctx) describedInside(x int) int {
	k := x + 2
	n := 0
	for ; n < 3 && !p.isM(k) && isWordLike(p.w(k)); n++ {
		if p.wIn(k, crewAfterAs) || p.wIn(k, notDescribing) || p.wIn(k, describeStops) && p.w(k) != "the" {
			return -1
		}
		k++
	}
	if n == 0 || !p.isM(k) || p.w(k+1) != ")" && p.w(k+1) != "," {
		return -1
	}
	if c := p.mm(k); !castableName(c) || c.typ != "" && c.typ != kg.Character {
		return -1
	}
	return k
}

// describedParen handles "P (club owner C)": the actor, then the part
// described inside the bracket, in a list that reads person first or is
// silent. It reports whether it claimed the credit.
func (p *pctx) describedParen(i int) bool {
	k := p.describedInside(i)
	if k < 0 || !p.isPersonLike(i) || p.mm(i).typ == kg.Character || p.pairOrder(i) < 0 {
		return false
	}
	p.typ(i, kg.Person, 3)
	p.mm(k).setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(0), char: mArg(k)})
	return true
}

// skipOwnerWords returns the item before "his wife" when the words that end
// at item b are a possessive pronoun and one or two lower-case nouns ("and
// their daughter" before a name), else b.
func (p *pctx) skipOwnerWords(b int) int {
	for t := b; t >= 1 && t > b-2 && !p.isM(t) && isWordLike(p.w(t)); t-- {
		if p.wIn(t-1, possessivePronouns) {
			return t - 2
		}
	}
	return b
}

// nounParen handles "C the NOUN (P)" at item i ("Rollo the badger (Ezra
// Vale), Pim the stoat (Dana Frell)"): a name, "the", one lower-case noun and
// a personal name in brackets make P the actor of C in the production the
// text is about. It reports whether it claimed the credit.
func (p *pctx) nounParen(i int) bool {
	n, k := i+2, i+4
	if p.isM(n) || !isWordLike(p.w(n)) || p.wIn(n, commonWords) || p.w(n+1) != "(" || !p.isM(k) || p.w(k+1) != ")" {
		return false
	}
	c, pm := p.mm(i), p.mm(k)
	if !castableName(c) || c.typ != "" && c.typ != kg.Character || pm.words < 2 || pm.typ == kg.Character || !p.isPersonLike(k) {
		return false
	}
	p.typ(k, kg.Person, 3)
	c.setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(k), obj: p.focusFilm(), char: mArg(i)})
	return true
}

// creditList reports whether the bracket whose first item is the mention
// at item k lists two or more bare names and nothing else ("(Tidemark, The
// Grand)", "(Bad Jaunt, The Emil Andrus Show)"): earlier credits, not parts.
func (p *pctx) creditList(k int) bool {
	n := 0
	for ; p.isM(k); k += 2 {
		if m := p.mm(k); m.typ == kg.Person || m.typ == kg.Character {
			return false
		}
		n++
		if p.w(k+1) == ")" {
			return n >= 2
		}
		if p.w(k+1) != "," {
			return false
		}
		if p.w(k+2) == "and" {
			k++
		}
	}
	return false
}

// preposedPredicates, with "are" or "were", open a list of people ("Also
// returning are A (C1), B (C2)", "Back are ...").
var preposedPredicates = setOf("returning", "back", "joining", "rejoining")

// leadingNeighbour returns +1 when what opens the list of "X (Y)" pairs
// starting at item first says its names are people: a neighbour in the
// same list named person first without brackets ("P, who played C, Q (D)
// and R (E)"), or a preposed predicate of people ("Also returning are
// Q (D) and R (E)").
func (p *pctx) leadingNeighbour(first int) int {
	b := first - 1
	if p.w(b) == "," && p.isM(b-1) && p.in(b-2, playedVerbs) && p.is(b-3, "who") && p.w(b-4) == "," && p.isM(b-5) &&
		p.mm(b-5).typ != kg.Character && p.mm(b-1).typ != kg.Person {
		return 1
	}
	if (p.is(b, "are") || p.is(b, "were")) && p.in(b-1, preposedPredicates) && (b-2 < 0 || !p.isM(b-2)) {
		return 1
	}
	return 0
}
