package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// frontAsAppositiveEnd returns the comma that closes an appositive
// describing the part after a fronted "As C," at item n (the comma after
// C): "As C, the high-priced lawyer who takes the case, P gets the best
// lines", "As C, the sly, fast-talking owner of the club, P goes over the
// top". The appositive opens with "the", "a", "an" or a possessive pronoun
// and runs at most 40 items to a comma followed by a name shaped like a
// person's and a lower-case word (the clause's verb); it crosses no other
// clause end and no bracket. Else it returns n unchanged.
func (p *pctx) frontAsAppositiveEnd(n int) int {
	if w := p.w(n + 1); w != "the" && w != "a" && w != "an" && !p.in(n+1, possessivePronouns) {
		return n
	}
	for k := n + 2; k < len(p.it) && k < n+40; k++ {
		switch p.w(k) {
		case ".", ";", ":", "(", ")", "!", "?", "\"":
			return n
		case ",":
			if p.isM(k+1) && p.isPersonLike(k+1) && p.mm(k+1).typ != kg.Character && isWordLike(p.w(k+2)) {
				return k
			}
		}
	}
	return n
}

// frontAsPair handles "As C and D, A and B capture ...": two parts after a
// fronted "As" (C at item c, "and" at item n) and two people after the
// comma, each playing the part in the same place (A plays C, B plays D) in
// the production the text is about (focusFilm: a title later in the
// clause is another work). D and A, B must be names (D castable,
// A and B shaped like people), the people followed by a lower-case word.
// It reports whether it claimed the credits.
func (p *pctx) frontAsPair(c, n int) bool {
	d := n + 1
	if !p.isM(d) || p.w(d+1) != "," {
		return false
	}
	dm := p.mm(d)
	if !castableName(dm) || dm.typ != "" && dm.typ != kg.Character {
		return false
	}
	a, b := d+2, d+4
	if !p.isM(a) || p.w(a+1) != "and" || !p.isM(b) || !isWordLike(p.w(b+1)) {
		return false
	}
	for _, k := range []int{a, b} {
		if !p.isPersonLike(k) || p.mm(k).typ == kg.Character {
			return false
		}
	}
	film := p.focusFilm()
	for _, pair := range [2][2]int{{a, c}, {b, d}} {
		p.typ(pair[0], kg.Person, 3)
		p.mm(pair[1]).setType(kg.Character, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(pair[0]), obj: film, char: mArg(pair[1])})
	}
	return true
}
