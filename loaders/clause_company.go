package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// companyFilm credits a company with the film it owns or airs: "Org's F",
// "Org's live-action remake of F" and "Org's horror movie F" (DISTRIBUTED:
// the studio or network that puts the title out), "the Org drama F" and
// "the Disney+ series F" (a network or streamer: DISTRIBUTED; a studio:
// PRODUCED). The company is a name typed an organisation, a name ending
// in a company word, a streamer ("Disney+") or an all-capitals network
// ("the CBS procedural").
func (p *pctx) companyFilm(t int) {
	p.chartParen(t)
	p.companyPersonWork(t)
	o := p.mm(t)
	if o.typ != kg.Organisation && o.typ != "" {
		return // (before afterThe: ownerDeterminer looks the name up)
	}
	afterThe := p.w(t-1) == "the" || len(p.w(t-1)) == 4 && isDigits(p.w(t-1)) && p.w(t-2) == "the" || p.ownerDeterminer(t) // "the 2022 X film F", "his X comedy series F"
	if p.w(t+1) != "'s" && !afterThe && p.w(t-1) != "'s" {
		return
	}
	if demonymShaped(o) || o.words == 1 && inLower(holidayWords, o.text) {
		return // "the Tasmanian crime drama F": a place word, not a company; "the 2007 Christmas special F": a season
	}
	streamer := strings.HasSuffix(o.text, "+") || o.kind == "streamer" || o.allCaps && o.words == 1 && len(o.text) <= 5 && o.typ == ""
	bare := !streamer && p.barePossessor(t)
	if !(o.typ == kg.Organisation || o.typ == "" && (inLower(realOrgWords, strings.TrimSuffix(lastWord(o.text), ".")) && o.words >= 2 || streamer || bare)) || pcType(p.priorType(t)) || hyphenAdjective(o.text) {
		return
	}
	last := strings.ToLower(strings.TrimSuffix(lastWord(o.text), "."))
	f := -1
	if p.w(t+1) == "'s" {
		// "Amazon's F", "Disney's live-action remake of F"
		k := t + 2
		for n := 0; n < 3 && !p.isM(k) && (isWordLike(p.w(k)) || isYear(p.w(k))) && !p.in(k, filmNouns) && !p.in(k, filmCueNouns) && !p.in(k, seriesNouns) && !p.in(k, genreNouns); n++ {
			k++
		}
		if !p.isM(k) && (p.w(k) == "remake" || p.w(k) == "adaptation" || p.w(k) == "version" || p.w(k) == "reboot") && p.w(k+1) == "of" {
			k += 2
		} else if !p.isM(k) && (p.in(k, filmNouns) || p.in(k, seriesNouns) || p.in(k, genreNouns)) && p.w(k) != "sequel" && p.w(k) != "prequel" {
			k++
		}
		if k != t+2 && !p.isM(k) {
			// "Neon's horror movie F", "Amazon's sci-fi thriller series F"
			if k = p.ownedTitle(t + 2); k < 0 || !p.describedByFormat(k) {
				return
			}
		}
		f = k
	} else if afterThe || p.w(t-1) == "'s" {
		// "the CBS procedural F", "Hulu's Marvel series F"
		k := t + 1
		for n := 0; n < 2 && !p.isM(k) && isWordLike(p.w(k)) && !p.in(k, filmNouns) && !p.in(k, seriesNouns) && !p.in(k, genreNouns) && !p.in(k, airNouns) && !p.in(k, outletNouns); n++ {
			k++
		}
		if !(p.in(k, filmNouns) || p.in(k, seriesNouns) || p.in(k, genreNouns) || p.in(k, airNouns) || p.in(k, outletNouns)) || p.w(k) == "sequel" || p.w(k) == "prequel" || p.w(k) == "franchise" {
			return
		}
		if p.in(k, genreNouns) && (p.in(k+1, seriesNouns) || p.in(k+1, filmNouns) && p.w(k+1) != "franchise") && !p.isM(k+1) {
			k++ // "the BBC fantasy series F"
		} else if !p.isM(k+1) && (p.in(k, genreNouns) || p.in(k, outletNouns)) && (p.in(k+1, genreNouns) || p.in(k+1, seriesNouns)) {
			k++ // "the O heist comedy F", "the O cartoon series F"
		}
		f = k + 1
	}
	m := p.mm(f)
	if m != nil && p.w(f+1) == "'s" && !p.isM(f+1) {
		return // "O's 2017 feature Saban's F": the title goes on past the possessive
	}
	if afterThe && p.w(t-2) == "," && isWordLike(p.w(f+1)) && strings.HasSuffix(p.w(f+1), "ed") {
		return // "F, the O drama P created": P opens a relative clause
	}
	if f == t+2 && p.wIn(f+1, companyPlaceNouns) {
		return // "the BBC's Salford offices": a place of the company
	}
	if bare && (m == nil || f != t+2 || !(m.typ == kg.Film && m.strength >= 2 || m.words >= 2 && p.untypedTitle(f))) {
		return // a bare name's possessive: only before a title of two words or more
	}
	if m == nil || !(bare || m.typ == kg.Film && m.strength >= 2 || p.untypedTitle(f) && (p.describedByFormat(f) || f == t+2 && o.typ == kg.Organisation && o.strength >= 3 && !orgish(m) && !realOrgWords[strings.TrimSuffix(lowerLast(m.text), "s")] && !p.ownedTitleNoun(f+1) && !p.in(f+1, filmNouns))) {
		return
	}
	m.setType(kg.Film, 2) // "the Netflix series Gloamwood": a title after a company's format noun
	rel := kg.Produced
	if p.w(t+1) == "'s" || streamer || o.kind == "streamer" || last == "tv" || last == "video" || last == "network" || last == "channel" || afterThe && networkShaped(o) {
		rel = kg.Distributed
	}
	o.setRealOrg()
	p.claim(pclaim{rel: rel, subj: mArg(t), obj: mArg(f)})
}

// ownerDeterminer reports whether the company at item t stands where
// "the" would, after a possessive determiner ("his X comedy series F",
// "whose X actioner F") or after "the" and a year's decade or a
// hyphened describing word ("the 1980s X cartoon F", "the short-lived X
// cartoon F").
func (p *pctx) ownerDeterminer(t int) bool {
	if p.isM(t-1) || eventNames[p.mm(t).key] {
		return false // (not "whose Sundance comedy F": a festival's)
	}
	w := p.w(t - 1)
	if p.in(t-1, ownerDeterminers) { // (ownerDeterminers[w]: t-1 is no mention)
		return true
	}
	if p.w(t-2) != "the" || p.isM(t-2) {
		return false
	}
	return len(w) == 5 && w[4] == 's' && isDigits(w[:4]) || isWordLike(w) && strings.Contains(w, "-") && !strings.HasPrefix(w, "-")
}

// ownerDeterminers stand before a company that describes a work as "the"
// does ("his X series F").
var ownerDeterminers = setOf("his", "her", "their", "its", "whose", "my", "our", "your")

// companyPlaceNouns, after a name right after a company's possessive, make
// the name a place or part of the company, not its title ("the BBC's
// Salford offices", "Warner's Burbank lot").
var companyPlaceNouns = setOf("offices", "office", "headquarters", "hq", "lot", "campus", "building", "division", "arm",
	"unit", "branch", "bureau", "newsroom", "archives", "facility", "facilities", "plant", "stages", "backlot", "mission", "missions")

// airNouns name kinds of television shows ("the CBS procedural").
var airNouns = setOf("procedural", "soap", "serial", "sitcom", "anthology", "docuseries", "miniseries")

// orgVerbsBy take a company after "by" ("made by", "renewed ... by").
var orgVerbsBy = map[string]kg.RelType{"made": kg.Produced, "renewed": kg.Distributed, "released": kg.Distributed,
	"distributed": kg.Distributed, "picked": kg.Distributed, "acquired": kg.Distributed, "ordered": kg.Distributed}

// arriveWords say that a film reaches an audience ("arrives in theatres
// ... from O", "premieres ... on O").
var arriveWords = setOf("arrives", "arrive", "opens", "open", "premieres", "premiere", "debuts", "debut", "streams",
	"streaming", "hits", "lands", "theatres", "theaters", "cinemas", "released", "air", "airs", "aired", "airing", "stream",
	"streamed", "begins", "drops", "launches", "bows", "premiered", "debuted", "arrived", "landed", "land", "available")

// companyRole credits the company at item t in a clause that says what
// it does for the film at hand: "its distributor, O" (DISTRIBUTED), "made
// by O" (PRODUCED), "renewed for a third series by O", "arrives in
// theatres ... from O", "premieres Friday on O" (DISTRIBUTED), "F is a O1
// and O2 production" (PRODUCED).
func (p *pctx) companyRole(t int) {
	o := p.mm(t)
	if o.typ != kg.Organisation && o.typ != "" || t == 0 || p.isM(t-1) {
		return
	}
	switch p.w(t - 1) {
	case "distributor", ",", "by", "from", "on", "a", "an":
	default:
		return
	}
	// "F opens August 1 from Universal.": one word closing the sentence
	// after an arrival word, no name of the article's people
	fromOne := p.w(t-1) == "from" && o.typ == "" && o.words == 1 && !o.quoted && !givenNameShaped(o) && (p.w(t+1) == "." || p.w(t+1) == "") && p.ownerCompany(t)
	if !(o.typ == kg.Organisation || fromOne || o.typ == "" && (inLower(realOrgWords, strings.TrimSuffix(lastWord(o.text), ".")) && o.words >= 2 || strings.HasSuffix(o.text, "+"))) || pcType(p.priorType(t)) {
		return
	}
	rel := kg.RelType("")
	switch {
	case p.w(t-1) == "distributor" || p.w(t-1) == "," && p.w(t-2) == "distributor":
		rel = kg.Distributed
	case p.w(t-1) == "by":
		for k := t - 2; k >= 0 && k >= t-7 && !p.isM(k) && !p.fallbackBoundary(k) && p.w(k) != ","; k-- {
			if r, ok := orgVerbsBy[p.w(k)]; ok {
				rel = r
				break
			}
		}
	case p.w(t-1) == "from" || p.w(t-1) == "on" && (strings.HasSuffix(o.text, "+") || o.kind == "streamer"):
		// "begins on Apple TV+ on Wednesday", "air Thursdays on CBS and
		// stream on Paramount+": a platform after "on" may go on
		onward := p.w(t-1) == "on" && !p.isM(t+1) && p.w(t+1) != "'s"
		if !onward && p.w(t+1) != "." && p.w(t+1) != "," && p.w(t+1) != "" && p.w(t+1) != "with" {
			return
		}
		for k := t - 2; k >= 0 && k >= t-12 && !p.fallbackBoundary(k); k-- {
			if p.in(k, arriveWords) && !p.isM(k) {
				rel = kg.Distributed
				break
			}
		}
	case p.w(t-1) == "a" || p.w(t-1) == "an":
		k := t + 1
		for p.w(k) == "and" && p.isM(k+1) {
			k += 2
		}
		if p.w(k) == "production" && p.in(t-2, jobCopulas) {
			p.companyClaims(t, k, kg.Produced)
		}
		return
	}
	if rel == "" {
		return
	}
	// "Both earlier films were released by O": films the text does not name
	lo, hi := p.clauseSpan(t)
	for k := lo; k < hi; k++ {
		if !p.isM(k) && (p.in(k, pluralFilmNouns) || p.denyWord(k) || p.in(k, earlierAdj)) {
			return
		}
	}
	p.companyClaims(t, t+1, rel)
}

// companyClaims credits the companies from item t up to item end ("O1 and
// O2") with the film the sentence opens with, else its only film, else
// the film the stretch of text is about.
func (p *pctx) companyClaims(t, end int, rel kg.RelType) {
	film := noArg
	if k := p.openingFilm(); k >= 0 {
		film = mArg(k)
	} else {
		one, n := -1, 0
		for k := range p.it {
			if m := p.mm(k); m != nil && m.typ == kg.Film && m.strength >= 2 && p.w(k+1) != "'s" && (one < 0 || p.mm(one).key != m.key) {
				one, n = k, n+1
			}
		}
		switch {
		case n == 1:
			film = mArg(one)
		case n == 0:
			film = p.focusFilm()
		default:
			return
		}
	}
	for k := t; k < end; k++ {
		if m := p.mm(k); m != nil && (m.typ == kg.Organisation || m.typ == "") {
			m.setRealOrg()
			p.claim(pclaim{rel: rel, subj: mArg(k), obj: film})
		}
	}
}

// staffNouns name a person's place in a company or group ("Lucasfilm
// president Kennedy", "the Radio Silence filmmakers A and B").
var staffNouns = setOf("president", "chief", "head", "ceo", "chairman", "chairwoman", "chair", "founder", "co-founder",
	"boss", "executive", "filmmakers", "founders", "co-founders", "members", "partners", "duo", "trio")

// jobStaff are the staff nouns that make a bare one-word name before them
// a company ("Lucasfilm president Kennedy").
var jobStaff = setOf("president", "ceo", "chairman", "chairwoman", "co-founder", "founder")

// companyPeople reads "O president P" and "the O filmmakers A and B": the
// people belong to O (MEMBER_OF, the noun as role). O is a name typed a
// company, or an untyped name after "the" that no cue makes a person.
func (p *pctx) companyPeople(t int) {
	o := p.mm(t)
	k := t + 1 // "O founder and chief executive P": over the joined staff nouns
	for p.in(k, staffNouns) || p.w(k) == "and" && p.in(k+1, staffNouns) && k > t+1 {
		k++
	}
	if k == t+1 || !p.isM(k) {
		return
	}
	if !(o.typ == kg.Organisation || o.typ == "" && (p.w(t-1) == "the" || o.words == 1 && p.in(t+1, jobStaff)) && !givenNameShaped(o) && !pcType(p.priorType(t))) || o.quoted || o.digit {
		return
	}
	people, _ := p.fallbackList(k)
	if len(people) == 0 {
		return
	}
	if o.typ == "" {
		o.setType(kg.Organisation, 2)
	}
	for _, x := range people {
		p.claim(pclaim{rel: kg.MemberOf, subj: mArg(x), obj: mArg(t), role: strings.TrimSuffix(p.w(t+1), "s")})
	}
}

// madeFor credits a company with a film made for it: "P, who made F for
// O" and "P produced F for O" (PRODUCED O → F). Item t is "for"; the
// film is the typed title (or a title with a colon, quotes or a closing
// star) right before it, after "made"/"produced".
func (p *pctx) madeFor(t int) {
	if p.w(t) != "for" || p.isM(t) || !p.isM(t-1) || p.w(t-2) != "made" && p.w(t-2) != "produced" {
		return
	}
	f, o := p.mm(t-1), p.mm(t+1)
	if o == nil || !(o.typ == kg.Organisation && o.strength >= 2 || o.typ == "" && orgish(o)) || p.w(t+2) == "'s" {
		return
	}
	if !(f.typ == kg.Film && f.strength >= 2 || f.typ == "" && (f.colon || f.quoted || strings.HasSuffix(f.text, "*"))) {
		return
	}
	p.typ(t-1, kg.Film, 2)
	p.typ(t+1, kg.Organisation, 3)
	p.claim(pclaim{rel: kg.Produced, subj: mArg(t + 1), obj: mArg(t - 1)})
}

// untypedTitle reports whether the mention at item k may be a title no
// cue typed yet: untyped, not shaped like a person (no given name first,
// no surname of the article's people, no earlier person or character of
// the same name), not a number, and no subject of a verb after it.
func (p *pctx) untypedTitle(k int) bool {
	m := p.mm(k)
	if m == nil || m.typ != "" || m.digit || givenNameShaped(m) || !p.a.companyShaped(m) || pcType(p.priorType(k)) {
		return false // (companyShaped: no surname of the article's people)
	}
	nx := p.w(k + 1) // "the FX drama Murphy created": a person, the verb's subject
	return p.isM(k+1) || !(isCrewVerb(nx) || strings.HasSuffix(nx, "ed") || nx == "wrote" || nx == "made")
}

// describedByFormat reports whether the item before k is a format or genre
// noun ("series", "drama", "thriller") that describes the title at k.
func (p *pctx) describedByFormat(k int) bool {
	return p.in(k-1, filmNouns) || p.in(k-1, seriesNouns) || p.in(k-1, genreNouns) || p.in(k-1, airNouns)
}

// demonymShaped reports whether a one-word name is shaped like a people's
// or a place's adjective ("Tasmanian", "Chilean", "Taiwanese"): a known
// demonym, or a word ending in -ian, -ean or -ese that is no streaming
// service's or network's name.
func demonymShaped(m *mention) bool {
	if m.words != 1 || m.allCaps || m.quoted || platformNames[m.key] {
		return false
	}
	k := m.key
	return demonym(k) || len(k) > 5 && (strings.HasSuffix(k, "ian") || strings.HasSuffix(k, "ean") || strings.HasSuffix(k, "ese"))
}

// barePossessor reports whether item t is a one-word name with no type
// and nothing personal about it before a possessive ("Quillon's F"): no
// given name, no word of the article's personal names, not the article's
// subject, no prior person or character. Before a title typed for certain
// such a possessor is the network or studio that owns the title; a
// filmmaker's possessive names the filmmaker in full somewhere.
func (p *pctx) barePossessor(t int) bool {
	o := p.mm(t)
	if o.typ != "" || o.words != 1 || p.w(t+1) != "'s" || o.quoted || o.digit || o.pronoun || o.the || demonymShaped(o) || isPlaceName(o) || p.in(t-1, particles) {
		return false // (not "London's West End", "Jan de Vorst's F")
	}
	if nx := p.w(t + 3); !p.isM(t+3) && isWordLike(nx) && !bareTitleFollowers[nx] {
		return false // "O's F footage": the name describes a noun
	}
	return !isGivenNameLower(o.key) && p.a.companyShaped(o) && !p.a.isSubjectPerson(o) && !pcType(p.priorType(t))
}

// bareTitleFollowers may follow a title that a bare name's possessive
// owns ("Quillon's Salt Harbour, which ..."); another word after it makes
// the title a modifier ("O's Salt Harbour footage").
var bareTitleFollowers = setOf("and", "or", "in", "on", "with", "which", "who", "where", "that", "is", "was", "has", "had",
	"will", "from", "for", "as", "at", "to", "than", "but")
