package loaders

import (
	"github.com/franchisekg/franchisekg/internal/kg"
)

// possessiveFilm credits the person of "P's F" (item t) with the film F
// named right after the possessive ("Bernard Cole's Stowaway", "Sean
// Lacey's Star Fleets: Skyrunner") or after describing words that end in a
// work noun (ownedTitle: "P's 2017 hit F", "P's animated F"): its
// director, or the writer of a series (its creator). A character, a
// plural ("P's six films") or a person the sentence already credits gives
// nothing.
func (p *pctx) possessiveFilm(t int, done map[string][]pclaim) {
	m, fi := p.mm(t), t+2
	f := p.mm(fi)
	series := false
	if f == nil {
		// "P's 2017 hit F", "P's animated F": describing words between
		if fi = p.ownedTitle(t + 2); fi < 0 {
			return
		}
		f = p.mm(fi)
		series = p.wIn(fi-1, seriesNouns) && p.w(fi-1) != "drama"
		if !(f.typ == kg.Film || f.typ == "" && p.untypedTitle(fi)) {
			return
		}
	} else if !(f.typ == kg.Film && f.strength >= 2 || f.typ == "" && (f.the || f.quoted) && !pcType(p.priorType(t+2))) {
		// ("James Dorrit's The Summoning": a capitalised "The" makes a title)
		return
	}
	if !p.isPersonLike(t) || m.typ == kg.Character || p.priorType(t) == kg.Character || fi != t+2 && (orgish(m) || m.kind != "" || p.priorType(t) == kg.Organisation) {
		return // ("Prime Video's animated F": a company's)
	}
	if m.typ != kg.Person && !(m.words >= 2 && isGivenNameLower(firstWord(m.text))) && fi == t+2 {
		return
	}
	if _, seen := done[m.key]; seen {
		return
	}
	rel := kg.Directed
	if f.format == kg.FormatSeries || series {
		rel = kg.Wrote
	}
	p.typ(t, kg.Person, 2)
	f.setType(kg.Film, 2)
	p.claim(pclaim{rel: rel, subj: mArg(t), obj: mArg(fi)})
}

// appositiveJobs credits person item t with the jobs of an appositive
// that names their film: "P, a longtime writer and executive producer on
// F," (WROTE and PRODUCED F), "P, the showrunner of F,", "P, director of
// F,", "P, the director of F and G," (G untyped or a film, not led by a
// given name). The first film must be named (a typed film) and the
// appositive closed.
func (p *pctx) appositiveJobs(t int, done map[string][]pclaim) {
	job := false // a job noun in the next few words (cheap test first)
	for k := t + 2; k < len(p.it) && k < t+10 && !job; k++ {
		job = p.in(k, jobNounKeys) && jobNouns[p.w(k)].rel != "" // (p.in: a word item, no mention)
	}
	if !job || !p.isPersonLike(t) || p.mm(t).typ == kg.Character {
		return
	}
	var jobs []trigger
	k := t + 2
	if p.w(k) == "a" || p.w(k) == "an" || p.w(k) == "the" || p.w(k) == "its" {
		k++
	}
	for n := 0; n < 7 && k < len(p.it) && !p.isM(k); n++ {
		w := p.w(k)
		if tr, ok := jobNouns[w]; ok && !subDirector(w, p.w(k-1)) {
			if tr.job == "" && p.w(k-1) == "executive" {
				tr.job = "executive producer"
			}
			jobs = append(jobs, tr)
		} else if !isWordLike(w) && w != "and" || w == "on" || w == "of" || w == "for" {
			break
		}
		k++
	}
	if len(jobs) == 0 || !(p.w(k) == "on" || p.w(k) == "of" || p.w(k) == "for") {
		return
	}
	f := p.mm(k + 1)
	films := []int{k + 1}
	if f != nil && (p.w(k+2) == "and" || p.w(k+2) == "&") {
		// "P, the director of F and G,": G untyped or a film, no person's name
		if g := p.mm(k + 3); g != nil && !g.quoted && (g.typ == kg.Film || g.typ == "" && !givenNameShaped(g) && !pcType(p.priorType(k+3))) &&
			(p.w(k+4) == "," || p.w(k+4) == ".") {
			films = append(films, k+3)
		}
	}
	end := films[len(films)-1] + 1
	if f == nil || f.typ != kg.Film || f.strength < 2 || p.w(end) != "," && p.w(end) != "." {
		return
	}
	if len(films) > 1 {
		p.mm(k+3).setType(kg.Film, 2)
	}
	key := p.mm(t).key
	for _, tr := range jobs {
		for _, fi := range films {
			dup := false
			for _, o := range done[key] {
				if o.rel == tr.rel && p.sameFilm(o.obj, mArg(fi)) {
					dup = true
				}
			}
			if !dup {
				p.claim(pclaim{rel: tr.rel, subj: mArg(t), obj: mArg(fi), job: tr.job})
			}
		}
	}
}

// careerAs reads a career clause: a person or a he/she opening the clause,
// then "as C" with a title in the same clause, after C ("he spent three
// years as C on the NBC drama F", "as C in the 2010 comedy F") or as the
// object of the verb before "as" ("he joined the series F as C"). It
// credits the person with F as C and reports whether it did.
func (p *pctx) careerAs(t int, done map[string][]pclaim) bool {
	c := p.nameAfterDescriptors(t+1, 3)
	if c < 0 || !p.castChar(c) || p.mm(c).typ == kg.Person {
		return false
	}
	// the clause start and its subject, over an appositive right before
	// "as" ("he led F, a spin-off of G, as C")
	k := t - 1
	if p.w(k) == "," {
		// only a describing appositive ("F, a spin-off of G, as C"); "A
		// and B, as C and D," puts the names before "as" themselves
		j := k - 1
		for j >= 0 && p.w(j) != "," && !p.fallbackBoundary(j) && k-j < 12 {
			j--
		}
		if p.w(j) == "," && (p.w(j+1) == "a" || p.w(j+1) == "an" || p.w(j+1) == "the") {
			k = j - 1
		} else {
			return false
		}
	}
	for k >= 0 && !p.fallbackBoundary(k) && p.w(k) != "," && t-k < 20 {
		k--
	}
	start := k + 1
	subj := -1
	var film int = -1
	for j := start; j < t; j++ {
		if m := p.mm(j); m != nil {
			if subj < 0 && (m.typ == kg.Person || p.isPersonLike(j) && m.typ == "") && j == start {
				subj = j
			} else if m.typ == kg.Film && m.strength >= 2 && film < 0 && p.w(j+1) != "'s" {
				film = j
			}
			continue
		}
		if subj == -1 && j-start <= 5 && (p.w(j) == "he" || p.w(j) == "she") {
			// "That same year he crossed ...": a pronoun after a short lead
			if o := p.prevOpeningPerson(); o >= 0 {
				subj = -2 - o
			}
		}
	}
	if subj == -1 || subj >= 0 && start != subj || subj >= 0 && p.possessorBeforeActor(subj, t) {
		return false
	}
	if film < 0 {
		// "as C (, the ... ,) on/in (the <words>) F"
		j := c + 1
		if p.w(j) == "," {
			for j++; j < len(p.it) && p.w(j) != "," && !p.fallbackBoundary(j) && j < c+12; j++ {
			}
			if p.w(j) == "," {
				j++
			}
		}
		if p.w(j) != "on" && p.w(j) != "in" {
			// "P, who had a cameo in the first film, finally gets room to
			// breathe as C": a named subject, a known character, the
			// film at hand
			if subj >= 0 && p.mm(c).typ == kg.Character && p.mm(c).strength >= 2 {
				lo, hi := p.clauseSpan(t)
				f, ok := p.fallbackFilm(t, lo, hi)
				if !ok {
					return false
				}
				for k := start; k < t; k++ {
					if p.denyWord(k) {
						return false
					}
				}
				for _, o := range done[p.mm(subj).key] {
					if o.rel == kg.ActedIn {
						return true
					}
				}
				p.claim(pclaim{rel: kg.ActedIn, subj: mArg(subj), obj: f, char: mArg(c)})
				return true
			}
			return false
		}
		j++
		described := false // "on the NBC daytime drama Other Lives"
		if p.w(j) == "the" || isYear(p.w(j)) && p.w(j+1) == "'s" {
			for n := 0; n < 5 && j < len(p.it) && (!p.isM(j) || p.mm(j).typ == kg.Organisation || p.mm(j).allCaps); n++ {
				described = described || p.in(j, filmNouns) || p.in(j, seriesNouns) || p.in(j, genreNouns) || p.in(j, airNouns)
				j++
			}
		}
		if p.isM(j) && p.w(j+1) == "'s" && p.isM(j+2) && !p.isPersonLike(j) {
			j += 2 // "in 20th Century Fox's Dreadful Six": the company's film
			described = true
		}
		m := p.mm(j)
		if m == nil || !(m.typ == kg.Film || m.typ == "" && (described || m.titleWords || m.quoted || m.the || m.colon || m.digit) && !pcType(p.priorType(j))) || p.w(j+1) == "'s" {
			return false
		}
		m.setType(kg.Film, 2)
		film = j
	}
	for k := start; k < t; k++ {
		if p.denyWord(k) {
			return false
		}
	}
	var s *mention
	subjArg := noArg
	if subj < -1 {
		subjArg = arg{m: int32(-2 - subj), of: -1, abs: true}
		s = &p.a.ments[-2-subj]
		s.setType(kg.Person, 1)
	} else {
		subjArg = mArg(subj)
		s = p.mm(subj)
	}
	for _, o := range done[s.key] {
		if o.rel == kg.ActedIn && p.sameFilm(o.obj, mArg(film)) {
			return true
		}
	}
	p.typ(c, kg.Character, 2)
	p.claim(pclaim{rel: kg.ActedIn, subj: subjArg, obj: mArg(film), char: mArg(c)})
	return true
}

// leadJob credits a person introduced by a capitalised job noun opening
// the sentence ("Showrunner Clyde Philby, who ..., sat down with us")
// with the film named right after the name ("of F", "on F"), else the
// film the stretch of text is about.
func (p *pctx) leadJob(t int, done map[string][]pclaim) {
	if t != 1 || p.isM(0) || !p.a.toks[p.it[0].t].cap || !p.isPersonLike(t) || p.mm(t).typ == kg.Character {
		return
	}
	tr, ok := jobNouns[p.w(0)]
	if !ok {
		return
	}
	if _, seen := done[p.mm(t).key]; seen {
		return
	}
	film := noArg
	if p.in(t+1, titlePreps) || p.w(t+1) == "on" {
		if m := p.mm(t + 2); m != nil && m.typ == kg.Film && m.strength >= 2 {
			film = mArg(t + 2)
		}
	}
	if !film.valid() && film.ana == anaNone {
		for k := range p.it {
			if p.denyWord(k) {
				return
			}
		}
		film = p.focusFilm()
	}
	p.claim(pclaim{rel: tr.rel, subj: mArg(t), obj: film, job: tr.job})
}

// memberClause reads what body a character belongs to from the words
// after it: "C, America's first superhero and the leader of Vanguardia", "C
// is a hotshot pilot and a founding member of Vanguardia", "C is one of the
// Wardens", "C, the head of the bureau's Runaway Task Unit". Only a
// character (typed so by a cue) is read; the body after "of" must not be
// a person or a title.
func (p *pctx) memberClause(t int) {
	m := p.mm(t)
	k := t + 1
	if p.w(k) != "," && p.w(k) != "is" && p.w(k) != "was" && p.w(k) != "remains" {
		return
	}
	if m.typ != kg.Character && !(m.typ == "" && p.priorType(t) == kg.Character) && !(p.w(t-1) == "'s" && p.isM(t-2) && p.isPersonLike(t-2) && castableName(m)) {
		return // ("Ryle's Gunsight is ...": a part named by the actor's possessive)
	}
	if p.w(k) != "," && p.w(k+1) == "one" && p.w(k+2) == "of" {
		// "C is one of the Vesari"
		o := k + 3
		if p.w(o) == "the" {
			o++
		}
		if om := p.mm(o); om != nil && (om.typ == "" || om.typ == kg.Organisation) && !p.isPersonLike(o) && !om.quoted && !om.digit {
			om.setType(kg.Organisation, 2)
			if om.world == "" {
				om.world = kg.WorldFictional
			}
			p.claim(pclaim{rel: kg.MemberOf, subj: mArg(t), obj: mArg(o), role: "member"})
		}
		return
	}
	for j := k + 1; j < len(p.it) && j < k+14; j++ {
		w := p.w(j)
		if w == "," || w == "." || w == ";" || w == "who" || w == "which" || p.fallbackBoundary(j) {
			return
		}
		if p.isM(j) && p.w(j+1) != "'s" {
			return
		}
		if !roleWords[w] || p.w(j+1) != "of" || p.isM(j) {
			continue
		}
		o := j + 2
		if p.w(o) == "the" {
			o++
		}
		if p.isM(o) && p.w(o+1) == "'s" {
			return
		}
		if !p.isM(o) && isWordLike(p.w(o)) && p.w(o+1) == "'s" && p.isM(o+2) {
			o += 2 // "the bureau's Runaway Task Unit"
		}
		om := p.mm(o)
		if om == nil || om.quoted || om.digit || om.typ != "" && om.typ != kg.Organisation || p.isPersonLike(o) && om.typ != kg.Organisation && !(p.w(o-1) == "the" && !givenNameShaped(om)) {
			return
		}
		om.setType(kg.Organisation, 2)
		if om.world == "" && !inLower(realOrgWords, lastWord(om.text)) {
			om.world = kg.WorldFictional
		}
		p.claim(pclaim{rel: kg.MemberOf, subj: mArg(t), obj: mArg(o), role: w})
		return
	}
}

// shortLead reports whether the items before item b are at most a short
// lead with no name in it ("That same year he", "From 2020 to 2022 he",
// "In 2003, she").
func (p *pctx) shortLead(b int) bool {
	if b > 7 {
		return false
	}
	for k := 0; k < b; k++ {
		if p.isM(k) || p.fallbackBoundary(k) && p.w(k) != "" {
			return false
		}
	}
	return true
}

// mainSubject returns the person opening the sentence (after a short
// lead) when no other person is named before item end, or none.
func (p *pctx) mainSubject(end int) []int {
	o := 0
	for o < 5 && !p.isM(o) && isWordLike(p.w(o)) {
		o++
	}
	if !p.isM(o) || !p.isPersonLike(o) || p.mm(o).typ == kg.Character || o > 0 && p.w(o-1) != "," {
		return nil
	}
	for k := o + 1; k < end; k++ {
		if p.isM(k) && (p.isPersonLike(k) || p.mm(k).typ == kg.Character) {
			return nil
		}
	}
	return []int{o}
}

// prevOpeningPerson returns the person mention opening the previous
// sentence of the paragraph, or -1.
func (p *pctx) prevOpeningPerson() int {
	a := p.a
	si := int(p.si)
	// the nearest of the ten sentences before that opens with a person
	// (a sentence opening with "he"/"she" hands the reference on; one
	// opening with another name ends the search)
	for prev := si - 1; prev >= 0 && prev >= si-10; prev-- {
		s := &a.sents[prev]
		if s.titleCase || s.b <= s.a {
			continue
		}
		mi := a.firstMentionFrom(prev)
		if mi < len(a.ments) && int(a.ments[mi].sent) == prev && int(a.ments[mi].a) == s.a {
			if m := &a.ments[mi]; m.typ == kg.Person && m.words >= 2 || m.typ == "" && givenNameShaped(m) {
				return mi
			}
			if full := a.surnameOfPerson(mi); full >= 0 {
				return full // "McMahon died ...": the full name introduced first
			}
			if m := &a.ments[mi]; m.typ == kg.Person {
				return mi
			}
			if m := &a.ments[mi]; m.typ != "" || m.personShaped() {
				return -1 // a sentence about someone or something else
			}
		}
		if a.pronounSubject(prev) {
			continue // "he"/"she" again: the reference goes further back
		}
		for k := mi; k < len(a.ments) && int(a.ments[k].sent) == prev; k++ {
			if a.ments[k].typ == kg.Person {
				return -1
			}
		}
	}
	return -1
}

// givenNameShaped reports whether m looks like a personal name that opens
// with a given name of the gazetteer ("Julian McAllard").
func givenNameShaped(m *mention) bool {
	return m.personShaped() && isGivenNameLower(firstWord(m.text))
}

// ambiguousSurname returns, for a one-word mention mi that is the last
// name of two or more earlier full names ("McAllard" after "Julian
// McAllard" and "Kelly McAllard"), the full name introduced first; -1 when
// the surname names at most one person.
func (a *article) ambiguousSurname(mi int) int {
	m := &a.ments[mi]
	if m.words != 1 || m.typ != "" && m.typ != kg.Person {
		return -1
	}
	first, n := -1, 0
	seen := map[string]bool{}
	for k := max(mi-300, 0); k < mi; k++ {
		if o := &a.ments[k]; (o.typ == kg.Person || o.typ == "" && givenNameShaped(o)) && o.words >= 2 && hasSuffixAfter(o.key, " ", m.key) && !seen[o.key] {
			seen[o.key] = true
			if first < 0 {
				first = k
			}
			n++
		}
	}
	if n < 2 {
		return -1
	}
	return first
}

// pronounSubject reports whether sentence si has "he" or "she" as a
// subject early on (at its start or after a comma: "Born in Sydney, ...,
// he modelled").
func (a *article) pronounSubject(si int) bool {
	s := &a.sents[si]
	for t := s.a; t < s.b && t < s.a+30; t++ {
		if l := a.toks[t].lower; (l == "he" || l == "she") && (t == s.a || a.toks[t-1].text == ",") {
			return true
		}
	}
	return false
}

// surnameOfPerson returns the earliest mention of a full name whose last
// name the one-word mention mi is ("McAllard" after "Julian McAllard"; the
// person introduced first when relatives share the name), or -1.
func (a *article) surnameOfPerson(mi int) int {
	m := &a.ments[mi]
	if m.words != 1 {
		return -1
	}
	for k := max(mi-300, 0); k < mi; k++ {
		if o := &a.ments[k]; (o.typ == kg.Person || o.typ == "" && givenNameShaped(o)) && o.words >= 2 && hasSuffixAfter(o.key, " ", m.key) {
			return k
		}
	}
	return -1
}
