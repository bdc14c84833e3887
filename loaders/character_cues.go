package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// playedVerbs take a part, described or not, as their object ("played the
// coastguard officer C", "voices the villain C").
var playedVerbs = setOf("played", "plays", "playing", "portrayed", "portrays", "portraying", "voiced", "voices",
	"voicing", "reprised", "reprises", "reprising")

// notPartWords between a part verb and a name make the name something
// other than the part: a place, a co-star, a crew member or a title ("played
// a cop in F", "plays opposite P", "played the festival circuit for P").
var notPartWords = setOf("in", "on", "at", "for", "with", "by", "from", "opposite", "alongside", "and", "or", "to",
	"into", "under", "against", "director", "directors", "producer", "producers", "writer", "creator", "composer",
	"filmmaker", "showrunner", "actor", "actress", "star", "co-star", "himself", "herself", "themselves",
	"host", "role", "roles", "part", "parts", "lead", "title", "film", "movie", "series", "show", "game", "song",
	"music", "character", "characters", "dates", "city", "town", "country", "state", "venue", "festival", "theater",
	"theatre", "stage", "club", "league", "team", "than", "as", "when", "while", "who", "which", "that", "after",
	"before", "during", "about")

// typePlayedParts types as characters the names a part verb leads up to
// over one to five lower-case describing words: "she played the
// coastguard officer Nell Vance", "played the murderous mother Ann Cole in
// F"; with no describing words, a personal name after a past form the
// patterns leave alone ("has since played Johnny Vale in F"). The describing words hold no preposition, conjunction, crew noun or
// title noun (notPartWords), so "played a cop in F" and "plays opposite
// P" are left alone; the name is of one to three words, typed by no cue
// or weakly a person, and no possessive, quote or describing lower-case
// word follows it ("played the young Ann Cole's mother", "played the Abbott
// patriarch").
func (a *article) typePlayedParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if !weakOrNone(m) || int(m.b) < s.b && a.toks[m.b].kind == kPoss {
			continue
		}
		t := int(m.a) - 1
		n := 0
		comma := a.appositiveComma(s, k)
		if comma {
			t-- // "voices the new villain, C,"
		}
		for t > s.a && n <= 5 {
			w := &a.toks[t]
			if j := a.modifierMention(k, t, n); j >= 0 {
				t, n = int(a.ments[j].a)-1, n+1 // "the Memphis radio executive C"
				continue
			}
			if n > 0 && a.adjectiveJoin(s, t) {
				t-- // "the dim but lovable C", "a lordly, menacing C": a join of two describing words
				continue
			}
			if w.kind != kWord || w.cap || tokIn(w, playedVerbs) || tokIn(w, notPartWords) || tokIn(w, clauseWords) || a.bareCastVerb(s, t) {
				break
			}
			t--
			n++
		}
		if n > 0 && t > s.a && a.bareCastVerb(s, t) {
			// "was persuaded to play the Lisbon banker C", "will voice
			// the warlord C": the bare verb after "to" or a modal, a
			// describing word past the article, a name of two words or more
			if e := int(m.a) - 1; m.words < 2 || n == 1 && verbNounLeads[a.toks[e].lower] {
				continue // (not "to play the Moss Queen", "to play a caped Venusian")
			}
			if e := int(m.b); e >= s.b || !(a.toks[e].kind == kQuote || a.toks[e].kind == kWord && !a.toks[e].cap && !notPartWords[a.toks[e].lower] && !clauseWords[a.toks[e].lower]) {
				m.typ, m.strength = kg.Character, 2
			}
			continue
		}
		if comma && n == 0 {
			continue
		}
		if n > 5 || t <= s.a || !a.tokIn(t, playedVerbs) || a.toks[t].cap || a.tokIn(t-1, verbNounLeads) {
			continue
		}
		if n == 0 && (partVerbs[a.toks[t].lower] || m.words < 2 || !m.personShaped() || !givenFirst(m.text)) {
			continue // (typeVoicedLists reads "plays C"; "played C" needs a personal name: not "played Cannes")
		}
		if e := int(m.b); e < s.b && (a.toks[e].kind == kQuote || a.toks[e].kind == kWord && !a.toks[e].cap && !notPartWords[a.toks[e].lower] && !clauseWords[a.toks[e].lower]) {
			continue // "played the Abbott patriarch": the name describes the part
		}
		m.typ, m.strength = kg.Character, 2
	}
}

// bareVerbLeads come right before the bare form of a part verb ("to
// play", "will voice").
var bareVerbLeads = setOf("to", "will", "would", "could", "can", "should", "might", "shall", "must")

// bareCastVerbs are the bare forms of the part verbs.
var bareCastVerbs = setOf("play", "portray", "voice", "reprise")

// bareCastVerb reports whether token t of sentence s is the bare form of
// a part verb after "to" or a modal ("to play", "will voice").
func (a *article) bareCastVerb(s *sentence, t int) bool {
	return t > s.a && a.tokIn(t, bareCastVerbs) && !a.toks[t].cap && a.tokIn(t-1, bareVerbLeads)
}

// appositiveComma reports whether a comma stands right before mention k
// of sentence s after a part's description whose last word names a part,
// not a real person or a praise ("plays that father-in-law, C,"; not
// "played the lead, P"), and the name ends its clause (a punctuation mark
// or a describedPartEnds word follows it): the name is the description's
// appositive.
func (a *article) appositiveComma(s *sentence, k int) bool {
	m := &a.ments[k]
	c := int(m.a) - 1
	if c-1 <= s.a || a.toks[c].text != "," {
		return false
	}
	if w := &a.toks[c-1]; w.kind != kWord || w.cap || realPersonNouns[w.lower] || praiseWords[w.lower] || crewAfterAs[w.lower] || otherJobNouns[w.lower] {
		return false
	}
	return a.appositiveEnd(s, int(m.b))
}

// typePlayedByParts types as a character the name a clause describes
// before "played by", "portrayed by" or "voiced by" and a person: "Larry
// Bell, the future mayor played by P", "Ann Cole, played with quiet menace
// by P". A comma or the verb follows the name ("the Boston police
// detective played by P" is left alone). Between the name and the verb
// stand at most eight tokens with no
// other name and no clause verb (only lower-case words, commas and
// determiners); between the verb and "by" at most five lower-case words or
// commas, and between "by" and the person at most two lower-case words
// ("by the late P"). The person after "by" is a name typed a person or an untyped
// personal name. Names a cue typed other than weakly a person are left
// alone.
func (a *article) typePlayedByParts() {
	for s, k := range a.bodyMentions() {
		if weakOrNone(&a.ments[k]) && a.playedByActor(s, k) >= 0 {
			a.ments[k].typ, a.ments[k].strength = kg.Character, 2
		}
	}
}

// playedByActor returns the actor mention of "C, <describing words>
// played by P" for mention k of sentence s (the shape typePlayedByParts
// reads; "is voiced by" and "C (voiced by P)" too), or -1.
func (a *article) playedByActor(s *sentence, k int) int {
	m := &a.ments[k]
	if k+1 >= len(a.ments) || a.ments[k+1].sent != m.sent {
		return -1
	}
	// the verb: after the name, before the next name
	next := &a.ments[k+1]
	v := -1
	if f := &a.toks[m.b]; int(m.b) >= s.b || f.text != "," && f.text != "(" && f.lower != "played" && f.lower != "portrayed" && f.lower != "voiced" {
		return -1 // "the Boston police detective played by P": the name describes the part
	}
	for t := int(m.b); t < int(next.a) && t < int(m.b)+9 && t < s.b; t++ {
		w := &a.toks[t]
		if w.kind == kWord && (w.lower == "played" || w.lower == "portrayed" || w.lower == "voiced") {
			v = t
			break
		}
		if w.kind == kWord && tokIn(w, passiveAux) && t+1 < s.b && (a.toks[t+1].lower == "played" || a.toks[t+1].lower == "portrayed" || a.toks[t+1].lower == "voiced") {
			continue // "C, a snow leopard, is voiced by P"
		}
		if w.kind == kWord && (w.cap || tokIn(w, clauseWords)) || w.kind != kWord && w.kind != kPunct && w.kind != kPoss {
			break
		}
		if w.kind == kPunct && w.text != "," && !(w.text == "(" && t == int(m.b)) {
			break // ("C (voiced by P)": the bracket right after the name)
		}
	}
	if v < 0 {
		return -1
	}
	by := v + 1
	for by < int(next.a) && by < v+7 && a.toks[by].lower != "by" && (a.toks[by].kind == kWord && !a.toks[by].cap || a.toks[by].kind == kPunct && a.toks[by].text == ",") {
		by++
	}
	if by >= int(next.a) || a.toks[by].lower != "by" || int(next.a)-by-1 > 2 {
		return -1
	}
	for x := by + 1; x < int(next.a); x++ {
		if a.toks[x].kind != kWord || a.toks[x].cap {
			return -1 // "played by the late P": only lower-case words between
		}
	}
	if !(next.typ == kg.Person || next.typ == "" && next.personShaped() && givenFirst(next.text)) {
		return -1
	}
	return k + 1
}

// playedByCredits credits the actor of "C, <describing words> played by
// P" with the part C when no claim names C yet (typePlayedByParts typed
// it; the patterns read only some of these shapes).
func (a *article) playedByCredits() {
	for s, k := range a.bodyMentions() {
		if a.ments[k].typ != kg.Character || a.isPart(k) {
			continue
		}
		if p := a.playedByActor(s, k); p >= 0 && !a.isPart(p) {
			a.giveActorPart(p, k, anaArg(anaFilm))
		}
	}
}

// clauseWords are verbs and conjunctions that open a new clause between a
// name and "played by" ("A met B, played by P": B is the part).
var clauseWords = setOf("is", "was", "are", "were", "has", "had", "have", "will", "would", "and", "or", "but",
	"who", "which", "that", "said", "says", "told", "directed", "wrote", "produced", "stars", "starred", "starring")

// typeActorPossessiveParts types as a character a personal name owned by
// another personal name: "Dana Hale's Lorna Pike" (the part an actor
// plays). The owner is a typed person or an untyped personal name led by
// a given name; the owned name is of two or three words led by a given
// name, typed by no cue or weakly a person, and no possessive, making
// noun or work noun follows it ("P's Jane Doe adaptation").
func (a *article) typeActorPossessiveParts() {
	for s, k := range a.bodyMentions() {
		if k == 0 || a.ments[k-1].sent != a.ments[k].sent {
			continue
		}
		m, p := &a.ments[k], &a.ments[k-1]
		if int(p.b)+1 != int(m.a) || a.toks[p.b].kind != kPoss || !weakOrNone(m) || m.words < 2 || !m.personShaped() || !givenFirst(m.text) {
			continue
		}
		if !(p.typ == kg.Person && p.words >= 2 || p.typ == "" && p.personShaped() && givenFirst(p.text)) {
			continue
		}
		if e := int(m.b); e < s.b && (a.toks[e].kind == kPoss || makingNouns[a.toks[e].lower] || workNouns[a.toks[e].lower]) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
	}
}

// plotCues end the words that lead up to the part a story is about
// ("follows C", "the story of C", "centres on C").
var plotCues = map[string]string{"follows": "", "of": "story tale", "on": "centers centres centred centered focuses",
	"around": "revolves"}

// typePlotParts types as a character the personal name a story is about:
// "Tamarind told the story of Mia Vela, a 12-year-old", "the series follows a
// young Hans Brandt", "centres on Ivy Lane". Between the cue and the name
// stand at most three lower-case describing words (no preposition or
// crew noun); the name is of two or three words led by a given name,
// typed by no cue or weakly a person, and no possessive follows it
// ("follows Ana Vittor's exit").
func (a *article) typePlotParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if !weakOrNone(m) || m.words < 2 || !m.personShaped() || int(m.b) < s.b && a.toks[m.b].kind == kPoss {
			continue
		}
		t := int(m.a) - 1
		n := 0
		for t > s.a && n <= 3 {
			w := &a.toks[t]
			if _, cue := plotCues[w.lower]; cue || w.kind != kWord || w.cap || tokIn(w, notPartWords) || tokIn(w, clauseWords) {
				break
			}
			t--
			n++
		}
		if n > 3 || t <= s.a || a.toks[t].kind != kWord || a.toks[t].cap {
			continue
		}
		lead, ok := plotCues[a.toks[t].lower]
		if !ok || lead != "" && !containsWords(lead, a.toks[t-1].lower) {
			continue
		}
		if !givenFirst(m.text) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
	}
}

// authorWorkNouns, after a personal name's possessive and at most two
// describing words or a year, make the name an author's ("Ana Vittor's
// 2019 novel").
var authorWorkNouns = setOf("novel", "novels", "book", "books", "memoir", "novella", "bestseller", "stories")

// typeAuthors types as a person the personal name whose possessive owns a
// written work: "adapted from Ana Vittor's 2019 novel" (an author, not a
// character; keepPersonNames then keeps "Ruiz herself" a person). A
// stronger cue that typed the name a person is kept.
func (a *article) typeAuthors() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		e := int(m.b)
		if m.words < 2 || !m.personShaped() || e+1 >= s.b || a.toks[e].kind != kPoss || m.typ != "" && m.typ != kg.Person && m.typ != kg.Character {
			continue
		}
		n := e + 1
		for n < s.b && n < e+3 && (a.toks[n].kind == kNum || a.toks[n].kind == kWord && !a.toks[n].cap && !authorWorkNouns[a.toks[n].lower]) {
			n++
		}
		if n < s.b && authorWorkNouns[a.toks[n].lower] && givenFirst(m.text) && (m.typ != kg.Person || m.strength < 2) {
			m.typ, m.strength = kg.Person, 2
		}
	}
}

// typeWhoseDescribedParts types as a character the name after ", whose"
// and one to three lower-case describing words behind an actor: "Lin
// Shawcross, whose psychic Elda Pryor has turned up in every film", "neither
// has Bo Kane, whose wolf mogul Jim Grackle was the villain" (whoseParts
// claims the part right after "whose"). The actor is typed a person or
// an untyped personal name led by a given name; the part is of two or
// three words led by a given name (any name of one to three words after
// "whose character"), typed by no cue or weakly a person, and no
// possessive follows it.
func (a *article) typeWhoseDescribedParts() {
	if !a.anyLower("whose") {
		return // (every part this types follows a "whose")
	}
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		// "whose character Wendover": a part noun names a part of one word too
		partNoun := int(m.a) > s.a+1 && a.toks[m.a-1].lower == "character"
		if k == 0 || a.ments[k-1].sent != m.sent || !weakOrNone(m) || m.words < 2 && !(partNoun && m.words == 1 && !m.allCaps) ||
			m.words >= 2 && !m.personShaped() || int(m.b) < s.b && a.toks[m.b].kind == kPoss {
			continue
		}
		t := int(m.a) - 1
		n := 0
		if partNoun {
			t, n = t-1, 1
		}
		for t > s.a && n <= 3 && a.toks[t].kind == kWord && !a.toks[t].cap && a.toks[t].lower != "whose" && !notPartWords[a.toks[t].lower] && !clauseWords[a.toks[t].lower] {
			t--
			n++
		}
		p := &a.ments[k-1]
		if n == 0 || n > 3 || t <= s.a || a.toks[t].lower != "whose" || a.toks[t-1].text != "," || int(p.b) != t-1 {
			continue
		}
		if !(p.typ == kg.Person || p.typ == "" && p.personShaped() && givenFirst(p.text)) || !partNoun && !givenFirst(m.text) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
	}
}

// anyLower reports whether some token of the article is the lower-case
// word w.
func (a *article) anyLower(w string) bool {
	for i := range a.toks {
		if a.toks[i].lower == w {
			return true
		}
	}
	return false
}
