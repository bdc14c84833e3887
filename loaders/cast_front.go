package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// ownedPartNouns, after "P's", name the part P plays ("Cassie, Dana Frell's
// character").
var ownedPartNouns = setOf("character", "role", "part", "alter-ego")

// possessedPart handles "C, P's character (from F)" at mention item i: P
// plays C in F, or in the production the text is about. It reports whether it claimed the
// credit.
func (p *pctx) possessedPart(i int) bool {
	k := i + 2
	if p.w(i+1) != "," || !p.isM(k) || p.w(k+1) != "'s" || !p.in(k+2, ownedPartNouns) {
		return false
	}
	c, pm := p.mm(i), p.mm(k)
	if !castableName(c) || c.typ != "" && c.typ != kg.Character || pm.typ == kg.Character || !p.isPersonLike(k) {
		return false
	}
	p.typ(k, kg.Person, 3)
	c.setType(kg.Character, 3)
	film := p.topicFilm(k + 3)
	if f := p.mm(k + 4); f != nil && p.is(k+3, "from") && f.typ == kg.Film && f.strength >= 2 {
		film = mArg(k + 4) // "C, P's character from F"
	}
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(k), obj: film, char: mArg(i)})
	return true
}

// frontAs handles a sentence opening "As (the describing words) C (in F),
// P ...": P played C in F (or in the production the text is about). i is
// the first mention of the sentence. It reports whether it claimed the
// credit.
func (p *pctx) frontAs(i int) bool {
	if p.w(0) != "as" || i > 5 {
		return false
	}
	c := p.nameAfterDescriptors(1, 3)
	if c > 0 && p.w(c+1) == "'s" {
		c = p.nameAfterDescriptors(c+2, 3) // "As Eva's childhood friend C, P ..."
	}
	if c != i {
		return false
	}
	cm := p.mm(c)
	if !castableName(cm) || cm.typ != "" && cm.typ != kg.Character || pcType(p.priorType(c)) && p.priorType(c) != kg.Character {
		return false
	}
	fi := -1
	n := c + 1
	if p.w(n) == "in" && p.isM(n+1) {
		f := p.mm(n + 1)
		if f.quoted || f.typ == kg.Film || f.typ == "" && !f.personShaped() {
			fi = n + 1
			n += 2
			if p.w(n) == "(" && isYear(p.w(n+1)) && p.w(n+2) == ")" {
				n += 3
			}
		}
	}
	if p.w(n) == "and" && fi < 0 && p.frontAsPair(c, n) {
		return true // "As C and D, A and B ..."
	}
	appos := false
	if p.w(n) == "," && !(p.isM(n+1) && p.isPersonLike(n+1)) {
		n = p.frontAsAppositiveEnd(n) // "As C, the lawyer who takes the case, P ..."
		appos = true
	}
	if p.w(n) != "," || !p.isM(n+1) || !p.isPersonLike(n+1) || p.mm(n+1).typ == kg.Character {
		return false
	}
	film := p.topicFilm(n + 2)
	if appos {
		// a title later in the clause is another work ("P is doing the
		// villainy he perfected in F"): the production at hand
		film = p.focusFilm()
	}
	if fi >= 0 {
		p.mm(fi).setType(kg.Film, 2)
		film = mArg(fi)
	}
	p.typ(n+1, kg.Person, 3)
	cm.setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(n + 1), obj: film, char: mArg(c)})
	return true
}

// praiseParticiples open an appositive that credits a performance ("P,
// nominated again as C"); a finite verb in the past ("P, stayed on as a
// producer") is no such participle.
var praiseParticiples = setOf("nominated", "recognized", "recognised", "honored", "honoured", "praised", "lauded",
	"acclaimed", "shortlisted", "celebrated", "cited", "singled", "unforgettable", "terrific", "superb", "memorable")

// participleAs reports whether item j is a participle of praise that opens
// "P, nominated again as C", with "as" within the next two words (one of
// castLead between).
func (p *pctx) participleAs(j int) bool {
	if !p.in(j, praiseParticiples) {
		return false
	}
	return p.w(j+1) == "as" || p.w(j+2) == "as" && p.in(j+1, castLead)
}

// bringBackVerbs, with "back", bring an actor back into a film ("F, which
// brought back P as C").
var bringBackVerbs = setOf("brought", "brings", "bring", "bringing")

// bringsBackFilm returns the item of the film F in "F (in 2018), which
// brought back P as C" for the person at item i: a film (or an untyped
// numbered or quoted title, then typed a film) named at most six items
// before "which"; else -1.
func (p *pctx) bringsBackFilm(i int) int {
	if p.w(i-1) != "back" || !p.in(i-2, bringBackVerbs) || p.w(i-3) != "which" || p.w(i-4) != "," {
		return -1
	}
	for k := i - 5; k >= 0 && k > i-11; k-- {
		if p.w(k) == "." || p.w(k) == ";" {
			return -1
		}
		if m := p.mm(k); m != nil {
			if m.typ == kg.Film {
				return k
			}
			if m.typ == "" && (m.digit || m.quoted) && !isYear(m.text) {
				m.setType(kg.Film, 2) // "Dust Road 2", a numbered title
				return k
			}
			if !isYear(m.text) {
				return -1
			}
		}
	}
	return -1
}
