package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// jobCopulaVerbs lead from an actor to a part described by its job: "P
// is NASA director C", "P was the team's head coach, C", "P plays the
// tour commissioner, C", "P appears as the Dunmere sheriff C".
var jobCopulaVerbs = setOf("is", "was", "as", "plays", "played", "voices", "voiced", "portrays", "portrayed")

// performerNouns describe the actor, not a part: "P is actor C" says
// nothing of a part.
var performerNouns = setOf("actor", "actress", "actors", "star", "co-star", "costar", "newcomer", "veteran", "legend",
	"icon", "late", "cast", "lead", "voice", "narrator", "host", "performer", "himself", "herself", "stand-in", "double")

// jobCopulaStops end the describing words of typeJobCopulaParts: a
// preposition or a conjunction opens another phrase ("P is with director
// C").
var jobCopulaStops = setOf("in", "on", "at", "for", "with", "by", "from", "of", "to", "and", "or", "but", "opposite",
	"alongside", "into", "under", "against", "than", "like")

// typeJobCopulaParts reads "P is <describing words> JOB(,) C" as a
// credit: between two personal names only a part can stand, so the job
// noun that typed C a person ("NASA director C", "the Otters' stern
// head coach, C", "Brackwater sheriff C") describes a part. P is a person
// of two words or more, the surname of one, or an untyped name led by a
// given name, ending right before "is", "was" or a part verb (or before
// ", who" and a few linking words and a part verb: "P, who plays the
// washed-up action star C"), or at most three lower-case words before
// "as" ("P appears on screen as the tour commissioner, C"); the describing words (at most five) are lower-case
// words, capitalised names and possessives, with no clause word,
// preposition or comma; JOB is a part noun or a job noun, no noun of a
// performer, and a crew noun only when a capitalised name or a
// possessive owns it ("NASA director C", not "executive producer C") or
// "is" or "was" and an article lead to it ("P is the investigations
// editor C", plainJobWords);
// after a part verb any job or performer's noun will do ("plays the rock
// star C"). C is a name of two or three words (personShaped), typed by no
// cue or a person, ends the clause and no strong cue types its name a
// person elsewhere in the article (strongPersonName).
// C is typed a character and the actor's credit in the article's
// production (or the film "in" leads to) gets it. Runs after the
// patterns, next to typeCopulaParts.
func (a *article) typeJobCopulaParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if k == 0 || a.ments[k-1].sent != m.sent || !m.personShaped() || m.words > 3 || m.pronoun || m.key == "" ||
			m.typ != "" && m.typ != kg.Person {
			continue
		}
		if !a.partNameEndsClean(s, m) {
			continue
		}
		t := a.wordBeforeName(s, m)
		if t < 0 || a.toks[t].cap {
			continue
		}
		v, owned := a.jobCopulaVerb(s, t)
		if v < 0 {
			continue
		}
		copula := (a.toks[v].lower == "is" || a.toks[v].lower == "was") && a.plainJobWords(v, t)
		if play := tokIn(&a.toks[v], ownedPlayVerbs); !play && (!a.jobNounAt(t) || a.crewJobAt(t) && !owned && !copula) || play && !a.jobNounAt(t) && !tokIn(&a.toks[t], performerNouns) {
			continue // "P is executive producer C": a real job; "P plays the rock star C": a part
		}
		pk := a.actorBefore(s, k, v)
		if pk < 0 || a.isPart(k) || a.strongPersonName(m) || a.ments[pk].key == m.key {
			continue
		}
		m.typ, m.strength = kg.Character, 3
		film := anaArg(anaFilm)
		if f := a.filmAfterIn(s, k); f >= 0 {
			film = arg{m: int32(f), of: -1, abs: true}
		}
		a.giveActorPart(pk, k, film)
	}
}

// crewJobAt reports whether token t is a crew or production job noun
// ("producer", "director", "editor").
func (a *article) crewJobAt(t int) bool {
	w := a.toks[t].lower
	return crewAfterAs[w] || jobLeadNouns[w] || otherJobNouns[w]
}

// jobNounAt reports whether token t is a lower-case part, crew or job noun
// and no performer's noun.
func (a *article) jobNounAt(t int) bool {
	w := &a.toks[t]
	if w.kind != kWord || w.cap || performerNouns[w.lower] {
		return false
	}
	return partNoun(w.lower) || crewAfterAs[w.lower] || otherJobNouns[w.lower] || jobLeadNouns[w.lower] || realPersonNouns[w.lower]
}

// jobCopulaVerb returns the jobCopulaVerbs token at most five describing
// tokens before the job noun at token t (lower-case words that are no
// clause words, capitalised words, possessives), or -1, and whether a
// capitalised word or a possessive owns the job ("NASA director",
// "the team's director").
func (a *article) jobCopulaVerb(s *sentence, t int) (int, bool) {
	owned := false
	for u, n := t-1, 0; u > s.a && n <= 5; u, n = u-1, n+1 {
		w := &a.toks[u]
		switch {
		case w.kind == kWord && !w.cap && jobCopulaVerbs[w.lower]:
			return u, owned
		case w.kind == kPoss || w.kind == kWord && w.cap:
			owned = true
		case w.kind == kWord && !tokIn(w, clauseWords) && !tokIn(w, jobCopulaStops):
		default:
			return -1, false
		}
	}
	return -1, false
}

// actorBefore returns the person mention that the verb at token v of
// sentence s follows (mention k is the part after it): a person of two
// words or more, the surname of one, or an untyped personal name led by
// a given name, ending right before v, or before ", who" and
// ownedPlayGap words before a part verb, or, before
// "as", at most three lower-case words before it ("P appears on screen
// as"); else -1.
func (a *article) actorBefore(s *sentence, k, v int) int {
	pk := k - 1
	for pk >= 0 && a.ments[pk].sent == a.ments[k].sent && int(a.ments[pk].b) > v {
		pk--
	}
	if pk < 0 || a.ments[pk].sent != a.ments[k].sent {
		return -1
	}
	p := &a.ments[pk]
	if gap := v - int(p.b); gap != 0 && ownedPlayVerbs[a.toks[v].lower] && a.toks[p.b].text == "," {
		// "P, who played", "P, who has also played"
		for u := int(p.b) + 1; u < v; u++ {
			if w := &a.toks[u]; w.kind != kWord || !ownedPlayGap[w.lower] {
				return -1
			}
		}
	} else if gap != 0 {
		if a.toks[v].lower != "as" || gap > 3 {
			return -1
		}
		for u := int(p.b); u < v; u++ {
			if w := &a.toks[u]; w.kind != kWord || w.cap || clauseWords[w.lower] && w.lower != "is" && w.lower != "was" {
				return -1
			}
		}
	}
	if p.pronoun || !(p.typ == kg.Person && p.words >= 2 || (p.typ == kg.Person || p.typ == "") && a.personSurname(p) ||
		p.typ == "" && p.personShaped() && isGivenName(a.toks[p.a].lower)) {
		return -1
	}
	return pk
}

// plainJobWords reports whether the words strictly between the copula at
// token v and the job noun at token t are an article and words that only
// describe the job ("is the investigations editor C", "was a veteran
// editor C"): a bare crew noun is a real job ("P is executive producer
// C"), a possessive pronoun names a co-worker ("is bringing his regular
// cinematographer, C"), and no verb form ending in -ing may stand there.
func (a *article) plainJobWords(v, t int) bool {
	if v+1 >= t || !articles[a.toks[v+1].lower] {
		return false
	}
	for u := v + 1; u < t; u++ {
		w := a.toks[u].lower
		if possessivePronouns[w] || strings.HasSuffix(w, "ing") {
			return false
		}
	}
	return true
}
