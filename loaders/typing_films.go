package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// creditPreps come before an owner's possessive and a title that is a
// credit of someone's ("seen in P's F", "best known for C's F", "on C's
// F", "the star of C's F", "behind C's F"; not "includes P's C", a part).
var creditPreps = setOf("in", "on", "for", "of", "behind")

// workNouns after a title make it the name of a work other than a
// production ("P's Slough House novels").
var workNouns = setOf("novel", "novels", "book", "books", "comic", "comics", "story", "stories", "franchise",
	"universe", "saga", "game", "games", "musical", "play", "plays", "series", "trilogy", "character", "characters")

// creditMakerNouns are the makers a "behind" names the work of ("the French
// filmmaker behind F", "the duo behind F and G").
var creditMakerNouns = setOf("filmmaker", "filmmakers", "duo", "team", "director", "directors", "writer", "writers",
	"creator", "creators", "mind", "minds", "man", "woman", "auteur", "helmer", "producer", "producers", "studio",
	"showrunner", "showrunners", "trio", "pair", "company", "outfit", "people")

// listTitleNouns are plural nouns of productions besides pluralFilmNouns
// that introduce a list of titles ("titles such as A, B and C", "shows
// including A").
var listTitleNouns = setOf("titles", "series", "shows", "dramas", "comedies", "thrillers", "classics", "hits", "remakes", "adaptations")

// awardNouns are what one wins "for" a production ("won his Oscar for F").
var awardNouns = setOf("oscar", "oscars", "emmy", "emmys", "bafta", "baftas", "award", "awards", "nomination",
	"nominations", "globe", "globes", "tony", "academy")

// typeCreditTitles types as films, before the patterns run, titles named
// as someone's credit in passing: after a credit preposition and the
// possessive of an owner typed a person or company, led by a given name,
// or of one word after a preposition other than "in" ("seen in
// Garrett Doyle's Halberd", "on Netflix's Outer Shoals"; not "in
// London's West End", a title of a rank or one before "novels"); after a maker noun and "behind" ("the
// filmmaker behind The Courier and Now You Hear Us"); after
// "credits include" ("whose credits include The Final Ronin"); after a
// plural production noun and "such as" or "including" ("titles such as A,
// B and C"); after an
// award and "for" ("won his Oscar for Blackest Night"); after a dated or
// feature "debut" ("whose 2021 debut Pig"); in an appositive about its
// maker ("Dale Rourkin, the Silt director"). A title is a name
// no cue typed (or typed a person weakly), not a personal name led by a
// given name; the titles of a list joined by commas and "and" follow the
// first. It then types the titles a relative clause says premiered
// (typeReleasedTitles), those an appositive names as someone's
// production (typeMakerAppositiveTitles), those a maker made for a
// person (typeMadeForTitles), those someone starred in
// (typeStarredTitles) and those named after a part ("as C on F";
// typePartOnTitles).
func (a *article) typeCreditTitles() {
	for s, k := range a.bodyMentions() {
		si := int(a.ments[k].sent)
		if !a.creditTitleAt(s, k) {
			continue
		}
		for j := k; j < len(a.ments) && int(a.ments[j].sent) == si; j++ {
			m := &a.ments[j]
			if j > k && !a.listNext(&a.ments[j-1], m) {
				break
			}
			if titleCandidate(m) && !(m.words == 1 && commonWords[a.toks[m.a].lower]) && !a.truncatedTitle(s, m) {
				m.setType(kg.Film, 2)
			}
		}
	}
	a.typeReleasedTitles()
	a.typeMakerAppositiveTitles()
	a.typeMadeForTitles()
	a.typeStarredTitles()
	a.typePartOnTitles()
	a.typeWorkerTitles()
	a.typeRoleInTitles()
	a.typeEpisodeTitles()
}

// typeSubtitledBases types weakly as a film each untyped name that is the
// whole title before the colon of a film the article names ("Arrival
// Day" beside "Arrival Day: Insurgence"): the base of a subtitled
// title is the first film or the show it continues. Personal names led by
// a given name are left alone. A base written "B the Movie" before the
// colon names the show B ("Lanternfolk the Movie: Dark Tide").
func (a *article) typeSubtitledBases() {
	var bases map[string]bool
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == kg.Film && m.colon {
			if pre, _, ok := strings.Cut(m.key, ": "); ok && pre != "" {
				pre = movieFormBase(pre)
				if bases == nil {
					bases = map[string]bool{}
				}
				bases[pre] = true
			}
		}
	}
	if bases == nil {
		return
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ != "" && m.typ != kg.Film && bases[m.key] {
			bases[m.key] = false // "the X franchise": the base is typed otherwise
		}
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if k := int(m.b); k < len(a.toks) && tokIn(&a.toks[k], productionNouns3) {
			continue // "a new X series": the base names the franchise
		}
		if m.typ == "" && !m.colon && bases[m.key] && !(m.personShaped() && givenFirst(m.text)) {
			m.setType(kg.Film, 1)
		}
	}
}

// titleCandidate reports whether mention m may be typed a title by
// context: untyped or weakly a person, and no personal name led by a
// given name.
func titleCandidate(m *mention) bool {
	if m.typ != "" && !(m.typ == kg.Person && m.strength <= 1) {
		return false
	}
	if m.words != 1 && !m.personShaped() {
		return true
	}
	return !givenFirst(m.text)
}

// listNext reports whether mention n follows mention p in a list: only a
// comma, "and" or both between them.
func (a *article) listNext(p, n *mention) bool {
	g := int(n.a)
	if n.the {
		g--
	}
	t := int(p.b)
	if t < len(a.toks) && a.toks[t].text == "," {
		t++
	}
	if t < len(a.toks) && a.toks[t].lower == "and" {
		t++
	}
	return t == g && t > int(p.b)
}

// creditTitleAt reports whether mention k of sentence s stands where
// typeCreditTitles reads a title.
func (a *article) creditTitleAt(s *sentence, k int) bool {
	m := &a.ments[k]
	b := int(m.a)
	if m.the {
		b--
	}
	if b <= s.a+2 && a.rankedChartLine(s, m, b) {
		return true // "4. Quiet Harbor – ₹2.2 crore"
	}
	if b-1 <= s.a {
		return false
	}
	prev := a.toks[b-1].lower
	// C's F after a credit preposition
	if a.toks[b-1].kind == kPoss && k > 0 {
		o := &a.ments[k-1]
		ob := int(o.a)
		if o.the {
			ob--
		}
		if int(o.b) != b-1 || o.sent != m.sent || ob-1 <= s.a || !tokIn(&a.toks[ob-1], creditPreps) {
			return false
		}
		typed := o.typ == kg.Person || o.typ == kg.Organisation || o.typ == "" && o.personShaped() && givenFirst(o.text)
		if !typed && !(o.typ == "" && a.toks[ob-1].lower != "in" && (o.words == 1 || o.allCaps || o.acronymLead)) {
			return false // (not "in London's West End")
		}
		if nameTitles[strings.TrimSuffix(lowerFirst(m.text), ".")] || int(m.b) < s.b && tokIn(&a.toks[m.b], workNouns) {
			return false // (not "P's Mr. Nemo", "in P's Marsh House novels")
		}
		return true
	}
	if int(m.b) < len(a.toks) && a.toks[m.b].kind == kPoss {
		return false // an owner: the title after it is read with the possessive
	}
	if a.appositiveWorkTitle(s, k) {
		return true
	}
	if a.ordinalFilmAfter(int(m.b)) {
		return true
	}
	if a.chartFigureAfter(int(m.b)) {
		return true // "Quiet Harbor ($9.2 million)"
	}
	switch {
	case prev == "titled" || prev == "entitled":
		return true
	case prev == ":":
		return b-2 > s.a && a.toks[b-2].lower == "title"
	case prev == "debut" || prev == "breakout" || prev == "breakthrough":
		return b-2 > s.a && (a.toks[b-2].kind == kNum || a.toks[b-2].kind == kPoss || a.toks[b-2].lower == "feature" || a.toks[b-2].lower == "directorial")
	case prev == "behind":
		return tokIn(&a.toks[b-2], creditMakerNouns)
	case prev == "include" || prev == "includes":
		return a.toks[b-2].lower == "credits"
	case prev == "as" || prev == "including":
		// "older titles such as A, B and C", "films including A and B"
		k := b - 2
		if prev == "as" {
			if a.toks[k].lower != "such" {
				return false
			}
			k--
		}
		return k > s.a && a.toks[k].kind == kWord && (tokIn(&a.toks[k], pluralFilmNouns) || tokIn(&a.toks[k], listTitleNouns))
	case prev == "for":
		return tokIn(&a.toks[b-2], awardNouns)
	case pluralFilmNouns[prev] && !a.toks[b-1].cap && !m.colon:
		// "whose previous features A and B": a plural production noun
		// names the titles right after it (a colon title is typed by
		// its own steps)
		return true
	}
	return false
}

// truncatedTitle reports whether one or two lower-case small words (not
// "and", which joins a list) and a capitalised word follow mention m in
// sentence s: the mention is the head of a title
// it did not take in ("Lost" of "Lost in Orbit", "Flowers" of "Flowers
// in the Attic").
func (a *article) truncatedTitle(s *sentence, m *mention) bool {
	e := int(m.b)
	for n := 0; n < 2 && e+1 < s.b && titleFunctionWords[a.toks[e].lower] && a.toks[e].lower != "and" && !a.toks[e].cap; n++ {
		if a.toks[e+1].kind == kWord && a.toks[e+1].cap {
			return true
		}
		e++
	}
	return false
}

// appositiveWorkTitle reports whether mention k of sentence s is the work
// in an appositive after a personal name, before a worker noun with no
// name after it ("Dale Rourkin, the Silt director originally hired"): the
// person's film. Not an acronym, a role described by "who" ("P, the
// CIA director who ..."), a demonym, nor a describer of a maker "behind"
// something ("P, the French filmmaker behind F").
func (a *article) appositiveWorkTitle(s *sentence, k int) bool {
	m := &a.ments[k]
	b, e := int(m.a), int(m.b)
	if m.the || m.allCaps || m.acronymLead || k == 0 || b-3 < s.a || e+1 >= s.b || a.toks[b-1].lower != "the" || a.toks[b-2].text != "," || !appositiveWorkers[a.toks[e].lower] || a.toks[e+1].cap ||
		a.toks[e+1].lower == "who" || a.toks[e+1].lower == "whose" || a.toks[e+1].lower == "that" || a.toks[e+1].lower == "behind" ||
		m.words == 1 && demonym(a.toks[b].lower) {
		return false // (not "P, the French filmmaker behind F": a describer)
	}
	p := &a.ments[k-1]
	return p.sent == m.sent && int(p.b) == b-2 && (p.typ == kg.Person || p.typ == "" && p.personShaped() && givenFirst(p.text))
}

// appositiveWorkers follow a work in an appositive about its maker ("P,
// the Mud director").
var appositiveWorkers = setOf("director", "creator", "co-creator", "showrunner", "writer", "helmer", "filmmaker", "star")

// ordinalFilmAfter reports whether the tokens from i say what a title
// will be in its series: "will be the eighth film", "would be the third
// movie" (the present and past forms are read by the patterns).
func (a *article) ordinalFilmAfter(i int) bool {
	if i+4 >= len(a.toks) {
		return false
	}
	t := a.toks[i : i+5]
	return (t[0].lower == "will" || t[0].lower == "would") && t[1].lower == "be" && t[2].lower == "the" &&
		ordinals[t[3].lower] && setRelations_23[t[4].lower]
}

// typeHeadlineSeasonTitles types as series the body's untyped names that a
// title-case headline puts before "Season" or "Series" and a number
// ("Never Ask Marty Season 6, Part 1 Recap" over a body that names
// Never Ask Marty): the headline itself yields no mentions. It runs the
// general title cues first (typeCueTitles), the one step of the typing
// before the patterns that this file owns.
func (a *article) typeHeadlineSeasonTitles() {
	a.typeCueTitles()
	a.typeCommaSeasonTitles()
	for si := range a.sents {
		s := &a.sents[si]
		if !s.titleCase {
			continue
		}
		for k := s.a + 1; k+1 < s.b; k++ {
			w := a.toks[k].lower
			if (w == "season" || w == "series") && seasonNumbers[a.toks[k+1].lower] {
				a.typeNamesEndingAt(s.a, k)
			}
		}
	}
}

// typeCommaSeasonTitles types as series the untyped names followed by a
// comma, "season" and a season number ("Dark, season one (December 1,
// 2017)", a watch-order list), then every other untyped mention of the same
// one-word or longer name: one name, one sense in one article.
func (a *article) typeCommaSeasonTitles() {
	var keys map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		s := &a.sents[m.sent]
		e := int(m.b)
		if m.typ != "" || e+2 >= s.b || a.toks[e].text != "," || a.toks[e+1].lower != "season" || !seasonNumbers[a.toks[e+2].lower] ||
			m.personShaped() && givenFirst(m.text) {
			continue
		}
		keys = addKey(keys, m.key)
	}
	if keys == nil {
		return
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == "" && keys[m.key] {
			m.setType(kg.Film, 2)
			m.format = kg.FormatSeries
		}
	}
}

// typeNamesEndingAt types as series the untyped mentions (not personal
// names led by a given name) whose words are the tokens just before token
// k, starting at or after token lo.
func (a *article) typeNamesEndingAt(lo, k int) {
	for mi := range a.ments {
		m := &a.ments[mi]
		n := int(m.b - m.a)
		if m.typ != "" || n < 1 || k-n < lo || a.sents[m.sent].titleCase || m.personShaped() && givenFirst(m.text) ||
			n == 1 && commonWords[a.toks[m.a].lower] {
			continue
		}
		same := true
		for j := 0; j < n && same; j++ {
			same = a.toks[int(m.a)+j].lower == a.toks[k-n+j].lower
		}
		if same {
			m.setType(kg.Film, 2)
			m.format = kg.FormatSeries
		}
	}
}

// definitionFollowers may come after the production noun of an
// encyclopedia-style definition ("a 2021 American horror film directed
// by ...").
var definitionFollowers = setOf("directed", "written", "co-written", "produced", "starring", "created", "developed",
	"based", "by", "that", "which", "about", "from", "in", "and", "set", "adapted", "released", "co-produced", "for", "on")

// typeLeadDefinitions types as films (or series) the names that open a
// sentence defining them, encyclopedia style: "The Endless Cull is a 2021
// American dystopian action horror film directed by ...", "X was an
// American television series": the name, "is"/"was", "a"/"an", up to
// eight years, adjectives and lower-case words, then a film or series
// noun at the end of the phrase. Personal names led by a given name are
// left alone.
func (a *article) typeLeadDefinitions() {
	for mi := range a.ments {
		m := &a.ments[mi]
		s := &a.sents[m.sent]
		k := int(m.b)
		if k+3 >= s.b || a.toks[k].lower != "is" && a.toks[k].lower != "was" || a.toks[k+1].lower != "a" && a.toks[k+1].lower != "an" {
			continue // (cheap tests first)
		}
		if start := int(m.a); m.the || m.theOpen {
			if start-1 != s.a {
				continue
			}
		} else if start != s.a {
			continue
		}
		if !titleCandidate(m) && !(m.typ == kg.Film && m.strength < 2) || s.titleCase {
			continue
		}
		for j, n := k+2, 0; j < s.b && n < 9; j, n = j+1, n+1 {
			t := &a.toks[j]
			if t.kind == kNum && isYear(t.text) || t.kind == kWord && (!t.cap || n < 4 && !commonWords[t.lower]) && !filmNouns[t.lower] && !seriesNouns[t.lower] {
				continue
			}
			if t.kind != kWord || !filmNouns[t.lower] && !seriesNouns[t.lower] || n == 0 {
				break
			}
			if j+1 < s.b && a.toks[j+1].kind == kWord && !definitionFollowers[a.toks[j+1].lower] {
				break // (not "a film studio", "a film franchise")
			}
			m.setType(kg.Film, 2)
			if seriesNouns[t.lower] {
				m.format = kg.FormatSeries
			}
			break
		}
	}
}

// typeLoneTitle types as the article's production the one name "the X"
// of its first two sentences ("my third full rewatch of The Vastness")
// when nothing in the article is typed a film yet and one of its first
// twelve sentences speaks of "the show", "the series" or "the film" (a
// series for the first two). Only a name with "The", untyped, of at most four words and
// no personal name qualifies, and only when it is the only one.
func (a *article) typeLoneTitle() {
	cand := -1
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ == kg.Film || m.quoted {
			return
		}
		if m.sent > 2 || !m.the || m.typ != "" || m.words > 4 || m.allCaps || a.sents[m.sent].titleCase || m.personShaped() && givenFirst(m.text) {
			continue
		}
		if cand >= 0 {
			return
		}
		cand = mi
	}
	if cand < 0 {
		return
	}
	noun := ""
	for si := 1; si < len(a.sents) && si <= 12 && noun == ""; si++ {
		s := &a.sents[si]
		for i := s.a; i+1 < s.b; i++ {
			if a.toks[i].lower == "the" && !a.toks[i].cap || a.toks[i].text == "The" && i == s.a {
				if w := a.toks[i+1].lower; w == "show" || w == "series" || w == "film" || w == "movie" {
					noun = w
					break
				}
			}
		}
	}
	if noun == "" {
		return
	}
	m := &a.ments[cand]
	m.setType(kg.Film, 1)
	if noun == "show" || noun == "series" {
		m.format = kg.FormatSeries
	}
}

// premiereVerbs after "X, which" say a production premiered ("X, which
// premiered in competition here", "X, which debuts Friday").
var premiereVerbs = setOf("premiered", "premieres", "debuted", "debuts", "bowed", "bows")

// typeReleasedTitles types as films the names that no cue typed and that a
// relative clause says premiered ("Harbor Lights, which premiered in
// competition on Saturday, ..."): only a production premieres. Personal
// names led by a given name and one common word are left alone.
func (a *article) typeReleasedTitles() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		e := int(m.b)
		if e+2 >= s.b || a.toks[e].text != "," || a.toks[e+1].lower != "which" && a.toks[e+1].lower != "that" {
			continue
		}
		v := e + 2
		for v < s.b && v < e+4 && releaseAux[a.toks[v].lower] {
			v++
		}
		if v >= s.b || !premiereVerbs[a.toks[v].lower] {
			continue
		}
		if titleCandidate(m) && !(m.words == 1 && commonWords[a.toks[m.a].lower]) {
			m.setType(kg.Film, 2)
		}
	}
}

// typeMakerAppositiveTitles types as films the names that no cue typed and
// that an appositive names as someone's production: a comma, a name and
// its possessive, at most three lower-case words and a production noun
// that ends the appositive or opens its modifier ("A Quiet Shore, Ada
// Pell's film about ...", "Night Ferry, Netflix's new drama."). Personal names led by a given name and one common word are
// left alone.
func (a *article) typeMakerAppositiveTitles() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		e := int(m.b)
		if m.typ != "" || e+3 >= s.b || a.toks[e].text != "," || k+1 >= len(a.ments) {
			continue
		}
		o := &a.ments[k+1]
		if int(o.a) != e+1 || o.sent != m.sent || int(o.b) >= s.b || a.toks[o.b].kind != kPoss {
			continue
		}
		n := int(o.b) + 1
		for n < s.b && n < int(o.b)+4 && a.toks[n].kind == kWord && !a.toks[n].cap && !tokIn(&a.toks[n], productionNouns3) {
			n++
		}
		if n >= s.b || a.toks[n].kind != kWord || a.toks[n].cap || !tokIn(&a.toks[n], productionNouns3) {
			continue
		}
		if x := n + 1; x < s.b && !(a.toks[x].kind == kPunct || a.toks[x].kind == kDash || a.toks[x].kind == kWord && appositiveNext[a.toks[x].lower]) {
			continue // (not "at the Met Gala, P's film has him as C": a clause, no appositive)
		}
		if titleCandidate(m) && !(m.words == 1 && commonWords[a.toks[m.a].lower]) {
			m.setType(kg.Film, 2)
			if seriesNouns[a.toks[n].lower] {
				m.format = kg.FormatSeries
			}
		}
	}
}

// typeMadeForTitles types as films the names that no cue typed and that a
// maker's verb makes for a person ("He also designed Gallowfall and Wraith
// for Sam Pardoe", "She shot Dry Reach for Ada Pell"): a verb of
// makerParticiples right before the first name, the names of a list
// joined by commas and "and", then "for" and a personal name (typed a
// person or led by a given name).
func (a *article) typeMadeForTitles() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		b := int(m.a)
		if m.the {
			b--
		}
		if b-1 <= s.a || !a.tokIn(b-1, makerParticiples) || !titleCandidate(m) {
			continue
		}
		last := k
		for last+1 < len(a.ments) && a.ments[last+1].sent == m.sent && a.listNext(&a.ments[last], &a.ments[last+1]) {
			last++
		}
		e := int(a.ments[last].b)
		if e+1 >= s.b || a.toks[e].lower != "for" || last+1 >= len(a.ments) || int(a.ments[last+1].a) != e+1 {
			continue
		}
		if p := &a.ments[last+1]; p.typ != kg.Person && !(p.personShaped() && givenFirst(p.text)) {
			continue
		}
		for j := k; j <= last; j++ {
			if n := &a.ments[j]; titleCandidate(n) && !(n.words == 1 && commonWords[a.toks[n.a].lower]) {
				n.setType(kg.Film, 2)
			}
		}
	}
}

// starredVerbs before "in" or "on" and a name say someone acted in a
// production ("co-starred in Boys Outing", "broke out in Heartmate").
var starredVerbs = setOf("starred", "co-starred", "costarred", "guest-starred", "stars", "co-stars")

// typeStarredTitles types as films the names that no cue typed after an
// acting verb and "in" or "on" ("who co-starred in Boys Outing", "she
// broke out in Heartmate and Kinder Days"), the names of a list joined by
// commas and "and" with them. Places, personal names led by a given name
// and one common word are left alone.
func (a *article) typeStarredTitles() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		b := int(m.a)
		if m.the {
			b--
		}
		if b-2 <= s.a || a.toks[b-1].lower != "in" && a.toks[b-1].lower != "on" {
			continue
		}
		v := a.toks[b-2].lower
		if !starredVerbs[v] && !(v == "out" && b-3 > s.a && a.toks[b-3].lower == "broke") {
			continue
		}
		for j := k; j < len(a.ments) && a.ments[j].sent == m.sent; j++ {
			n := &a.ments[j]
			if j > k && !a.listNext(&a.ments[j-1], n) {
				break
			}
			if titleCandidate(n) && !isPlaceName(n) && !n.country && !(n.words == 1 && commonWords[a.toks[n.a].lower]) {
				n.setType(kg.Film, 2)
			}
		}
	}
}

// movieFormBase returns the folded title before a colon without a closing
// "the movie" or "the series" ("lanternfolk the movie" → "lanternfolk"),
// or the title itself.
func movieFormBase(pre string) string {
	for _, suf := range [...]string{" the movie", " the series"} {
		if b, ok := strings.CutSuffix(pre, suf); ok && b != "" {
			return b
		}
	}
	return pre
}
