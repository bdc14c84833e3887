package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// versionSelfNouns close "as the younger versions" / "as their younger selves".
var versionSelfNouns = setOf("versions", "version", "selves", "self")

// versionAges may describe the versions ("younger", "child").
var versionAges = setOf("younger", "young", "child", "teenage", "teen", "older", "adult", "grown-up")

// youngerVersions handles "A and B play the twins, C and D, with E and F
// as the younger versions" (item i is F, the last of the list before
// "as"): the parts are the characters named last before the list in the
// same sentence, as many as the people, paired in order. It reports
// whether it claimed them.
func (p *pctx) youngerVersions(i int) bool {
	j := i + 1
	if p.w(j) != "as" {
		return false
	}
	j++
	if p.w(j) == "the" || p.in(j, possessivePronouns) {
		j++
	}
	if !p.in(j, versionAges) || !p.in(j+1, versionSelfNouns) {
		return false
	}
	people := p.listBefore(i + 1)
	if len(people) == 0 {
		return false
	}
	var chars []int
	for k := people[0] - 1; k >= 0 && len(chars) < len(people); k-- {
		m := p.mm(k)
		if m == nil {
			continue
		}
		if m.typ != kg.Character {
			if len(chars) > 0 || m.typ == kg.Film {
				return false // the parts must be the names right before the list
			}
			continue
		}
		chars = append(chars, k)
	}
	if len(chars) != len(people) {
		return false
	}
	film := p.topicFilm(j + 2)
	for n, x := range people {
		c := chars[len(chars)-1-n]
		p.typ(x, kg.Person, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(x), obj: film, char: mArg(c)})
	}
	return true
}
