package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// actorLeads before an owner's name make it an actor's: "opposite P's
// district attorney C".
var actorLeads = setOf("opposite", "alongside")

// typeOwnedJobParts reads "P's <describing words> JOB(,) C" as P's part
// when P is an actor: "Cora Vane's Europol detective Isa Larue", "opposite
// Kev Costa's New Orleans district attorney Jim Garrow", "Sharon Stane's
// book editor, Carly Norrin,". P is a person of two words or more with a
// possessive that the article credits as an actor (an acting credit names
// it) or that "opposite" or "alongside" leads; at most four describing
// words (capitalised modifiers or lower-case words that are no clause
// word or preposition) stand between the possessive and JOB, a part or
// job noun that is no crew noun ("P's longtime editor C" is P's crew);
// C is a name of two or three words, typed by no cue or weakly a person,
// named by no strong person cue, and ends the clause. C is typed a
// character and P's credit in the sentence (or the article's production)
// gets it; a capitalised modifier between that a cue took for P's part
// ("P's Europol detective") is untyped.
func (a *article) typeOwnedJobParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if k == 0 || a.ments[k-1].sent != m.sent || !m.personShaped() || m.words > 3 || m.pronoun || !weakOrNone(m) {
			continue
		}
		if !a.partNameEndsClean(s, m) {
			continue
		}
		t := int(m.a) - 1
		if t > s.a && a.toks[t].text == "," {
			t--
		}
		if t <= s.a || !a.jobNounAt(t) || a.crewJobAt(t) {
			continue
		}
		u := t - 1
		for n := 0; u > s.a && n < 4 && a.toks[u].kind == kWord && (a.toks[u].cap || !tokIn(&a.toks[u], clauseWords) && !tokIn(&a.toks[u], jobCopulaStops)); n++ {
			u--
		}
		if u <= s.a || a.toks[u].kind != kPoss {
			continue
		}
		pk := k - 1
		for pk >= 0 && a.ments[pk].sent == m.sent && int(a.ments[pk].b) > u {
			pk--
		}
		if pk < 0 || a.ments[pk].sent != m.sent || int(a.ments[pk].b) != u {
			continue
		}
		p := &a.ments[pk]
		if p.typ != kg.Person || p.words < 2 || p.key == m.key || a.strongPersonName(m) || a.isPart(k) {
			continue
		}
		if !(int(p.a) > s.a && tokIn(&a.toks[p.a-1], actorLeads)) && !a.creditedActor(p.key) {
			continue
		}
		for j := pk + 1; j < k; j++ {
			if o := &a.ments[j]; o.typ == kg.Character {
				o.typ, o.strength = "", 0 // the modifier a cue took for the part
			}
		}
		m.typ, m.strength = kg.Character, 3
		a.giveOwnedPart(pk, k)
	}
}

// creditedActor reports whether an acting credit of the article names the
// person key as its actor.
func (a *article) creditedActor(key string) bool {
	for i := range a.claims {
		if cl := &a.claims[i]; cl.rel == kg.ActedIn && cl.subj.m >= 0 && a.ments[cl.subj.m].key == key {
			return true
		}
	}
	return false
}

// giveOwnedPart gives the part c to the actor p's credit in c's sentence,
// replacing a part that stands between p and c (a modifier taken for the
// part, in the credit and in a portrayal claim), or else gives it as
// giveActorPart does in the article's production.
func (a *article) giveOwnedPart(p, c int) {
	sent := a.ments[c].sent
	given := false
	for i := range a.claims {
		cl := &a.claims[i]
		if cl.sent != sent || cl.subj.m != int32(p) {
			continue
		}
		if cl.rel == kg.ActedIn && cl.char.m > int32(p) && cl.char.m < int32(c) {
			cl.char = arg{m: int32(c), of: -1, abs: true}
			given = true
		} else if cl.rel == kg.Portrayed && cl.obj.m > int32(p) && cl.obj.m < int32(c) {
			cl.obj = arg{m: int32(c), of: -1, abs: true}
		}
	}
	if !given {
		a.giveActorPart(p, c, anaArg(anaFilm))
	}
}

// modifiesPart reports whether mention k only modifies the part that
// follows it: the next mention of its sentence is a part (in parts) with
// one to three lower-case words and maybe a comma between ("P's Europol
// detective C": "Europol" is no part).
func (a *article) modifiesPart(parts map[int32]bool, k int) bool {
	n := k + 1
	if n >= len(a.ments) || a.ments[n].sent != a.ments[k].sent || !parts[int32(n)] {
		return false
	}
	e, b := int(a.ments[k].b), int(a.ments[n].a)
	if b > e && a.toks[b-1].text == "," {
		b--
	}
	if b-e < 1 || b-e > 3 {
		return false
	}
	for t := e; t < b; t++ {
		if w := &a.toks[t]; w.kind != kWord || w.cap {
			return false
		}
	}
	return true
}
