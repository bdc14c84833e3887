package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// pluralCopulas join a list of actors to their parts ("A and B are C and
// D").
var pluralCopulas = setOf("are", "were")

// pluralCopulaCast handles "A and B are C and D" and "A and B are the
// miners' friends C and D" (item i is A): a list of two or more people,
// "are"/"were", maybe an article and a few describing words (an owner's
// possessive among them), and as many parts joined the same way. Each
// person plays the part at the same place in the film the text is about.
// It reports whether it read one.
func (p *pctx) pluralCopulaCast(i int) bool {
	if p.w(i+1) != "and" && p.w(i+1) != "," || p.w(i-1) == "and" || p.w(i-1) == "," && p.isM(i-2) {
		return false
	}
	people, chars := p.castListAt(i)
	if len(people) < 2 {
		return false
	}
	for _, c := range chars {
		if c >= 0 {
			return false
		}
	}
	j := people[len(people)-1] + 1
	if !p.in(j, pluralCopulas) {
		return false
	}
	j++
	if p.w(j) == "the" || p.in(j, possessivePronouns) {
		// "the miners' friends": describing words and a possessive
		for n := 0; n < 5 && !p.isM(j+1) && (isWordLike(p.w(j+1)) || p.w(j+1) == "'s" || p.w(j+1) == "'"); n++ {
			j++
		}
		j++
	}
	var parts []int
	for k := j; k < len(p.it); {
		m := p.mm(k)
		if m == nil || m.typ == kg.Person || !castableName(m) {
			return false
		}
		parts = append(parts, k)
		k++
		if p.w(k) == "," && p.w(k+1) == "and" {
			k++
		}
		if p.w(k) == "and" || p.w(k) == "," && len(parts) < len(people)-1 {
			if len(parts) == len(people) {
				break
			}
			k++
			continue
		}
		if !p.in(k, castStop) {
			return false
		}
		break
	}
	if len(parts) != len(people) {
		return false
	}
	film := p.topicFilm(parts[len(parts)-1] + 1)
	for n, x := range people {
		p.typ(x, kg.Person, 3)
		p.mm(parts[n]).setType(kg.Character, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(x), obj: film, char: mArg(parts[n])})
	}
	return true
}
