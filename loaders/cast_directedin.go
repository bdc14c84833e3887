package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// directedCastVerbs are the forms of "direct" in "D directed P in F".
var directedCastVerbs = setOf("directed", "directing", "directs", "direct")

// directedActorsIn handles "D directed P (and Q) in F (and G)" (item i is
// the verb): the people a director directed acted in the titles named
// after "in" ("who directed A and B in the studio's F", "previously
// directed A in F, the 2020 limited series"). The title must be typed a
// film already ("directed A in London" names a place); parts named with
// "as" are read by the cast rules.
func (p *pctx) directedActorsIn(i int) {
	if !p.wIn(i, directedCastVerbs) || !p.isM(i+1) {
		return
	}
	people := p.directedPeople(i + 1)
	if len(people) == 0 {
		return
	}
	e := people[len(people)-1] + 1
	if p.w(e) != "in" {
		return
	}
	f, k := p.typedFilmRef(e + 1)
	if f < 0 {
		return
	}
	films := [2]int{f, -1}
	if p.w(k) == "and" {
		// "in F and G": both titles
		films[1], _ = p.typedFilmRef(k + 1)
	}
	for _, f := range films {
		if f < 0 {
			continue
		}
		for _, n := range people {
			p.typ(n, kg.Person, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(n), obj: mArg(f)})
		}
	}
}

// directedPeople reads the list of people a directing verb takes from item
// j ("A", "A and B", "A, B and C"): each a name typed a person here or
// earlier in the text, or a two-word person-shaped name (a crew rule may
// have typed the verb's object a film weakly). It returns nil when a name
// is not a person's or a part follows ("A as C": the cast rules').
func (p *pctx) directedPeople(j int) []int {
	var people []int
	for {
		m := p.mm(j)
		if m == nil || m.typ == kg.Film && m.strength >= 3 || m.typ != "" && m.typ != kg.Person && m.typ != kg.Film {
			return nil
		}
		prior := p.priorType(j)
		if !(m.typ == kg.Person || prior == kg.Person || prior == "" && (m.words >= 2 && m.personShaped() || m.words == 1 && p.shortOfPersonShaped(j))) {
			return nil
		}
		people = append(people, j)
		j++
		if k := p.listSep(j); k > j {
			j = k
			continue
		}
		if p.w(j) == "as" {
			return nil
		}
		return people
	}
}

// typedFilmRef returns the item of a title typed a film that a reference
// at item j names ("F", "the studio's F", "the 2013 box-office hit F") and
// the item after the title; -1 when the name there is not typed a film.
func (p *pctx) typedFilmRef(j int) (int, int) {
	k := j
	for n := 0; n < 5 && k < len(p.it) && !p.isM(k); n++ {
		if w := p.w(k); !isWordLike(w) && !isYear(w) {
			return -1, j
		}
		k++
	}
	if !p.isM(k) {
		return -1, j
	}
	if p.w(k+1) == "'s" && p.isM(k+2) {
		k += 2 // "Netflix's F"
	}
	m := p.mm(k)
	if m.typ == kg.Film && m.strength >= 2 {
		return k, k + 1
	}
	if m.typ != "" || m.quoted {
		return -1, j
	}
	if prior := p.priorType(k); prior == kg.Film || prior == "" && k > j && (p.in(k-1, filmNouns) || p.in(k-1, seriesNouns) || p.in(k-1, genreNouns) || p.w(k-1) == "hit") && p.in(k+1, setPatterns_0) {
		// "the 2013 box-office hit F.": a film noun right before the name,
		// the clause or list going on after it
		m.setType(kg.Film, 2)
		return k, k + 1
	}
	return -1, j
}
