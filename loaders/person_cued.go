package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// cuedName reports whether the two- or three-word mention mi, whose first
// word is no given name of the gazetteer ("Obiora Tendekai", "Quilvane
// Marsk", "Pyun Dong-sik"), stands where only a person stands:
//   - after a job noun, maybe with a comma ("composer Odo Brisk",
//     "stunt coordinator Orvandel Kreutz", "cinematographer, Haris Quenby");
//   - before a speech verb or after "said" ("Haris Quenby told", "said Haris Quenby");
//   - before a verb whose subject is a person, maybe after ", who"
//     ("Haris Quenby has boarded", "Haris Quenby, who helmed");
//   - before an appositive naming a job (", the Danish actor", ", a
//     British actor who", ", composer of the series");
//   - when its surname alone is the speaker of a speech verb elsewhere in
//     the article (speakers: "Quenby says").
//
// givenNamePersons types such a name a person with its other checks.
func (a *article) cuedName(mi int, speakers map[string]bool) bool {
	m := &a.ments[mi]
	s := &a.sents[m.sent]
	if m.words < 2 || m.words > 3 || commonWords[a.toks[m.a].lower] || particles[a.toks[m.a].lower] || len(a.toks[m.b-1].text) < 2 {
		return false // "How Rob Quenby", "Il Corriere Lenta", "Sony I"
	}
	if speakers[a.toks[m.b-1].lower] {
		return true
	}
	if k := int(m.a) - 1; k >= s.a {
		t := &a.toks[k]
		if t.text == "," && k-1 >= s.a {
			t = &a.toks[k-1]
		}
		if t.kind == kWord && !t.cap && (tokLeadNoun(t) || crewJobNoun(t.lower) || saidVerbs[t.lower]) {
			return true
		}
		if k == s.a && t.kind == kWord && t.cap && leadJobNouns[t.lower] {
			return true // "Newcomer Obiora Tendekai, 24, has been tapped": the job noun opens the sentence
		}
	}
	n := int(m.b)
	if n >= s.b {
		return false
	}
	if t := &a.toks[n]; t.kind == kWord && speechVerbs[t.lower] || a.personVerbAt(s, n) {
		return true
	}
	if a.castSlotAs(s, int(m.a), n) {
		return true // "with Orvandel Kreutz as the soldier"
	}
	if a.toks[n].text != "," {
		return false
	}
	if a.whoPersonCue(s, n) {
		return true // ", who helmed several episodes", ", who also played"
	}
	// an appositive: ", the Danish actor", ", composer of"
	for k, w := n+1, 0; k < s.b && w < 5; k, w = k+1, w+1 {
		t := &a.toks[k]
		if t.kind != kWord {
			return false
		}
		if w == 0 && (t.lower == "the" || t.lower == "a" || t.lower == "an") {
			continue
		}
		if !t.cap && (tokLeadNoun(t) || crewJobNoun(t.lower)) {
			return k+1 >= s.b || a.toks[k+1].kind != kPoss // not "the director's daughter"
		}
		if w == 0 && !t.cap {
			return false // ", who", ", one of": no appositive noun phrase
		}
	}
	return false
}

// saidVerbs, before a name, make it the speaker ("said Quenby"); "told"
// before a name may tell a newspaper.
var saidVerbs = setOf("said", "says")

// personVerbs have a person for subject: a film is directed, a character
// does not sign on or voice anyone ("X signed on", "X has boarded the
// series", ", who helmed").
var personVerbs = setOf("signed", "boarded", "voices", "voiced", "stars", "starred", "co-stars", "co-starred", "reprises",
	"reprised", "helmed", "helms", "narrates", "narrated", "directed", "directs", "co-directed", "co-wrote", "composed",
	"scored", "created", "co-created", "produced", "wrote", "choreographed", "choreographs", "edited", "co-edited")

// personVerbAt reports whether token k of sentence s opens a person
// verb, maybe after "has", "have", "had" or "will" ("X has boarded"), that
// is no passive ("directed by").
func (a *article) personVerbAt(s *sentence, k int) bool {
	if k < s.b && personAux[a.toks[k].lower] {
		k++
	}
	if k >= s.b || a.toks[k].kind != kWord || !personVerbs[a.toks[k].lower] {
		return false
	}
	return k+1 >= s.b || a.toks[k+1].lower != "by"
}

// whoPersonCue reports whether the comma at token n of sentence s opens a
// relative clause whose verb has a person for subject: ", who" and maybe an
// adverb, then a personVerbs verb (personVerbAt) or a whoVerbs one
// (", who also produced", ", who played the hired killer").
func (a *article) whoPersonCue(s *sentence, n int) bool {
	if n >= s.b || a.toks[n].text != "," || n+2 >= s.b || a.toks[n+1].lower != "who" {
		return false
	}
	k := n + 2
	if whoAdverbs[a.toks[k].lower] {
		k++
		if k < s.b && a.toks[k].lower == "recently" {
			k++ // "most recently"
		}
	}
	if k < s.b && whoVerbs[a.toks[k].lower] && (k+1 >= s.b || a.toks[k+1].lower != "by") {
		return true
	}
	return a.personVerbAt(s, k)
}

// placePrepositions before a one-word name make it a place the relative
// clause after it skips over.
var placePrepositions = setOf("from", "in", "at", "of", "near", "to", "into", "across", "outside")

// castSlotAs reports whether the name from token a to token n of sentence s
// fills the actor's slot of a cast list's item: "as" and a determiner or
// possessive pronoun after it ("as the soldier", "as his wife Tulsi", "as a
// street-smart pigeon"), and before it the start of the sentence, a comma,
// a semicolon, "and", "with", "while" or "are" ("with Velkaran as the
// soldier and Orla Vance as his wife", "The sisters are Orla Vance as the
// eldest").
func (a *article) castSlotAs(s *sentence, first, n int) bool {
	if n+1 >= s.b || a.toks[n].lower != "as" || !castSlotDeterminers[a.toks[n+1].lower] {
		return false
	}
	if n+2 < s.b && companyRoleNouns[a.toks[n+2].lower] {
		return false // "with Quorvane as a co-financier": a company's part (person_mononym_slots.go)
	}
	p := first - 1
	return p < s.a || castSlotOpeners[a.toks[p].lower] || castSlotOpeners[a.toks[p].text]
}

// castSlotDeterminers open the part's description after "as" (castSlotAs).
var castSlotDeterminers = setOf("the", "his", "her", "their", "a", "an")

// castSlotOpeners stand before a cast list's item (castSlotAs).
var castSlotOpeners = setOf(",", ";", "and", "with", "while", "plus", "alongside", "opposite", "are")

// whoAdverbs stand between ", who" and its verb (whoPersonCue).
var whoAdverbs = setOf("also", "once", "later", "previously", "recently", "first", "most", "famously", "memorably",
	"originally", "last")

// whoVerbs, after ", who", have a person for subject, though after a name
// alone a character may be their subject too ("played", "plays").
var whoVerbs = setOf("played", "plays", "penned", "developed", "co-developed", "choreographed", "edited", "co-produced",
	"co-directs", "co-writes", "co-created", "portrayed", "portrays")

// personAux are the auxiliaries personVerbAt steps over.
var personAux = setOf("has", "have", "had", "will")

// crewJobNoun reports whether w is a crew job word naming a person (not
// "score" or "music", which name the work).
func crewJobNoun(w string) bool {
	return crewJobs[w] != "" && w != "score" && w != "music"
}

// speakerSurnames returns the last words of the article's one-word
// mentions that speak: a speech verb right after ("Quenby says") or "said"
// right before them ("said Quenby"); nil when there is none.
func (a *article) speakerSurnames() map[string]bool {
	var set map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words != 1 || m.typ != "" && m.typ != kg.Person || m.quoted || m.allCaps {
			continue
		}
		s := &a.sents[m.sent]
		n := int(m.b)
		speaks := n < s.b && a.toks[n].kind == kWord && speechVerbs[a.toks[n].lower]
		if !speaks && int(m.a)-1 >= s.a {
			t := &a.toks[m.a-1]
			speaks = t.kind == kWord && saidVerbs[t.lower]
		}
		if speaks {
			if set == nil {
				set = map[string]bool{}
			}
			set[a.toks[m.a].lower] = true
		}
	}
	return set
}

// authoredNouns name a work by its author, not by its title, after a name
// used as a modifier ("the Mara Quell comedy", "a Peter Pallow short
// story"); "film", "series", "novels" or "books" are left out, as they
// follow a character's name as often ("the Jack Treadlow novels"), and
// "biopic" follows the name of its subject.
var authoredNouns = setOf("remake", "comedy", "drama", "thriller", "score", "hit", "documentary", "novel", "story",
	"western", "romcom", "melodrama", "musical", "vehicle", "starrer", "joint")

// authorModifier reports whether mention mi, after "the", "a" or "an",
// modifies a noun of authoredNouns after at most two lower-case words
// ("the Mara Quell remake", "the Dana Wexmoor police drama"): the name is its
// author's, a person's.
func (a *article) authorModifier(mi int) bool {
	m := &a.ments[mi]
	s := &a.sents[m.sent]
	p := int(m.a) - 1
	dated := p > s.a && a.toks[p].kind == kNum && isYear(a.toks[p].text)
	if dated {
		p-- // "the 2011 Mara Quell film"
	}
	if p < s.a || !determiners3[a.toks[p].lower] {
		return false
	}
	for k, n := int(m.b), 0; k < s.b && n < 3; k, n = k+1, n+1 {
		t := &a.toks[k]
		if t.kind != kWord || t.cap {
			return false
		}
		if authoredNouns[t.lower] || datedWorkNouns[t.lower] && (dated || n == 0 && t.lower == "picture") {
			return true
		}
	}
	return false
}

// datedWorkNouns name a film after a year and a person's name that
// modifies them ("the 2011 Mara Quell film", "the 1997 Ivo Brandt
// movie"): with the year, the name is its maker's or star's, as a
// character's name seldom stands there; "picture" needs no year ("the
// Mara Quell picture").
var datedWorkNouns = setOf("film", "movie", "picture")

// determiners3 open the noun phrase authorModifier reads.
var determiners3 = setOf("the", "a", "an")

// authoredName reports whether mention mi modifies an authored work
// (authorModifier) and holds no organisation word.
func (a *article) authoredName(mi int) bool {
	m := &a.ments[mi]
	for k := int(m.a); k < int(m.b); k++ {
		if t := &a.toks[k]; t.kind == kWord && lexiconOrgWord(t.lower) {
			return false
		}
	}
	return a.authorModifier(mi)
}

// cuedMononyms appends to cands the one-word names that a job noun opens
// ("pop star Aitza", "rapper Vashko", "newcomer Zarine") or that a relative
// clause with a person's verb follows (whoPersonCue: "Vashko, who played
// the sheriff"): a stage name or a mononym, when no longer name of the article holds the word (a surname
// or a given name of someone named in full resolves to that name) and it
// is no common word.
func (a *article) cuedMononyms(cands []int) []int {
	var parts map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		if !m.bareMononym() {
			continue
		}
		s := &a.sents[m.sent]
		if s.titleCase || a.tokIn(int(m.a), commonWords) || a.tokIn(int(m.a), nonNames) || strings.ContainsAny(a.toks[m.a].lower, "0123456789") {
			continue // (not "with Reel9 as the home": a name with a digit is a company's or a title's)
		}
		p := int(m.a) - 1
		lead := p >= s.a && a.toks[p].kind == kWord && !a.toks[p].cap && tokLeadNoun(&a.toks[p])
		if !lead && (len(a.toks[m.a].text) < 3 || demonyms[a.toks[m.a].lower] || p >= s.a && placePrepositions[a.toks[p].lower] ||
			!a.whoPersonCue(s, int(m.b)) && !(p >= s.a && a.castSlotAs(s, int(m.a), int(m.b))) && !a.mononymSlot(s, int(m.a), int(m.b))) {
			continue // (not "a champion from Fujian, who plays": the clause is the champion's; not "Cast as the psychic")
		}
		if !a.longerNameParts(&parts)[a.toks[m.a].lower] {
			cands = append(cands, mi)
		}
	}
	return cands
}

// bareMononym reports whether m is an untyped one-word name that could be a
// stage name or a mononym: not a short form, a gazetteer hit, a heading,
// quoted, in capitals, holding a digit or a country.
func (m *mention) bareMononym() bool {
	return m.words == 1 && m.typ == "" && !m.short && !m.gazette && !m.head && !m.quoted && !m.allCaps && !m.digit && !m.country
}

// datedMakerNames takes back the film type a follow-up cue gave a
// given-name run that modifies a dated film noun ("a sequel to the 2011
// Mara Quell film": the film is Mara Quell's, and the name is a person's):
// the mention is left untyped for givenNameRuns, which types it a person
// through authorModifier. Only a weak film type (strength 2 or less) of a
// two- or three-word name opening with a given name is taken back.
func (a *article) datedMakerNames() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Film || m.strength > 2 || m.quoted || m.colon || m.digit || m.words < 2 || m.words > 3 {
			continue
		}
		p := int(m.a) - 1
		if s := &a.sents[m.sent]; p <= s.a || a.toks[p].kind != kNum || !isYear(a.toks[p].text) || int(m.b) >= s.b || !datedWorkNouns[a.toks[m.b].lower] {
			continue // (the cheap tests first)
		}
		if first := &a.toks[m.a]; first.kind != kWord || !isGivenName(first.lower) || !m.personShaped() || !a.authorModifier(mi) {
			continue
		}
		m.typ, m.strength = "", 0
	}
}
