package loaders

import (
	"strings"
	"unicode"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// companyOwnedNouns after a name's possessive make the name a company's:
// what a studio, network or streamer has and a person seldom does
// ("Paramount's long-delayed sequel", "Sony's holdover", "Disney's slate").
var companyOwnedNouns = setOf("sequel", "holdover", "slate", "calendar", "lineup", "titles", "streamer", "rom-com",
	"procedural", "sitcom", "reboot", "prequel", "spinoff", "spin-off", "library", "catalog", "catalogue", "follow-up",
	"franchise", "tentpole", "pickup")

// outletVerbs come before "on" and the outlet a production is seen on
// ("streaming on X", "arrive on X", "airs on X").
var outletVerbs = setOf("streaming", "stream", "streams", "streamed", "arrive", "arrives", "arrived", "airs", "aired",
	"airing", "premieres", "premiered", "debuts", "debuted", "available", "exclusively", "drops", "lands")

// outletNouns name the format of a production that an outlet's name may
// describe ("the Syfy series F", "the Sky film F"); a genre describes a
// subject as often ("the Cold War drama F", "the Hardacre adaptation F").
var outletNouns = setOf("series", "film", "movie", "show", "short", "miniseries", "sitcom", "procedural", "special", "cartoon",
	"docuseries", "original", "anthology")

// forOutletNouns, besides outletNouns, are made "for" an outlet ("an
// eight-part drama for X").
var forOutletNouns = setOf("drama", "comedy", "thriller", "documentary", "docudrama", "serial")

// companyVerbs, with "its" after them, have a company as their subject
// ("Disney has pushed its sixth feature", "Lionsgate has pulled its
// untitled film").
var companyVerbs = setOf("pushed", "pulled", "moved", "dated", "shuffled", "reshuffled", "removed", "released", "delayed",
	"unveiled", "staked", "slotted", "made", "set", "shifted", "bumped", "announced", "renewed", "cancelled", "canceled", "ordered")

// releaseObjVerbs, with a film right after them, have a company as their
// subject ("Paramount will open F on Aug. 1").
var releaseObjVerbs = setOf("open", "opens", "release", "releases", "distribute", "distributes", "date", "dates")

// companyLeads may open a sentence before a company that is its subject.
var companyLeads = setOf("meanwhile", "elsewhere", "separately", "also", "and", "but")

// typeCompanyContexts types as companies, before the patterns run,
// untyped names that only a company fits in four more general shapes: a
// possessive of a one-word name before a companyOwnedNouns noun; the
// outlet after an outletVerbs verb and "on", or after a format noun or a title and
// "for" ("a drama for X", "F for X"); the name between "the" and a
// format noun before a title ("the X animated series F", "the X
// series of the same name"), the name one word; the subject of a
// companyVerbs verb with "its" after it, of a releaseObjVerbs verb with a
// film right after it, or of "today announced", at the start of the
// sentence or after a short lead (shortLead). Personal names (led by a
// given name, or a surname of the article) and dates are left alone.
func (a *article) typeCompanyContexts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if m.typ != "" || m.quoted || m.colon || m.digit || m.titleWords || m.the || m.words > 2 || hyphenAdjective(m.text) {
			continue
		}
		if t := &a.toks[m.a]; tokIn(t, weekdays) || tokIn(t, monthKeys) {
			continue
		}
		if a.companyContext(s, k) && a.companyShaped(m) {
			m.setRealOrg()
		}
	}
	a.typeNumberedOutlets()
	a.typeCompanySiblings()
	a.typeHandlingCompanies()
}

// companyContext reports whether mention k of sentence s stands in one of
// typeCompanyContexts' shapes.
func (a *article) companyContext(s *sentence, k int) bool {
	m := &a.ments[k]
	b, e := int(m.a), int(m.b)
	// X's [describing words] noun
	if e < s.b && a.toks[e].kind == kPoss && (m.words == 1 || m.allCaps || m.acronymLead) {
		n := e + 1
		for n < s.b && n < e+4 && a.toks[n].kind == kWord && !a.toks[n].cap && !tokIn(&a.toks[n], companyOwnedNouns) {
			n++
		}
		if n < s.b && tokIn(&a.toks[n], companyOwnedNouns) && !(n+2 < s.b && tokIn(&a.toks[n+2], ownPronouns)) {
			return true // (not "P's sequel to his 2000 film")
		}
	}
	if b-1 > s.a {
		prev, prev2 := a.toks[b-1].lower, a.toks[b-2].lower
		// streaming on X
		if prev == "on" && outletVerbs[prev2] {
			return true
		}
		// a drama for X, F for X
		if prev == "for" && (outletNouns[prev2] || forOutletNouns[prev2] || k > 0 && a.ments[k-1].sent == m.sent && int(a.ments[k-1].b) == b-1 && a.ments[k-1].typ == "Film") {
			return true
		}
	}
	if a.outletContext(s, k) || a.corporateNounContext(s, k) || a.bannerContext(s, k) || a.moreCompanyContext(s, k) {
		return true
	}
	// the X [describing words] series F / the X series of the same name;
	// "P's X series F"
	if b-1 >= s.a && m.words == 1 && (a.toks[b-1].lower == "the" || formatLead(a, s, b)) {
		n := e
		for n < s.b && n < e+2 && a.toks[n].kind == kWord && !a.toks[n].cap && !tokIn(&a.toks[n], outletNouns) {
			n++
		}
		if n+1 < s.b && tokIn(&a.toks[n], outletNouns) && !a.prefixOfTitle(m.key) {
			if nx := &a.toks[n+1]; nx.cap && nx.kind == kWord || nx.kind == kQuote ||
				n+4 < s.b && nx.lower == "of" && a.toks[n+2].lower == "the" && a.toks[n+3].lower == "same" && a.toks[n+4].lower == "name" {
				return true
			}
		}
	}
	// X [has|will|...] pushed its ..., X today announced
	lead := s.a
	for lead < b && (a.toks[lead].kind != kWord || tokIn(&a.toks[lead], companyLeads)) {
		lead++
	}
	if lead == b || a.shortLead(s, k) {
		n := e
		if n < s.b && a.toks[n].text == "," {
			for n < s.b && n < e+4 && a.toks[n].lower != "," || n == e {
				n++
			}
			n++
		}
		for n < s.b && n < e+6 && (a.toks[n].lower == "has" || a.toks[n].lower == "have" || a.toks[n].lower == "will" || a.toks[n].lower == "today" || a.toks[n].lower == "also" || a.toks[n].lower == "is") {
			n++
		}
		if n < s.b && a.toks[n].lower == "announced" && n > e && a.toks[n-1].lower == "today" {
			return true
		}
		if n < s.b && tokIn(&a.toks[n], releaseObjVerbs) && k+1 < len(a.ments) && a.ments[k+1].sent == m.sent && a.ments[k+1].typ == kg.Film &&
			int(a.ments[k+1].a) <= n+2 {
			return true // "Paramount will open The Bare Fist on Aug. 1"
		}
		if n+2 < s.b && tokIn(&a.toks[n], scheduleVerbs) && a.toks[n+1].lower == "the" && tokIn(&a.toks[n+2], filmAnaphorNouns) {
			return true // "Netflix has dated the picture for summer"
		}
		if n < s.b && tokIn(&a.toks[n], companyVerbs) {
			for j := n + 1; j < s.b && j < n+8; j++ {
				if w := a.toks[j].lower; w == "its" {
					return true
				} else if w == "his" || w == "her" || w == "their" {
					break
				}
			}
		}
	}
	return false
}

// prefixOfTitle reports whether key opens a longer mention of the article
// ("star fleets" of "Star Fleets: Varro"): a franchise, not a company.
func (a *article) prefixOfTitle(key string) bool {
	for k := range a.ments {
		if o := a.ments[k].key; len(o) > len(key)+1 && o[:len(key)] == key && (o[len(key)] == ' ' || o[len(key)] == ':') {
			return true
		}
	}
	return false
}

// shortLead reports whether mention k opens the clause of sentence s after
// a short lead with no name in it: a dateline closed by a dash ("LOS
// ANGELES, March 18, 2025 — X today announced") or at most six words and
// commas ("This month X removed", "Meanwhile, across town, X").
func (a *article) shortLead(s *sentence, k int) bool {
	m := &a.ments[k]
	if k > 0 && a.ments[k-1].sent == m.sent && !(int(m.a) > s.a && a.toks[m.a-1].kind == kDash) {
		return false
	}
	if int(m.a) > s.a && a.toks[m.a-1].kind == kDash {
		return true
	}
	if int(m.a)-s.a > 6 {
		return false
	}
	for t := s.a; t < int(m.a); t++ {
		if w := &a.toks[t]; w.kind != kWord && w.text != "," || w.kind == kWord && w.cap && t > s.a {
			return false
		}
	}
	return true
}

// hyphenAdjective reports whether name is one capitalised compound
// adjective ("Nazi-killing", "Paris-set", "Oscar-winning",
// "Disney-owned"): no space, and after the last hyphen a lower-case
// participle (-ing, -ed) or a describing word ("set", "era", "style").
// Such a word describes a film; it names no company or person
// ("Sung-jin", "Tae-hoon" are names).
func hyphenAdjective(name string) bool {
	if strings.IndexByte(name, '-') < 0 {
		return false // (most names: one fast look for a hyphen, not a byte loop from the end)
	}
	i := strings.LastIndexByte(name, '-')
	if i < 0 || i+1 >= len(name) || name[i+1] < 'a' || name[i+1] > 'z' || strings.IndexByte(name, ' ') >= 0 {
		return false
	}
	tail := name[i+1:]
	return strings.HasSuffix(tail, "ing") || strings.HasSuffix(tail, "ed") || hyphenTails[tail]
}

// hyphenTails close compound adjectives that describe a film ("Paris-set",
// "Cold War-era", "Bond-style").
var hyphenTails = setOf("set", "era", "style", "born", "made", "like", "esque", "themed", "bound", "type", "only", "free", "shot")

// scheduleVerbs, with "the" and a film noun after them, have a company as
// their subject ("X has dated the picture", "X pushed the sequel").
var scheduleVerbs = setOf("dated", "pushed", "pulled", "delayed", "shuffled", "slotted", "shifted", "bumped", "greenlit",
	"greenlighted", "renewed", "cancelled", "canceled", "ordered", "acquired", "shelved")

// corporateNouns after "a X" or "an X" make X a company: what only a
// company has ("a Netflix spokesperson", "an HBO executive", "a Hulu
// original", "a Universal release").
var corporateNouns = setOf("spokesperson", "spokesman", "spokeswoman", "representative", "executive", "exec", "insider",
	"subscriber", "original", "release", "co-production", "acquisition", "subsidiary", "division", "deal", "company")

// corporateNounContext reports whether mention k of sentence s is one word
// (or an acronym) between "a"/"an" and a corporateNouns noun, maybe with a
// deptWords word before the noun ("a X distribution executive").
func (a *article) corporateNounContext(s *sentence, k int) bool {
	m := &a.ments[k]
	b, e := int(m.a), int(m.b)
	if b-1 < s.a || e >= s.b || !(m.words == 1 || m.allCaps || m.acronymLead) {
		return false
	}
	if prev := a.toks[b-1].lower; prev != "a" && prev != "an" {
		return false
	}
	return tokIn(&a.toks[e], corporateNouns) || tokIn(&a.toks[e], deptWords) && e+1 < s.b && tokIn(&a.toks[e+1], corporateNouns)
}

// deptWords name a company's department before corporateNouns ("a X
// distribution executive", "a X marketing representative").
var deptWords = setOf("distribution", "marketing", "production", "development", "programming", "casting", "publicity",
	"studio", "network", "streaming", "television", "film", "animation")

// bannerNouns after a name make it a production company's ("their AGBO
// banner", "under his Plan B shingle", "Sony's Screen Gems label").
var bannerNouns = setOf("banner", "shingle", "imprint", "label")

// bannerContext reports whether mention k of sentence s stands between a
// possessive ("his", "their", "the", "X's") and a bannerNouns noun.
func (a *article) bannerContext(s *sentence, k int) bool {
	m := &a.ments[k]
	b, e := int(m.a), int(m.b)
	if b-1 < s.a || e >= s.b || !tokIn(&a.toks[e], bannerNouns) {
		return false
	}
	prev := &a.toks[b-1]
	return tokIn(prev, possessivePronouns) || prev.lower == "the" || prev.kind == kPoss
}

// companyWordName reports whether mention m's name is built like a
// company's: its last word (last, lower case) is a company word
// (realOrgWords, companyTailWords: "X Pictures", "X Animations", "X
// Content"), or it is two words led by one ("Entertainment One", "Studio
// X"), or a rarer company word or a region ends it (rareTailCompany: "X
// Fiction", "X UK").
func companyWordName(m *mention, last string) bool {
	row := vocabRow(last)
	if rowIn(row, last, realOrgWords) || rowIn(row, last, companyTailWords) || m.words == 2 && channelName(m, last, row) {
		return true
	}
	if m.the || m.quoted {
		return false
	}
	if rowIn(row, last, companyRareTails) || rowIn(row, last, regionTails) {
		return rareTailCompany(m, last)
	}
	if m.words != 2 {
		return false
	}
	sp := strings.IndexByte(m.text, ' ')
	return sp > 0 && inLower(companyLeadWords, m.text[:sp])
}

// rareTailCompany reports whether m, of two to four words, whose last word
// in lower case is last, a companyRareTails or regionTails word, names a
// company: not a title ("Pulp Fiction": fictionTitleLeads; a demonym, "American
// Fiction"), nor a region ("Western Australia": regionLeads), nor a
// person's name.
func rareTailCompany(m *mention, last string) bool {
	if m.words < 2 || m.words > 4 || m.titleWords || m.colon || m.digit {
		return false
	}
	sp := strings.IndexByte(m.text, ' ')
	first := m.text[:sp]
	if inLower(demonyms, first) || inLower(countries, first) && regionTails[last] || isGivenName(strings.ToLower(first)) && m.words == 2 {
		return false
	}
	if regionTails[last] {
		// (a platform's regional arm, "Netflix India", is the platform's)
		return !inLower(regionLeads, first) && !platformNames[m.key[:strings.LastIndexByte(m.key, ' ')]]
	}
	return !inLower(fictionTitleLeads, first)
}

// platformNames are the keys of streaming services and broadcast
// networks, a closed class: names that are a company wherever they stand
// and that show (DISTRIBUTE) what they carry. Names that are also common
// given names or words ("Max", "Sky", "Fox", "Lifetime") are left out.
var platformNames = setOf("netflix", "amazon", "hulu", "peacock", "prime video", "amazon prime video", "amazon prime", "hbo max",
	"apple tv+", "apple tv", "disney+", "paramount+", "crunchyroll", "iqiyi", "youku", "tencent video", "starz", "showtime",
	"tubi", "mubi", "shudder", "britbox", "bbc iplayer", "itvx", "viki", "wavve", "tving", "coupang play", "u-next",
	"hotstar", "disney+ hotstar", "jiocinema", "zee5", "viu", "discovery+", "amc+", "acorn tv", "pluto tv", "funimation",
	"hidive", "mgm+", "epix", "abc", "cbs", "nbc", "cw", "hbo", "fx", "amc", "bbc", "bbc one", "bbc two", "itv",
	"channel 4", "cartoon network", "disney channel", "usa network", "tnt", "tbs", "syfy", "bravo", "freeform", "pbs",
	"cinemax", "adult swim", "disney junior", "nick jr.", "hallmark channel", "channel 5", "sky atlantic", "sky one")

// studioNames are the keys of the major film studios and their
// long-standing labels that carry no company word ("Pictures",
// "Studios"), a closed class like platformNames: a company wherever the
// name stands. Names that are also common words or
// places or people ("Fox", "Columbia", "Legendary", "Neon", "Orion",
// "Summit", "Working Title", "Walt Disney") are left out.
var studioNames = setOf("disney", "paramount", "universal", "warner bros.", "warner bros", "warner brothers",
	"sony", "lionsgate", "a24", "miramax", "mgm", "amazon mgm", "new line", "searchlight", "fox searchlight", "tristar",
	"dreamworks", "pixar", "lucasfilm", "blumhouse", "illumination", "gaumont", "toho", "studiocanal", "annapurna",
	"skydance", "aardman", "amblin", "gkids")

// placeToo are platformNames that also name a place after "the".
var placeToo = setOf("amazon")

// typePlatforms types every name of platformNames a real-world company
// of the streamer kind (strength 3), whatever a weaker cue said, and
// every name of studioNames a real-world company ("Disney" and "Disney+"
// are two companies with two ids: kg.Slug spells the "+").
func (a *article) typePlatforms() {
	for k := range a.ments {
		m := &a.ments[k]
		row := vocabRow(m.key) // (the three sets answered from one look-up)
		studio := rowIn(row, m.key, studioNames)
		if !rowIn(row, m.key, platformNames) && !studio || m.quoted || m.strength >= 3 && m.typ != kg.Organisation || m.the && rowIn(row, m.key, placeToo) {
			continue // ("the Amazon" is a river)
		}
		m.setType(kg.Organisation, 3)
		m.world = kg.WorldReal
		if m.kind == "" && !studio { // (a studio's kind is left to its cues)
			m.kind = "streamer"
		}
	}
}

// channelNumerals end a broadcaster's channel name after its acronym or a
// channel word ("BBC Four", "Network Ten", "Channel Nine").
var channelNumerals = setOf("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

// channelLeads open a channel's name before its numeral ("Network Ten").
var channelLeads = setOf("network", "channel")

// channelName reports whether m, whose last word in lower case is last
// (its vocabulary row: row), is a broadcaster's numbered channel: two
// words, a numeral after an acronym ("BBC Four") or after a channel word
// ("Network Ten").
func channelName(m *mention, last string, row int32) bool {
	if m.words != 2 || m.quoted || m.the || !rowIn(row, last, channelNumerals) {
		return false
	}
	sp := strings.IndexByte(m.text, ' ')
	if sp < 2 {
		return false
	}
	first := m.text[:sp]
	if inLower(channelLeads, first) {
		return true
	}
	if sp > 5 {
		return false
	}
	for _, r := range first {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// formatLead reports whether the token before item b of sentence s leads
// a name that describes a format noun the way "the" does: a possessive
// ("P's X series F").
func formatLead(a *article, s *sentence, b int) bool {
	return a.toks[b-1].kind == kPoss && b-2 >= s.a
}
