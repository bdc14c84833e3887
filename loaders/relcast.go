package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// castAfterTitle handles a film named in passing with its cast attached
// (item i is the film): "F (2021), with P as C, earned ...", "F, with A
// and B, rounded out the top five", "F, which reunites A, B and C for
// ...", "F, which stars P", "Neon's F, starring real-life couple A and
// B". Each person acted in F, as the character after "as" when one is
// named.
func (p *pctx) castAfterTitle(i int) {
	m := p.mm(i)
	if m == nil {
		return
	}
	j := i + 1
	if p.w(j) == "(" && isYear(p.w(j+1)) && p.w(j+2) == ")" {
		j += 3
	}
	if p.w(j) != "," {
		return
	}
	j++
	// "Neon's Iron Bay, starring A": a company's title-shaped name before
	// the participle is a title too
	owned := p.in(j, starringWords) && m.typ == "" && !m.personShaped() && p.w(i-1) == "'s" && p.isM(i-2) && !p.isPersonLike(i-2)
	if !(m.typ == kg.Film && m.strength >= 2 || (m.typ == "" || m.typ == kg.Film) && (m.colon || m.quoted) || owned) {
		return
	}
	j = p.pastTitleAppositive(j)
	switch {
	case p.in(j, starringWords):
		// "F, starring real-life couple A and B": describing words first
		j++
		for n := 0; n < 3 && !p.isM(j) && isWordLike(p.w(j)) && !p.wIn(j, partDescriberStops) && !p.wIn(j, notDescribing); n++ {
			j++
		}
	case p.w(j) == "with":
		j++
	case (p.w(j) == "which" || p.w(j) == "that") && p.in(j+1, titleCastVerbs):
		j += 2
	case (p.w(j) == "which" || p.w(j) == "that") && p.w(j+1) == "also" && p.in(j+2, titleCastVerbs):
		j += 3
	case (p.w(j) == "which" || p.w(j) == "that") && p.in(j+1, bringsWords) && p.w(j+2) == "back":
		j += 3
	default:
		return
	}
	people, chars := p.castListAt(j)
	if len(people) > 0 {
		m.setType(kg.Film, 2)
	}
	p.castClaims(people, chars, mArg(i))
}

// pastTitleAppositive returns the item after a title's appositive that
// starts at item j when a cast statement follows it: "F, the 2018
// follow-up that starred P" (the item of "that"), "F, directed by Q, with
// P as C" (the item of "with"); else j.
func (p *pctx) pastTitleAppositive(j int) int {
	switch {
	case p.w(j) == "the" || p.w(j) == "a" || p.w(j) == "an":
		k := j + 1
		for n := 0; n < 5 && !p.isM(k) && (isWordLike(p.w(k)) || isYear(p.w(k))) && p.w(k) != "that" && p.w(k) != "which"; n++ {
			k++
		}
		if k > j+1 && (p.w(k) == "that" || p.w(k) == "which") && p.in(k+1, titleCastVerbs) {
			return k
		}
	case (p.w(j) == "directed" || p.w(j) == "written") && p.w(j+1) == "by":
		for k := j + 2; k < len(p.it) && k < j+10; k++ {
			if !p.isM(k) && p.w(k) == "," {
				if p.w(k+1) == "with" || p.in(k+1, starringWords) {
					return k + 1
				}
				break
			}
			if !p.isM(k) && p.w(k) != "and" {
				break
			}
		}
	}
	return j
}

// titleCastVerbs say, after "F, which", who is in F's cast.
var titleCastVerbs = setOf("reunites", "reunited", "stars", "starred", "features", "featured", "co-stars")

// bringsWords open "brings back" / "brought back".
var bringsWords = setOf("brings", "brought")

// castListEnd returns the token just after a cast list that castListAt
// read: after its last person, or after that person's character when the
// list gives one. people must not be empty.
func castListEnd(people, chars []int) int {
	last := len(people) - 1
	if chars[last] >= 0 {
		return chars[last] + 1
	}
	return people[last] + 1
}

// castListAt reads a list of people from item j ("A, B and C", "A as C
// and B as the grown-up D"): the people and, for each, the item of the
// character named after "as" and maybe describing words (-1 when none). Every name must look like a person's and
// none may be typed as anything else; otherwise the list is empty.
func (p *pctx) castListAt(j int) (people, chars []int) {
	for j < len(p.it) {
		if !p.isM(j) || !p.castListName(j) {
			return nil, nil
		}
		people = append(people, j)
		chars = append(chars, -1)
		j++
		if p.w(j) == "as" {
			n := j + 1
			if !p.isM(n) {
				// "as the grown-up C": describing words before the part
				n = p.nameAfterDescriptors(n, 3)
			}
			if c := p.mm(n); c != nil && castableName(c) && (c.typ == "" || c.typ == kg.Character) && p.in(n+1, castListGlue) {
				chars[len(chars)-1] = n
				j = n + 1
				if d := p.pairedPartAfter(people, chars, n); d > 0 {
					// "A and B as C and D": each plays the part at the same place
					chars[len(chars)-2], chars[len(chars)-1] = n, d
					j = d + 1
				}
			} else {
				// "as a carnival con man": a part with no name
				for j < len(p.it) && !p.isM(j) && p.w(j) != "," && p.w(j) != "and" && p.w(j) != "." && p.w(j) != ";" {
					j++
				}
			}
		}
		if k := p.listSep(j); k > j {
			j = k
			continue
		}
		break
	}
	return people, chars
}

// castListGlue may follow a character named after "as" inside a cast list.
var castListGlue = setOf(",", "and", ".", ";", "", "for", "in")

// appositiveTitle returns the item of the film an indefinite appositive
// ending at item b describes ("Vespers (1993), a vampire fable starring P":
// b is "fable"), or -1: a few plain words after "a"/"an", a comma, maybe
// a year in brackets, and a title typed a film.
func (p *pctx) appositiveTitle(b int) int {
	k := b
	for n := 0; n < 5 && k >= 0 && !p.isM(k) && isWordLike(p.w(k)) && !p.wIn(k, appositiveStops); n++ {
		if p.w(k) == "a" || p.w(k) == "an" {
			break
		}
		k--
	}
	if k == b || p.w(k) != "a" && p.w(k) != "an" || p.isM(k) || p.w(k-1) != "," {
		return -1
	}
	f := k - 2
	if p.w(f) == ")" && isYear(p.w(f-1)) && p.w(f-2) == "(" {
		f -= 3
	}
	if m := p.mm(f); m != nil && m.typ == kg.Film && m.strength >= 2 {
		return f
	}
	return -1
}

// appositiveStops end the search for the article opening an appositive.
var appositiveStops = setOf("and", "or", "who", "which", "that", "is", "was", "by", "with", "the")

// titleBeforeLabel reports whether the untyped name at item e, before a
// comma, is the title a label noun at item b names ("Calder Ranch, the
// Tessa and Cal spinoff"): nothing between but "the", years, film
// adjectives, "and" and names, and no earlier cue says e is a person.
func (p *pctx) titleBeforeLabel(e, b int) bool {
	m := p.mm(e)
	if m == nil || m.typ != "" || m.quoted || pcType(p.priorType(e)) || p.w(e+2) != "the" {
		return false
	}
	for k := e + 3; k < b; k++ {
		if !p.isM(k) && p.w(k) != "and" && !isYear(p.w(k)) && !p.in(k, adjFilm) && !p.in(k, ordinals) {
			return false
		}
	}
	return true
}

// castListName reports whether the mention at item j can be a person in a
// cast list: person-like, or an untyped two- or three-word name nothing
// else claims. One-word names must be typed people.
func (p *pctx) castListName(j int) bool {
	m := p.mm(j)
	if m.words < 2 && m.typ != kg.Person {
		return false
	}
	if p.isPersonLike(j) {
		return true
	}
	return m.typ == "" && m.words <= 3 && p.personish(j) && castableName(m) && p.priorType(j) == ""
}

// castTail handles the last segment of a semicolon cast list ("The cast
// also includes A as C; B as D; and E, F and G in roles that are being kept
// under wraps"; item i is the semicolon): the people after "; and" join
// the film of the cast claim the segment before made. It first reads a
// career cue (knownForCredits), a cast noun in an appositive
// (starAppositive) or "as themselves in F" (selfCameo) at item i.
func (p *pctx) castTail(i int) {
	p.knownForCredits(i)
	p.starAppositive(i)
	p.selfCameo(i)
	p.listPredicate(i)
	p.castNounList(i)
	p.singleBack(i)
	p.recastFrom(i)
	p.replacedAs(i)
	if p.w(i) != ";" || p.w(i+1) != "and" || !p.isM(i+2) {
		return
	}
	var film arg
	for n := len(p.a.claims) - 1; n >= 0 && p.a.claims[n].sent == p.si; n-- {
		if c := &p.a.claims[n]; c.rel == kg.ActedIn && c.char.m >= 0 {
			film = c.obj
			break
		}
	}
	if !film.valid() {
		return
	}
	people, chars := p.castListAt(i + 2)
	p.castClaims(people, chars, film)
}

// alsoCast handles an inverted cast statement opening a sentence: "Also
// appearing are A, B and C", "Also returning is P" (item i is "also"),
// "Returning from the first film are A and B" (item i is the opener). The
// people join the cast of the film the sentence or its paragraph is about.
func (p *pctx) alsoCast(i int) {
	if i == 0 && p.in(0, invertedCastWords) {
		// "Returning from the first film are A, B and C": a short phrase
		// between the opener and the verb
		p.invertedCast(1)
		return
	}
	if i > 1 || p.w(i) != "also" || !p.in(i+1, invertedCastWords) || p.w(i+2) != "are" && p.w(i+2) != "is" {
		return
	}
	people, chars := p.castListAt(i + 3)
	if len(people) == 0 {
		return
	}
	film := p.topicFilm(i + 3)
	p.castClaims(people, chars, film)
}

// invertedCastPreps open the short phrase of "Returning from the first
// film are ...".
var invertedCastPreps = setOf("from", "for", "to", "in", "alongside", "with")

// invertedCast reads the rest of an inverted cast statement after its
// sentence-opening participle, from item k: a preposition and at most six
// plain words (no name), "are"/"is" and a cast list, whose people join
// the cast of the film the text is about.
func (p *pctx) invertedCast(k int) {
	if !p.in(k, invertedCastPreps) {
		return
	}
	v := k + 1
	for v < len(p.it) && v < k+7 && !p.isM(v) && isWordLike(p.w(v)) && p.w(v) != "are" && p.w(v) != "is" {
		v++
	}
	if p.w(v) != "are" && p.w(v) != "is" || p.isM(v) {
		return
	}
	people, chars := p.castListAt(v + 1)
	if len(people) == 0 {
		return
	}
	p.castClaims(people, chars, p.focusFilm())
}

// invertedCastWords open "Also appearing are ...".
var invertedCastWords = setOf("appearing", "featured", "featuring", "returning", "joining", "co-starring", "cast")

// creationNouns name what a creator makes besides a film ("co-created the
// franchise", "created the character", "co-created the comic").
var creationNouns = setOf("franchise", "saga", "universe", "mythology", "character", "characters", "comic", "comics", "strip", "hero", "villain", "toy", "toys", "game")

// copulaSubject returns the item of the title that is the subject of "F is
// the 35th film in ..." when item k ends the describing words before the
// film noun ("35th", "first", "latest"), or -1: the words go back over an
// article to "is"/"was"/"becomes"/"marks" and a title-shaped mention.
func (p *pctx) copulaSubject(k int) int {
	for n := 0; n < 3 && k >= 0 && !p.isM(k) && (p.in(k, ordinals) || p.in(k, adjFilm) || ordinalNumber(p.w(k)) || isYear(p.w(k))); n++ {
		k--
	}
	if p.w(k) != "the" && p.w(k) != "a" {
		return -1
	}
	k--
	if !p.in(k, copulaTitleVerbs) {
		return -1
	}
	m := p.mm(k - 1)
	if m == nil || !(m.typ == kg.Film || m.typ == "" && (m.colon || m.quoted || m.digit)) {
		return -1
	}
	return k - 1
}

// copulaTitleVerbs link a title to what it is in "F is the third film".
var copulaTitleVerbs = setOf("is", "was", "becomes", "became", "marks", "remains")

// ordinalNumber reports whether w is a numeric ordinal ("35th", "2nd").
func ordinalNumber(w string) bool {
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	s := w[len(w)-2:]
	return s == "th" || s == "st" || s == "nd" || s == "rd"
}

// ownedTitleNoun reports whether item k is a noun that, between a named
// describer and a title, says the title is a company's film ("A24's
// Sundance pickup F", "Sony's Screen Gems rom-com F").
func (p *pctx) ownedTitleNoun(k int) bool {
	return p.in(k, pickupNouns) || p.in(k, genreNouns) || p.in(k, filmNouns)
}

// pickupNouns name a film a company bought or released.
var pickupNouns = setOf("pickup", "acquisition", "hit", "release", "rom-com", "romcom", "tentpole", "title")

// companyProduction handles "F ... is a Columbia Pictures film" and "it is
// a Blumhouse production" (item i is the company): a company between "a"
// and a production noun after "is"/"was" made the film the clause is
// about; "a Netflix release" distributed it.
func (p *pctx) companyProduction(i int) {
	m := p.mm(i)
	if m == nil || p.w(i-1) != "a" && p.w(i-1) != "an" || !p.in(i-2, copulaTitleVerbs) || !p.in(i+1, titleMakerNouns) {
		return
	}
	if !(m.typ == kg.Organisation && m.strength >= 2 || m.typ == "" && orgish(m)) || m.quoted {
		return
	}
	film, ok := p.subjectFilmBefore(i - 2)
	if !ok {
		return
	}
	rel := kg.Produced
	if p.w(i+1) == "release" {
		rel = kg.Distributed
	}
	m.setRealOrg()
	p.claim(pclaim{rel: rel, subj: mArg(i), obj: film})
}

// titleMakerNouns say what a company made in "a C film".
var titleMakerNouns = setOf("film", "movie", "production", "picture", "release", "series", "show", "original")

// withParticiples handles an absolute "with" clause of credits after a
// statement about a film (item i is "with"): "F arrives June 28, with A
// and B starring and C directing", "with P co-writing". Each list of
// people takes the credit of the participle after it, on the film the
// sentence opens with (else the film the text is about; a film named in
// passing before "with" is not it).
func (p *pctx) withParticiples(i int) {
	p.withCastTitle(i)
	p.directedActorsIn(i)
	p.genreWithCast(i)      // "F, a comedy with A and B" (cast_genrewith.go)
	p.ownedTitleWithCast(i) // "Q's F, with A and B," (cast_ownedwith.go)
	if p.w(i) != "with" || !p.isM(i+1) || p.w(i-1) != "," {
		return
	}
	type credit struct {
		people []int
		rel    kg.RelType
		job    string
	}
	var credits []credit
	j := i + 1
	for {
		people, chars := p.castListAt(j)
		if len(people) == 0 {
			return
		}
		for _, c := range chars {
			if c >= 0 {
				return // "with P as C": read by the cast rules
			}
		}
		e := people[len(people)-1] + 1
		rel, job := participleCredit(p.w(e))
		if rel == "" || p.isM(e) {
			return
		}
		credits = append(credits, credit{people, rel, job})
		if p.w(e+1) != "and" || !p.isM(e+2) {
			break
		}
		j = e + 2
	}
	film := p.topicFilm(i)
	if m := p.mm(0); m != nil && (m.typ == kg.Film || m.typ == "" && (m.colon || m.quoted)) && !p.isM(1) {
		film = mArg(0) // "F arrives June 28, with ...": the title opening the sentence
	}
	for _, c := range credits {
		for _, n := range c.people {
			p.typ(n, kg.Person, 3)
			p.claim(pclaim{rel: c.rel, subj: mArg(n), obj: film, job: c.job})
		}
	}
}

// participleCredit maps a credit participle ("starring", "directing") to
// its relationship and job.
func participleCredit(w string) (kg.RelType, string) {
	switch w {
	case "starring", "co-starring":
		return kg.ActedIn, ""
	case "directing", "co-directing", "helming":
		return kg.Directed, ""
	case "writing", "co-writing", "scripting":
		return kg.Wrote, ""
	case "producing", "co-producing":
		return kg.Produced, ""
	case "scoring", "composing":
		return kg.WorkedOn, "composer"
	}
	return "", ""
}

// craftBy handles "The score comes from A and B", "the music is by P",
// "the cinematography is by P", "Direction comes from P", "Editing is by
// P" (item i is the craft noun, after "the"/"its" or bare opening the
// sentence): the people after the verb did that job on the film the
// sentence is about.
func (p *pctx) craftBy(i int) {
	if i != 0 && p.w(i-1) != "the" && p.w(i-1) != "its" {
		return // (cheap test first: the tests below need one of these)
	}
	if n := p.w(i + 1); n != "comes" && n != "come" && n != "is" && n != "was" {
		return
	}
	w := p.w(i)
	if m := p.mm(i); m != nil {
		// "Direction comes from P": a capitalised noun opening the sentence
		if i != 0 || m.words != 1 {
			return
		}
		w = m.key
	}
	job := craftJobs[w]
	rel := kg.WorkedOn
	switch w {
	case "direction":
		rel, job = kg.Directed, "-"
	case "screenplay", "script":
		rel, job = kg.Wrote, "-"
	}
	if job == "" || p.w(i-1) != "the" && p.w(i-1) != "its" && i != 0 {
		return
	}
	if job == "-" {
		job = ""
	}
	j := i + 1
	switch {
	case p.is(j, "comes", "from"), p.is(j, "come", "from"), p.is(j, "is", "by"), p.is(j, "was", "by"), p.is(j, "is", "from"), p.is(j, "was", "from"):
		j += 2
	case p.is(j, "is", "courtesy", "of"), p.is(j, "was", "courtesy", "of"):
		j += 3
	default:
		return
	}
	people, _ := p.castListAt(j)
	film := p.topicFilm(j)
	for _, n := range people {
		p.typ(n, kg.Person, 3)
		p.claim(pclaim{rel: rel, subj: mArg(n), obj: film, job: job})
	}
}

// craftJobs map a craft noun to the job of who did it.
var craftJobs = map[string]string{"score": "composer", "music": "composer", "soundtrack": "composer",
	"cinematography": "cinematographer", "photography": "cinematographer", "editing": "editor",
	"direction": "-", "screenplay": "-", "script": "-"}

// dutyCredit handles "A and B are back on synth score duty", "P handles
// scoring duties", "P is on camera duty" (item i is "duty"/"duties"): the
// craft noun before it gives the job of the people who open the clause.
func (p *pctx) dutyCredit(i int) {
	if p.w(i) != "duty" && p.w(i) != "duties" {
		return
	}
	rel, job := kg.RelType(""), ""
	b := i - 1
	switch p.w(b) {
	case "score", "scoring", "music", "composing":
		rel, job = kg.WorkedOn, "composer"
	case "camera", "cinematography":
		rel, job = kg.WorkedOn, "cinematographer"
	case "editing":
		rel, job = kg.WorkedOn, "editor"
	case "directing", "directorial":
		rel = kg.Directed
	case "writing", "screenwriting", "script":
		rel = kg.Wrote
	case "producing":
		rel = kg.Produced
	default:
		return
	}
	// back over describing words and "on"/"handle(s)"/"share(s)" to the verb
	k := b - 1
	for n := 0; n < 3 && k >= 0 && !p.isM(k) && isWordLike(p.w(k)) && !p.in(k, dutyVerbs); n++ {
		k--
	}
	if !p.in(k, dutyVerbs) {
		return
	}
	for k--; k >= 0 && (p.in(k, auxWords) || p.w(k) == "back"); k-- {
	}
	people := p.listBefore(k + 1)
	film := p.topicFilm(i + 1)
	for _, n := range people {
		if !p.isPersonLike(n) {
			continue
		}
		p.typ(n, kg.Person, 3)
		p.claim(pclaim{rel: rel, subj: mArg(n), obj: film, job: job})
	}
}

// dutyVerbs stand before "<craft> duty": "are back on", "handles", "shares".
var dutyVerbs = setOf("on", "handles", "handle", "handling", "share", "shares", "sharing", "takes", "take", "took", "handled", "shared")

// titleJobPerson handles a title used as a credit label before a name:
// "Cold Ledger creator Rolf Bianchini", "the Savage director P"
// (item i is the title): P has that crew credit on the title.
func (p *pctx) titleJobPerson(i int) {
	m := p.mm(i)
	if m == nil || !(m.typ == kg.Film && m.strength >= 2 || m.typ == "" && (m.colon || m.quoted)) || p.isM(i+1) || !p.isM(i+2) {
		return
	}
	rel, job := p.crewNoun(i + 1)
	if rel == "" || p.w(i+1) == "," || !p.isPersonLike(i+2) || p.w(i+3) == "'s" {
		return
	}
	if rel == kg.Wrote && strings.HasPrefix(p.w(i+1), "creator") {
		job = ""
	}
	m.setType(kg.Film, 2)
	p.typ(i+2, kg.Person, 3)
	p.claim(pclaim{rel: rel, subj: mArg(i + 2), obj: mArg(i), job: job})
}

// castClaims credits each person of a cast list (from castListAt) with an
// acting part in film, with the character at the same index when there is
// one (chars[n] < 0: none), typing both strongly.
func (p *pctx) castClaims(people, chars []int, film arg) {
	for n, k := range people {
		p.typ(k, kg.Person, 3)
		c := pclaim{rel: kg.ActedIn, subj: mArg(k), obj: film}
		if chars[n] >= 0 {
			p.mm(chars[n]).setType(kg.Character, 3)
			c.char = mArg(chars[n])
		}
		p.claim(c)
	}
}

// listSep returns the item after a list separator at item j (", and",
// "and", or a comma before a name), or j when there is none.
func (p *pctx) listSep(j int) int {
	if p.w(j) == "," && p.w(j+1) == "and" {
		return j + 2
	}
	if p.w(j) == "and" || p.w(j) == "," && p.isM(j+1) {
		return j + 1
	}
	return j
}
