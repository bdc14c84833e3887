package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Structural cast and crew rules: they read the shape of a clause (a
// copula between two names, a possessive before a name, an appositive
// job noun) rather than one phrasing.

// castStop are the words that may follow a bare character name closing a
// clause ("P is C, ...", "P is C and ...").
var castStop = setOf(",", ".", ";", "and", "", "!", "?", ")", "-", "in", "again", "too", "this", "here", "opposite", "alongside")

// copulaCast handles "P is C" in cast talk ("Bert Schwab is Zippo",
// "Greta Loy is Ava Kerr, the CEO of VANTEC", "Brian Tolland Hanley is K-19"):
// a person-like subject, "is"/"was", and a bare name that nothing types
// as anything but a character, closing the clause.
func (p *pctx) copulaCast(i int) {
	if p.w(i+1) != "is" && p.w(i+1) != "was" && p.w(i+1) != "plays" {
		return
	}
	if p.w(i+1) == "plays" {
		return // read by plays
	}
	k := i + 2
	if !p.isM(k) || !p.wIn(k+1, castStop) || p.isM(k+1) {
		return
	}
	if p.in(i-1, setStructural_0) {
		return
	}
	pm, cm := p.mm(i), p.mm(k)
	if !p.isPersonLike(i) || pm.words < 2 && pm.typ != kg.Person && p.priorType(i) != kg.Person {
		return
	}
	if !castableName(cm) || pcType(p.priorType(k)) && p.priorType(k) != kg.Character {
		return
	}
	if cm.typ != "" && cm.typ != kg.Character || p.priorType(k) != "" && p.priorType(k) != kg.Character {
		return
	}
	p.typ(i, kg.Person, 3)
	cm.setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: p.topicFilm(k + 1), char: mArg(k)})
	p.memberAfter(k, k+1)
}

// castableName reports whether a mention can name a character: not a
// title (quotes, colon), not an acronym, not a job or common noun, at most
// four words (five when the first is a title or rank: "Professor Aldous
// Eckhart von Stein"), not ending in a company word.
func castableName(m *mention) bool {
	if m == nil || m.quoted || m.colon || m.allCaps || m.titleWords || m.acronymLead || m.words > 5 || m.words == 0 {
		return false
	}
	if m.words == 5 && !inLower(nameTitles, strings.TrimSuffix(firstWord(m.text), ".")) {
		return false
	}
	var lb [32]byte
	last := string(appendLower(lb[:0], strings.TrimSuffix(lastWord(m.text), ".")))
	if realOrgWords[last] || fictionalOrgNouns[last] != "" || franchiseHeads[last] {
		return false
	}
	if m.words == 1 && (leadNouns[m.key] || roleWords[m.key] || commonWords[m.key]) {
		return false
	}
	return !(m.typ == kg.Film && m.strength >= 2 || m.typ == kg.Organisation && m.strength >= 2 || m.typ == kg.Franchise || m.typ == kg.Person && m.strength >= 2)
}

// sourceNouns name the written works a film is adapted from ("the
// author's X novels").
var sourceNouns = setOf("novel", "novels", "novella", "novellas", "book", "books", "comic", "comics", "stories",
	"story", "memoir", "play", "musical", "manga", "graphic", "poem", "short", "game", "games", "podcast", "song")

// possCast is a "P's C" pair waiting for the whole article to be typed.
type possCast struct {
	person, char int // mention indexes
	film         arg
	sent         int32
	described    bool // "P's grizzled sheriff C": a part described in the story at hand
	present      bool // the sentence speaks of the film at hand: present tense, no other film, no earlier one
}

// possessiveCast records "P's C" ("Jonny Dell's Captain Ned Gallows",
// "Mark Hallam's Lucas, Carla Fisk's Leona and ..."): a person's
// possessive before a bare name. Whether C is the person's character is
// decided after the whole article is read (decidePossessiveCast): not when
// any mention types the name as a film, company, franchise or person.
func (p *pctx) possessiveCast(i int) {
	if p.w(i+1) != "'s" {
		return
	}
	c := i + 2
	if !p.isM(c) {
		// "P's grizzled sheriff C": describing words ending in a part noun
		if c = p.describedPart(i + 2); c < 0 {
			return
		}
	}
	pm, cm := p.mm(i), p.mm(c)
	if pm.quoted || pm.colon || pm.digit || !p.isPersonLike(i) || pm.typ == kg.Character || p.priorType(i) == kg.Character {
		return
	}
	if pm.words < 2 && pm.typ != kg.Person && p.priorType(i) != kg.Person {
		return
	}
	// "Jeff Goldman's Wizard": a capitalised rank word after a full
	// name's possessive is a character named by its rank
	rank := c == i+2 && cm != nil && cm.words == 1 && roleWords[cm.key] && !commonWords[cm.key] && pm.words >= 2 && !cm.quoted
	if !castableName(cm) && !rank || cm.digit || cm.the || cm.typ != "" && cm.typ != kg.Character || p.a.headKeys[cm.key] {
		return // (the headline's quoted title is the person's film, not a part)
	}
	next := p.w(c + 1)
	if p.isM(c+1) || next == "'s" || next == "(" || franchiseNouns[next] || filmNouns[next] || seriesNouns[next] || pluralFilmNouns[next] {
		return
	}
	if pt := p.priorType(c); pt != "" && pt != kg.Character {
		return
	}
	// "the author's Tales of A and B novellas": a written work, not a part
	k := c + 1
	if p.w(k) == "and" && p.isM(k+1) {
		k += 2
	}
	if p.in(k, sourceNouns) || p.in(k, franchiseNouns) || p.in(k, filmNouns) || p.in(k, seriesNouns) {
		return
	}
	if work, title := p.possessedWork(c); work {
		if title {
			p.possessedWorkTitle(c)
		}
		return // "Q's F, starring A": the filmmaker's work
	}
	if place, event := p.possNoPart(pm, cm); place || event {
		if event && givenNameShaped(pm) {
			p.typ(i, kg.Person, 2) // "the jury prize went to Q's Quiet Harbour": Q is the filmmaker
		}
		return // "Tova Brandt's Harrow Playhouse"
	}
	film := p.conv(p.topicFilm(c + 1))
	if film.m < 0 || p.a.ments[film.m].sent != p.si {
		// "he joined the series F as C1, a half-demon who falls for P's
		// witch C2": the one film the sentence names
		if one := p.soleFilm(); one >= 0 {
			film = p.conv(mArg(one))
		}
	}
	p.a.possCast = append(p.a.possCast, possCast{person: p.mi(i), char: p.mi(c), film: film, sent: p.si, present: p.presentStory(),
		described: c > i+2 || cm.words >= 2 && inLower(nameTitles, strings.TrimSuffix(firstWord(cm.text), "."))})
}

// presentStory reports whether the sentence reads as a statement about
// the film at hand: a present-tense verb ("remains", "gets", "is"), no
// film named, no earlier film or past-tense cue ("the first film",
// "became", "was").
func (p *pctx) presentStory() bool {
	present := false
	for k := range p.it {
		if m := p.mm(k); m != nil {
			if m.typ == kg.Film || m.typ == kg.Franchise {
				return false
			}
			continue
		}
		w := p.w(k)
		switch {
		case earlierAdj[w] || w == "was" || w == "were" || w == "had" || w == "became" || w == "did" || w == "previous" || isYear(w) ||
			w == "not" || w == "never" || strings.HasSuffix(w, "n't") || w == "if" || w == "would" || w == "could":
			return false
		case w == "is" || w == "are" || w == "remains" || w == "gets" || w == "has" || w == "makes" || w == "steals" || w == "brings" || w == "gives":
			present = true
		}
	}
	return present
}

// describedPart returns the item of the name after one to four describing
// words from item k that end in a part noun ("P's grizzled sheriff C",
// "P's bounty hunter C"), or -1 when the words describe a work, a job or
// a real-life relation instead ("P's sci-fi classic X", "P's
// cinematographer X", "P's husband X").
func (p *pctx) describedPart(k int) int {
	n := 0
	for ; n < 4 && !p.isM(k+n); n++ {
		w := p.w(k + n)
		if !isWordLike(w) || commonWords[w] || workWords[w] || filmNouns[w] || seriesNouns[w] || franchiseNouns[w] ||
			pluralFilmNouns[w] || genreNouns[w] || sourceNouns[w] || jobLeadNouns[w] || realRelationNouns[w] || companyNouns[w] {
			return -1
		}
		if rel, _ := p.crewNoun(k + n); rel != "" {
			return -1
		}
	}
	c := k + n
	if n == 0 || !p.isM(c) || !partNoun(p.w(c-1)) {
		return -1
	}
	return c
}

// partNoun reports whether w can name a character's part in a story ("sheriff",
// "bounty hunter", "detective"): a role or part word, or a noun of agent.
func partNoun(w string) bool {
	if roleWords[w] || partNouns[w] || nameTitles[w] || storyPartNouns[w] {
		return true
	}
	for _, suf := range agentSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// agentSuffixes end nouns that name a doer ("hunter", "inventor",
// "scientist", "magician").
var agentSuffixes = []string{"er", "or", "ist", "ian", "man", "woman"}

// storyPartNouns name parts in stories that no suffix marks ("sheriff",
// "spy", "witch").
var storyPartNouns = setOf("sheriff", "spy", "witch", "wizard", "thief", "cop", "nurse", "pilot", "pirate", "outlaw",
	"widow", "widower", "orphan", "heir", "heiress", "knight", "monk", "priest", "nun", "vampire", "ghost", "robot",
	"android", "alien", "cyborg", "mercenary", "bandit", "deputy", "marshal", "ranger", "scout", "spouse", "tycoon",
	"mogul", "hacker", "medic", "surgeon", "psychic", "sorceress", "witchdoctor", "cowboy", "cowgirl", "samurai", "ninja")

// workWords describe a work, not a part ("P's sci-fi classic X", "P's
// directorial debut X", "P's crowd-pleaser X").
var workWords = setOf("classic", "debut", "hit", "smash", "outing", "venture", "vehicle", "opus", "masterpiece",
	"crowd-pleaser", "tearjerker", "potboiler", "chiller", "procedural", "caper", "actioner", "trailer", "teaser",
	"banner", "premiere", "follow-up", "return", "effort", "passion", "project", "work", "creation", "brainchild",
	"role", "part", "version", "take", "cameo", "performance", "turn", "portrayal")

// realRelationNouns name a real person's relations or crew ("P's husband
// X", "P's co-star X", "P's choreographer X"), which a possessive before a
// name states as often as a part.
var realRelationNouns = setOf("husband", "wife", "son", "daughter", "mother", "father", "sister", "brother", "partner",
	"boyfriend", "girlfriend", "fiance", "fiancee", "friend", "co-star", "costar", "colleague", "collaborator",
	"manager", "agent", "publicist", "spouse", "parents", "child", "children", "kids", "mentor", "protege", "successor",
	"predecessor", "stand-in", "double", "stunt", "lawyer", "attorney", "rep", "representative", "employer", "boss", "producer-partner",
	"decorator", "designer", "supervisor", "coordinator", "choreographer", "operator", "photographer", "animator", "illustrator",
	"trainer", "coach", "stylist", "assistant", "spokesperson", "spokesman", "spokeswoman", "interviewer", "biographer",
	"publisher", "distributor", "financier", "backer", "dresser", "teammate", "bandmate", "co-founder", "founder")

// decidePossessiveCast claims the "P's C" pairs whose names no mention of
// the article types otherwise.
func (a *article) decidePossessiveCast() {
	if len(a.possCast) == 0 {
		return
	}
	typed := map[string]kg.NodeType{}
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != "" && m.strength >= 2 {
			if t, ok := typed[m.key]; !ok || t == kg.Character || t == kg.Person {
				typed[m.key] = m.typ
			}
		}
	}
	makers := a.possMakerOwners()
	for _, pc := range a.possCast {
		pm, cm := &a.ments[pc.person], &a.ments[pc.char]
		if a.possessorMakes(makers, pm, cm) {
			continue // "Tova Brandt's Harbor Lights" where Brandt directs: her work, not her part
		}
		if t := typed[cm.key]; t != "" && t != kg.Character {
			continue
		}
		if t := typed[pm.key]; t != "" && t != kg.Person {
			continue
		}
		if cm.typ != "" && cm.typ != kg.Character || pm.typ != "" && pm.typ != kg.Person {
			continue
		}
		pm.setType(kg.Person, 3)
		cm.setType(kg.Character, 3)
		if pc.film.m < 0 && (pc.described || pc.present) {
			// "P's grizzled sheriff C": a part described in the film at hand
			film := pc.film
			if !film.valid() {
				film = arg{m: -1, ana: anaFilm, of: -1, abs: true}
			}
			a.claims = append(a.claims, pclaim{rel: kg.ActedIn, subj: arg{m: int32(pc.person), of: -1, abs: true}, obj: film,
				char: arg{m: int32(pc.char), of: -1, abs: true}, sent: pc.sent})
			continue
		}
		if pc.film.m < 0 {
			// no film named in the sentence or its paragraph: "P's C" says
			// who plays C, not in which film (often an earlier one)
			a.claims = append(a.claims, pclaim{rel: kg.Portrayed, subj: arg{m: int32(pc.person), of: -1, abs: true},
				obj: arg{m: int32(pc.char), of: -1, abs: true}, char: noArg, sent: pc.sent})
			continue
		}
		a.claims = append(a.claims, pclaim{rel: kg.ActedIn, subj: arg{m: int32(pc.person), of: -1, abs: true}, obj: pc.film,
			char: arg{m: int32(pc.char), of: -1, abs: true}, sent: pc.sent})
	}
}

// roleAppositive handles a job noun in an appositive after a person:
// "P, Q's cinematographer on F,", "P, the composer of F,", "P, the voice of
// C in F,". Only a named film counts (the appositive alone does not say
// which production).
func (p *pctx) roleAppositive(i int) {
	if p.w(i+1) != "," || !p.isPersonLike(i) {
		return
	}
	k := i + 2
	ours := p.w(k) == "our" || p.w(k) == "my" // the speaker's own production
	switch {
	case p.in(k, setStructural_1) || ours:
		k++
	case p.isM(k) && p.w(k+1) == "'s":
		k += 2
	default:
		return
	}
	for n := 0; n < 2 && !p.isM(k) && isWordLike(p.w(k)) && !p.isCrewNounAhead(k) && p.w(k) != "voice"; n++ {
		k++
	}
	if p.w(k) == "voice" && p.w(k+1) == "of" && p.isM(k+2) && p.w(k+3) == "in" {
		// "Walt Darrow, the voice of Grumbleshanks in Ogre Evermore,"
		c := p.mm(k + 2)
		if f, _, ok := p.filmRef(k+4, 2); ok && f.m >= 0 && castableName(c) && (c.typ == "" || c.typ == kg.Character) {
			p.typ(i, kg.Person, 3)
			c.setType(kg.Character, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(i), obj: f, char: mArg(k + 2)})
		}
		return
	}
	rel, job := p.crewNoun(k)
	if rel == "" || p.isM(k) {
		return
	}
	if ours {
		// "George Pellam, our cinematographer, shot ...": an interviewee's
		// crew works on the production the text is about
		if e := p.crewNounEnd(k); p.w(e) == "," || p.w(e) == "." {
			p.typ(i, kg.Person, 3)
			p.claim(pclaim{rel: rel, subj: mArg(i), obj: anaArg(anaFilm), job: job})
		}
		return
	}
	for k < len(p.it) && !p.isM(k) && p.w(k) != "on" && p.w(k) != "of" && p.w(k) != "for" && p.w(k) != "," && p.w(k) != "." {
		k++
	}
	if p.w(k) != "on" && p.w(k) != "of" && p.w(k) != "for" {
		return
	}
	if f, _, ok := p.filmRef(k+1, 2); ok && f.m >= 0 {
		p.typ(i, kg.Person, 3)
		p.claim(pclaim{rel: rel, subj: mArg(i), obj: f, job: job})
	}
}

// crewNounEnd returns the item after the job noun phrase from item k
// ("director of photography", "production designer"): at most three
// words, stopping at a name, punctuation or a preposition.
func (p *pctx) crewNounEnd(k int) int {
	e := k
	for e < k+3 && !p.isM(e) && isWordLike(p.w(e)) && !p.wIn(e, crewNounStops) {
		e++
	}
	return e
}

// crewNounStops end a job noun phrase.
var crewNounStops = setOf("on", "for", "in", "at", "from", "with", "and", "who", "which", "since")

// makerNouns are what a filmmaker's possessive names: "Bernard Cole's
// sequel", "Jon M. Chow's adaptation of ...".
var makerNouns = setOf("sequel", "follow-up", "adaptation", "remake", "reboot", "prequel", "film", "movie", "reimagining", "take",
	"chapter", "installment", "instalment", "entry")

// possessiveMaker handles a filmmaker's possessive opening a sentence:
// "Bernard Cole's sequel to ... picks up", "Writer-director Parker Fenn's
// follow-up to Grin follows ...": the person directed the film the text
// is about (a lead "writer-director" also wrote it), and "sequel to X" /
// "follow-up to X" makes it X's sequel.
func (p *pctx) possessiveMaker(i int) {
	if p.w(i+1) != "'s" || !p.isPersonLike(i) {
		return
	}
	lead := ""
	titled := false // "F, P's third chapter, ...": P made the title before
	switch {
	case i == 0:
	case i == 2 && p.w(1) == "," && p.titleOpening():
		titled = true
	case i == 1 && !p.isM(0) && (leadNoun(p.w(0)) || strings.Contains(p.w(0), "-director")):
		lead = p.w(0)
	case p.w(i-1) == "," && i <= 6 && !p.isM(i-2):
		// "Five years later, Maria Lopez's jazz-age noir has ..."
		for b := 0; b < i-1; b++ {
			if p.isM(b) || p.wIn(b, leadVerbs) {
				return
			}
		}
	default:
		return
	}
	pm := p.mm(i)
	if pm.typ == kg.Character || p.priorType(i) == kg.Character || pm.words < 2 && pm.typ != kg.Person && p.priorType(i) != kg.Person {
		return
	}
	k := i + 2
	for n := 0; n < 2 && !p.isM(k) && isWordLike(p.w(k)) && !p.wIn(k, makerNouns) && !p.wIn(k, genreNouns) && (!p.wIn(k, commonWords) || p.in(k, adjFilm) || p.in(k, ordinals)); n++ {
		k++
	}
	if !p.in(k, makerNouns) && !p.in(k, genreNouns) {
		return
	}
	for b := i + 2; b < k && !titled; b++ {
		if p.in(b, earlierAdj) {
			// "Ward's previous film, Cold River, ...": an earlier film, not
			// the one at hand (nor necessarily P's as director)
			return
		}
	}
	film := p.topicFilm(k + 1)
	if titled {
		film = mArg(0)
	}
	p.typ(i, kg.Person, 3)
	p.claim(pclaim{rel: kg.Directed, subj: mArg(i), obj: film})
	if strings.HasPrefix(lead, "writer") {
		p.claim(pclaim{rel: kg.Wrote, subj: mArg(i), obj: film})
	}
	if (p.w(k) == "sequel" || p.w(k) == "follow-up") && p.w(k+1) == "to" && p.isM(k+2) {
		if m := p.mm(k + 2); m.typ == kg.Film && m.strength >= 2 && p.conv(film).m != p.it[k+2].m {
			p.claim(pclaim{rel: kg.SequelOf, subj: film, obj: mArg(k + 2)})
		}
	}
}

// titleOpening reports whether the sentence opens with a title: a name
// typed a film, or one with a colon or in quotes that nothing types
// otherwise.
func (p *pctx) titleOpening() bool {
	m := p.mm(0)
	return m != nil && (m.typ == kg.Film || m.typ == "" && (m.colon || m.quoted))
}

// castVerbWords introduce the characters of a cast list.
var castVerbWords = setOf("voice", "voices", "voicing", "play", "plays", "playing", "portray", "portrays", "portraying", "as", "reprise", "reprising")

// respectively handles "A, B and C ... voice X, Y and Z respectively" (item
// i is "respectively"): the people of the sentence's first list of names
// play the characters of the list before "respectively", in order, when
// both lists have the same length and a cast verb comes just before the
// characters.
func (p *pctx) respectively(i int) {
	var chars []int
	k := i - 1
	if p.w(k) == "," {
		k--
	}
	for k >= 0 && p.isM(k) {
		chars = append(chars, k)
		k--
		if p.w(k) == "and" {
			k--
			if p.w(k) == "," {
				k--
			}
		} else if p.w(k) == "," {
			k--
		} else {
			break
		}
	}
	if len(chars) < 2 {
		return
	}
	for l, r := 0, len(chars)-1; l < r; l, r = l+1, r-1 {
		chars[l], chars[r] = chars[r], chars[l]
	}
	verb := -1
	for b := chars[0] - 1; b >= 0 && b >= chars[0]-3; b-- {
		if p.in(b, castVerbWords) {
			verb = b
			break
		}
	}
	if verb < 0 {
		return
	}
	p.pairLists(chars, verb, i+1, false)
}

// parallelCast handles "A, B and C ... to play X, Y and Z." without
// "respectively" (item i is the cast verb): the list of two or more names
// after the verb closes the clause, and the nearest list of as many
// people before the verb plays them in order.
func (p *pctx) parallelCast(i int) {
	if w := p.w(i); len(w) < 4 || w[0] != 'p' && w[0] != 'v' || !p.in(i, setStructural_2) { // (cheap test first)
		return
	}
	var chars []int
	k := i + 1
	// "play father and daughter Cyril and Nina Falzone": describing words first
	for n := 0; n < 4 && !p.isM(k) && isWordLike(p.w(k)) && (p.w(k) == "and" || !p.wIn(k, commonWords)); n++ {
		k++
	}
	if k > i+1 && !p.isM(k) {
		return
	}
	closed := false
	for p.isM(k) {
		chars = append(chars, k)
		k++
		if closed {
			break
		}
		if p.w(k) == "," && p.w(k+1) == "and" {
			k += 2
			closed = true
		} else if p.w(k) == "and" {
			k++
			closed = true
		} else if p.w(k) == "," {
			k++
		} else {
			break
		}
	}
	if len(chars) < 2 || !closed || p.isM(k) || !p.in(k, setStructural_3) && !p.parallelCastEnd(k) {
		return
	}
	p.completeSurname(chars)
	p.pairLists(chars, i, k, true)
}

// parallelCast's character list may also end at a comma that closes it
// (", and Q returns as ...") or at "in"/"for" before the film ("voice W,
// X, Y and Z in F"), item k being the word after the list.
func (p *pctx) parallelCastEnd(k int) bool {
	switch p.w(k) {
	case ",":
		return true
	case "in", "for":
		return p.isM(k + 1)
	}
	return false
}

// pairLists claims that the people of a list before the cast verb at item
// verb play chars in order: the first list of the sentence when nearest
// is false ("respectively"), else the nearest list of the same length.
func (p *pctx) pairLists(chars []int, verb, after int, nearest bool) {
	for _, c := range chars {
		if !castableName(p.mm(c)) || p.mm(c).typ != "" && p.mm(c).typ != kg.Character || pcType(p.priorType(c)) && p.priorType(c) != kg.Character {
			return
		}
	}
	if nearest {
		best := []int(nil)
		for s := 0; s < verb; s++ {
			if !p.isM(s) || !p.isPersonLike(s) || s > 0 && p.isM(s-1) || p.w(s-1) == "," && p.isM(s-2) || p.w(s-1) == "and" && p.isM(s-2) {
				continue
			}
			persons, _ := p.listAfter(s)
			if len(persons) != len(chars) || persons[len(persons)-1] >= verb {
				continue
			}
			ok := true
			for _, pi := range persons {
				if !p.isPersonLike(pi) {
					ok = false
				}
			}
			if ok {
				best = persons
			}
		}
		if best == nil {
			return
		}
		film := p.topicFilm(after)
		for n, pi := range best {
			p.typ(pi, kg.Person, 3)
			p.mm(chars[n]).setType(kg.Character, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(pi), obj: film, char: mArg(chars[n])})
		}
		return
	}
	i := after - 1
	for s := 0; s < verb; s++ {
		if !p.isM(s) {
			continue
		}
		if !p.isPersonLike(s) {
			return
		}
		persons, _ := p.listAfter(s)
		if len(persons) != len(chars) {
			return
		}
		film := p.topicFilm(i + 1)
		for n, pi := range persons {
			p.typ(pi, kg.Person, 3)
			p.mm(chars[n]).setType(kg.Character, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(pi), obj: film, char: mArg(chars[n])})
		}
		return
	}
}

// partWords name the parts of a story told in several films.
var partWords = setOf("part", "chapter", "half", "installment", "instalment")

// nextPart handles "the second part, Spellbound: For Ever," and "the
// concluding chapter, X": the named film is the sequel of the film the
// text is about (item i is the ordinal).
func (p *pctx) nextPart(i int) {
	if p.w(i-1) != "the" || !p.in(i, setStructural_4) || !p.in(i+1, partWords) { // (cheap test first)
		return
	}
	k := i + 2
	if p.w(k) == "," {
		k++
	}
	m := p.mm(k)
	if m == nil || m.typ != "" && m.typ != kg.Film || !(m.colon || m.digit || m.quoted || m.typ == kg.Film) {
		return
	}
	film := p.focusFilm()
	if film.m >= 0 && p.conv(film).m == p.conv(mArg(k)).m {
		return
	}
	m.setType(kg.Film, 3)
	p.claim(pclaim{rel: kg.SequelOf, subj: mArg(k), obj: film})
}

// returnAux are the words between a cast list and "back"/"return" that
// keep it one clause ("are also expected back", "are all set to return").
var returnAux = setOf("expected", "confirmed", "slated", "due", "likely", "poised", "coming", "all", "both")

// groupNouns may follow "round out the" in cast talk ("A and B round out
// the suspects"); ranking words ("top", "chart") are box-office talk.
var roundOutStop = setOf("top", "chart", "charts", "list", "field", "weekend", "box", "five", "ten", "slate", "year", "month", "week", "season")

// castLeadNouns are the lead nouns that introduce actors.
var castLeadNouns = setOf("stars", "star", "co-star", "co-stars", "actor", "actress", "newcomer", "newcomers", "veteran")

// listReturn handles short cast lists with no character: "A, B and C are
// also expected back", "A and B will return.", "A, B and C round out the
// suspects". It needs at least two names in the list (one name "will
// return" is as often a filmmaker), none typed anything but a person, and
// the clause must end at the cue.
func (p *pctx) listReturn(i int) {
	w := p.w(i)
	var names []int
	switch {
	case w == "back" || w == "return" || w == "returning":
		if !p.in(i+1, setStructural_5) {
			return
		}
		b := i - 1
		for b >= 0 && b > i-6 && !p.isM(b) && (p.wIn(b, auxWords) || p.wIn(b, returnAux)) {
			b--
		}
		if !p.isM(b) || b == i-1 && w == "back" {
			return
		}
		names = p.listBefore(b + 1)
	case w == "out" && p.in(i-1, setStructural_6) && p.w(i+1) == "the" && !p.isM(i+2) && isWordLike(p.w(i+2)):
		n := p.w(i + 2)
		if n == "cast" || n == "ensemble" || n == "lineup" || n == "line-up" || roundOutStop[n] {
			return // read by wordRules, or box-office talk
		}
		names = p.listBefore(i - 1)
	default:
		return
	}
	if len(names) < 2 {
		return
	}
	if rel, _ := p.crewNoun(names[0] - 1); rel != "" || p.in(names[0]-1, leadNouns) && !p.in(names[0]-1, castLeadNouns) {
		return // "Producers A and B return": crew, read by wordRules
	}
	for _, n := range names {
		m := p.mm(n)
		if pt := p.priorType(n); m.quoted || m.colon || m.digit || m.typ != "" && m.typ != kg.Person || pt != "" && pt != kg.Person {
			return
		}
	}
	film := p.topicFilm(i + 1)
	for _, n := range names {
		if p.mm(n).words < 2 && p.mm(n).typ != kg.Person && p.priorType(n) != kg.Person {
			continue
		}
		p.typ(n, kg.Person, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(n), obj: film})
	}
}

// Word sets used inside the functions above (package level, so that no
// map is built per call).
var setStructural_0 = setOf("of", "for", "with", "by", "to", "from", "in", "on", "at", "about", "like", "than", "as", "'s", "where", "when", "whether", "if")
var setStructural_1 = setOf("the", "a", "an", "his", "her", "their")
var setStructural_2 = setOf("play", "plays", "playing", "voice", "voices", "voicing", "portray", "portrays", "portraying")
var setStructural_3 = setOf(".", ";", "")
var setStructural_4 = setOf("second", "next", "concluding", "final", "closing")
var setStructural_5 = setOf(",", ".", ";", "", "too", "for")
var setStructural_6 = setOf("round", "rounds", "rounding", "rounded")

// makerBehind handles "P, the filmmaker behind F1 and F2" and "P is the
// writer behind F": a crew noun (with up to two describing words) and
// "behind" give P the crew credit of every title in the list after it.
// Titles that nothing typed otherwise become films.
func (p *pctx) makerBehind(i int) {
	behind := false
	for k := i + 3; k < len(p.it) && k <= i+8; k++ {
		if p.w(k) == "behind" {
			behind = true
			break
		}
	}
	if !behind || !p.isPersonLike(i) {
		return
	}
	j := i + 1
	if p.w(j) == "," {
		j++
	} else {
		for j < i+4 && p.in(j, crewAux) {
			j++
		}
		if !p.in(j-1, copulas) {
			return
		}
	}
	if p.w(j) != "the" {
		return
	}
	j++
	// describing words, or a name that is no one's ("the French filmmaker",
	// "the Radio Silence duo")
	for n := 0; n < 3 && p.w(j+1) != "behind" && (!p.isM(j) && isWordLike(p.w(j)) && !p.wIn(j, commonWords) || p.describingName(j)); n++ {
		j++
	}
	if p.isM(j) || p.w(j+1) != "behind" || !p.wIn(j, behindNouns) && !p.wIn(j, groupNouns) {
		return
	}
	rel, job := p.crewNoun(j)
	if p.w(j) == "writer-director" || p.wIn(j, groupNouns) {
		rel, job = kg.Directed, ""
		if p.w(j-1) == "writing" || p.w(j-1) == "screenwriting" {
			rel = kg.Wrote // "the writing team behind F"
		}
	}
	if rel == "" {
		return
	}
	people := []int{i}
	if p.w(i+1) == "," && p.w(i-1) == "and" {
		// "A and B, the duo behind F": every name of the list
		if l := p.listBefore(i + 1); len(l) > 1 {
			people = people[:0]
			for _, n := range l {
				if p.isPersonLike(n) {
					people = append(people, n)
				}
			}
		}
	}
	start := p.ownerBefore(j + 2)
	if start > j+2 && p.wIn(j, groupNouns) && rel == kg.Directed && p.isM(j+2) {
		return // "the duo behind Netflix's F": a company's title, the pair's part unsaid
	}
	var films []int
	for k := start; k < len(p.it); k++ {
		m := p.mm(k)
		if m == nil || pcType(m.typ) && m.strength >= 2 || m.typ == kg.Organisation && m.strength >= 2 || m.typ == kg.Franchise ||
			pcType(p.priorType(k)) || p.priorType(k) == kg.Organisation {
			break
		}
		films = append(films, k)
		k++
		if p.w(k) == "(" && isYear(p.w(k+1)) && p.w(k+2) == ")" {
			k += 3 // "F (2019)"
		}
		if p.w(k) == "," && p.w(k+1) == "and" {
			k++
		}
		if p.w(k) != "," && p.w(k) != "and" {
			break
		}
	}
	if len(films) == 0 {
		return
	}
	for _, n := range people {
		p.typ(n, kg.Person, 3)
		for _, f := range films {
			if p.mm(f).typ == "" {
				p.typ(f, kg.Film, 2)
			}
			p.claim(pclaim{rel: rel, subj: mArg(n), obj: mArg(f), job: job})
			if p.w(j) == "writer-director" {
				p.claim(pclaim{rel: kg.Wrote, subj: mArg(n), obj: mArg(f)})
			}
		}
	}
}

// ownerBefore returns the item of the title after a company's possessive
// or a time and describers at item k ("behind Netflix's F", "behind last
// November's animated F"), else k.
func (p *pctx) ownerBefore(k int) int {
	if m := p.mm(k); m != nil && m.typ == kg.Organisation && m.strength >= 2 && p.w(k+1) == "'s" && p.isM(k+2) {
		return k + 2
	}
	if p.w(k) != "last" && p.w(k) != "this" {
		return k
	}
	j := k + 1
	if !p.isM(j) && isWordLike(p.w(j)) {
		j++ // "last year", "last November" (a month is a plain word here)
	} else if p.isM(j) && p.mm(j).typ == "" && p.mm(j).words == 1 {
		j++
	}
	if p.w(j) != "'s" {
		return k
	}
	j++
	for n := 0; n < 2 && !p.isM(j) && p.in(j, adjFilm); n++ {
		j++
	}
	if p.isM(j) {
		return j
	}
	return k
}

// groupNouns name a filmmaking pair or team ("the duo behind F"): read as
// its directors.
var groupNouns = setOf("duo", "pair", "team", "collective")

// describingName reports whether the mention at item j describes the noun
// after it rather than naming someone ("the French filmmaker", "the Radio
// Silence duo"): not typed a person, character or film, and followed by a
// plain word.
func (p *pctx) describingName(j int) bool {
	m := p.mm(j)
	if m != nil && m.words == 1 && demonyms[m.key] && !p.isM(j+1) && isWordLike(p.w(j+1)) {
		return true // "the Spanish filmmaker": a nationality, whatever a title made of it
	}
	return m != nil && !pcType(m.typ) && m.typ != kg.Film && !m.quoted && !p.isM(j+1) && isWordLike(p.w(j+1)) && p.w(j+1) != "behind"
}

// behindNouns are the crew nouns "the X behind F" credits ("the filmmaker
// behind F").
var behindNouns = setOf("director", "filmmaker", "writer", "screenwriter", "creator", "co-creator", "showrunner",
	"producer", "co-writer", "writer-director")

// castCompanions handles a list of people appended to a cast statement:
// "P stars as C, along with A, B and D", "P, who plays C, is joined by A
// and B". The people after "along with"/"joined by" are cast of the film
// of the sentence's last cast claim before the cue. A crew verb earlier in
// the sentence leaves the list alone (it may share a crew credit).
func (p *pctx) castCompanions(i int) {
	k := -1
	switch {
	case p.is(i, "along", "with") && i > 0:
		k = i + 2
	case p.is(i, "joined", "by") && i > 0:
		k = i + 2
	default:
		return
	}
	for b := 0; b < i; b++ {
		if !p.isM(b) && (p.crewVerbAt(b) || p.w(b) == "by") {
			return
		}
	}
	film := noArg
	for c := len(p.a.claims) - 1; c >= 0 && p.a.claims[c].sent == p.si; c-- {
		if cl := &p.a.claims[c]; cl.rel == kg.ActedIn && cl.obj.valid() {
			film = cl.obj
			break
		}
	}
	if !film.valid() {
		return
	}
	names, _ := p.listAfter(k)
	for _, n := range names {
		m := p.mm(n)
		if pt := p.priorType(n); m.typ != "" && m.typ != kg.Person || pt != "" && pt != kg.Person || !p.isPersonLike(n) {
			return
		}
		for b := n - 1; b >= k && !p.isM(b); b-- {
			if rel, _ := p.crewNoun(b); rel != "" {
				return // "along with producer Q": a crew member
			}
		}
	}
	for _, n := range names {
		if m := p.mm(n); m.words < 2 && m.typ != kg.Person && p.priorType(n) != kg.Person {
			continue
		}
		p.typ(n, kg.Person, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(n), obj: film})
	}
}

// whoseCredits handles "P, whose credits include F1 and F2, is at the
// helm": once the main clause has given P a credit in this sentence, the
// titles of the relative clause get the same kind of credit (a director's
// credits are films directed, an actor's films acted in). Titles that
// nothing typed otherwise become films.
func (p *pctx) whoseCredits(i int) {
	if p.w(i+1) != "," || p.w(i+2) != "whose" || !p.wIn(i+3, creditWords) || !p.in(i+4, includeWords) {
		return
	}
	var films []int
	k := i + 5
	for ; k < len(p.it); k++ {
		m := p.mm(k)
		if m == nil || pcType(m.typ) && m.strength >= 2 || m.typ == kg.Organisation && m.strength >= 2 || m.typ == kg.Franchise ||
			pcType(p.priorType(k)) || p.priorType(k) == kg.Organisation {
			return
		}
		films = append(films, k)
		k++
		if p.w(k) == "(" && isYear(p.w(k+1)) && p.w(k+2) == ")" {
			k += 3
		}
		if p.w(k) == "," && p.w(k+1) == "and" {
			k++
		}
		if p.w(k) != "," && p.w(k) != "and" {
			break
		}
		if p.w(k) == "," && !p.isM(k+1) {
			break
		}
	}
	if len(films) == 0 || p.w(k) != "," {
		return
	}
	pm := int32(p.mi(i))
	var rel kg.RelType
	job := ""
	for c := len(p.a.claims) - 1; c >= 0 && p.a.claims[c].sent == p.si; c-- {
		cl := &p.a.claims[c]
		if cl.subj.m == pm && cl.subj.ana == 0 && (cl.rel == kg.Directed || cl.rel == kg.Wrote || cl.rel == kg.Produced || cl.rel == kg.WorkedOn || cl.rel == kg.ActedIn) {
			rel, job = cl.rel, cl.job
			break
		}
	}
	if rel == "" {
		return
	}
	for _, f := range films {
		if p.mm(f).typ == "" {
			p.typ(f, kg.Film, 2)
		}
		p.claim(pclaim{rel: rel, subj: mArg(i), obj: mArg(f), job: job})
	}
}

// creditWords name a person's body of work ("whose credits include").
var creditWords = setOf("credits", "films", "movies", "work", "features", "filmography", "projects")

// includeWords introduce the list of a person's works.
var includeWords = setOf("include", "includes", "included", "span", "spans")

// asWellAs handles a crew credit added to the sentence subject's clause:
// "P also stars as C, as well as serving as a producer", "P directs, as
// well as co-writing the script". The subject is the person opening the
// sentence.
func (p *pctx) asWellAs(i int) {
	if !p.is(i, "as", "well", "as") || !p.isM(0) || !p.isPersonLike(0) {
		return
	}
	k := i + 3
	var rel kg.RelType
	job := ""
	switch w := p.w(k); {
	case (w == "serving" || w == "acting") && p.w(k+1) == "as":
		n := k + 2
		for p.in(n, setRelations_28) {
			n++
		}
		if p.in(n, setRelations_3) {
			n++
		}
		rel, job = p.crewNoun(n)
	case w == "executive" && p.w(k+1) == "producing":
		rel = kg.Produced
	case strings.HasSuffix(w, "ing") && isCrewVerb(w) && w != "handling":
		// "as well as directing", "as well as co-writing the script"
		if n := p.w(k + 1); n == "." || n == "," || n == "" || n == "it" || (n == "the" || n == "its") && p.in(k+2, setRelations_4) {
			rel = p.crewVerbRel(w)
		}
	}
	if rel == "" {
		return
	}
	for b := 1; b < i; b++ {
		if p.isM(b) && p.isPersonLike(b) && p.w(b-1) != "as" && p.w(b-1) != "by" {
			return // another person in the clause: whose credit is unclear
		}
	}
	p.typ(0, kg.Person, 3)
	p.claim(pclaim{rel: rel, subj: mArg(0), obj: p.topicFilm(k + 1), job: job})
}

// crewVerbRel maps a present participle crew verb to its relation
// ("producing", "directing", "co-writing").
func (p *pctx) crewVerbRel(w string) kg.RelType {
	switch {
	case directVerbs[w]:
		return kg.Directed
	case writeVerbs[w]:
		return kg.Wrote
	case produceVerbs[w]:
		return kg.Produced
	}
	return ""
}

// castAppear handles a person who appears in the production: "P is also
// expected to appear", "P, who starred as C1 in F1, will appear in F2",
// "P appears too". Only people appear (filmmakers direct, write or
// return), so one name is enough; the clause must end at the cue or name
// the film after "in".
func (p *pctx) castAppear(i int) {
	w := p.w(i)
	if w != "appear" && w != "appears" && w != "appearing" && w != "co-stars" && w != "co-star" && w != "cameos" {
		return
	}
	next := p.w(i + 1)
	if p.isM(i+1) || !(next == "." || next == "," || next == ";" || next == "" || next == "in" || next == "too" || next == "again" || next == "briefly") {
		return
	}
	b := i - 1
	for b >= 0 && b > i-8 && !p.isM(b) && (p.wIn(b, auxWords) || p.wIn(b, returnAux)) {
		b--
	}
	if b == i-1 && !p.isM(b) && p.w(b) != "," {
		return // "appears" must follow its subject, an auxiliary or a clause
	}
	s := b
	if p.w(b) == "," {
		s = p.personBeforeClause(b + 1)
	}
	if s < 0 || !p.isM(s) || !p.isPersonLike(s) {
		return
	}
	if m := p.mm(s); m.words < 2 && m.typ != kg.Person && p.priorType(s) != kg.Person {
		return
	}
	film := p.topicFilm(i + 1)
	if next == "in" {
		f, _, ok := p.filmRef(i+2, 2)
		if !ok {
			return
		}
		film = f
	}
	p.typ(s, kg.Person, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(s), obj: film})
}

// repriseRoles handles "A and B reprise their roles." and "P will reprise
// her role in the sequel": people who take up their parts again, with no
// "as C" (read by castAs) and no named film after "in" (read by reprise),
// are cast of the clause's film.
func (p *pctx) repriseRoles(i int) {
	if w := p.w(i); len(w) < 7 || w[:6] != "repris" || !repriseVerbs[w] || !p.in(i+1, setRelations_14) || p.w(i+2) != "role" && p.w(i+2) != "roles" {
		return
	}
	k := i + 3
	if n := p.w(k); !(n == "." || n == "," || n == ";" || n == "" || n == "in" || n == "for" || n == "from" || n == "once") || p.isM(k) ||
		n == "in" && p.isM(k+1) {
		return
	}
	b := i - 1
	for b >= 0 && b > i-8 && !p.isM(b) && (p.wIn(b, auxWords) || p.wIn(b, returnAux)) {
		b--
	}
	var subjects []int
	switch {
	case p.isM(b):
		subjects = p.listBefore(b + 1)
	case p.w(b) == ",":
		if s := p.personBeforeClause(b + 1); s >= 0 {
			subjects = []int{s}
		}
	}
	for _, s := range subjects {
		if !p.isPersonLike(s) {
			return
		}
	}
	film := p.topicFilm(k)
	for _, s := range subjects {
		if m := p.mm(s); m.words < 2 && m.typ != kg.Person && p.priorType(s) != kg.Person {
			continue
		}
		p.typ(s, kg.Person, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(s), obj: film})
	}
}

// repriseVerbs take up a part again.
var repriseVerbs = setOf("reprise", "reprises", "reprising", "reprised")
