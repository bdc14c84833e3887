package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// Which film a cast statement is about when the film is named before it in
// the same sentence: an opening prepositional phrase ("For the 2010
// thriller F, P starred as C") or the title a "starring" participle
// describes ("launched in 2014 with F, directed by D and starring P as C").

// castFilmOr returns the film of a cast statement whose actor is at item
// i, given f, the film the clause after the part names or, failing that,
// an anaphor or the film the stretch of text is about. A title f names
// stands; else the title the "starring" participle holding the actor
// describes wins, and over the fallback the title a sentence-opening
// phrase names before the actor; else f.
func (p *pctx) castFilmOr(i int, f arg) arg {
	focus := p.focusFilm()
	if f.m >= 0 && f != focus {
		return f
	}
	if s := p.starringFilm(i); s >= 0 {
		return mArg(s)
	}
	if f != focus {
		return f
	}
	if o := p.frontedFilm(); o >= 0 && o < i {
		return mArg(o)
	}
	return f
}

// frontedPreps open a sentence's opening phrase that names a film ("In F,",
// "For the sequel F,").
var frontedPreps = setOf("in", "for", "on")

// frontedFilm returns the item of the title a sentence-opening phrase
// names: a preposition, maybe an article, up to four lower-case words or a
// year ("In the 1988 western F,", "For the 2010 thriller F (2010),"), a
// title typed a film, maybe a bracketed year and a comma; else -1.
func (p *pctx) frontedFilm() int {
	if !p.in(0, frontedPreps) {
		return -1
	}
	k := 1
	if p.in(k, setRelations_0) {
		k++
	}
	for n := 0; n < 4 && !p.isM(k) && (isWordLike(p.w(k)) && !p.in(k, partDescriberStops) || isYear(p.w(k))); n++ {
		k++
	}
	m := p.mm(k)
	if m == nil || m.typ != kg.Film || m.strength < 2 || p.w(k+1) == "'s" {
		return -1
	}
	e := k + 1
	if p.w(e) == "(" && isYear(p.w(e+1)) && p.w(e+2) == ")" {
		e += 3
	}
	if p.w(e) != "," {
		return -1
	}
	return k
}

// starringWords open the cast list a participle hangs on a title.
var starringWords = setOf("starring", "featuring", "co-starring")

// starringStops end the walk back from a cast list to its participle:
// finite verbs and clause openers.
var starringStops = setOf("is", "was", "are", "were", "will", "has", "have", "had", "plays", "played", "returns", "returned",
	"stars", "starred", "voices", "voiced", "who", "which", "that", "while", "but", "whereas", "although", "when", "where")

// starringFilm returns the item of the title that the "starring" list
// holding the actor at item i describes ("with F, directed by D and
// starring A as C, B as D"): the walk back from i over the list finds the
// participle, and the walk back from it over crew participles ("directed
// by D and", "written by W,"), names, years and brackets finds a title
// typed a film; else -1.
func (p *pctx) starringFilm(i int) int {
	s := -1
	for k := i - 1; k >= 0 && k > i-30; k-- {
		if p.isM(k) {
			continue
		}
		w := p.w(k)
		if starringWords[w] {
			s = k
			break
		}
		if f := p.whichStarredFilm(k); f >= 0 {
			return f
		}
		if f := p.titleStarredFilm(k); f >= 0 {
			return f // "F starred A as C"
		}
		if w == "." || w == ";" || w == "(" || starringStops[w] || !isWordLike(w) && w != "," {
			return -1
		}
	}
	if s < 0 {
		return -1
	}
	for k := s - 1; k >= 0 && k > s-16; k-- {
		if m := p.mm(k); m != nil {
			if m.typ == kg.Film && m.strength >= 2 && p.w(k+1) != "'s" {
				return k
			}
			if !p.isPersonLike(k) {
				return -1
			}
			continue
		}
		w := p.w(k)
		if w != "," && w != "and" && w != "by" && w != "(" && w != ")" && !isYear(w) && byRelOf(w) == "" {
			return -1
		}
	}
	return -1
}
