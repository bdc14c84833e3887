package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// ownedPartVerbs lead from an actor to a part another being owns: "P is
// Maren's daughter, C", "P was his rival C", "P is back as Ivo's wife, C".
var ownedPartVerbs = setOf("is", "was", "as")

// ownedPlayVerbs lead from an actor to an owned part too: "P plays
// Maren's daughter, C", "P, who played his rival C,".
var ownedPlayVerbs = setOf("plays", "played", "playing", "play", "voices", "voiced", "voicing", "portrays", "portrayed",
	"portraying", "reprises", "reprised", "reprising")

// ownedPlayGap may stand between the actor and a play verb ("P, who has
// also played").
var ownedPlayGap = setOf("who", "has", "had", "have", "also", "once", "will", "would", "now", "still", "to", "again",
	"later", "first", "famously", "memorably", "previously")

// typeOwnedParts reads "P is OWNER'S <describing words>, C", "P is
// his <describing words> C" and "P is back as OWNER'S <describing
// words>, C" as a credit: the describing words (one to four lower-case
// words, the last a noun) are owned by a possessive pronoun, a name's
// possessive or "the <noun>'s" ("the film's villain, C"); P is a person
// of two words or more (or the surname of one) right before "is" or
// before "as" over a few linking words, or, before a play verb ("P
// plays his wife and business partner, C"), a person-shaped name no cue
// typed, then typed a person. C is of one to
// three words, typed by no cue or weakly a person, names no person of the
// article and ends the clause. C is typed a character; the actor's credit
// in the sentence with no part gets it, else a credit in the article's
// production (or in the film "in" leads to after C) is added. Runs after
// the patterns, next to typeCopulaParts.
func (a *article) typeOwnedParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if k < 1 || a.ments[k-1].sent != m.sent || !weakOrNone(m) && !(m.typ == kg.Character && !m.quoted && !a.isPart(k)) || m.pronoun || m.country || m.key == "" || m.words > 3 {
			continue
		}
		if e := int(m.b); e < s.b && (a.toks[e].kind == kPoss || !copulaPartEnds[a.toks[e].lower] && !a.appositiveEnd(s, e)) {
			continue
		}
		v, pk := a.ownedPartLead(s, k)
		if pk < 0 {
			continue
		}
		p := &a.ments[pk]
		untypedPlayer := p.typ == "" && ownedPlayVerbs[a.toks[v].lower] && p.personShaped() && !p.short && !p.country
		if p.pronoun || !(p.typ == kg.Person && p.words >= 2 || (p.typ == kg.Person || p.typ == "") && a.personSurname(p) || untypedPlayer) {
			continue
		}
		if a.toks[v].lower == "as" && a.isPart(k) || a.namesPerson(m) || demonym(foldKey(m.text)) || moreDemonyms[foldKey(m.text)] {
			continue
		}
		m.typ, m.strength = kg.Character, 2
		if untypedPlayer {
			p.setType(kg.Person, 2) // "P plays his wife and partner, C": the play verb and the owned part make P an actor
		}
		if a.movePartFromOwner(pk, k) {
			continue
		}
		film := anaArg(anaFilm)
		if f := a.filmAfterIn(s, k); f >= 0 {
			film = arg{m: int32(f), of: -1, abs: true}
		}
		a.giveActorPart(pk, k, film)
	}
}

// movePartFromOwner gives the part c to the claims of actor p that name the
// owner of c's description instead ("P played Frazier's partner, C": a
// cue read Frazier as the part), and reports whether one did.
func (a *article) movePartFromOwner(p, c int) bool {
	moved := false
	for i := range a.claims {
		cl := &a.claims[i]
		if !cl.subj.abs || int(cl.subj.m) != p {
			continue
		}
		o := &a.ments[c-1]
		if cl.rel == kg.ActedIn && cl.char.abs && int(cl.char.m) == c-1 && o.sent == a.ments[c].sent {
			cl.char.m = int32(c)
			moved = true
		}
		if cl.rel == kg.Portrayed && cl.obj.abs && int(cl.obj.m) == c-1 && o.sent == a.ments[c].sent {
			cl.obj.m = int32(c)
			moved = true
		}
	}
	return moved
}

// ownedPartLead returns, for the part mention k of sentence s, the token
// of the verb ("is", "was" or "as") before its owned description and the
// actor's mention, or -1 for the actor when the words before k do not
// read "P is OWNER'S <describing words>(,) C".
func (a *article) ownedPartLead(s *sentence, k int) (int, int) {
	m := &a.ments[k]
	t := int(m.a) - 1
	for n := 0; n < 2 && t > s.a && a.toks[t].kind == kWord && a.toks[t].cap && (rankWords[a.toks[t].lower] || nameTitles[a.toks[t].lower]); n++ {
		t-- // "his partner, Detective C"
	}
	if t > s.a && a.toks[t].text == "," {
		t--
	}
	n := 0
	for ; t > s.a && n < 4; t, n = t-1, n+1 {
		w := &a.toks[t]
		if w.lower == "and" && n > 0 && t-1 > s.a && a.toks[t-1].kind == kWord && !a.toks[t-1].cap && !possessivePronouns[a.toks[t-1].lower] {
			continue // "his sister and bookkeeper, C"
		}
		if w.kind != kWord || w.cap || notPartWords[w.lower] || clauseWords[w.lower] || partDeterminers[w.lower] ||
			possessivePronouns[w.lower] || crewAfterAs[w.lower] || otherJobNouns[w.lower] {
			break
		}
	}
	if n == 0 || t <= s.a {
		return -1, -1
	}
	before := k - 1 // the mention before the description: the actor, or the owner
	lead := t
	switch w := &a.toks[t]; {
	case w.kind == kWord && !w.cap && (w.lower == "his" || w.lower == "her" || w.lower == "their"):
	case w.kind == kPoss && int(a.ments[k-1].b) == t:
		// "Maren's daughter": the owner's mention, the actor before it
		lead = int(a.ments[k-1].a)
		before = k - 2
	case w.kind == kPoss && t-2 > s.a && a.toks[t-1].kind == kWord && !a.toks[t-1].cap && a.toks[t-2].lower == "the" &&
		int(a.ments[k-1].b) <= t-2:
		lead = t - 2 // "the film's villain"
	default:
		return -1, -1
	}
	v := lead - 1
	if v <= s.a || before < 0 || a.ments[before].sent != m.sent || !ownedPartVerbs[a.toks[v].lower] && !ownedPlayVerbs[a.toks[v].lower] {
		return -1, -1
	}
	pe := v
	if ownedPlayVerbs[a.toks[v].lower] {
		// "P played", "P, who has played", "P, playing"
		for n := 0; pe-1 > s.a && n < 3 && a.toks[pe-1].kind == kWord && !a.toks[pe-1].cap && ownedPlayGap[a.toks[pe-1].lower]; n++ {
			pe--
		}
		if a.toks[pe].lower == "who" || pe == v && a.toks[v].lower == "playing" {
			if a.toks[pe-1].text != "," {
				return -1, -1
			}
			pe--
		}
	}
	if a.toks[v].lower == "as" {
		for n := 0; pe-1 > s.a && n < 5 && a.toks[pe-1].kind == kWord && !a.toks[pe-1].cap && !ownedAsGapStops[a.toks[pe-1].lower] && !castGapStop[a.toks[pe-1].lower]; n++ {
			pe--
		}
		if pe < v && a.toks[pe-1].text == "," {
			// "P, who broke out in F, returns as": the relative clause's person
			return v, a.relativeSubject(s, before, pe-1)
		}
	}
	if int(a.ments[before].b) != pe {
		return -1, -1
	}
	return v, before
}

// ownedAsGapStops, between a name and "as", say something other than
// casting ("known as", "worked as his assistant") or close the clause.
var ownedAsGapStops = setOf("and", "or", "but", "who", "whose", "which", "that", "while", "when", "with", "than", "known",
	"such", "served", "serves", "serving", "worked", "works", "working", "same", "described", "introduced", "billed",
	"credited", "listed", "identified", "referred", "dressed", "disguised", "posing", "posed", "masquerading")

// relativeSubject returns the person whose relative clause the comma at
// token comma closes ("P, who broke out in F, returns as"): the nearest
// mention at or before mention k typed a person, followed by a comma and
// "who", with no semicolon between; or -1.
func (a *article) relativeSubject(s *sentence, k, comma int) int {
	for j, n := k, 0; j >= 0 && n < 8 && a.ments[j].sent == a.ments[k].sent; j, n = j-1, n+1 {
		o := &a.ments[j]
		e := int(o.b)
		if e+2 >= comma || a.toks[e].text != "," || a.toks[e+1].lower != "who" {
			continue
		}
		if o.typ != kg.Person || a.semicolonBetween(e, comma) {
			return -1
		}
		return j
	}
	return -1
}
