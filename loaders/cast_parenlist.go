package loaders

import (
	"slices"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// describedPairEnd returns the item of the bracket closing a described
// pair at item x ("P (C, the shy elephant with the huge voice)": a name, a
// bracket, a second name, a comma, describing words with no person or
// bracket in them), or -1.
func (p *pctx) describedPairEnd(x int) int {
	if !p.isM(x) || p.w(x+1) != "(" || !p.isM(x+2) || p.w(x+3) != "," {
		return -1
	}
	for k := x + 4; k < len(p.it) && k < x+20; k++ {
		if m := p.mm(k); m != nil {
			if m.typ == kg.Person || m.typ == kg.Film {
				return -1
			}
			continue
		}
		switch p.w(k) {
		case ")":
			if k == x+4 {
				return -1
			}
			return k
		case "(", ".", ";", "":
			return -1
		}
	}
	return -1
}

// describedPairs handles a list of described pairs in brackets ("A (C1,
// the gorilla with the criminal family), B (C2, the shy elephant) and D
// (C3, Rosita's dance partner) round out the ensemble"; item i is a name
// before a bracket): when the sentence lists at least two such pairs
// joined by commas or "and", and the names typed people stand on one side
// only, each person acted in the film the text is about as the other name
// of the pair. It reports whether item i belongs to such a list (only the
// list's first name makes the claims).
func (p *pctx) describedPairs(i int) bool {
	if p.w(i+1) != "(" || p.w(i+3) != "," {
		return false
	}
	// the list holding item i: pairs joined by ",", "and" or ", and"
	start := i
	for {
		b := start - 1
		if p.w(b) == "and" || p.w(b) == "," {
			b--
		}
		if p.w(b) == "and" && p.w(b-1) == "," {
			b -= 2
		}
		if p.w(b) != ")" {
			break
		}
		x := b - 1
		for x > 0 && !(p.isM(x) && p.w(x+1) == "(") && b-x < 20 {
			x--
		}
		if x <= 0 && !(p.isM(0) && p.w(1) == "(") || p.describedPairEnd(x) != b {
			break
		}
		start = x
	}
	var pairs []int
	for x := start; ; {
		e := p.describedPairEnd(x)
		if e < 0 {
			break
		}
		pairs = append(pairs, x)
		n := e + 1
		if p.w(n) == "," {
			n++
		}
		if p.w(n) == "and" {
			n++
		}
		if n == e+1 {
			break
		}
		x = n
	}
	if len(pairs) == 1 && pairs[0] == i && p.commentedPart(i) {
		return true
	}
	if len(pairs) < 2 || !slices.Contains(pairs, i) {
		return false
	}
	if i != pairs[0] {
		return true
	}
	left, right := 0, 0
	for _, x := range pairs {
		if p.mm(x).typ == kg.Person {
			left++
		}
		if p.mm(x+2).typ == kg.Person {
			right++
		}
		if p.mm(x).typ == kg.Character && p.mm(x).strength >= 2 {
			right++
		}
		if p.mm(x+2).typ == kg.Character && p.mm(x+2).strength >= 2 {
			left++
		}
	}
	if left == 0 && right == 0 {
		// nothing typed yet: the side whose every name is a full personal
		// name ("Dana Frell (Pip, ...)") holds the people
		for _, x := range pairs {
			if p.isPersonLike(x) && p.mm(x).words >= 2 && p.mm(x+2).words == 1 {
				left++
			}
			if p.isPersonLike(x+2) && p.mm(x+2).words >= 2 && p.mm(x).words == 1 {
				right++
			}
		}
		if left != len(pairs) && right != len(pairs) {
			return true
		}
	}
	if left > 0 == (right > 0) {
		return true
	}
	film := p.focusFilm()
	for _, x := range pairs {
		person, part := x, x+2
		if right > 0 {
			person, part = x+2, x
		}
		if !castableName(p.mm(part)) || p.mm(person).words < 2 && p.mm(person).typ != kg.Person {
			continue
		}
		p.typ(person, kg.Person, 3)
		p.mm(part).setType(kg.Character, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(person), obj: film, char: mArg(part)})
	}
	return true
}

// commentedPart handles one pair with a short aside after the part ("P
// (C, obviously) followed"; item i is P): a typed person of two or more
// words (or an untyped personal name), a one-word part nothing types otherwise, and at most three plain
// words before the closing bracket. P plays C in the production the text
// is about. It reports whether it read one.
func (p *pctx) commentedPart(i int) bool {
	pm, cm := p.mm(i), p.mm(i+2)
	person := pm.typ == kg.Person || pm.typ == "" && pm.personShaped() && givenFirst(firstWord(pm.text))
	if !person || pm.words < 2 || cm.words != 1 || cm.typ != "" && cm.typ != kg.Character || !castableName(cm) || pcType(p.priorType(i+2)) && p.priorType(i+2) != kg.Character {
		return false
	}
	k := i + 4
	for ; k < len(p.it) && k <= i+7 && !p.isM(k) && isWordLike(p.w(k)); k++ {
	}
	if p.w(k) != ")" || k == i+4 {
		return false
	}
	p.typ(i, kg.Person, 3)
	cm.setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.focusFilm(), char: mArg(i + 2)})
	return true
}
