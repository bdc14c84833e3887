package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// voiceToVerbs lead to "voice to" ("lends her voice to C", "giving
// movement and voice to C").
var voiceToVerbs = setOf("lend", "lends", "lent", "lending", "give", "gives", "gave", "giving", "brings", "bring",
	"brought", "bringing")

// typeVoiceOfParts types as a character the name that "the voice of" or
// "voice to" leads up to over at most four describing words, with an actor
// before it: "P provides the voice of C", "P as the voice of the goblin C",
// "P, the English voice of C in F", "P lends her voice to C", "A and B, the
// voices of C and D". Only a voice part has a voice in fiction: the actor
// is the nearest mention before "voice" in the sentence, typed a person
// (no pronoun, no owner), at most fourteen tokens away with no semicolon
// between; none means "featuring the voices of P", a cast, and the name is
// left alone. An appositive ("P, the voice of C") is voiceAppositive's,
// but for two actors and "voices". The name is of one to four words, typed by no cue or weakly
// a person (or a character with no credit yet), names no person of the
// article, and ends the phrase (copulaPartEnds or describedPartEnds after
// it); a second name joined by "and" is a part too, and with two actors
// joined the same way each gets one part. The actor gets the credit in
// the film after "in", else in the article's production; after an "in"
// that leads to no film ("in the first film") the name is typed and no
// credit given.
func (a *article) typeVoiceOfParts() {
	if !a.saysAny(voiceNouns) {
		return // (no "voice": voiceOfBefore finds none)
	}
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if !(weakOrNone(m) || m.typ == kg.Character && !m.quoted && m.words <= 4 && !a.isPart(k)) || m.pronoun || m.country || m.key == "" {
			continue
		}
		if e := int(m.b); e < s.b && !tokIn(&a.toks[e], copulaPartEnds) && !tokIn(&a.toks[e], describedPartEnds) {
			continue
		}
		v := a.voiceOfBefore(s, int(m.a)-1)
		if v < 0 {
			continue
		}
		p := -1
		for j := k - 1; j >= 0 && a.ments[j].sent == m.sent; j-- {
			o := &a.ments[j]
			if int(o.b) > v {
				continue
			}
			if v-int(o.b) <= 14 && o.typ == kg.Person && !o.pronoun && a.toks[o.b].kind != kPoss && !a.semicolonBetween(int(o.b), v) {
				p = j
			}
			break
		}
		if p < 0 || a.namesPerson(m) || a.strongPersonName(m) {
			continue
		}
		if a.appositiveBetween(int(a.ments[p].b), v) && !(a.toks[v].lower == "voices" && p > 0 && a.ments[p-1].sent == m.sent && a.listNext(&a.ments[p-1], &a.ments[p])) {
			continue // "P, the voice of C": voiceAppositive's; "P, the towering voice of a band"
		}
		film := anaArg(anaFilm)
		if f := a.filmAfterIn(s, k); f >= 0 {
			film = arg{m: int32(f), of: -1, abs: true}
		} else if e := int(m.b); e < s.b && a.toks[e].lower == "in" {
			m.typ, m.strength = kg.Character, 2
			continue // "in the first film": a part of another production
		}
		m.typ, m.strength = kg.Character, 2
		n := k + 1
		pair := n < len(a.ments) && a.ments[n].sent == m.sent && int(a.ments[n].a) == int(m.b)+1 && a.toks[m.b].lower == "and"
		if pair && p > 0 && a.ments[p-1].sent == m.sent && a.ments[p-1].typ == kg.Person && a.listNext(&a.ments[p-1], &a.ments[p]) {
			// "A and B, the voices of C and D": C is A's part
			a.giveActorPart(p-1, k, film)
		} else {
			a.giveActorPart(p, k, film)
			p = -1
		}
		if pair && weakOrNone(&a.ments[n]) && !a.ments[n].pronoun && a.pairEnd(s, int(a.ments[n].b)) && !a.namesPerson(&a.ments[n]) {
			// "the voices of C and D": the second part
			a.ments[n].typ, a.ments[n].strength = kg.Character, 2
			if p >= 0 {
				a.giveActorPart(p, n, film)
			}
		}
	}
}

// voiceOfBefore walks back from token t of sentence s over at most four
// describing tokens (lower-case words, acronyms, determiners, no clause
// word) to "voice of", "voices of" or "voice to" after a giving verb and
// returns the token of "voice", or -1.
func (a *article) voiceOfBefore(s *sentence, t int) int {
	for n := 0; t-1 > s.a && n <= 4; t, n = t-1, n+1 {
		w := &a.toks[t]
		if w.kind != kWord || w.cap && !isAcronymTok(w) {
			return -1
		}
		if w.lower == "of" || w.lower == "to" {
			v := t - 1
			if x := a.toks[v].lower; x != "voice" && x != "voices" {
				return -1
			}
			if w.lower == "to" {
				ok := false
				for u := v - 1; u > s.a && u >= v-4; u-- {
					if voiceToVerbs[a.toks[u].lower] {
						ok = true
						break
					}
				}
				if !ok {
					return -1
				}
			}
			return v
		}
		if clauseWords[w.lower] || notPartWords[w.lower] || crewAfterAs[w.lower] {
			return -1
		}
	}
	return -1
}

// appositiveBetween reports whether the last comma among tokens
// from..to-1 opens a noun phrase (a determiner or a possessive pronoun
// after it): "P, the voice of C", not "P, who performed the voice of C".
func (a *article) appositiveBetween(from, to int) bool {
	for t := to - 1; t >= from; t-- {
		if a.toks[t].kind == kPunct && a.toks[t].text == "," {
			w := a.toks[t+1].lower
			return partDeterminers[w] || w == "its"
		}
	}
	return false
}
