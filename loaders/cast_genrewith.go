package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A film described by a genre or film noun that takes its cast with
// "with": "F, a comedy with A and B, rounded out the top five", "F, Q's
// lavish remake with A and B", "F, Q's comedy about aid workers with A
// and B", "the con-artist caper F with A and B". The people acted in F.

// genreWithNouns are the film and genre nouns a "with" cast may follow:
// filmNouns, genreNouns and seriesNouns but for the nouns that also name
// a collaboration or a stretch of a show ("a project with", "a season
// with", "a show with" of a live show).
func genreWithNoun(w string) bool {
	if genreWithSkip[w] {
		return false
	}
	return filmNouns[w] || genreNouns[w] || seriesNouns[w]
}

// genreWithSkip are the film nouns genreWithNoun leaves out.
var genreWithSkip = setOf("project", "chapter", "entry", "feature", "season", "show", "installment", "instalment")

// genreWithModifiers may follow the genre noun before "with" ("a comedy
// about aid workers with A and B", "a thriller set in Oslo with A").
var genreWithModifiers = setOf("about", "set")

// genreWithCast handles a "with" (item i) right after a genre or film
// noun, or after a title that follows one ("the caper F with A and B"),
// or after a short "about"/"set in" phrase of that noun: the list of two
// or more people after it, which must close the clause, acted in the film
// the noun describes: the title right after the noun, else the title
// before the appositive that the noun closes (", a comedy", ", Q's
// remake"). It does nothing when no such title is found.
func (p *pctx) genreWithCast(i int) {
	if p.w(i) != "with" || p.w(i-1) == "," || !p.isM(i+1) {
		return
	}
	people, chars := p.castListAt(i + 1)
	if len(people) < 2 {
		return
	}
	for _, c := range chars {
		if c >= 0 {
			return // "with A as C and B as D": read by the cast rules
		}
	}
	if e := people[len(people)-1] + 1; !p.in(e, setGenreWithEnds) {
		return
	}
	f := p.genreWithTitle(i)
	if f < 0 {
		return
	}
	p.mm(f).setType(kg.Film, 2)
	for _, x := range people {
		p.typ(x, kg.Person, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(x), obj: mArg(f)})
	}
}

// setGenreWithEnds may follow the list of a genre noun's "with" cast.
var setGenreWithEnds = setOf(",", ".", ";", "")

// genreWithTitle returns the item of the title the genre noun before the
// "with" at item i describes, or -1.
func (p *pctx) genreWithTitle(i int) int {
	g := -1
	switch {
	case !p.isM(i-1) && genreWithNoun(p.w(i-1)):
		g = i - 1
	case p.isM(i-1) && !p.isM(i-2) && genreWithNoun(p.w(i-2)):
		// "the con-artist caper F with A and B": the title after the noun
		if m := p.mm(i - 1); p.genreWithTitleName(m, i-1) {
			return i - 1
		}
		return -1
	default:
		// "a comedy about aid workers in the Balkans with A and B"
		for k := i - 2; k >= 0 && k > i-10; k-- {
			if p.isM(k) {
				if p.isPersonLike(k) || p.mm(k).typ == kg.Person {
					return -1
				}
				continue
			}
			w := p.w(k)
			if genreWithNoun(w) && p.in(k+1, genreWithModifiers) {
				g = k
				break
			}
			if !isWordLike(w) {
				return -1
			}
		}
	}
	if g < 0 {
		return -1
	}
	// back over the describing words to the article or the owner's
	// possessive that opens the appositive
	b := -1
	for k, n := g-1, 0; k >= 1 && n < 7; k, n = k-1, n+1 {
		w := p.w(k)
		if p.isM(k) {
			if p.isPersonLike(k) || p.mm(k).typ == kg.Person {
				return -1
			}
			continue // "Victorian", "English-language"
		}
		if w == "a" || w == "an" || w == "the" {
			b = k
			break
		}
		if w == "'s" && p.isM(k-1) {
			b = k - 1 // "Q's lavish remake"
			break
		}
		if !isWordLike(w) && !isYear(w) && !decadeWord(w) {
			return -1
		}
	}
	if b < 2 || p.w(b-1) != "," {
		return -1
	}
	t := b - 2
	if p.w(t) == ")" && isYear(p.w(t-1)) && p.w(t-2) == "(" {
		t -= 3 // "F (2011), a comedy with"
	}
	if m := p.mm(t); p.genreWithTitleName(m, t) {
		return t
	}
	return -1
}

// genreWithTitleName reports whether mention m at item t can be the title
// a genre noun describes: typed a film, or untyped and no person's name.
func (p *pctx) genreWithTitleName(m *mention, t int) bool {
	if m == nil {
		return false
	}
	if m.typ == kg.Film {
		return true
	}
	return m.typ == "" && !p.isPersonLike(t) && !pcType(p.priorType(t)) && p.priorType(t) != kg.Organisation
}

// decadeWord reports whether w names a decade ("1920s").
func decadeWord(w string) bool {
	return len(w) == 5 && w[4] == 's' && isYear(w[:4])
}
