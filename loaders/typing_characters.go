package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// asDescriptors may stand between "as" and a part's name ("as his wife and
// fellow agent C", "as aspiring star C", "as the voice of C").
var asDescriptors = setOf("the", "a", "an", "his", "her", "their", "its", "and", "of", "new", "young", "old", "older",
	"younger", "voice", "fellow")

// crewAfterAs are nouns that make the name after "as" a person of the
// crew, not a part ("as director P", "as well as P", "such as P").
var crewAfterAs = setOf("director", "directors", "producer", "producers", "writer", "writers", "screenwriter",
	"showrunner", "composer", "editor", "cinematographer", "creator", "host", "narrator", "well",
	"co-director", "consultant", "guest", "special", "such")

// notDescribing words after "as" make it a conjunction or a comparison
// ("as does P", "as soon as", "as is P").
var notDescribing = setOf("does", "did", "do", "is", "was", "were", "are", "has", "had", "have", "will", "would",
	"soon", "long", "far", "much", "many", "if", "though", "part", "seen", "told", "said")

// partAsNouns right before "as" name the part that follows ("a recurring
// role as C", "a cameo as C", "his turn as C").
var partAsNouns = setOf("role", "roles", "turn", "cameo", "stint", "part", "parts")

// castAsVerbs right before "as" and a described name cast it ("will
// return as trapeze artist C", "joins as rookie agent C").
var castAsVerbs = setOf("return", "returns", "returning", "returned", "back", "joins", "join", "joined", "joining",
	"appears", "appear", "appeared", "appearing", "stars", "star", "starred", "starring", "co-stars", "cast")

// namingWords before "as" make the name after it another name of what
// comes before ("known as", "called", "dubbed").
var namingWords = setOf("known", "called", "named", "dubbed", "nicknamed", "referred", "styled", "better")

// typeDescribedParts types as characters, before the patterns run, the
// names a part's description leads up to after an actor and "as": "Odile
// Fennimore as aspiring star Dilly Marchbank", "Brigid Quarles as his
// wife and fellow agent Cressida Pellinore", "P is back as the voice of
// Grumbold", and a second name joined by "and" that ends the clause ("as
// Miami detectives A and B,"; not "as the sloth Mungo and Lemuel Farrage
// as ...", an actor). The actor is a
// person mention at most six tokens before "as"; one to five lower-case
// describing words (or the function words of asDescriptors) stand
// between "as" and the name, none a crew noun. Names a cue typed other
// than weakly a person are left alone.
func (a *article) typeDescribedParts() {
	mi := 0
	for si := range a.sents {
		s := &a.sents[si]
		if s.titleCase {
			continue
		}
		for mi < len(a.ments) && int(a.ments[mi].sent) < si {
			mi++
		}
		for k := mi + 1; k < len(a.ments) && int(a.ments[k].sent) == si; k++ {
			m := &a.ments[k]
			if !a.partAfterAs(s, k) && !a.nicknamedPart(s, k) || a.modifiesNextName(k) {
				continue
			}
			if weakOrNone(m) {
				m.typ, m.strength = kg.Character, 2
			}
			// "A and B": the second name of the pair
			if k+1 < len(a.ments) && int(a.ments[k+1].sent) == si && int(a.ments[k+1].a) == int(m.b)+1 && a.toks[m.b].lower == "and" && weakOrNone(&a.ments[k+1]) && a.pairEnd(s, int(a.ments[k+1].b)) && !a.castRelativeAfter(s, int(a.ments[k+1].b)) {
				a.ments[k+1].typ, a.ments[k+1].strength = kg.Character, 2
			}
		}
	}
}

// nicknamedPart reports whether mention k of sentence s is a personal
// name led by a given name right after a nickname in quotation marks that
// "as" or a part verb leads up to (`P as "Old Copper" C`, `P played "Skiffy"
// C`): a nickname before a name after a cast cue tells of a part.
func (a *article) nicknamedPart(s *sentence, k int) bool {
	m := &a.ments[k]
	c := int(m.a) - 1
	if k == 0 || c <= s.a || a.toks[c].kind != kQuote || a.toks[c].open || !m.personShaped() || !givenFirst(m.text) {
		return false
	}
	q := &a.ments[k-1]
	if q.sent != m.sent || !q.quoted || int(q.b) != c || q.typ != "" || q.words > 3 {
		return false
	}
	o := int(q.a) - 1
	if o-1 <= s.a || a.toks[o].kind != kQuote || !a.toks[o].open {
		return false
	}
	w := &a.toks[o-1]
	return !w.cap && (w.lower == "as" || playedVerbs[w.lower])
}

// weakOrNone reports whether mention m is a name no cue typed, or one a
// weak cue typed a person, of one to three words.
func weakOrNone(m *mention) bool {
	return m.words <= 3 && !m.quoted && !m.colon && !m.the && !m.digit && (m.typ == "" || m.typ == kg.Person && m.strength <= 1)
}

// namePrepositions, right before a name after "as" and a description,
// make the name their object, not the part ("as a bookie in P's F",
// "played as ever by P").
var namePrepositions = setOf("in", "on", "at", "for", "with", "by", "from", "opposite", "alongside", "to", "into", "under",
	"against", "than", "after", "before", "during", "about")

// partAfterAs reports whether mention k of sentence s follows "as" and
// describing words, with a person or a part noun ("role", "cameo") before
// the "as" (typeDescribedParts).
func (a *article) partAfterAs(s *sentence, k int) bool {
	m := &a.ments[k]
	t := int(m.a) - 1
	if w := &a.toks[t]; t > s.a && w.kind == kWord && !w.cap && tokIn(w, namePrepositions) {
		return false // "as a police photographer in P's F": the object of a preposition is no part
	}
	n := 0
	hasNoun, prep, of := false, false, false
	for t > s.a && n < 6 {
		w := &a.toks[t]
		if j := a.modifierMention(k, t, n); j >= 0 {
			t, n, hasNoun = int(a.ments[j].a)-1, n+1, true // "as Delos board member C"
			continue
		}
		if n > 0 && t-1 > s.a && (w.kind == kPoss || w.text == ",") && a.toks[t-1].kind == kWord && !a.toks[t-1].cap && !tokIn(&a.toks[t-1], notPartWords) &&
			a.describingAfter(t+1) {
			// "as the hospital's weary orderly C", "as the sweaty,
			// fast-talking bondsman C": a possessive noun or a comma
			// between describing words
			t--
			continue
		}
		if w.kind != kWord || w.cap || w.lower == "as" {
			break
		}
		if tokIn(w, crewAfterAs) || tokIn(w, notDescribing) {
			return false
		}
		if !tokIn(w, asDescriptors) {
			hasNoun = true
		}
		if w.lower == "of" {
			of = true
		}
		if tokIn(w, notPartWords) {
			prep = true // ("as a bookie in P's F": P is no part)
		}
		t--
		n++
	}
	if t <= s.a || a.toks[t].lower != "as" || n > 5 {
		return false
	}
	if !prep && (a.tokIn(t-1, partAsNouns) || a.tokIn(t-1, castAsVerbs) && hasNoun) && (n == 0 || hasNoun) {
		// "a recurring role as Delos board member C": the part's own noun;
		// not "a cameo as a fussy MIB archivist" (the name describes)
		if e := int(m.b); e >= s.b || a.toks[e].kind != kWord || a.toks[e].cap || a.tokIn(e, describedPartEnds) {
			return true
		}
	}
	if n == 0 || !hasNoun && a.toks[int(m.a)-1].lower != "of" {
		return false
	}
	if !prep && !of && n >= 3 && hasNoun && tokIn(&a.toks[t+1], verbNounLeads) && !a.namedBefore(s, t) && a.toks[int(m.a)-1].kind == kWord {
		// "spent eight seasons as the sweaty, fast-talking bondsman C",
		// "ten episodes of F as the hospital's weary orderly C": a
		// description of three words or more led by an article or a
		// possessive pronoun tells of a part, the actor far before
		if e := int(m.b); e >= s.b || a.toks[e].kind != kPoss && (a.toks[e].kind != kWord || a.toks[e].cap || tokIn(&a.toks[e], describedPartEnds)) {
			return true
		}
	}
	// the actor: a person mention ending at most six tokens before "as"
	for j := k - 1; j >= 0 && a.ments[j].sent == m.sent; j-- {
		p := &a.ments[j]
		if int(p.a) > t && !prep {
			continue // a modifier in the description ("as LAPD detectives C")
		}
		if int(p.b) > t {
			return false // another name between
		}
		if t-int(p.b) > 6 {
			return false
		}
		for x := int(p.b); x < t; x++ {
			if a.tokIn(x, namingWords) {
				return false // "P, better known as the columnist C": another name of P
			}
		}
		return p.typ == kg.Person || p.typ == "" && p.personShaped() && (givenFirst(p.text) || a.wordGivenName(p))
	}
	return false
}

// modifierMention returns the mention before mention k that ends at token
// t and modifies the lower-case describing words after it, between a cast
// cue and a part ("the Memphis radio executive C", "as EMI executive C"),
// or -1. The n describing words already passed (at least one) are
// lower-case, the first a noun or adjective (no preposition, conjunction
// or function word); the mention is of one or two words, typed nothing, a company
// or a place, not a person.
func (a *article) modifierMention(k, t, n int) int {
	if n == 0 || a.toks[t].kind != kWord || !a.toks[t].cap {
		return -1
	}
	if w := &a.toks[t+1]; w.kind != kWord || w.cap || notPartWords[w.lower] || clauseWords[w.lower] || asDescriptors[w.lower] {
		return -1 // (not "as Vandersloot in F")
	}
	j := a.mentionEndingAt(k, t+1)
	if j < 0 {
		return -1
	}
	if m := &a.ments[j]; m.words > 2 || m.quoted || m.pronoun || m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Film {
		return -1
	}
	return j
}

// describingAfter reports whether token t is a lower-case describing word
// (no preposition, conjunction or clause word): what may follow a comma or
// a possessive inside a part's description ("the sweaty, fast-talking
// bondsman", "the hospital's weary orderly").
func (a *article) describingAfter(t int) bool {
	w := &a.toks[t]
	return w.kind == kWord && !w.cap && !notPartWords[w.lower] && !clauseWords[w.lower] && !notDescribing[w.lower]
}

// namedBefore reports whether a naming word stands among the four tokens
// before token t (the "as") of sentence s: "known as", "better known to
// her readers as" give another name, not a part.
func (a *article) namedBefore(s *sentence, t int) bool {
	for x := t - 1; x > s.a && x >= t-4; x-- {
		if namingWords[a.toks[x].lower] {
			return true
		}
	}
	return false
}

// castRelativeAfter reports whether a relative clause that casts its
// antecedent opens at token e of sentence s: a comma, "who" and, within
// six tokens, a part verb or a part noun ("B, who will take on the role
// of C", "B, who plays C"): B is an actor, not a second part.
func (a *article) castRelativeAfter(s *sentence, e int) bool {
	if e+2 >= s.b || a.toks[e].text != "," || a.toks[e+1].lower != "who" {
		return false
	}
	for t := e + 2; t < s.b && t <= e+8; t++ {
		if w := a.toks[t].lower; partVerbs[w] || playedVerbs[w] || partAsNouns[w] {
			return true
		}
	}
	return false
}

// pairEnd reports whether token e of sentence s ends a clause: the end of
// the sentence or a punctuation mark.
func (a *article) pairEnd(s *sentence, e int) bool {
	return e >= s.b || a.toks[e].kind != kWord && a.toks[e].kind != kPoss && a.toks[e].kind != kNum
}

// partVerbs take the parts an actor plays as their object ("returning to
// voice Pell, Corva, Tam and Juno", "plays Orrin").
var partVerbs = setOf("voice", "voices", "voiced", "voicing", "play", "plays", "playing", "portray", "portrays",
	"portraying", "reprise", "reprises", "reprising")

// typeVoicedLists types as characters, before the patterns run, the names
// right after a part verb, and those listed after them with commas and
// "and": "are all back to voice Mungo, Sorrel, Pibb and Quenna" ("voice both
// A and B" too). A verb after
// a determiner is a noun ("the play Hamilton"); an owner's possessive
// ("plays Paul Mercado's father"), a listed name that opens a new clause
// ("Fitzy, Bert Yonge is ...") and names a cue typed other than weakly a
// person are left alone.
func (a *article) typeVoicedLists() {
	for s, k := range a.bodyMentions() {
		si := int(a.ments[k].sent)
		m := &a.ments[k]
		v := int(m.a) - 1
		if v-1 > s.a && a.toks[v].lower == "both" {
			v-- // "to voice both A and B"
		}
		if m.the || v <= s.a || !a.tokIn(v, partVerbs) || a.toks[v].cap || a.tokIn(v-1, verbNounLeads) {
			continue
		}
		for j := k; j < len(a.ments) && int(a.ments[j].sent) == si; j++ {
			n := &a.ments[j]
			if j > k && !a.listNext(&a.ments[j-1], n) {
				break
			}
			if int(n.b) < s.b && a.toks[n.b].kind == kPoss || !weakOrNone(n) {
				break
			}
			if e := int(n.b); j > k && e < s.b && a.toks[e].kind == kWord && !a.toks[e].cap && !listTail[a.toks[e].lower] {
				break // "..., and Simon Pegler returns": a new clause's subject
			}
			n.typ, n.strength = kg.Character, 2
		}
	}
}

// verbNounLeads before a part verb make it a noun ("the play", "his voice").
var verbNounLeads = setOf("the", "a", "an", "his", "her", "their", "its", "this", "that", "whose")

// listTail may follow the last name of a list of parts ("Anna and Elsa
// in F", "A and B respectively").
var listTail = setOf("and", "in", "respectively", "on", "for", "from")
