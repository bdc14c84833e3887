package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// playedByVerbs close a long appositive after a part: "C, the ruler of
// the undersea kingdom of T, played by P".
var playedByVerbs = setOf("played", "portrayed", "voiced")

// appositiveOpeners open the appositive after the part ("C, the ...", "C,
// a ...", "C, his ...", "C, Marvel's version of the devil, ...").
var appositiveOpeners = setOf("the", "a", "an", "his", "her", "their")

// farPlayedByParts credits the actor of "C, <appositive>, played by P"
// when the appositive is long or names other things ("Varuun, the ruler of
// the hidden kingdom of Oshara, played by P", "Karla, the head of the
// Directorate, played this time by P", "Thrax, a young hunter cast out of
// his clan, who is played by newcomer P"), which playedByActor leaves
// alone. The appositive opens with a determiner, a possessive pronoun or
// a name's possessive, runs at most twenty-four tokens with no other
// comma, semicolon or bracket, and a comma closes it; then "who is" or
// "is" may stand, the verb, at most three lower-case words ("this time",
// "since 1999"), "by", at most three lower-case words or demonyms and a person (typed,
// or a personal name led by a given name). Also "C the rooster, still
// voiced by P", "C, ..., returns, voiced by P", "C, ..., is a digital
// character voiced by P" and "C, a single mother and bar owner voiced by
// P" (playedByActorAt). C is of one to three words,
// typed by no cue, weakly a person or a character no claim names yet; it
// is typed a character and the actor's credit in the article's production
// gets it. Runs after the patterns.
func (a *article) farPlayedByParts() {
	if !a.saysAny(playedByVerbs) {
		return // (no verb of playing: farPlayedByActor finds none)
	}
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if !weakOrNone(m) && !(m.typ == kg.Character && !m.quoted && m.words <= 3) || m.pronoun || m.theOpen || a.isPart(k) {
			continue
		}
		if t := int(m.a) - 1; t > s.a && a.toks[t].lower == "the" {
			continue // "the Chipmunks, ..., voiced by": a group
		}
		p := a.farPlayedByActor(s, k)
		if p < 0 || a.namesPerson(m) || a.isPart(p) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
		a.ments[p].setType(kg.Person, 1)
		a.giveActorPart(p, k, anaArg(anaFilm))
	}
}

// farPlayedByActor returns the actor mention of "C, <appositive>, played
// by P" for the part mention k of sentence s, or -1.
func (a *article) farPlayedByActor(s *sentence, k int) int {
	m := &a.ments[k]
	e := int(m.b)
	if e+3 < s.b && a.toks[e].lower == "the" && a.toks[e+1].kind == kWord && !a.toks[e+1].cap && a.toks[e+2].text == "," {
		return a.playedByActorAt(s, k, e+3) // "C the rooster, still voiced by P"
	}
	if e+3 >= s.b || a.toks[e].text != "," {
		return -1
	}
	o := &a.toks[e+1]
	if !(o.kind == kWord && !o.cap && appositiveOpeners[o.lower]) {
		// "C, Marvel's version of the devil,": a name's possessive
		if k+1 >= len(a.ments) || int(a.ments[k+1].a) != e+1 || int(a.ments[k+1].b) >= s.b || a.toks[a.ments[k+1].b].kind != kPoss {
			return -1
		}
	}
	// the comma that closes the appositive
	c := -1
	for t := e + 2; t < s.b && t < e+26; t++ {
		w := &a.toks[t]
		if w.text == "," {
			c = t
			break
		}
		if w.kind == kWord && playedByVerbs[w.lower] && t > e+3 && a.toks[t-1].kind == kWord && !a.toks[t-1].cap && !appositiveOpeners[a.toks[t-1].lower] &&
			(o.lower == "a" || o.lower == "an") {
			return a.playedByActorAt(s, k, t) // "C, a single mother and bar owner voiced by P"
		}
		if w.kind == kPunct && (w.text == ";" || w.text == "(" || w.text == ")" || w.text == ".") || w.kind == kWord && playedByVerbs[w.lower] {
			return -1
		}
	}
	if c < 0 {
		return -1
	}
	return a.playedByActorAt(s, k, c+1)
}

// playedByLinks stand between the appositive after a part and "played
// by" ("C, ..., still voiced by P", "C, ..., returns, voiced by P").
var playedByLinks = setOf("still", "again", "now", "also", "once", "originally", "here", "returns", "returning", "back")

// playedByActorAt returns the actor mention of "played by P" for the part
// mention k, reading from token v of sentence s past "who", an auxiliary,
// up to two playedByLinks words with their comma ("returns, voiced by"), or
// "is a/an" and up to three lower-case words ("is a digital character
// voiced by"), or -1.
func (a *article) playedByActorAt(s *sentence, k, v int) int {
	m := &a.ments[k]
	if v < s.b && a.toks[v].lower == "who" {
		v++
	}
	if v < s.b && passiveAux[a.toks[v].lower] {
		v++
		if v+1 < s.b && (a.toks[v].lower == "a" || a.toks[v].lower == "an") {
			t := v + 1
			for n := 0; n < 3 && t < s.b && a.toks[t].kind == kWord && !a.toks[t].cap && !playedByVerbs[a.toks[t].lower]; n++ {
				t++
			}
			if t > v+1 && t < s.b && playedByVerbs[a.toks[t].lower] {
				v = t
			}
		}
	}
	for n := 0; n < 2 && v < s.b && playedByLinks[a.toks[v].lower]; n++ {
		v++
		if v < s.b && a.toks[v].text == "," {
			v++
		}
	}
	if v >= s.b || !playedByVerbs[a.toks[v].lower] {
		return -1
	}
	by := v + 1
	for n := 0; by < s.b && n < 3 && a.toks[by].lower != "by" && (a.toks[by].kind == kWord && !a.toks[by].cap || a.toks[by].kind == kNum); n++ {
		by++
	}
	if by >= s.b || a.toks[by].lower != "by" {
		return -1
	}
	// the actor: the first mention after "by", over at most three words
	j := k + 1
	for j < len(a.ments) && a.ments[j].sent == m.sent && int(a.ments[j].a) <= by {
		j++
	}
	if j >= len(a.ments) || a.ments[j].sent != m.sent || int(a.ments[j].a)-by-1 > 3 {
		return -1
	}
	for x := by + 1; x < int(a.ments[j].a); x++ {
		if w := &a.toks[x]; w.kind != kWord || w.cap && !demonyms[w.lower] && !moreDemonyms[w.lower] {
			return -1 // ("by the Mexican actor P")
		}
	}
	if pm := &a.ments[j]; !(pm.typ == kg.Person || pm.typ == "" && pm.personShaped() && givenFirst(pm.text)) {
		return -1
	}
	return j
}
