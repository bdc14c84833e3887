package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// passingLeadVerbs put a title between a person and "as" ("P leads F as
// C"); passingInVerbs do so with "in" ("P starred in F as C").
var (
	passingLeadVerbs = setOf("leads", "led", "fronts", "fronted", "headlines", "headlined", "anchors", "anchored")
	passingInVerbs   = setOf("stars", "starred", "appears", "appeared", "plays", "played", "co-stars", "co-starred")
)

// castInPassingTitle handles a credit in a title named in passing: "P,
// who leads Apple TV+'s Silo as the engineer C", "P starred in F as C"
// (item i is P). The title between the verb and "as" (typed a film, or a
// name after a company's possessive) is the film of the credit, not the
// one the text is about. It reports whether it read one.
func (p *pctx) castInPassingTitle(i int) bool {
	j := i + 1
	if p.w(j) == "," && p.w(j+1) == "who" {
		j += 2
	}
	switch {
	case p.in(j, passingLeadVerbs):
		j++
	case p.in(j, passingInVerbs) && p.is(j+1, "in"):
		j += 2
	case j == i+3 && p.in(j, setRelations_32) && strings.HasSuffix(p.w(j), "ed"):
		return p.relativePastPart(i, j)
	default:
		return false
	}
	if k := p.originalRef(j); k > j || p.is(j, "the", "original") && p.w(j+2) == "as" {
		// "P, who appeared in the original as C": the first film
		if k == j {
			k = j + 2
		}
		return p.originalPart(i, k)
	}
	f := j
	owned, company := false, false
	if p.isM(f) && p.w(f+1) == "'s" && p.isM(f+2) {
		o := p.mm(f)
		if o.typ == kg.Person || o.typ == kg.Character {
			return false
		}
		company = o.typ == kg.Organisation || !o.personShaped()
		f, owned = f+2, true
	}
	fm := p.mm(f)
	if fm == nil || p.w(f+1) != "as" || fm.quoted || !(fm.typ == kg.Film || fm.typ == "" && p.priorType(f) == kg.Film || owned && fm.typ == "" && (company || !fm.personShaped())) || !p.isPersonLike(i) && !p.personish(i) {
		return false
	}
	c := p.nameAfterDescriptors(f+2, 3)
	if c < 0 || !p.in(c+1, castStop) {
		return false
	}
	if cm := p.mm(c); !castableName(cm) || cm.typ != "" && cm.typ != kg.Character {
		return false
	}
	p.typ(i, kg.Person, 3)
	fm.setType(kg.Film, 2)
	p.mm(c).setType(kg.Character, 3)
	p.pastClaim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: mArg(f), char: mArg(c)})
	return true
}

// originalPart reads "as C" at item k after "P ... in the original" (item
// i is P): P played C in the first film of the series the text is about.
// It reports whether it read one.
func (p *pctx) originalPart(i, k int) bool {
	if p.w(k) != "as" || !p.isPersonLike(i) && !p.personish(i) {
		return false
	}
	c := p.nameAfterDescriptors(k+1, 3)
	if c < 0 || !p.in(c+1, castStop) {
		return false
	}
	if cm := p.mm(c); !castableName(cm) || cm.typ != "" && cm.typ != kg.Character {
		return false
	}
	p.typ(i, kg.Person, 3)
	p.mm(c).setType(kg.Character, 3)
	p.pastClaim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: anaArg(anaOriginal), char: mArg(c)})
	return true
}

// relativePastPart handles "P, who played C in the first film, is not
// back" and "P, who voiced C in F, returns" (item i is P, item v the past
// verb of the relative clause): the part's film is the first film of the
// series ("the first film", "the original") or a title typed a film, and
// the credit stands whatever the main clause says; a main clause that
// says P is back gives the part in the film at hand too. It reports
// whether it read one.
func (p *pctx) relativePastPart(i, v int) bool {
	c := p.nameAfterDescriptors(v+1, 3)
	if c < 0 || !p.is(c+1, "in") || !p.isPersonLike(i) && !p.personish(i) {
		return false
	}
	if cm := p.mm(c); !castableName(cm) || cm.typ != "" && cm.typ != kg.Character || p.priorType(c) == kg.Person {
		return false
	}
	film, end := noArg, c+2
	if k := p.originalRef(c + 2); k > c+2 {
		film, end = anaArg(anaOriginal), k
	} else if f, k := p.describedFilm(c + 3); k > 0 && p.is(c+2, "the") {
		film, end = f, k // "in the original,", "in the 2013 film,"
	} else if fm := p.mm(c + 2); fm != nil && fm.typ == kg.Film && fm.strength >= 2 {
		film, end = mArg(c+2), c+3
		if p.w(end) == "(" && isYear(p.w(end+1)) && p.w(end+2) == ")" {
			end += 3
		}
	}
	if !film.valid() || p.w(end) != "," && p.w(end) != "." && p.w(end) != "and" {
		return false
	}
	p.typ(i, kg.Person, 3)
	p.mm(c).setType(kg.Character, 3)
	p.pastClaim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: film, char: mArg(c)})
	if p.returnAfterClause(end) {
		// "..., returns": the part again in the film at hand
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.focusFilm(), char: mArg(c)})
	}
	return true
}

// pastClaim records a credit a relative clause gives in an earlier or
// another production ("P, who appeared in the original as C, will not be
// back"): the main clause's denial of a return leaves it true, so it skips
// the denial checks of claim when the sentence denies P's cast.
func (p *pctx) pastClaim(c pclaim) {
	i := int(c.subj.m)
	if p.w(i+1) != "," || p.w(i+2) != "who" || !p.negatedCast(p.it[i].m) {
		p.claim(c)
		return
	}
	c.sent = p.si
	c.subj, c.obj, c.char = p.conv(c.subj), p.conv(c.obj), p.conv(c.char)
	p.a.claims = append(p.a.claims, c)
}

// titleCastClaimed reports whether a rule already credited the person at
// item i with a part in a film this sentence names ("F, with P as C" read
// by castAfterTitle): the article's subject is then not P's film here.
func (p *pctx) titleCastClaimed(i int) bool {
	return p.titleCredited(i, true)
}

// titleCredited reports whether a rule already credited the person at item
// i with a film this sentence names, with a part when withPart is set.
func (p *pctx) titleCredited(i int, withPart bool) bool {
	mi := int32(p.mi(i))
	cl := p.a.claims
	for k := len(cl) - 1; k >= 0 && cl[k].sent == p.si; k-- {
		if c := &cl[k]; c.rel == kg.ActedIn && c.subj.m == mi && (c.char.m >= 0 || !withPart) && c.obj.m >= 0 && p.a.ments[c.obj.m].sent == p.si && p.a.ments[c.obj.m].typ == kg.Film {
			return true
		}
	}
	return false
}

// clauseFilm returns topicFilm(from) read only up to the end of the clause
// that item from is in: a comma before "and"/"but" and a name, or a
// semicolon ("P turns up as C, and Q gives D a vanity that pays off in
// the series": the series is Q's clause's).
func (p *pctx) clauseFilm(from int) arg {
	for b := from; b < len(p.it) && b < from+12; b++ {
		if p.w(b) == ";" || p.w(b) == "," && (p.is(b+1, "and") || p.is(b+1, "but")) && p.isM(b+2) {
			save := p.it
			p.it = p.it[:b]
			f := p.topicFilm(from)
			p.it = save
			return f
		}
	}
	return p.topicFilm(from)
}

// earlierPartFilm returns the film of an appositive after the part at item
// c that says where the actor played it before ("C, the agency careerist
// she played in the first film"): a comma, an article, plain words, a
// pronoun, "played"/"voiced"/"portrayed" and "in" with a film reference,
// all before the next comma; else noArg.
func (p *pctx) earlierPartFilm(c int) arg {
	if p.w(c+1) != "," || !p.in(c+2, setRelations_0) {
		return noArg
	}
	for k := c + 3; k < len(p.it) && k < c+12; k++ {
		// the pronoun may stand resolved as a name here
		if (p.w(k) == "she" || p.w(k) == "he" || p.isM(k)) && p.in(k+1, setRelations_32) && p.is(k+2, "in") {
			if m := p.mm(k + 3); m != nil && (m.typ != kg.Film || m.strength < 2 || p.w(k+4) == "'s") {
				return noArg // "in William Fredrick's original": no title named
			}
			if f, _, ok := p.filmRef(k+3, 2); ok && !(f.m < 0 && f.ana == anaFilm) {
				return p.conv(f)
			}
			return noArg
		}
		if p.isM(k) || !isWordLike(p.w(k)) {
			return noArg
		}
	}
	return noArg
}

// pastVerbs are the past acting verbs of "P, who last appeared as C in F".
var pastVerbs = setOf("appeared", "starred", "played", "voiced", "featured", "co-starred")

// pastInFilm returns the film F of "P, who (last) appeared as C in F, is
// back" (item i is P, item c is C): a past acting verb in P's relative
// clause and a title after "in" that a cue typed a film here or earlier,
// even weakly; else noArg.
func (p *pctx) pastInFilm(i, c int) arg {
	if p.w(i+1) != "," || p.w(i+2) != "who" || !p.is(c+1, "in") {
		return noArg
	}
	verb := false
	for k := i + 3; k < c && k < i+8; k++ {
		if p.in(k, pastVerbs) {
			verb = true
		}
	}
	f := p.mm(c + 2)
	if !verb || f == nil || f.quoted || !(f.typ == kg.Film || f.typ == "" && p.priorType(c+2) == kg.Film) || !p.in(c+3, castStop) {
		return noArg
	}
	return mArg(c + 2)
}

// returnAfterClause reports whether the main clause after the relative
// clause holding item k says its subject is back ("..., is back", "...,
// returns"): a return word within five words of the clause's closing comma.
func (p *pctx) returnAfterClause(k int) bool {
	for ; k < len(p.it) && p.w(k) != ","; k++ {
		if p.w(k) == "." || p.w(k) == ";" {
			return false
		}
	}
	for n := k + 1; n < len(p.it) && n <= k+5; n++ {
		if p.in(n, returnWords) || p.is(n, "returns") {
			return true
		}
	}
	return false
}

// originalRelative returns the first film of the series when the person at
// item i follows "which starred" after a sentence-opening "The (1976)
// original," or "The first film,": the relative clause describes the
// original, not the film at hand; else noArg.
func (p *pctx) originalRelative(i int) arg {
	if !p.is(i-1, "starred") && !p.is(i-1, "featured") && !p.is(i-1, "co-starred") || !p.is(i-2, "which") || !p.is(i-3, ",") {
		return noArg
	}
	k := 1
	if !p.is(0, "the") {
		return noArg
	}
	if isYear(p.w(k)) {
		k++
	}
	switch {
	case p.is(k, "original") && k+1 == i-3:
	case p.is(k, "first") && (p.is(k+1, "film") || p.is(k+1, "movie")) && k+2 == i-3:
	default:
		return noArg
	}
	return anaArg(anaOriginal)
}
