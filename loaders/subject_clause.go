package loaders

import (
	"github.com/franchisekg/franchisekg/internal/kg"
)

// A title named inside a clause that describes someone ("P, who wrote and
// directed F, is an executive producer", "Q, the writer behind F,
// executive produces", "R is back as C, who married S at the end of F")
// is a credit in passing: the main clause's credit is on the production
// the text is at, not on F.

// clauseCreditWords name a credit in a describing clause, by the relation
// each speaks of; "behind" alone ("the filmmaker behind F") names every
// kind.
var clauseCreditWords = map[string]kg.RelType{
	"directed": kg.Directed, "co-directed": kg.Directed, "helmed": kg.Directed, "director": kg.Directed,
	"wrote": kg.Wrote, "co-wrote": kg.Wrote, "written": kg.Wrote, "co-written": kg.Wrote, "penned": kg.Wrote,
	"scripted": kg.Wrote, "writer": kg.Wrote, "writing": kg.Wrote, "writers": kg.Wrote, "screenwriter": kg.Wrote, "created": kg.Wrote, "co-created": kg.Wrote,
	"creator": kg.Wrote, "co-creator": kg.Wrote,
	"produced": kg.Produced, "co-produced": kg.Produced, "producer": kg.Produced, "producers": kg.Produced,
	"starred": kg.ActedIn, "played": kg.ActedIn, "appeared": kg.ActedIn, "voiced": kg.ActedIn, "portrayed": kg.ActedIn,
	"star": kg.ActedIn, "role": kg.ActedIn, "shot": kg.WorkedOn, "lensed": kg.WorkedOn, "scored": kg.WorkedOn, "edited": kg.WorkedOn,
	"behind": "",
}

// describingClause returns the token span [open, close) of the clause that
// holds mention mi and describes the name before it: ", who/whose/which
// ...", ", the/a ... " (an appositive) or "( ... )"; the clause runs to
// the next comma, bracket or semicolon. ok is false when mi is in none.
func (a *article) describingClause(mi int) (open, close int, ok bool) {
	m := &a.ments[mi]
	s := &a.sents[m.sent]
	first := int(m.a)
	if m.the {
		first--
	}
	open = -1
	for t := first - 1; t > s.a; t-- {
		tk := &a.toks[t]
		if tk.text == "(" {
			open = t
			break
		}
		if tk.kind == kWord && relativeWords[tk.lower] && a.toks[t-1].text == "," {
			open = t - 1
			break
		}
		if tk.text == "," {
			if w := a.toks[t+1].lower; (w == "the" || w == "a" || w == "an") && a.nameEndsAt(int(m.sent), t) {
				open = t
				break
			}
			return 0, 0, false
		}
		if tk.text == ";" || tk.text == ")" || tk.text == ":" {
			return 0, 0, false
		}
	}
	if open < 0 || !a.nameEndsAt(int(m.sent), open) {
		return 0, 0, false
	}
	close = s.b
	for t := int(m.b); t < s.b; t++ {
		if w := a.toks[t].text; w == "," || w == ")" || w == ";" {
			close = t
			break
		}
	}
	if a.toks[open].text == "(" && (close >= s.b || a.toks[close].text != ")") {
		return 0, 0, false
	}
	return open, close, true
}

// nameEndsAt reports whether a mention of sentence si ends at token t:
// the clause after it describes that name.
func (a *article) nameEndsAt(si, t int) bool {
	for mi := a.firstMentionFrom(si); mi < len(a.ments) && int(a.ments[mi].sent) == si; mi++ {
		if int(a.ments[mi].b) == t {
			return true
		}
	}
	return false
}

// clauseCredits moves off a title in a describing clause the credits the
// main clause gives: a part whose character is named outside the clause,
// or a crew credit of a kind the clause does not name while it names
// another ("who wrote and directed F" gives no producer credit on F). The
// claim then speaks of the film the text is at. A career piece, whose
// credits are each on the title near them, is left alone.
func (a *article) clauseCredits() {
	if a.career {
		return
	}
	for i := range a.claims {
		c := &a.claims[i]
		if c.obj.m < 0 || c.subj.m < 0 || c.subj.m >= int32(len(a.ments)) || c.obj.m >= int32(len(a.ments)) {
			continue
		}
		if c.rel != kg.ActedIn && c.rel != kg.Directed && c.rel != kg.Wrote && c.rel != kg.Produced {
			continue
		}
		f := &a.ments[c.obj.m]
		if f.sent != c.sent || a.ments[c.subj.m].sent != c.sent || f.typ != kg.Film {
			continue
		}
		open, close, ok := a.describingClause(int(c.obj.m))
		if !ok {
			continue
		}
		inside := func(mi int32) bool {
			m := &a.ments[mi]
			return int(m.a) > open && int(m.b) <= close
		}
		if inside(c.subj.m) {
			continue
		}
		if int(a.ments[c.subj.m].b) > open {
			continue // "F, the thriller that starred P as C": a clause of its own about F
		}
		named, own, behind := false, false, false
		for t := open + 1; t < close; t++ {
			if r, ok := clauseCreditWords[a.toks[t].lower]; ok && a.toks[t].kind == kWord {
				if r == "" {
					behind = true
					continue
				}
				named = true
				own = own || r == c.rel
			}
		}
		if behind && !named {
			continue // "the filmmaker behind F": every credit of F
		}
		move := false
		if c.rel == kg.ActedIn {
			// "as C, who married S at the end of F": the part is in the
			// production the text is at, unless the clause says it was
			// played in F ("C, the role he last played in F")
			move = !own && c.char.m >= 0 && c.char.m < int32(len(a.ments)) && a.ments[c.char.m].sent == c.sent && !inside(c.char.m)
		} else {
			move = named && !own
		}
		if move {
			c.obj = arg{m: -1, ana: anaFilm, of: -1, abs: true}
		}
	}
}

// pastPartVerbs say a part was played before ("who played C on the
// original", "starred as C in the first film").
var pastPartVerbs = setOf("played", "starred", "voiced", "portrayed", "originated")

// originalPart reports whether the part named by mention c was played in
// the first production of the series: a past part verb shortly before it
// ("played paralegal C", "starred as C") and "in/on/of the original" or
// "the first film" after it in the same clause ("in the original series",
// "on the original show").
func (a *article) originalPart(c int) bool {
	m := &a.ments[c]
	s := &a.sents[m.sent]
	verb := false
	for t, n := int(m.a)-1, 0; t >= s.a && n < 4; t, n = t-1, n+1 {
		tk := &a.toks[t]
		if tk.kind != kWord || tk.cap {
			break
		}
		if pastPartVerbs[tk.lower] {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	for t := int(m.b); t+2 < s.b; t++ {
		w := a.toks[t].lower
		if w == "," || w == ";" || w == "." || w == ":" {
			return false
		}
		if (w == "in" || w == "on" || w == "of" || w == "for") && a.toks[t+1].lower == "the" {
			switch a.toks[t+2].lower {
			case "original":
				return true
			case "first":
				if t+3 < s.b {
					n := a.toks[t+3].lower
					return n == "film" || n == "movie" || n == "series" || n == "show"
				}
			}
		}
	}
	return false
}

// originalParts gives the first production ("the original") the parts
// originalPart finds, whose claims fell back on the film the text is at:
// "P, who played C on the original, is not expected to appear". Runs
// once every part has its claim; a career piece is left to careerFilms.
// With no earlier production named (originalFilm) the claim is dropped:
// a part in the original is no part in the production the text is at.
func (a *article) originalParts() {
	if a.career {
		return
	}
	for i, n := 0, len(a.claims); i < n; i++ {
		c := &a.claims[i]
		if c.obj.m >= 0 || c.obj.ana != anaFilm && c.obj.ana != anaSeries {
			continue
		}
		part := int32(-1)
		switch c.rel {
		case kg.ActedIn:
			part = c.char.m
		case kg.AppearsIn:
			part = c.subj.m
		}
		if part >= 0 && part < int32(len(a.ments)) && a.ments[part].sent == c.sent && a.originalPart(int(part)) {
			if a.returnSentence(int(c.sent)) {
				// "P, who played C in the original, is set to return":
				// the part in both
				o := *c
				o.obj = arg{m: -1, ana: anaOriginal, of: -1, abs: true}
				a.claims = append(a.claims, o)
				continue
			}
			c.obj = arg{m: -1, ana: anaOriginal, of: -1, abs: true}
		}
	}
}

// comebackWords say a part comes back in the production the text is at.
var comebackWords = setOf("return", "returns", "returning", "back", "reprise", "reprises", "reprising")

// returnSentence reports whether sentence si holds a return word.
func (a *article) returnSentence(si int) bool {
	s := &a.sents[si]
	for t := s.a; t < s.b; t++ {
		if a.toks[t].kind == kWord && !a.toks[t].cap && comebackWords[a.toks[t].lower] {
			return true
		}
	}
	return false
}
