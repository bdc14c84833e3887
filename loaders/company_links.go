package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// companyLinks credits a company at item t with a film the sentence names
// around it: "F is the latest O release" (DISTRIBUTED; "production",
// "film": PRODUCED; F typed a film), "F, O's corporate drama about ...",
// "F, (also) from O," (PRODUCED O → F), "F, the O animated
// series ..." (PRODUCED, or DISTRIBUTED for a streamer), "O released it"
// (DISTRIBUTED O → the film the text is about) and "P's O produced it"
// (PRODUCED O → the film; O is a company, not a second person), "O's
// next release is F" (PRODUCED; a streamer's DISTRIBUTED), "O has dated
// the sequel" (DISTRIBUTED O → the film the text is about), "O
// handles distribution" (DISTRIBUTED O → the film the text is about).
func (p *pctx) companyLinks(t int) {
	o := p.mm(t)
	if o == nil || o.quoted || o.typ != "" && o.typ != kg.Organisation && !((o.typ == kg.Person || o.typ == kg.Franchise) && o.strength < 3) {
		return
	}
	prev, next := p.w(t-1), p.w(t+1)
	if !p.in(t+1, companyWorkNouns) && next != "'s" && next != "released" && next != "distributed" && next != "handles" && next != "will" && !bannerNouns[next] && next != "has" && !scheduleVerbs[next] && prev != "from" && prev != "the" && prev != "'s" {
		return // (the cheap shape test first: orgish and the title tests allocate or look back)
	}
	weak := o.typ == "" || o.typ != kg.Organisation && o.strength < 3 // ("the Netflix series" read as a franchise's)
	company := o.typ == kg.Organisation && o.strength >= 2 || orgish(o) && !givenNameShaped(o)
	if company && p.in(t+1, companyWorkNouns) && !p.isM(t+2) {
		// "F is the latest O release": F is a film, O's
		if f := p.copulaTitle(t - 1); f >= 0 {
			rel := kg.Produced
			if p.w(t+1) == "release" {
				rel = kg.Distributed
			}
			p.typ(f, kg.Film, 2)
			o.setRealOrg()
			p.claim(pclaim{rel: rel, subj: mArg(t), obj: mArg(f)})
			return
		}
	}
	switch {
	case p.w(t+1) == "'s" && p.w(t-1) == "," && p.isM(t-2) && (t-2 == 0 || p.w(t-3) == ",") && (company || weak && o.words == 1 && !givenNameShaped(o)):
		// "F, HBO's corporate tragedy about a media dynasty, led the nominations"
		k := t + 2
		for n := 0; n < 3 && !p.isM(k) && isWordLike(p.w(k)) && !p.in(k, filmNouns) && !p.in(k, seriesNouns) && !p.in(k, genreNouns); n++ {
			k++
		}
		if p.isM(k) || !(p.in(k, filmNouns) || p.in(k, seriesNouns) || p.in(k, genreNouns)) || p.isM(k+1) {
			return
		}
		f := p.mm(t - 2)
		if !(f.typ == kg.Film && f.strength >= 2 || p.untypedTitle(t-2)) || p.afterPreposition(f) {
			return // (not "New in the U.S., O's slasher romance F")
		}
		f.setType(kg.Film, 2)
		rel := kg.Produced
		if o.kind == "streamer" {
			rel = kg.Distributed
		}
		o.setRealOrg()
		p.claim(pclaim{rel: rel, subj: mArg(t), obj: mArg(t - 2)})
	case p.w(t-1) == "from" && p.w(t+1) == "," && company:
		// "F, also from O, earned $14 million"
		k := t - 2
		if p.w(k) == "also" {
			k--
		}
		if p.w(k) == "," {
			if f := p.mm(k - 1); f != nil && f.typ == kg.Film && f.strength >= 2 {
				o.setRealOrg()
				p.claim(pclaim{rel: p.bareFromRel(t), subj: mArg(t), obj: mArg(k - 1)})
			}
		}
	case p.w(t-1) == "the" && p.w(t-2) == "," && (company || weak && o.words == 1 && !givenNameShaped(o)):
		// "F, the O animated series that ..."
		k := t + 1
		for n := 0; n < 2 && !p.isM(k) && isWordLike(p.w(k)) && !p.in(k, filmNouns) && !p.in(k, seriesNouns); n++ {
			k++
		}
		if !(p.in(k, filmNouns) || p.in(k, seriesNouns)) || p.isM(k+1) {
			return
		}
		if f := p.mm(t - 3); f != nil && (f.typ == kg.Film && f.strength >= 2 || p.untypedTitle(t-3) && (t-3 == 0 || p.w(t-4) == ",")) {
			f.setType(kg.Film, 2) // "Gloamwood, the Netflix series based on ..."
			rel := kg.Produced
			if o.kind == "streamer" {
				rel = kg.Distributed
			}
			o.setRealOrg()
			p.claim(pclaim{rel: rel, subj: mArg(t), obj: mArg(t - 3)})
		}
	case next == "'s" && (company || weak && o.words == 1 && !givenNameShaped(o) && p.ownerCompany(t)) && p.copulaWork(t+2) >= 0:
		// "Pixar's next release is Skippers"
		f := p.copulaWork(t + 2)
		rel := kg.Produced
		if o.kind == "streamer" {
			rel = kg.Distributed
		}
		p.typ(f, kg.Film, 2)
		o.setRealOrg()
		p.claim(pclaim{rel: rel, subj: mArg(t), obj: mArg(f)})
	case company && bannerNouns[next] && p.bannerVerb(t+2) != "":
		// "with their AGBO banner producing alongside Netflix", "Sony
		// Pictures' Screen Gems label will distribute"
		o.setRealOrg()
		film := p.focusFilm()
		p.claim(pclaim{rel: p.bannerVerb(t + 2), subj: mArg(t), obj: film})
		k := t + 3 // after the verb
		if w := p.w(t + 2); w == "is" || w == "are" || w == "will" {
			k++
		}
		if (p.w(k) == "alongside" || p.w(k) == "with") && p.isM(k+1) {
			if c := p.mm(k + 1); c.typ == kg.Organisation && c.strength >= 2 || c.typ != kg.Person && p.a.companyNamed(c.key) ||
				c.typ == "" && (p.priorType(k+1) == kg.Organisation || orgish(c) && !givenNameShaped(c)) {
				c.setRealOrg()
				p.claim(pclaim{rel: kg.Produced, subj: mArg(k + 1), obj: film})
			}
		}
	case company && p.datesFilm(t+1):
		// "Universal has dated the sequel for December"
		if t > 0 && !p.in(t-1, companyLeads) && p.w(t-1) != "," && p.w(t-1) != ";" {
			return
		}
		o.setRealOrg()
		p.claim(pclaim{rel: kg.Distributed, subj: mArg(t), obj: p.focusFilm()})
	case company && p.handlesRelease(t+1):
		// "Netflix handles distribution everywhere else"
		if t > 0 && !p.in(t-1, companyLeads) && p.w(t-1) != "," && p.w(t-1) != ";" {
			return
		}
		o.setRealOrg()
		p.claim(pclaim{rel: kg.Distributed, subj: mArg(t), obj: p.focusFilm()})
	case (p.w(t+1) == "released" || p.w(t+1) == "distributed") && (p.w(t+2) == "it" || p.w(t+2) == "the" && p.in(t+3, filmAnaphorNouns)) && (company || o.digit):
		// "20th Century Fox released it in North America"
		if t > 0 && !p.in(t-1, companyLeads) && p.w(t-1) != "," {
			return
		}
		o.setRealOrg()
		p.claim(pclaim{rel: kg.Distributed, subj: mArg(t), obj: p.focusFilm()})
	case p.w(t-1) == "'s" && p.isM(t-2) && (p.w(t+1) == "produced" || p.w(t+1) == "produces" || p.w(t+1) == "co-produced") && !givenNameShaped(o):
		// "Michael Brayfield's Platinum Dunes produced it for New Line"
		if pm := p.mm(t - 2); pm.typ != kg.Person && !(pm.typ == "" && pm.personShaped()) {
			return
		}
		obj := p.focusFilm()
		if f, _, ok := p.filmRef(t+2, 2); ok {
			obj = f
		} else if p.w(t+2) != "it" {
			return
		}
		o.setRealOrg()
		p.claim(pclaim{rel: kg.Produced, subj: mArg(t), obj: obj})
	}
}

// companyWorkNouns name what a company makes or releases ("the O
// release", "an O production").
var companyWorkNouns = setOf("release", "production", "film", "movie", "series", "title", "feature")

// titleCopulaAdjs may describe a company's work in "F is the latest O
// release".
var titleCopulaAdjs = setOf("latest", "new", "newest", "next", "first", "last", "biggest", "final", "third", "second",
	"fourth", "fifth", "another", "upcoming")

// copulaTitle reads back from item k over "the latest" and a copula to the
// name opening the sentence ("F is the latest O release"): the item of F
// when it is a film, or untyped with no given name first, else -1.
func (p *pctx) copulaTitle(k int) int {
	for n := 0; n < 2 && p.in(k, titleCopulaAdjs); n++ {
		k--
	}
	if !p.in(k, articles) || !p.in(k-1, copulas) || !p.isM(k-2) {
		return -1
	}
	f := k - 2
	if f > 0 && p.w(f-1) != "," {
		return -1
	}
	m := p.mm(f)
	if m.typ != "" && m.typ != kg.Film || m.typ == "" && (givenNameShaped(m) || pcType(p.priorType(f))) {
		return -1
	}
	return f
}

// handlesRelease reports whether items from k read "handles distribution"
// or "will handle the release" (a releaseTasks noun, "the" or "its" may
// stand before it).
func (p *pctx) handlesRelease(k int) bool {
	if p.w(k) == "will" && p.w(k+1) == "handle" {
		k++
	} else if p.w(k) != "handles" {
		return false
	}
	k++
	if p.w(k) == "the" || p.w(k) == "its" {
		k++
	}
	return p.in(k, releaseTasks) && !p.isM(k)
}

// bannerVerb returns the credit of the verb at item k (or k+1 after "is",
// "are", "will"): PRODUCED for "producing", "will produce", "produces",
// DISTRIBUTED for "will distribute", "releases"; "" for any other word.
func (p *pctx) bannerVerb(k int) kg.RelType {
	w := p.w(k)
	if w == "is" || w == "are" || w == "will" {
		w = p.w(k + 1)
	}
	switch w {
	case "producing", "produces", "produce", "co-producing", "co-produces", "co-produce":
		return kg.Produced
	case "distributing", "distributes", "distribute", "releasing", "releases", "release":
		return kg.Distributed
	}
	return ""
}

// copulaWork reads from item k "next release is F" ("latest film will be
// F"): describing words (titleCopulaAdjs), a companyWorkNouns noun, a
// copula and a name closing its clause, untyped with no given name first
// or typed a film. It returns the item of F, or -1.
func (p *pctx) copulaWork(k int) int {
	for n := 0; n < 2 && p.in(k, titleCopulaAdjs); n++ {
		k++
	}
	if !p.in(k, companyWorkNouns) || p.isM(k) {
		return -1
	}
	k++
	if p.w(k) == "will" && p.w(k+1) == "be" {
		k++
	} else if p.w(k) != "is" {
		return -1
	}
	f := k + 1
	m := p.mm(f)
	if m == nil || m.quoted || !(m.typ == kg.Film || m.typ == "" && !givenNameShaped(m) && !pcType(p.priorType(f))) {
		return -1
	}
	if w := p.w(f + 1); w != "," && w != "." && w != "" && w != ";" && w != "(" {
		return -1
	}
	return f
}

// ownerCompany reports whether the one-word name at item t may be a
// company's: typed one earlier in the article, or company-shaped (no word
// of the article's personal names) and never typed a person or character.
func (p *pctx) ownerCompany(t int) bool {
	pt := p.priorType(t)
	return pt == kg.Organisation || !pcType(pt) && p.a.companyShaped(p.mm(t))
}

// datesFilm reports whether the items from k read "has dated the sequel"
// ("dated the pic", "pushed the film"): "has" perhaps, a schedule verb
// that only a distributor uses (dated, pushed, delayed, slotted, shifted,
// bumped), "the" and a film noun.
func (p *pctx) datesFilm(k int) bool {
	if p.w(k) == "has" || p.w(k) == "have" {
		k++
	}
	switch p.w(k) {
	case "dated", "pushed", "delayed", "slotted", "shifted", "bumped":
	default:
		return false
	}
	return p.w(k+1) == "the" && (p.in(k+2, filmAnaphorNouns) || p.w(k+2) == "pic") && !p.isM(k+2)
}

// afterPreposition reports whether mention m stands after a preposition
// and a lower-case "the" in its sentence ("in the U.S."): a place, no
// title opening a clause.
func (p *pctx) afterPreposition(m *mention) bool {
	j := int(m.a) - 1
	if j < 0 || p.a.toks[j].text != "the" {
		return false
	}
	j--
	return j >= p.a.sents[m.sent].a && (memberPreps[p.a.toks[j].lower] || p.a.toks[j].lower == "to" || p.a.toks[j].lower == "from")
}
