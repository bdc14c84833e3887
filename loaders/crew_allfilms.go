package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// anaAllFilms stands for every film of the article's franchise: "all three
// films", "both movies", "every installment", "the whole trilogy".
const anaAllFilms uint8 = 17

// countWords give the number a phrase of films counts.
var filmCounts = map[string]uint8{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10}

// everyFilmNouns follow "every" or "each" when every film of a franchise
// is meant ("every installment", "each film").
var everyFilmNouns = setOf("film", "movie", "installment", "instalment", "entry", "chapter", "picture")

// allFilmsRef reads at item i a phrase naming every film of a franchise
// at once: "all three films", "all the movies", "both films", "every
// installment", "each film", "the (whole|entire) trilogy". It returns the
// count the phrase gives (0 when none), the item after it, and whether
// one stands there. "The first two films" names some films only: no.
func (p *pctx) allFilmsRef(i int) (uint8, int, bool) {
	n, k, ok := p.allFilmsPhrase(i)
	if !ok || p.wIn(k, allFilmsExcept) {
		return 0, i, false // "every film since the first": not all of them
	}
	return n, k, true
}

// allFilmsExcept, after a phrase naming every film, leave some out
// ("every film since the first", "all five films but one").
var allFilmsExcept = setOf("since", "after", "except", "but", "apart", "before", "save", "bar")

// allFilmsPhrase reads allFilmsRef's phrases at item i, whatever follows.
func (p *pctx) allFilmsPhrase(i int) (uint8, int, bool) {
	switch p.w(i) {
	case "all":
		k, n := i+1, uint8(0)
		if p.w(k) == "the" || p.w(k) == "of" && p.w(k+1) == "the" {
			k += 1 + btoi(p.w(k) == "of")
		}
		if c, ok := filmCounts[p.w(k)]; ok {
			k, n = k+1, c
		}
		if !p.isM(k) && p.in(k, pluralFilmNouns) && p.w(k) != "sequels" && p.w(k) != "prequels" {
			return n, k + 1, true
		}
	case "both":
		if !p.isM(i+1) && (p.w(i+1) == "films" || p.w(i+1) == "movies" || p.w(i+1) == "pictures" || p.w(i+1) == "installments" || p.w(i+1) == "features" || p.w(i+1) == "instalments") {
			return 2, i + 2, true
		}
	case "every", "each":
		if !p.isM(i+1) && p.in(i+1, everyFilmNouns) {
			return 0, i + 2, true
		}
	case "the":
		k := i + 1
		if p.w(k) == "whole" || p.w(k) == "entire" {
			k++
		}
		if !p.isM(k) && p.w(k) == "trilogy" && !p.isM(k+1) && p.w(k+1) != "'s" {
			return 3, k + 1, true
		}
	}
	return 0, i, false
}

// btoi is 1 for true, 0 for false.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// allFilmsClaims spreads each credit of every (whose char field holds the
// count its phrase gave) over the films of the article's franchise: the
// films a PART_OF, SEQUEL_OF, PREQUEL_OF or SPIN_OFF_OF claim of r ties to
// a franchise, and those whose title is the franchise's name or starts
// with it ("X 2", "X: Subtitle"), and the films of a film-to-film
// SEQUEL_OF or PREQUEL_OF claim, hypothetical films left out. When the
// article names fewer than two such films, more than the count, or
// franchises of two names, the credit goes to the article's subject film
// subj only (one of them) when the credit's paragraph names it, else
// nowhere.
func allFilmsClaims(r *localResult, every []lclaim, hypo map[int32]bool, subj int32) []lclaim {
	franchise := int32(-1)
	in := map[int32]bool{}
	for _, c := range r.claims {
		if c.subj < 0 || c.obj < 0 || r.ents[c.obj].typ != kg.Franchise || r.ents[c.subj].typ != kg.Film {
			continue
		}
		if c.rel != kg.PartOf && c.rel != kg.SequelOf && c.rel != kg.PrequelOf && c.rel != kg.SpinOffOf {
			continue
		}
		if franchise >= 0 && franchise != c.obj {
			return fallback(every, subj)
		}
		franchise = c.obj
		in[c.subj] = true
	}
	for _, c := range r.claims {
		// "X 2" after "X", "the prequel F to G": films of one line
		if (c.rel == kg.SequelOf || c.rel == kg.PrequelOf) && c.subj >= 0 && c.obj >= 0 && r.ents[c.obj].typ == kg.Film && r.ents[c.subj].typ == kg.Film {
			in[c.subj], in[c.obj] = true, true
		}
	}
	for e := range r.ents {
		if r.ents[e].typ != kg.Franchise {
			continue
		}
		folds := foldsOf(r.ents[e].forms)
		for f := range r.ents {
			if r.ents[f].typ != kg.Film {
				continue
			}
			for _, form := range r.ents[f].forms {
				if titleStartsWith(form.fold, folds) || r.ents[f].key == r.ents[e].key {
					if franchise >= 0 && franchise != int32(e) {
						return fallback(every, subj) // films of two franchises
					}
					in[int32(f)] = true
					franchise = int32(e)
				}
			}
		}
	}
	films := make([]int32, 0, len(in))
	for f := range r.ents {
		if in[int32(f)] && !hypo[int32(f)] {
			films = append(films, int32(f))
		}
	}
	var out []lclaim
	for _, c := range every {
		n := int(c.char)
		if len(films) < 2 || n > 0 && len(films) > n {
			out = append(out, fallback([]lclaim{c}, subj)...)
			continue
		}
		rule := allowed[c.rel]
		if !typeIn(r.ents[c.subj].typ, rule[0]) {
			continue
		}
		for _, f := range films {
			d := c
			d.obj, d.char, d.charOf = f, -1, -1
			out = append(out, d)
		}
	}
	return out
}

// fallback returns the credits of every on the subject film subj, those
// whose paragraph names it (emitLocal marks them with charOf 1); none when
// subj < 0.
func fallback(every []lclaim, subj int32) []lclaim {
	if subj < 0 {
		return nil
	}
	out := make([]lclaim, 0, len(every))
	for _, c := range every {
		if c.subj == subj || c.charOf < 0 {
			continue
		}
		c.obj, c.char, c.charOf = subj, -1, -1
		out = append(out, c)
	}
	return out
}

// allFilmsBack returns the anaAllFilms argument of an allFilmsRef phrase
// that ends at item b ("the trilogy", "all three films" before "was
// produced by"), else noArg.
func (p *pctx) allFilmsBack(b int) arg {
	if w := p.w(b); w != "trilogy" && !p.wIn(b, pluralFilmNouns) && !p.wIn(b, everyFilmNouns) {
		return noArg // (the cheap test first)
	}
	for s := max(b-3, 0); s < b; s++ {
		if n, k, ok := p.allFilmsRef(s); ok && k == b+1 {
			return arg{m: -1, ana: anaAllFilms, n: n, of: -1}
		}
	}
	return noArg
}
