package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// bestKnownAdverbs may stand before "best known" or "better known" ("P,
// then best known as C on F").
var bestKnownAdverbs = setOf("then", "now", "still", "perhaps", "probably", "arguably", "once")

// bestKnownAsParts reads a career aside that names an actor's part in a
// named work: "P, best known as C on F,", "P, then best known as C in F,",
// "P is better known as C from F". C is a name of one to three
// words, typed by no cue, weakly a person or a character, naming no
// person of the article and no part yet; "in", "on" or "from" follows it
// and leads to a film mention (filmAfterInAt). Without the preposition
// and the film "better known as" names a stage name ("P, better known as
// Kid C, ..."), which is left alone. C is typed a character and P's credit
// in the film gets it (giveActorPart).
func (a *article) bestKnownAsParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		as := int(m.a) - 1
		if as-2 <= s.a || a.toks[as].lower != "as" || int(m.b)+1 >= s.b {
			continue
		}
		if e := a.toks[m.b].lower; e != "in" && e != "on" && e != "from" {
			continue
		}
		if m.quoted || m.digit || m.colon || m.the || m.pronoun || m.words > 3 || !(weakOrNone(m) || m.typ == kg.Character) || a.isPart(k) || a.strongPersonName(m) {
			continue
		}
		pk := a.bestKnownActor(s, k, as)
		if pk < 0 || a.ments[pk].key == m.key {
			continue
		}
		f := a.filmAfterInAt(s, k, int(m.b))
		if f < 0 {
			continue
		}
		m.typ, m.strength = kg.Character, 3
		a.giveActorPart(pk, k, arg{m: int32(f), of: -1, abs: true})
	}
}

// bestKnownActor returns the actor of the career aside whose "as" is token
// as, before mention k of sentence s: the person before ", (then) best
// known as" or "is (now) better known as"; or -1.
func (a *article) bestKnownActor(s *sentence, k, as int) int {
	if k == 0 || a.ments[k-1].sent != a.ments[k].sent {
		return -1
	}
	prev := &a.ments[k-1]
	t := as - 1
	if a.toks[t].lower != "known" || a.toks[t-1].lower != "best" && a.toks[t-1].lower != "better" {
		return -1
	}
	t -= 2
	for n := 0; n < 2 && t > s.a && bestKnownAdverbs[a.toks[t].lower]; n++ {
		t--
	}
	if t <= s.a || a.toks[t].text != "," && !copulaParts[a.toks[t].lower] {
		return -1
	}
	if int(prev.b) != t {
		return -1
	}
	if !(prev.typ == kg.Person && prev.words >= 2 || (prev.typ == kg.Person || prev.typ == "") && a.personSurname(prev)) {
		return -1
	}
	return k - 1
}
