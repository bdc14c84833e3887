package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// headlinePlacePreps, before a company in a headline, say where a title
// runs or is made ("'F' Renewed at O", "'F' Returns Big on O", "'F'
// Opens Big for O").
var headlinePlacePreps = setOf("at", "on", "for")

// headlineNewWorkNouns, after a headline's quoted title, make the work the
// company takes on another than the title ("'F' Sequel Series in the
// Works at O").
var headlineNewWorkNouns = setOf("prequel", "sequel", "spin-off", "spinoff", "reboot", "remake", "follow-up", "continuation")

// headlineCompanyVerbs, after a company opening a headline, say what the
// company does with the title that follows ("O Cancels 'F'", "O Moves
// 'F' to December").
var headlineCompanyVerbs = setOf("cancels", "cancel", "renews", "renew", "orders", "order", "moves", "move", "pushes",
	"push", "dates", "date", "delays", "delay", "shifts", "shift", "greenlights", "greenlight", "revives", "revive",
	"acquires", "acquire", "buys", "buy", "lands", "land", "nabs", "books", "pulls", "pull", "reschedules", "sets")

// companyHeadlineCredits reads, once the mentions are resolved, the
// title-case headlines that name a company the article types an
// organisation together with a quoted title: "'F' Renewed for Season 3
// at O", "'F' Returns Big on O", "'F' Opens Big for O", "as O Reboot
// Casts" (the nearest film before the company in its clause), "How O's
// 'F' Lost Its Way" and "O Cancels 'F'", "O Moves P's
// 'F' to May" (the film right after the verb, past a possessive). The
// company is credited with DISTRIBUTED: a headline's network, streamer or
// studio is the one that airs or releases the title.
func (a *article) companyHeadlineCredits() {
	for si := range a.sents {
		s := &a.sents[si]
		if !s.titleCase {
			continue
		}
		var p *pctx
		for mi := range a.ments {
			if int(a.ments[mi].sent) == si && a.orgEntity(mi) {
				p = a.headlinePctx(si)
				break
			}
		}
		if p == nil {
			continue
		}
		for i := range p.it {
			if p.isM(i) && a.orgEntity(int(p.it[i].m)) {
				p.headlineCompanyCredit(i)
			}
		}
	}
}

// orgEntity reports whether mention mi resolved to an entity typed an
// organisation.
func (a *article) orgEntity(mi int) bool {
	m := &a.ments[mi]
	return m.ent >= 0 && a.ents[a.find(int(m.ent))].typ == kg.Organisation
}

// headlineCompanyCredit credits the company at item i of a headline with
// the film its shape names (companyHeadlineCredits).
func (p *pctx) headlineCompanyCredit(i int) {
	f := -1
	if p.w(i+1) == "'s" && p.headlineFilm(i+2) {
		f = i + 2 // "How O's 'F' Lost Its Way"
	} else if p.w(i+1) == "'s" && !p.headlineCompanyFormat(i) {
		return // "NBC's Wednesday": the company owns what follows
	}
	b := i - 1
	if p.w(b) == "the" && !p.isM(b) {
		b-- // "Holds Firm on the O"
	}
	switch {
	case f >= 0:
	case p.in(b, headlinePlacePreps) && !p.isM(b) || p.headlineCompanyFormat(i):
		f = p.headlineFilmBefore(b)
	case (i == 0 || p.w(i-1) == ";") && p.in(i+1, headlineCompanyVerbs) && !p.isM(i+1):
		k := i + 2
		if p.isM(k) && p.w(k+1) == "'s" && !p.headlineFilm(k) {
			k += 2 // "O Cancels P's 'F'"
		}
		if p.isM(k) && p.headlineFilm(k) {
			f = k
		}
	}
	if f >= 0 && p.in(f+1, headlineNewWorkNouns) && !p.isM(f+1) {
		if g := f + 2; p.headlineFilm(g) {
			f = g // "O's 'F' Follow-Up 'G'": the new work's title
		} else {
			f = -1 // "'F' Prequel Series at O": a new work, not F
		}
	}
	if f < 0 {
		return
	}
	p.claim(pclaim{rel: kg.Distributed, subj: mArg(i), obj: mArg(f)})
}

// headlineFilmBefore returns the item of the nearest quoted film before
// item b in its clause (back to a ";" or ":"), past the names of people
// and characters but no other name; -1 if there is none.
func (p *pctx) headlineFilmBefore(b int) int {
	for k := b - 1; k >= 0 && p.w(k) != ";" && p.w(k) != ":"; k-- {
		if !p.isM(k) {
			continue
		}
		if p.headlineFilm(k) {
			return k
		}
		if m := p.mm(k); m.ent < 0 || !pcType(p.a.ents[p.a.find(int(m.ent))].typ) {
			return -1
		}
	}
	return -1
}

// headlineCompanyFormat reports whether the company at item i describes
// a work after it in a headline: its name, or its possessive and at most
// two describing words, before a format or genre noun ("as O Reboot Casts
// ...", "Join O Series", "Board O Police Drama", "as O's Heist Sequel").
func (p *pctx) headlineCompanyFormat(i int) bool {
	k := i + 1
	if p.w(k) == "'s" {
		k++
	}
	for n := 0; n < 3; n++ {
		if p.isM(k) || !isWordLike(p.w(k)) {
			return false
		}
		if p.in(k, filmNouns) || p.in(k, seriesNouns) || p.in(k, genreNouns) || p.in(k, headlineWorkNouns) {
			return true
		}
		k++
	}
	return false
}

// headlineWorkNouns, besides the format and genre nouns, name the work a
// headline's company makes or airs ("O Adaptation", "O Two-Parter").
var headlineWorkNouns = setOf("adaptation", "reboot", "remake", "revival", "two-parter", "spinoff", "spin-off", "sequel", "prequel")

// headlineFilm reports whether the mention at item k is a quoted title
// that resolved to a film entity.
func (p *pctx) headlineFilm(k int) bool {
	m := p.mm(k)
	return m != nil && m.quoted && m.ent >= 0 && p.a.ents[p.a.find(int(m.ent))].typ == kg.Film
}
