package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Career items: in an article about one person (subjectPronouns read its
// pronouns as that person), the parts listed as that person's, each "PART
// in TITLE": "Small parts followed: a motel manager in Q's F, Principal K
// in the Disney comedy G, and Judge P in the legal farce H", "his screen
// debut as a desk clerk in Q's F (1987)", "He played C, the exasperated
// precinct commander, for four seasons of the ABC sitcom S", "lending his
// gravelly baritone to C in the cartoon T". A named part gives the part
// too; a described one ("a motel manager") only the film.

// careerPartNouns name parts in the words before a colon that opens a
// list of them ("Small parts followed in quick succession: ...").
var careerPartNouns = setOf("part", "parts", "role", "roles", "credits", "turns", "appearances", "cameos", "jobs")

// careerSpanNouns count the stretch of a part in a series ("for four
// seasons of S", "for 12 episodes of S").
var careerSpanNouns = setOf("season", "seasons", "episode", "episodes", "years")

// careerTitleNouns are production nouns productionNoun does not know
// ("the Nickelodeon cartoon T").
var careerTitleNouns = setOf("cartoon", "telefilm", "miniseries", "serial", "procedural", "soap", "farce", "series", "short")

// careerItems reads the career items of this sentence (after the cast
// rules, once per sentence): after a colon whose clause names no one but
// the article's person and a part noun or that person; after "as", an
// acting verb ("played", "voiced"), "the part of", a copula right after
// the person, or "lending his ... to", whose nearest named person before
// it is the article's person. Each item is a part (a
// castable name, or "a"/"an" and up to four lower-case words) and a title
// behind "in"/"on" or "for N seasons of" (careerTitle); the items of a
// list follow one another after a comma, a semicolon or "and".
func (p *pctx) careerItems() {
	if p.a.subjPersonKey == "" || len(p.it) > careerSentenceItems {
		return
	}
	p.frontedCareerTitle()
	defer p.oppositeCostars()
	chain := -1 // the person of the last "as" part: "...; and as C on F"
	for k := 0; k < len(p.it); k++ {
		if p.isM(k) {
			continue
		}
		start, subj := -1, -1
		switch w := p.w(k); {
		case w == "as" && chain != -1 && p.careerListSep(k):
			subj, start = chain, k+1
		case w == ":":
			subj = p.careerSubjectBefore(k)
			if subj == -1 || !p.partNounBefore(k) && subj < 0 {
				continue
			}
			start = k + 1
		case w == "as" || careerRoleVerbs[w]:
			if subj = p.careerSubjectBefore(k); subj == -1 || subj == -2 && !p.possessiveBefore(k) {
				continue
			}
			start = k + 1
			if w == "as" {
				chain = subj
				if p.titleBeforeAs(k, subj) {
					continue
				}
			} else if p.relativeCareerPart(k, subj) {
				continue
			}
		case w == "of" && (p.is(k-1, "part") || p.is(k-1, "role")) && p.is(k-2, "the"):
			// "Q gave him the part of C, the hapless lawman, in F" ("her"
			// is no mention: the article's person when she is a woman)
			if subj = p.careerSubjectBefore(k); subj == -1 && !(p.is(k-3, "her") && p.subjectIsShe()) ||
				subj == -2 && !p.possessiveBefore(k) {
				continue
			}
			if subj == -1 {
				subj = -2
			}
			start = k + 1
		case (w == "was" || w == "is") && k > 0:
			// "he was Principal C, the school administrator, in F"
			if subj = p.careerSubjectBefore(k); subj != k-1 {
				continue
			}
			start = k + 1
		case careerSpotNouns[w] && (p.is(k+1, "in") || p.is(k+1, "on")):
			// "he had small parts in Q's F and R's G", "a guest spot on T"
			if subj = p.careerSubjectBefore(k); subj == -1 || subj == -2 && !p.possessiveBefore(k) {
				continue
			}
			p.careerSpots(k+2, subj)
			continue
		case careerCrewVerbs[w] != "":
			p.careerCrew(k)
			continue
		case lendVerbs[w] && (p.is(k+1, "his") || p.is(k+1, "her")):
			j := k + 2
			for j < len(p.it) && j < k+6 && !p.isM(j) && p.w(j) != "to" && isWordLike(p.w(j)) {
				j++
			}
			if !p.is(j, "to") {
				continue
			}
			if subj = p.careerSubjectBefore(k); subj == -1 {
				continue
			}
			start = j + 1 // "his" stands for the person
		default:
			continue
		}
		subjArg := p.careerSubjectArg(subj)
		if !subjArg.valid() {
			continue
		}
		for n := 0; start > 0 && n < 12; n++ {
			c, x := p.careerPart(start)
			if x < 0 {
				break
			}
			f, end := p.careerTitle(x, c >= 0)
			if f < 0 {
				break
			}
			p.mm(f).setType(kg.Film, 2)
			char := noArg
			if c >= 0 {
				p.mm(c).setType(kg.Character, 3)
				char = mArg(c)
			}
			p.claim(pclaim{rel: kg.ActedIn, subj: subjArg, obj: mArg(f), char: char})
			end = p.careerCostars(end, mArg(f))
			k = end - 1
			start = p.careerNext(end)
		}
	}
}

// frontedCareerTitle reads "In T(,) he was C", "On T he played C" and "In
// T, also directed by Q, he was C" (the sentence opening with the title,
// then, past a short appositive, the article's person, a copula
// or an acting verb and a named part): the person played C in T. T must
// be typed a film or may be a bare title (bareTitle, headedPlaceTitle).
func (p *pctx) frontedCareerTitle() {
	if !p.is(0, "in") && !p.is(0, "on") || !p.isM(1) {
		return
	}
	s := 2
	if p.w(s) == "," {
		s++
		if !p.isM(s) {
			// "In T, also directed by Q, he was C": over an appositive
			for e := s; e < len(p.it) && e < s+10 && p.w(e) != "." && p.w(e) != ";"; e++ {
				if p.w(e) == "," && p.isM(e+1) {
					s = e + 1
					break
				}
			}
		}
	}
	sm := p.mm(s)
	if sm == nil || !p.a.isSubjectPerson(sm) || !(p.is(s+1, "was") || p.is(s+1, "is") || p.in(s+1, careerRoleVerbs)) {
		return
	}
	f := p.mm(1)
	if !(f.typ == kg.Film && f.strength >= 2 || p.bareTitle(1) || p.headedPlaceTitle(1)) {
		return
	}
	c := s + 2
	if n := p.nameAfterDescriptors(c, 3); n > c && !p.isM(c) {
		c = n
	}
	cm := p.mm(c)
	if cm == nil || !castableName(cm) || cm.pronoun || p.a.isSubjectPerson(cm) || cm.typ != "" && cm.typ != kg.Character || !p.in(c+1, castStop) {
		return
	}
	f.setType(kg.Film, 2)
	cm.setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(s), obj: mArg(1), char: mArg(c)})
}

// titleBeforeAs reads "he turned up on F as a patient", "a three-episode
// run on F as a bankruptcy judge, Judge C": a title typed a film (or a bare
// title, bareTitle) right after "in"/"on" and right before the "as"
// at item k, the article's person (item subj, or -2 for none named) the
// nearest before it, and a part after "as" that closes the clause or
// meets a comma. It credits the person with F (as C when the part is
// named; "a judge, Judge C": the name after the description) and reports
// whether it did.
func (p *pctx) titleBeforeAs(k, subj int) bool {
	t := k - 1
	f := p.mm(t)
	if f == nil || !p.is(t-1, "in") && !p.is(t-1, "on") || !(f.typ == kg.Film && f.strength >= 2 || p.bareTitle(t)) {
		return false
	}
	c, end := p.careerPartEnd(k + 1)
	if end < 0 {
		return false
	}
	if c < 0 && p.w(end) == "," {
		// "as a cantankerous bankruptcy judge, Judge C,"
		if m := p.mm(end + 1); m != nil && castableName(m) && (m.typ == "" || m.typ == kg.Character) && p.in(end+2, castStop) && !p.a.isSubjectPerson(m) {
			c, end = end+1, end+2
		}
	}
	if c < 0 && !p.in(end, castStop) {
		// "as a patient with a rash, opposite P": plain words to the comma
		e := end
		for e < len(p.it) && e < end+8 && !p.isM(e) && isWordLike(p.w(e)) {
			e++
		}
		end = e
	}
	if !p.in(end, castStop) {
		return false
	}
	subjArg := p.careerSubjectArg(subj)
	if !subjArg.valid() {
		return false
	}
	f.setType(kg.Film, 2)
	char := noArg
	if c >= 0 {
		p.mm(c).setType(kg.Character, 3)
		char = mArg(c)
	}
	p.claim(pclaim{rel: kg.ActedIn, subj: subjArg, obj: mArg(t), char: char})
	p.careerCostars(end, mArg(t))
	return true
}

// subjectIsShe reports whether the pronoun mentions of the article's
// person near this sentence (careerSubjectArg) are "she".
func (p *pctx) subjectIsShe() bool {
	x := p.careerSubjectArg(-2)
	return x.valid() && p.a.toks[p.a.ments[x.m].a].lower == "she"
}

// careerSpotNouns are parts named by their size: "small parts in F and G",
// "a guest spot on T", "a cameo in F".
var careerSpotNouns = setOf("part", "parts", "role", "roles", "cameo", "cameos", "spot", "spots")

// careerSpots credits the article's person (item subj, or -2 for the
// pronoun mentions near) with the titles listed from item k (titlePhrase,
// joined by careerNext).
func (p *pctx) careerSpots(k, subj int) {
	subjArg := p.careerSubjectArg(subj)
	if !subjArg.valid() {
		return
	}
	for n := 0; k > 0 && n < 8; n++ {
		f, end := p.titlePhrase(k, false)
		if f < 0 {
			return
		}
		p.mm(f).setType(kg.Film, 2)
		p.claim(pclaim{rel: kg.ActedIn, subj: subjArg, obj: mArg(f)})
		k = p.careerNext(end)
	}
}

// careerCrewVerbs credit the article's person with a production of his
// own ("He also directed one feature, the 1999 comedy F").
var careerCrewVerbs = map[string]kg.RelType{"directed": kg.Directed, "co-directed": kg.Directed, "wrote": kg.Wrote,
	"co-wrote": kg.Wrote, "produced": kg.Produced, "co-produced": kg.Produced}

// careerCrewWords count the productions of "one feature", "his only film".
var careerCrewWords = setOf("one", "a", "an", "his", "her", "two", "three", "only", "first", "own", "single", "lone")

// careerCrew reads "he (also) directed one feature, the 1999 independent
// comedy F": the crew verb at item v right after the article's person
// (over "also", "later", "then"), a counted production noun ("one
// feature", "his only film") and, after a comma, the title's noun phrase
// (titlePhrase) ending in a title typed a film or after a production
// noun. It credits the person with the title.
func (p *pctx) careerCrew(v int) {
	s := v - 1
	for s > 0 && (p.is(s, "also") || p.is(s, "later") || p.is(s, "then") || p.is(s, "once")) {
		s--
	}
	m := p.mm(s)
	if m == nil || !p.a.isSubjectPerson(m) {
		return
	}
	k, n := v+1, 0
	for k < len(p.it) && k < v+5 && p.in(k, careerCrewWords) {
		k, n = k+1, n+1
	}
	if n == 0 || !(p.wIn(k, filmNouns) || p.w(k) == "films" || p.w(k) == "features" || p.wIn(k, seriesNouns)) || p.w(k+1) != "," {
		return
	}
	f, _ := p.titlePhrase(k+2, false)
	if f < 0 || !p.is(k+2, "the") && !p.isM(k+2) {
		return
	}
	p.mm(f).setType(kg.Film, 2)
	p.claim(pclaim{rel: careerCrewVerbs[p.w(v)], subj: mArg(s), obj: mArg(f)})
}

// careerListSep reports whether a list separator stands before the "as"
// at item k ("; as C", ", and as C", "; and as C").
func (p *pctx) careerListSep(k int) bool {
	return p.w(k-1) == ";" || p.w(k-1) == "," || p.is(k-1, "and") && (p.w(k-2) == ";" || p.w(k-2) == ",")
}

// relativeCareerPart reads "F (1987), where he played C (opposite P)":
// the acting verb at item v after "where"/"in which" and the article's
// person (item subj) right after a comma that closes a title typed a
// film. It credits the person with F (as C when the part is named) and
// the co-stars, and reports whether it did.
func (p *pctx) relativeCareerPart(v, subj int) bool {
	if subj != v-1 {
		return false
	}
	r := v - 2
	if p.is(r, "which") && p.is(r-1, "in") {
		r--
	} else if !p.is(r, "where") {
		return false
	}
	t := r - 2
	if p.w(r-1) != "," {
		return false
	}
	if p.w(t) == ")" && isYear(p.w(t-1)) && p.w(t-2) == "(" {
		t -= 3
	} else if isYear(p.w(t)) && p.is(t-1, "in") {
		t -= 2 // "with F in 2022, in which he played C"
	}
	f := p.mm(t)
	if f == nil || f.typ != kg.Film || f.strength < 2 {
		return false
	}
	c, end := p.careerPartEnd(v + 1)
	if end < 0 || c < 0 && !p.in(end, castStop) {
		return false
	}
	char := noArg
	if c >= 0 {
		p.mm(c).setType(kg.Character, 3)
		char = mArg(c)
	}
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(subj), obj: mArg(t), char: char})
	p.careerCostars(end, mArg(t))
	return true
}

// headedPlaceTitle reports whether the mention at item k is a bare title
// but for a place noun closing it ("In Merry Valley he was C": the
// sentence's shape names a production), not a place of placeNames or a
// country.
func (p *pctx) headedPlaceTitle(k int) bool {
	m := p.mm(k)
	return m != nil && m.typ == "" && p.priorType(k) == "" && m.words >= 2 && placeHeads[lastKeyWord(m.key)] &&
		!placeNames[m.key] && !m.quoted && !m.allCaps && !givenNameShaped(m)
}

// careerSubjectBefore returns the item of the mention of the article's
// person (by name, surname or pronoun) nearest before item k in the
// sentence, -2 when no person or part is named before k, or -1 when
// another person or a part comes between.
func (p *pctx) careerSubjectBefore(k int) int {
	if p.is(k-1, "and") && !p.is(k, "as") {
		// "..., and voiced C in F": the verb shares the sentence's subject
		for j := 0; j < 6 && j < k; j++ {
			if m := p.mm(j); m != nil {
				if p.a.isSubjectPerson(m) {
					return j
				}
				break
			}
		}
	}
	for j := k - 1; j >= 0; j-- {
		m := p.mm(j)
		if m == nil {
			continue
		}
		if p.a.isSubjectPerson(m) {
			return j
		}
		if m.typ != kg.Person && (p.is(j-1, "in") || p.is(j-1, "on")) {
			continue // "she turned up on F as ...": a title or a place
		}
		if m.typ == kg.Person || m.typ == kg.Character || m.typ == "" && m.personShaped() {
			return -1
		}
	}
	return -2
}

// isSubjectPerson reports whether m names the person the article is about:
// its key, its surname, or one of its pronoun mentions.
func (a *article) isSubjectPerson(m *mention) bool {
	k := a.subjPersonKey
	return k != "" && m.typ != kg.Film && m.typ != kg.Organisation &&
		(m.key == k || m.words == 1 && len(m.key) < len(k) && k[len(k)-len(m.key)-1] == ' ' && k[len(k)-len(m.key):] == m.key)
}

// possessiveBefore reports whether "his" or "her" stands before item k
// ("his screen debut as a desk clerk in F").
func (p *pctx) possessiveBefore(k int) bool {
	for j := 0; j < k; j++ {
		if p.is(j, "his") || p.is(j, "her") {
			return true
		}
	}
	return false
}

// partNounBefore reports whether a part noun (careerPartNouns) stands
// before item k.
func (p *pctx) partNounBefore(k int) bool {
	for j := 0; j < k; j++ {
		if p.in(j, careerPartNouns) {
			return true
		}
	}
	return false
}

// careerSubjectArg returns the argument for the article's person: item
// subj when it is one, else the nearest pronoun mention of that person in
// the ten sentences before (so that a career decideCareer undoes takes
// the claim with it); noArg when there is none.
func (p *pctx) careerSubjectArg(subj int) arg {
	if subj >= 0 {
		return mArg(subj)
	}
	a := p.a
	lo := len(a.ments)
	if len(p.it) > 0 {
		for k := range p.it {
			if p.it[k].m >= 0 {
				lo = int(p.it[k].m)
				break
			}
		}
	}
	if lo == len(a.ments) {
		return noArg
	}
	for mi := lo + 40; mi >= 0 && mi >= lo-400; mi-- {
		if mi >= len(a.ments) {
			continue
		}
		if m := &a.ments[mi]; m.pronoun && m.key == a.subjPersonKey && int(m.sent) >= int(p.si)-10 && int(m.sent) <= int(p.si)+1 {
			return arg{m: int32(mi), of: -1, abs: true}
		}
	}
	return noArg
}

// careerPart reads the part of a career item at item j (careerPartEnd) and
// returns the part's item (-1 for a described part) and the item of the
// connector after it ("in", "on", "for"), or -1, -1 when no connector
// follows.
func (p *pctx) careerPart(j int) (int, int) {
	c, x := p.careerPartEnd(j)
	if x < 0 || p.careerConnector(x) < 0 {
		return -1, -1
	}
	return c, x
}

// careerPartEnd reads the part at item j: a castable name nothing types a
// person or a title, after at most three describing words ("the grumpy
// groundskeeper C"), or "a"/"an" and up to four lower-case words ("a
// motel manager"); either over a closing appositive ("C, the exasperated
// precinct commander, in F", "a different character, a coroner, in F").
// It returns the part's item (-1 for a described part) and the item after
// the part, or -1, -1.
func (p *pctx) careerPartEnd(j int) (int, int) {
	if p.is(j, "the", "voice", "of") {
		j += 3 // "the voice of the villainous C in F"
	}
	if c := p.nameAfterDescriptors(j, 3); c > j && !p.isM(j) {
		j = c // "the grumpy groundskeeper C in F"
	}
	c, x := -1, -1
	if m := p.mm(j); m != nil {
		ranked := rankedName(m)
		if !castableName(m) && !ranked || m.pronoun || p.a.isSubjectPerson(m) || m.typ != "" && m.typ != kg.Character && !ranked ||
			m.typ == "" && p.priorType(j) != "" && p.priorType(j) != kg.Character {
			return -1, -1
		}
		c, x = j, j+1
	} else {
		if !p.is(j, "a") && !p.is(j, "an") && !p.is(j, "the") {
			return -1, -1
		}
		x = j + 1
		for x < len(p.it) && x < j+6 && !p.isM(x) && isWordLike(p.w(x)) && !p.wIn(x, partDescriberStops) {
			x++
		}
		if x == j+1 {
			return -1, -1
		}
	}
	if p.w(x) == "," && p.careerConnector(x+1) < 0 {
		// "C, the exasperated precinct commander, for ...": a describing
		// appositive (names in it when it opens with an article)
		det := p.is(x+1, "the") || p.is(x+1, "a") || p.is(x+1, "an")
		e := x + 1
		for e < len(p.it) && e < x+14 && p.w(e) != "," && p.w(e) != ";" && p.w(e) != "." &&
			(det && p.w(e) != "who" && p.w(e) != "which" || !p.isM(e) && (isWordLike(p.w(e)) || p.w(e) == "-")) {
			if det && p.careerConnector(e) >= 0 {
				return c, e // "C, the weary Yard man in the BBC's F"
			}
			e++
		}
		if p.w(e) != "," || e == x+1 {
			return c, x
		}
		x = e + 1
	}
	return c, x
}

// careerRanks are titles of office that open a part's name besides
// nameTitles ("Principal C", "Coach C", "Commissioner C").
var careerRanks = setOf("principal", "coach", "commissioner", "deputy", "sheriff", "constable", "marshal", "dean", "headmaster",
	"headmistress", "superintendent", "warden", "matron", "councillor", "alderman")

// rankedName reports whether m, typed a company only weakly, is a name
// opened by a title of office or rank ("Principal Dwayne Coombe"): a
// person's name, so in a career item a part.
func rankedName(m *mention) bool {
	if m.typ != kg.Organisation || m.strength >= 3 || m.words < 2 {
		return false
	}
	w := strings.TrimSuffix(firstWord(m.text), ".")
	if !inLower(nameTitles, w) && !inLower(careerRanks, w) {
		return false
	}
	n := *m // castable but for the weak company type
	n.typ = ""
	return castableName(&n)
}

// careerConnector returns the item where the title's noun phrase starts
// after the connector at item x: "in", "on", "for/in N
// seasons/episodes of/on" or "in the second season/series of"; else -1.
func (p *pctx) careerConnector(x int) int {
	switch {
	case (p.is(x, "for") || p.is(x, "in")) && (p.in(x+1, numberWords) || p.is(x+1, "a") || isDigits(p.w(x+1))) &&
		p.in(x+2, careerSpanNouns) && (p.is(x+3, "of") || p.is(x+3, "on")):
		return x + 4
	case p.is(x, "in", "the") && (p.in(x+2, numberWords) || p.is(x+2, "final") || p.is(x+2, "fourth") || p.is(x+2, "fifth")) &&
		(p.in(x+3, careerSpanNouns) || p.is(x+3, "series")) && p.is(x+4, "of"):
		return x + 5 // "in the second season of S"
	case p.is(x, "in") || p.is(x, "on"):
		return x + 1
	}
	return -1
}

// careerTitle reads the title of a career item after the connector at item
// x: "Q's F", "the Disney comedy G", "the legal farce H", "the 1999
// independent comedy F", or a bare F. The title must be typed a film, or
// come right after a production noun and be typed nothing else nor named
// like a person by a given name; after a named part (named set: "C in
// T") a title nothing in the article typed that names no place will do
// (careerBareTitle). It returns the title's item and the item after it
// (past a bracketed year), or -1, -1.
func (p *pctx) careerTitle(x int, named bool) (int, int) {
	k := p.careerConnector(x)
	if k < 0 {
		return -1, -1
	}
	return p.titlePhrase(k, named)
}

// titlePhrase reads the noun phrase of a title from item k for
// careerTitle: "Q's F", "the Disney comedy G", "the 1999 independent
// comedy F", a bare F.
func (p *pctx) titlePhrase(k int, named bool) (int, int) {
	if p.is(k, "the") {
		k++
	}
	noun := false
	if m := p.mm(k); m != nil && p.w(k+1) == "'s" {
		if m.typ == kg.Film || m.typ == kg.Character {
			return -1, -1
		}
		k += 2 // "Q's F", "Q's follow-up series F"
	} else if m != nil && !p.isM(k+1) && isWordLike(p.w(k+1)) && !p.wIn(k+1, partDescriberStops) &&
		(m.typ == kg.Organisation || m.allCaps || m.typ == "" && (!m.personShaped() || p.nounThenTitle(k+1))) {
		k++ // "the Disney comedy G", "the Merchant Ivory drama G": the company, then its words
	}
	for n := 0; n < 4 && !p.isM(k) && (isWordLike(p.w(k)) && !p.wIn(k, partDescriberStops) || isYear(p.w(k))); n++ {
		noun = productionNoun(p.w(k)) || p.wIn(k, careerTitleNouns)
		k++
	}
	m := p.mm(k)
	if m == nil || m.pronoun {
		return -1, -1
	}
	ok := m.typ == kg.Film && m.strength >= 2 ||
		noun && (m.typ == "" || m.typ == kg.Film) && !givenNameShaped(m) && !pcType(p.priorType(k)) ||
		named && !noun && p.careerBareTitle(k)
	if !ok {
		return -1, -1
	}
	end := k + 1
	if p.w(end) == "(" && isYear(p.w(end+1)) && p.w(end+2) == ")" {
		end += 3
	}
	return k, end
}

// careerCostars credits the people of "(,) opposite/alongside P (and Q)"
// right after item end, the end of a career item in film f, with f, and
// returns the item after them (end when there are none).
func (p *pctx) careerCostars(end int, f arg) int {
	k := end
	if p.w(k) == "," {
		k++
	}
	if !p.is(k, "opposite") && !p.is(k, "alongside") {
		return end
	}
	k++
	last := end
	for n := 0; n < 6; n++ {
		m := p.mm(k)
		if m == nil || !p.isPersonLike(k) || m.typ != "" && m.typ != kg.Person || p.a.isSubjectPerson(m) || p.w(k+1) == "'s" {
			break
		}
		p.typ(k, kg.Person, 2)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(k), obj: f})
		last = k + 1
		switch {
		case p.w(k+1) == "," && p.is(k+2, "and"):
			k += 3
		case p.w(k+1) == "," || p.is(k+1, "and"):
			k += 2
		default:
			return last
		}
	}
	return last
}

// careerTitleEnds may follow a bare title of a career item.
var careerTitleEnds = setOf(",", ".", ";", "and", "(", "opposite", "alongside", "")

// careerBareTitle reports whether the mention at item k may be a title
// with no cue but its place in "C in T" (bareTitle) and the clause ends
// right after it (careerTitleEnds: "in Paris for a season" names a
// place).
func (p *pctx) careerBareTitle(k int) bool {
	return p.bareTitle(k) && p.in(k+1, careerTitleEnds)
}

// bareTitle reports whether the mention at item k may be a title with no
// cue: nothing before typed it, nor here but a film or weakly a person,
// it is no place (isPlaceName), not named like a person by a given name,
// not all capitals, and not the article's person.
func (p *pctx) bareTitle(k int) bool {
	m := p.mm(k)
	return m != nil && (m.typ == "" || m.typ == kg.Film || m.typ == kg.Person && m.strength < 2) && p.priorType(k) == "" &&
		!isPlaceName(m) && !givenNameShaped(m) && !m.pronoun && !m.allCaps && !p.a.isSubjectPerson(m)
}

// nounThenTitle reports whether one to three lower-case words from item k
// end in a production noun right before a mention ("drama G").
func (p *pctx) nounThenTitle(k int) bool {
	for j := k; j < k+3 && !p.isM(j) && isWordLike(p.w(j)); j++ {
		if (productionNoun(p.w(j)) || p.wIn(j, careerTitleNouns)) && p.isM(j+1) {
			return true
		}
	}
	return false
}

// oppositeCostars credits the people after "opposite"/"alongside" with
// the one film this sentence credits the article's person with ("he
// played C in F, in two episodes opposite P"), when it credits exactly
// one and no other title stands between it and "opposite".
func (p *pctx) oppositeCostars() {
	film := noArg
	cl := p.a.claims
	for x := len(cl) - 1; x >= 0 && cl[x].sent == p.si; x-- {
		c := &cl[x]
		if c.rel != kg.ActedIn || c.obj.m < 0 || c.subj.m < 0 || !p.a.isSubjectPerson(&p.a.ments[c.subj.m]) {
			continue
		}
		if film.valid() && p.a.ments[film.m].key != p.a.ments[c.obj.m].key {
			return // two films: whose co-star is unclear
		}
		film = arg{m: c.obj.m, of: -1, abs: true}
	}
	if !film.valid() {
		return
	}
	last := -1 // the latest title before k
	for k := range p.it {
		if m := p.mm(k); m != nil && m.typ == kg.Film && m.strength >= 2 {
			last = k
		}
		if (p.is(k, "opposite") || p.is(k, "alongside")) && (last < 0 || p.mm(last).key == p.a.ments[film.m].key) {
			p.careerCostars(k, film)
		}
	}
}

// careerNext returns the start of the next item of a list after item end
// (", ", ", and ", "and ", "; ", "; and "), or -1.
func (p *pctx) careerNext(end int) int {
	switch {
	case (p.w(end) == "," || p.w(end) == ";") && p.is(end+1, "and"):
		return end + 2
	case p.w(end) == "," || p.w(end) == ";" || p.is(end, "and"):
		return end + 1
	}
	return -1
}
