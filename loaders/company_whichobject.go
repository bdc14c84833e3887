package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// companyWhichObject credits the company that a relative clause after a
// title makes the subject of a making or releasing verb whose object is
// the title: "F, which O released in 2019", "the film, which O1 produced
// and O2 distributed", "F, which O1 produced for O2" (O2, the outlet:
// DISTRIBUTED), "the show, which O1 produced with O2" (O2 PRODUCED). The
// item i is "which" or "that" right after a comma; the verb has no object
// of its own (no name or determiner follows it). It reports whether it
// read a company there.
func (p *pctx) companyWhichObject(i int) bool {
	if p.w(i-1) != "," {
		return false
	}
	o := i + 1
	if p.w(o) == "the" {
		o++
	}
	if !p.whichCompany(o) {
		return false
	}
	v := o + 1
	for n := 0; n < 2 && p.in(v, whichAdverbs) && !p.isM(v); n++ {
		v++
	}
	rel, ok := whichCompanyVerbs[p.w(v)]
	if !ok || p.isM(v) || p.isM(v+1) || p.in(v+1, setRelations_45) || p.w(v+1) == "it" {
		return false
	}
	film := p.whichTitle(i)
	if !film.valid() {
		return false
	}
	p.mm(o).setRealOrg()
	p.claim(pclaim{rel: rel, subj: mArg(o), obj: film})
	switch n := v + 2; {
	case p.w(v+1) == "and" && p.isM(n) && !p.isM(n+1) && (p.whichCompany(n) || p.mm(n).typ == "" && !p.mm(n).personShaped() && !pcType(p.priorType(n))):
		// "which O1 produced and O2 distributed"
		if r2, ok := whichCompanyVerbs[p.w(n+1)]; ok {
			p.mm(n).setRealOrg()
			p.claim(pclaim{rel: r2, subj: mArg(n), obj: film})
		}
	case rel == kg.Produced && (p.w(v+1) == "for" || p.w(v+1) == "with") && p.whichCompany(n):
		// "which O1 produced for O2": the outlet; "with O2": a partner
		r2 := kg.Produced
		if p.w(v+1) == "for" {
			r2 = kg.Distributed
		}
		p.mm(n).setRealOrg()
		p.claim(pclaim{rel: r2, subj: mArg(n), obj: film})
	}
	return true
}

// whichCompany reports whether item o is a company's name: typed an
// organisation, or an untyped name with a company's shape (a company word
// at its end, a streamer's "+", a short all-capitals name) or one the
// article typed a company before; never a name a cue made a person's or a
// character's.
func (p *pctx) whichCompany(o int) bool {
	m := p.mm(o)
	if m == nil || m.quoted || pcType(p.priorType(o)) {
		return false
	}
	if m.typ == kg.Organisation {
		return true
	}
	return m.typ == "" && (orgish(m) && m.world != kg.WorldFictional || networkShaped(m) || p.priorType(o) == kg.Organisation)
}

// relativeObjectCompany reports whether the company at item i is the
// subject of a relative clause whose object is the title before it ("F,
// which O released", "F, which O1 produced and O2 distributed"): a
// making or releasing verb with no object of its own follows it, and its
// film is that title, not the film at hand (companyWhichObject credits it).
func (p *pctx) relativeObjectCompany(i int) bool {
	b := i - 1
	if p.w(b) == "the" {
		b--
	}
	if p.w(b) == "and" && p.isM(b-2) && whichCompanyVerbs[p.w(b-1)] != "" {
		b -= 2 // the second company of "which O1 produced and O2 distributed"
		if p.w(b-1) == "the" {
			b--
		}
		b--
	}
	if p.w(b) != "which" && p.w(b) != "that" || p.w(b-1) != "," {
		return false
	}
	v := i + 1
	for n := 0; n < 2 && p.in(v, whichAdverbs) && !p.isM(v); n++ {
		v++
	}
	return whichCompanyVerbs[p.w(v)] != "" && !p.isM(v) && !p.isM(v+1) && !p.in(v+1, setRelations_45) && p.whichTitle(b).valid()
}

// whichTitle returns the title a relative clause at item i ("which",
// after a comma) follows: the name right before the comma (or before its
// parenthesised year) when a cue typed it a film, or the film a noun there
// refers to ("the film, which ..."); else none.
func (p *pctx) whichTitle(i int) arg {
	b := i - 2
	if p.w(b) == ")" && isYear(p.w(b-1)) && p.w(b-2) == "(" {
		b -= 3
	}
	switch {
	case p.isM(b):
		// (a name some cue typed a film, left at the strength it has)
		if m := p.mm(b); m.typ == kg.Film && !(m.strength < 2 && m.personShaped()) {
			return mArg(b)
		}
	case p.in(b, filmAnaphorNouns) || p.in(b, seriesNouns) || releaseObjects[p.w(b)]:
		// "the film, which", "the $22 million film, which"; not "P's
		// documentary, which" (an appositive's noun)
		for k := b - 1; k >= 0 && k > b-5 && !p.isM(k) && p.w(k) != "'s" && p.w(k) != ","; k-- {
			if p.w(k) == "the" {
				return p.subjectBefore(i - 1)
			}
		}
	}
	return noArg
}
