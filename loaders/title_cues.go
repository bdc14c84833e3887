package loaders

import (
	"github.com/franchisekg/franchisekg/internal/kg"
)

// typeCueTitles types as films or series, before the patterns run, the
// untyped Title Case names that a general cue of film news marks as a
// production: a sequel numeral after a name the article also uses
// (typeSequelTitles), a viewing or release verb around it
// (typeReleaseCueTitles), "season N of X" (typeSeasonOfTitles) and a
// headline that puts the name before a production noun
// (typeHeadlineNounTitles).
func (a *article) typeCueTitles() {
	a.typeSequelTitles()
	a.typeReleaseCueTitles()
	a.typeSeasonOfTitles()
	a.typeHeadlineNounTitles()
	a.typeOwnedTitles()
	a.typeCreditInTitles()
	a.typeOwnerAppositiveTitles()
	a.typeAcronymOwnedTitles()
	a.typeHeadlineCapsTitles()
	a.typeHeadlineColonTitles()
	a.typeHeadlineAgeTitles()
	a.typeOpeningPossessiveTitles()
	a.typeMakerYearTitles()
	a.typeSequelBaseTitles()
	a.typeNamedTitles()
	a.typePartTitles()
	a.typeViewershipTitles()
	a.typeProductionTitles()
}

// viewershipUnits follow the number of viewers a show drew ("5.4
// million", "820,000 viewers").
var viewershipUnits = setOf("million", "viewers")

// showClauseOpeners start a second clause whose subject may be a show ("...,
// while X closed the evening with 4.7 million").
var showClauseOpeners = setOf("while", "whereas", "and", "but")

// typeViewershipTitles types as films the untyped names that open a clause
// which reports an audience: a number and "million" or "viewers", with no
// currency sign before it and no other name between ("Harbor Med opened
// its 11th season with 5.4 million", "while Harbor Nights closed the
// evening with 4.7 million"): in a ratings report the one that draws
// viewers is a show. Personal names led by a given name, acronyms and
// names a currency sign makes box office are left alone.
func (a *article) typeViewershipTitles() {
	for s, mi := range a.bodyMentions() {
		m := &a.ments[mi]
		if m.typ != "" || m.allCaps || m.acronymLead {
			continue
		}
		b := int(m.a)
		if m.the || m.theOpen {
			b--
		}
		if b > s.a && !(a.toks[b-1].kind == kWord && a.tokIn(b-1, showClauseOpeners) && !a.toks[b-1].cap) {
			continue
		}
		if m.personShaped() && givenFirst(m.text) {
			continue // (after the cheap test of the word before: the gazetteer look-up)
		}
		next := s.b
		if mi+1 < len(a.ments) && int(a.ments[mi+1].sent) == int(m.sent) {
			next = int(a.ments[mi+1].a)
		}
		for k := int(m.b); k+1 < next && k < int(m.b)+14; k++ {
			t := &a.toks[k]
			if t.text == ";" || t.kind == kWord && tokIn(t, showClauseOpeners) && t.lower != "and" {
				break
			}
			if t.kind == kNum && a.tokIn(k+1, viewershipUnits) && !(k > s.a && a.toks[k-1].kind != kWord && a.toks[k-1].kind != kNum && a.toks[k-1].text != ",") {
				m.setType(kg.Film, 2)
				break
			}
		}
	}
}

// typeNamedTitles types as films the untyped names written right after the
// lower-case noun "title" ("working title The Show Goes On", "under the
// title Dog Watch"): the name a production goes by. Personal names led
// by a given name are left alone.
func (a *article) typeNamedTitles() {
	for s, mi := range a.bodyMentions() {
		m := &a.ments[mi]
		k := int(m.a) - 1
		if m.the || m.theOpen {
			k--
		}
		if m.typ != "" || k < s.a || a.toks[k].lower != "title" || a.toks[k].cap || m.personShaped() && givenFirst(m.text) {
			continue
		}
		m.setType(kg.Film, 2)
	}
}

// romanNumerals are the sequel numerals a title ends with ("X II").
var romanNumerals = setOf("ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")

// sequelNumeral reports whether token t ends a sequel title: a Roman
// numeral written in capitals, or a plain number from 2 to 12.
func sequelNumeral(t *token) bool {
	if t.kind == kWord {
		return t.cap && (t.allCaps || len(t.text) == 1) && romanNumerals[t.lower]
	}
	if t.kind != kNum {
		return false
	}
	switch t.text {
	case "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12":
		return true
	}
	return false
}

// typeSequelTitles types as a film an untyped name that ends in a sequel
// numeral ("Chrome Hunter II", "Fast Lane 3") when the article also names
// its base alone or with another numeral ("Chrome Hunter", "Fast Lane
// 2"): a series of films, not a monarch ("Edmund VII", led by a given
// name) nor a numbered person or unit ("Juror 8", designationName).
func (a *article) typeSequelTitles() {
	for mi := range a.ments {
		m := &a.ments[mi]
		n := int(m.b - m.a)
		if m.typ != "" || n < 2 || !sequelNumeral(&a.toks[m.b-1]) || m.quoted || a.sents[m.sent].titleCase {
			continue // (cheap tests first)
		}
		if isGivenName(a.toks[m.a].lower) || !a.toks[m.a].cap || a.designationName(mi) {
			continue // (not "Juror 8" beside "Juror 3": numbered people)
		}
		if a.baseNamedElsewhere(mi, n-1) {
			m.setType(kg.Film, 2)
		}
	}
	a.headlineSequel()
}

// headlineSequel adds, as the headline's film, the name of a title-case
// headline that is a name of the body followed by a sequel numeral the
// body does not write ("... on Writing Iron Harbor 5" over a body that
// names Iron Harbor), also before the colon of an explainer ("Iron Harbor
// 5: Everything We Know"): the numbered sequel is the news. It adds at most one,
// and none when the headline speaks of a season or the base is a series
// ("X 5 Cast Guide: ... the Final Season").
func (a *article) headlineSequel() {
	if len(a.sents) < 2 || !a.sents[0].titleCase {
		return
	}
	h := &a.sents[0]
	numeral := false
	for i := h.a; i < h.b; i++ {
		if w := a.toks[i].lower; w == "season" || w == "series" || w == "episode" || w == "seasons" || w == "episodes" {
			return // "X 5 Cast Guide: ... Before the Final Season": a season
		}
		numeral = numeral || i > h.a && sequelNumeral(&a.toks[i])
	}
	if !numeral {
		return // (no numeral after the headline's first word: nothing below can match)
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		n := int(m.b - m.a)
		if m.sent == 0 || m.quoted || m.format == kg.FormatSeries || m.typ != "" && m.typ != kg.Film && m.typ != kg.Franchise || !a.toks[m.a].cap || isGivenName(a.toks[m.a].lower) ||
			sequelNumeral(&a.toks[m.b-1]) || a.sents[m.sent].titleCase {
			continue
		}
		for i := h.a; i+n < h.b; i++ {
			if !sequelNumeral(&a.toks[i+n]) || !a.tokensMatch(i, int(m.a), n) || i+n+1 < h.b && (a.toks[i+n+1].kind == kNum ||
				a.toks[i+n+1].text == ":" && !(i+n+2 < h.b && explainerWords[a.toks[i+n+2].lower])) {
				continue
			}
			if a.sequelInBody(i, n+1) {
				return
			}
			k := len(a.ments)
			a.addMention(0, i, i+n+1, false)
			hm := &a.ments[k]
			hm.setType(kg.Film, 2)
			hm.head = true
			return
		}
	}
}

// explainerWords open what an explainer headline says after the colon of
// the title it explains ("X 2: Everything We Know So Far", "X 3: Release
// Date, Cast and Plot"): the title ends at the colon.
var explainerWords = setOf("everything", "release", "cast", "trailer", "plot", "what", "when", "who", "how", "why",
	"here's", "details", "news", "rumors", "rumours", "updates", "all")

// sequelInBody reports whether a mention of the body spells the n
// headline tokens from i.
func (a *article) sequelInBody(i, n int) bool {
	for k := range a.ments {
		if o := &a.ments[k]; o.sent > 0 && int(o.b-o.a) == n && a.tokensMatch(int(o.a), i, n) {
			return true
		}
	}
	return false
}

// baseNamedElsewhere reports whether another mention of the article spells
// the first n tokens of mention mi, alone or followed by a sequel numeral.
func (a *article) baseNamedElsewhere(mi, n int) bool {
	m := &a.ments[mi]
	for k := range a.ments {
		o := &a.ments[k]
		on := int(o.b - o.a)
		if k == mi || on != n && on != n+1 || on == n+1 && !sequelNumeral(&a.toks[o.b-1]) {
			continue
		}
		if on == n+1 && a.toks[o.b-1].lower == a.toks[m.b-1].lower {
			continue // the same title again
		}
		if a.tokensMatch(int(o.a), int(m.a), n) {
			return true
		}
	}
	return false
}

// watchVerbs come right before a production's title ("where to watch X").
var watchVerbs = setOf("watch", "rewatch", "binge", "stream", "streaming")

// crewParticiples follow a production's title and a comma before "by"
// ("X, directed by P").
var crewParticiples = setOf("directed", "produced", "co-produced", "written", "co-written", "created", "co-created",
	"developed", "helmed", "penned", "executive-produced", "showrun")

// sourceParticiples follow a production's title and a comma, before the
// word given ("X, adapted from a novel", "X, based on", "X, released by
// Lantern").
var sourceParticiples = map[string]string{"adapted": "from", "based": "on", "released": "by"}

// coMakerBefore come before a maker's name ("created with Ada Quist").
var coMakerBefore = setOf("with", "by", "and", "&")

// titleReleaseVerbs come right after a production's title ("X premieres on
// Friday", "X starts streaming").
var titleReleaseVerbs = setOf("premieres", "premiered", "premiering", "streams", "debuts", "hits")

// streamStarts come before "streaming" after a title ("X starts streaming").
var streamStarts = setOf("starts", "started", "begins", "began", "is", "was", "arrives", "lands")

// venueWords follow "hits" or "opens in" ("X hits theaters").
var venueWords = setOf("theaters", "theatres", "cinemas", "screens", "streaming", "netflix", "digital")

// typeReleaseCueTitles types as films the untyped names that a viewing
// verb comes before ("watch X") or a release verb after ("X premieres",
// "X starts streaming", "X hits theaters", "X opens in theaters", "X
// returns to HBO", "X returns for a fourth season", "X is coming back."
// opening a sentence), or a crew participle
// in an appositive ("X, directed by P"). Not a
// personal name led by a given name, a surname of the article's people,
// an acronym or a demonym.
func (a *article) typeReleaseCueTitles() {
	for s, mi := range a.bodyMentions() {
		m := &a.ments[mi]
		if m.typ != "" || m.allCaps || m.acronymLead {
			continue
		}
		b, e := int(m.a), int(m.b)
		if m.the {
			b--
		}
		cue := b-1 >= s.a && tokIn(&a.toks[b-1], watchVerbs) && !a.toks[b-1].cap
		if !cue && e+1 < s.b {
			w, n := a.toks[e].lower, a.toks[e+1].lower
			switch {
			case w == ",":
				// "X, co-produced by A24, returns": a crew participle
				// "X, adapted from a novel", "X, based on", "X, released by
				// Lantern": a source or a release participle
				// (not "created with Ada Quist, based on": a co-maker)
				cue = e+2 < s.b && (crewParticiples[n] && a.toks[e+2].lower == "by" ||
					(sourceParticiples[n] == a.toks[e+2].lower || n == "adapted" && a.toks[e+2].lower == "by") && !(b-1 >= s.a && tokIn(&a.toks[b-1], coMakerBefore)))
			case w == "returns" || w == "return":
				// "X returns to HBO", "X returns for a fourth season"
				cue = e+2 < s.b && (n == "to" && a.toks[e+2].cap && a.toks[e+2].kind == kWord || n == "for" && (a.toks[e+2].lower == "a" || a.toks[e+2].lower == "its"))
			case w == "is" && (b == s.a || m.theOpen && b-1 == s.a) && !m.personShaped():
				// "X is coming back.", "X is back for a final run": a
				// production that opens the sentence returns (not "Moss
				// Vane is back": a name shaped like a person's)
				k := e + 2
				if n == "coming" && k < s.b && a.toks[k].lower == "back" {
					k++
				} else if n != "back" {
					break
				}
				cue = k >= s.b || a.toks[k].kind == kPunct || a.toks[k].lower == "for" || a.toks[k].lower == "on" || a.toks[k].lower == "with"
			case w == "hits" || w == "opens" || w == "opened":
				if w != "hits" && n == "in" && e+2 < s.b {
					n = a.toks[e+2].lower
				}
				cue = venueWords[n]
			case streamStarts[w]:
				cue = n == "streaming"
			default:
				cue = titleReleaseVerbs[w] && !a.toks[e].cap && (a.toks[e+1].kind != kWord || !a.toks[e+1].cap || a.toks[e+1].lower == "on")
			}
		}
		if !cue || !titleCandidate(m) || !a.companyShaped(m) || m.words == 1 && (demonym(a.toks[m.a].lower) || tokIn(&a.toks[m.a], commonWords)) {
			continue
		}
		m.setType(kg.Film, 2)
	}
}

// typeSeasonOfTitles types as series the untyped names after "season N
// of", "the third season of" or "the new season of", with a company's
// possessive maybe in between ("the fifth season of Hulu's X").
func (a *article) typeSeasonOfTitles() {
	for _, mi := range a.bodyMentions() {
		m := &a.ments[mi]
		if m.typ != "" || !a.seasonOfBefore(mi) || !titleCandidate(m) || !a.companyShaped(m) {
			continue
		}
		m.setType(kg.Film, 2)
		m.format = kg.FormatSeries
	}
}

// seasonOfBefore reports whether "season of" and an ordinal, a number or
// a describing word such as "new" come before mention mi, maybe with a
// company's possessive in between ("the fifth season of Hulu's X",
// "season 3 of X"): mi names a series. The owner itself does not count.
func (a *article) seasonOfBefore(mi int) bool {
	m := &a.ments[mi]
	s := &a.sents[m.sent]
	b := int(m.a)
	if m.the {
		b--
	}
	if b-3 < s.a || int(m.b) < s.b && a.toks[m.b].kind == kPoss {
		return false // (not the owner in "of Hulu's X")
	}
	k := b - 1
	if a.toks[k].kind == kPoss && mi > 0 && int(a.ments[mi-1].b) == k && a.ments[mi-1].sent == m.sent {
		k = int(a.ments[mi-1].a) - 1 // "of Hulu's X"
		if k-2 < s.a {
			return false
		}
	}
	if a.toks[k].lower != "of" {
		return false
	}
	if sn := a.toks[k-1].lower; sn != "season" && sn != "seasons" && sn != "series" || a.toks[k-1].cap {
		if a.toks[k-2].lower == "season" && seasonNumbers[a.toks[k-1].lower] {
			return true // "season 3 of X"
		}
		return false
	}
	p := a.toks[k-2].lower
	return ordinals[p] || seasonAdj[p]
}

// seasonAdj describe a season before "season of X" ("the new season of X").
var seasonAdj = setOf("new", "latest", "final", "last", "next", "upcoming", "first", "second", "third", "fourth",
	"fifth", "sixth", "seventh", "eighth", "ninth", "tenth")

// headNouns follow a production's title in a headline ("X Trailer", "X
// Review", "X Live-Action Movie").
var headNouns = setOf("movie", "film", "trailer", "teaser", "review", "recap", "sequel", "prequel", "reboot", "remake",
	"finale", "premiere", "season", "series", "cast", "ending", "soundtrack", "spinoff", "spin-off", "musical",
	"episode", "episodes", "box")

// typeHeadlineNounTitles types as films the untyped body names that the
// article's title-case headline (its first sentence) writes right before
// a production noun, maybe after one describing hyphenated word ("X
// Trailer", "X Live-Action Movie: Everything We Know"). Not personal
// names led by a given name nor surnames of the article's people.
func (a *article) typeHeadlineNounTitles() {
	if len(a.sents) == 0 || !a.sents[0].titleCase {
		return
	}
	h := &a.sents[0]
	for mi := range a.ments {
		m := &a.ments[mi]
		n := int(m.b - m.a)
		if m.typ != "" || m.sent == 0 || a.sents[m.sent].titleCase || m.quoted || m.allCaps {
			continue
		}
		for i := h.a; i+n < h.b; i++ {
			if !a.tokensMatch(i, int(m.a), n) || i > h.a && a.toks[i-1].kind == kWord && a.toks[i-1].cap && !(m.the && a.toks[i-1].lower == "the") {
				continue
			}
			k := i + n
			if k+1 < h.b && a.toks[k].kind == kWord && !headNouns[a.toks[k].lower] && containsByte(a.toks[k].text, '-') {
				k++ // "Live-Action Movie"
			}
			if !headNouns[a.toks[k].lower] || !titleCandidate(m) || !a.companyShaped(m) {
				continue
			}
			if a.headlineQuotesTitle() && a.possessiveMaker(m.key) {
				break // "'F': P Joins X Sequel" over "X's follow-up": the maker
			}
			m.setType(kg.Film, 2)
			if a.toks[k].lower == "season" || a.toks[k].lower == "series" || a.toks[k].lower == "episode" || a.toks[k].lower == "episodes" || a.toks[k].lower == "finale" {
				m.format = kg.FormatSeries
			}
			break
		}
	}
}

// containsByte reports whether s holds the byte c.
func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// seasonCountWords stand between a possessive and "season(s)" ("X's
// first three seasons", "X's final season").
var seasonCountWords = setOf("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	"tenth", "final", "last", "latest", "new", "upcoming", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "2", "3", "4", "5", "6", "7", "8", "9", "10")

// possSeasonAfter reports whether a possessive, one to three counting
// words and "season" or "seasons" follow mention m ("X's first three
// seasons", "X's final season"): only a series has seasons, so a name
// led by a given name qualifies too.
func (a *article) possSeasonAfter(m *mention) bool {
	s := &a.sents[m.sent]
	e := int(m.b)
	if e+2 >= s.b || a.toks[e].kind != kPoss {
		return false
	}
	k := e + 1
	for n := 0; n < 3 && k < s.b && seasonCountWords[a.toks[k].lower]; n++ {
		k++
	}
	return k > e+1 && k < s.b && (a.toks[k].lower == "season" || a.toks[k].lower == "seasons")
}

// ownerNonWorks are lower-case nouns after "C's X" that make X a part of
// the company rather than a production ("Disney's Burbank lot").
var ownerNonWorks = setOf("lot", "lots", "studio", "studios", "headquarters", "office", "offices", "ceo", "chief",
	"president", "boss", "division", "unit", "arm", "team", "executive", "executives", "campus", "park", "parks",
	"store", "app", "platform", "service", "library", "catalog", "catalogue", "stock", "shares", "chairman",
	"chairwoman", "head", "theater", "theaters", "theatre", "building", "stage", "stages", "channel", "network",
	"label", "imprint", "banner", "brand", "subsidiary", "account", "site", "website", "event", "panel")

// typeOwnedTitles types as films the untyped names right after the
// possessive of a name a strong cue typed a real company ("Peacock's
// Quiet Harbor", "the studio's Night Lantern"), not parts of the company
// ("Disney's Burbank lot"), personal names led by a given name, acronyms
// or one common word (a name the headline quotes is a title whatever its
// first word, and strongly so); and as series the names before "'s first
// three seasons" (possSeasonAfter), given names included.
func (a *article) typeOwnedTitles() {
	for s, mi := range a.bodyMentions() {
		m := &a.ments[mi]
		if m.typ != "" && !(m.typ == kg.Person && m.strength <= 2 && a.headKeys[m.key]) || m.quoted {
			continue
		}
		if a.possSeasonAfter(m) && !a.companyNamed(m.key) {
			m.setType(kg.Film, 2)
			m.format = kg.FormatSeries
			continue
		}
		b := int(m.a)
		if m.the {
			b--
		}
		if mi == 0 || b-1 <= s.a || a.toks[b-1].kind != kPoss || m.allCaps || m.acronymLead {
			continue
		}
		o := &a.ments[mi-1]
		if o.sent != m.sent || int(o.b) != b-1 {
			continue
		}
		if e := int(m.b); e < s.b && a.toks[e].kind == kWord && !a.toks[e].cap && ownerNonWorks[a.toks[e].lower] || e < s.b && a.toks[e].kind == kPoss {
			continue
		}
		if a.headKeys[m.key] && m.words >= 2 && o.typ != kg.Person && o.typ != kg.Character && !(o.personShaped() && givenFirst(o.text)) {
			// "Apple TV+'s Ned Lassington" under a headline quoting 'Ned Lassington':
			// the title, a given name first or not
			m.setType(kg.Film, 3)
			continue
		}
		if o.typ != kg.Organisation || o.strength < 3 || o.world != kg.WorldReal {
			continue
		}
		if !titleCandidate(m) || !a.companyShaped(m) || m.words == 1 && (commonWords[a.toks[m.a].lower] || demonym(a.toks[m.a].lower)) {
			continue
		}
		m.setType(kg.Film, 2)
	}
}

// companyNamed reports whether a mention with key typed a company.
func (a *article) companyNamed(key string) bool {
	for k := range a.ments {
		if o := &a.ments[k]; o.key == key && o.typ == kg.Organisation {
			return true
		}
	}
	return false
}

// propagateTitles gives the film type (and format) of a name of two words
// or more typed a film by a cue of strength two or more to its untyped
// mentions elsewhere in the article (one word is too often a fragment:
// "Child" of "Child's Game"), unless a cue of that strength typed the name a person or a
// character somewhere: one name, one sense in one article. A longer title
// keeps its own mentions, since mentions match whole keys only.
func (a *article) propagateTitles() {
	a.untypeEventTitles()
	var films map[string]string
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == kg.Film && m.strength >= 2 && m.words >= 2 && !m.quoted {
			if films == nil {
				films = map[string]string{}
			}
			if f, ok := films[m.key]; !ok || f == "" {
				films[m.key] = m.format
			}
		}
	}
	if films == nil {
		return
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; (m.typ == kg.Person || m.typ == kg.Character) && m.strength >= 2 {
			delete(films, m.key)
		}
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if f, ok := films[m.key]; ok && m.typ == "" && !m.short {
			m.setType(kg.Film, 1)
			if m.format == "" {
				m.format = f
			}
		}
	}
}

// creditPartVerbs follow a pronoun after a credit's title ("In C's X he
// played ...").
var creditPartVerbs = setOf("played", "plays", "starred", "voiced", "appeared", "portrayed", "was", "had", "made", "turned")

// typeCreditInTitles types as films the untyped names of a credit in
// passing: "in" (any case), an owner's possessive (one word, an acronym or
// a company), the name, then "as" and a capitalised name or a pronoun and
// a part verb ("turned up in HBO's X as Lord Y", "In Netflix's X he
// played ..."). Not personal names led by a given name.
func (a *article) typeCreditInTitles() {
	for s, mi := range a.bodyMentions() {
		m := &a.ments[mi]
		b, e := int(m.a), int(m.b)
		if m.the {
			b--
		}
		if m.typ != "" || m.quoted || mi == 0 || b-3 < s.a || e+1 >= s.b || a.toks[b-1].kind != kPoss {
			continue // (cheap tests first)
		}
		n, n2 := &a.toks[e], &a.toks[e+1]
		after := n.lower == "as" && n2.kind == kWord && n2.cap ||
			(n.lower == "he" || n.lower == "she" || n.lower == "they") && creditPartVerbs[n2.lower]
		if !after {
			continue
		}
		o := &a.ments[mi-1]
		ob := int(o.a)
		if o.the {
			ob--
		}
		if o.sent != m.sent || int(o.b) != b-1 || ob-1 < s.a || a.toks[ob-1].lower != "in" {
			continue
		}
		if !(o.typ == kg.Organisation || o.typ == "" && (o.words == 1 || o.allCaps || o.acronymLead)) {
			continue
		}
		if !titleCandidate(m) || !a.companyShaped(m) || m.words == 1 && (commonWords[a.toks[m.a].lower] || demonym(a.toks[m.a].lower)) {
			continue
		}
		m.setType(kg.Film, 2)
	}
}

// eventNouns end the name of an event, not a production ("the 75th
// Primetime Emmy Awards", "Sundance Film Festival").
var eventNouns = setOf("awards", "festival", "ceremony", "ceremonies", "convention", "expo", "gala", "telecast", "upfronts")

// untypeEventTitles clears the film type that a cue of strength two or less
// gave a name ending in an event noun ("The 75th Primetime Emmy Awards
// will air on Fox"): an event is no production.
func (a *article) untypeEventTitles() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ == kg.Film && m.strength <= 2 && !m.quoted && m.words >= 2 && eventNouns[a.toks[m.b-1].lower] {
			m.typ, m.strength, m.format = "", 0, ""
		}
	}
}

// typeOwnerAppositiveTitles types as films the untyped names followed by an
// appositive that names the production with its company or network inside
// ("Gloamwood, the Netflix series based on ...", "X, an HBO drama, ..."):
// ", the|a|an", up to four lower-case describing words and one
// capitalised name, then a production noun. Personal names led by a given
// name are left alone.
func (a *article) typeOwnerAppositiveTitles() {
	for s, mi := range a.bodyMentions() {
		m := &a.ments[mi]
		e := int(m.b)
		if m.typ != "" || m.quoted || m.allCaps || e+4 >= s.b || a.toks[e].text != "," {
			continue // (cheap tests first)
		}
		if d := a.toks[e+1].lower; d != "the" && d != "a" && d != "an" {
			continue
		}
		if b := int(m.a) - 1; m.the || b > s.a && (a.toks[b].lower == "and" || a.toks[b].lower == "or" || a.toks[b].text == "&") {
			continue // "The Corsairian and Blip, the first ... feature": the whole title's
		}
		if b := int(m.a) - 1; b >= s.a && a.toks[b].lower == "by" {
			continue // "Written and directed by P, the R-rated picture stars ...": the maker, not the title
		}
		caps := 0
		for k := e + 2; k < s.b && k < e+8; k++ {
			t := &a.toks[k]
			if t.kind != kWord && t.kind != kPunct {
				break
			}
			if t.kind == kPunct {
				if t.text != "+" {
					break
				}
				continue // "Apple TV+"
			}
			if t.cap {
				if caps++; caps > 2 {
					break
				}
				continue
			}
			if !tokIn(t, productionNouns3) || t.lower == "project" || t.lower == "entry" || t.lower == "chapter" || t.lower == "season" {
				continue
			}
			if caps > 0 && (k+1 >= s.b || a.toks[k+1].kind != kWord || !a.toks[k+1].cap) && titleCandidate(m) && a.companyShaped(m) {
				m.setType(kg.Film, 2)
				if seriesNouns[t.lower] {
					m.format = kg.FormatSeries
				}
			}
			break
		}
	}
}
