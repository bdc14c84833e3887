package loaders

import (
	"sort"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// knownAsParts gives an actor the part a description introduces with
// "known as": "P plays the rogue agent known as C", "P will play the
// film's villain, a disgraced immortal known only as C", "P returns as
// the nameless assassin known as the C". The name right after "known
// (only/simply) as" ends its clause (a punctuation mark or a
// describedPartEnds word after it) and is typed by no cue, weakly a
// person or a character, names no person of the article and is no part
// yet. Between it and a part verb or "as" (knownAsHeads) stand at most
// twelve tokens of description that a determiner or an owner opens, with
// no clause word, semicolon or bracket. The actor is the person right
// before the verb (auxiliaries between: "will play"), or the person that
// opens the sentence with only films, companies and lower-case words
// between; after "as" it is the actor asActorBefore finds. The name is
// then typed a character and the credit given (giveActorPart).
func (a *article) knownAsParts() {
	for s, k := range a.bodyMentions() {
		c := &a.ments[k]
		if !(c.typ == "" || c.typ == kg.Person && c.strength <= 1 || c.typ == kg.Character) || c.pronoun || c.words > 3 || c.key == "" {
			continue
		}
		b := int(c.a)
		if b-1 > s.a && a.toks[b-1].lower == "the" {
			b-- // "known as the C"
		}
		kn := a.knownAsLead(s, b)
		if kn < 0 {
			continue
		}
		if e := int(c.b); e < s.b && !(a.toks[e].kind == kPunct && a.toks[e].text != "'s" || tokIn(&a.toks[e], describedPartEnds)) {
			continue
		}
		v := a.knownAsHead(s, kn)
		if v < 0 || a.isPart(k) || a.namesPerson(c) || a.strongPersonName(c) {
			continue
		}
		p := -1
		if a.toks[v].lower == "as" {
			p = a.asActorBefore(k, v, false)
		} else {
			p = a.verbActorBefore(s, k, v)
		}
		if p < 0 {
			continue
		}
		if c.typ != kg.Character {
			c.typ, c.strength = kg.Character, 2
		}
		a.giveActorPart(p, k, anaArg(anaFilm))
	}
}

// knownAsHeads open the description a "known as" name ends: a part verb,
// "as", or a copula after the actor ("P is the drifter known only as C").
var knownAsHeads = setOf("as", "plays", "play", "played", "playing", "voices", "voice", "voiced", "voicing",
	"portrays", "portray", "portrayed", "portraying", "is", "was")

// knownAsAdverbs may stand between "known" and "as" ("known only as C").
var knownAsAdverbs = setOf("only", "simply", "just", "merely")

// knownAsLead returns the token "known" of "known (only) as" right before
// token b of sentence s, or -1.
func (a *article) knownAsLead(s *sentence, b int) int {
	t := b - 1
	if t-1 <= s.a || a.toks[t].lower != "as" {
		return -1
	}
	t--
	if knownAsAdverbs[a.toks[t].lower] {
		t--
	}
	if t <= s.a || a.toks[t].lower != "known" {
		return -1
	}
	return t
}

// knownAsHead returns the part verb or "as" (knownAsHeads) that opens the
// description before token kn ("known") in sentence s: at most twelve
// tokens back, no clause word, semicolon or bracket between, and a
// determiner or a capitalised owner with its possessive right after it;
// or -1.
func (a *article) knownAsHead(s *sentence, kn int) int {
	for t, n := kn-1, 0; t > s.a && n < 12; t, n = t-1, n+1 {
		w := &a.toks[t]
		if w.kind == kPunct && w.text != "," && w.text != "'s" || w.kind == kWord && clauseWords[w.lower] && !knownAsHeads[w.lower] {
			return -1
		}
		if w.kind != kWord || !knownAsHeads[w.lower] || t+2 >= kn {
			continue
		}
		d := &a.toks[t+1]
		if partDeterminers[d.lower] || d.kind == kWord && d.cap && a.toks[t+2].kind == kPoss {
			return t
		}
		return -1
	}
	return -1
}

// verbActorBefore returns the actor of part verb v (before mention k of
// sentence s): the person mention right before v or with at most two
// lower-case words between ("will play", "also voices"), or the person
// mention that opens the sentence with only films, companies, commas,
// possessives and lower-case words between it and v; or -1.
func (a *article) verbActorBefore(s *sentence, k, v int) int {
	for j := k - 1; j >= 0 && a.ments[j].sent == a.ments[k].sent; j-- {
		o := &a.ments[j]
		if int(o.b) > v {
			continue
		}
		if a.semicolonBetween(int(o.b), v) {
			return -1
		}
		if o.typ == kg.Film || o.typ == kg.Organisation {
			continue
		}
		if o.typ != kg.Person || o.pronoun || int(o.b) < len(a.toks) && a.toks[o.b].kind == kPoss {
			return -1
		}
		if v-int(o.b) <= 2 && a.lowerWordsBetween(int(o.b), v) {
			return j
		}
		if a.opensSentence(s, o) && a.lowerWordsBetween(int(o.b), v) {
			return j
		}
		return -1
	}
	return -1
}

// lowerWordsBetween reports whether tokens from..to-1 hold no capitalised
// word outside a film or company mention: lower-case words, numbers,
// commas and possessives, and names typed a film or a company.
func (a *article) lowerWordsBetween(from, to int) bool {
	for t := from; t < to; t++ {
		w := &a.toks[t]
		if w.kind == kPunct && w.text != "," && w.text != "'s" || w.kind == kWord && w.cap && !a.inFilmOrCompany(t) {
			return false
		}
	}
	return true
}

// inFilmOrCompany reports whether token t lies in a mention typed a film
// or a company.
func (a *article) inFilmOrCompany(t int) bool {
	i := sort.Search(len(a.ments), func(i int) bool { return int(a.ments[i].b) > t })
	if i < len(a.ments) && int(a.ments[i].a) <= t {
		return a.ments[i].typ == kg.Film || a.ments[i].typ == kg.Organisation
	}
	return false
}

// opensSentence reports whether mention o opens sentence s, or follows a
// colon that ends at most three opening tokens ("EXCLUSIVE: P has ...").
func (a *article) opensSentence(s *sentence, o *mention) bool {
	b := int(o.a)
	return b == s.a || b-1 > s.a && b-1-s.a <= 3 && a.toks[b-1].text == ":"
}
