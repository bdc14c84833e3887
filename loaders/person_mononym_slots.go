package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// mononymSlot reports whether the one-word name from token first to token
// n of sentence s stands in an actor's slot that only a person fills (a
// stage name or a mononym no gazetteer knows):
//   - after a passive acting verb and "by" ("Tashi, played by Velkaran",
//     "voiced by Velkaran");
//   - before "as" and a part in a cast list (mononymCastSlot).
//
// cuedMononyms types such a name a person with its other checks.
func (a *article) mononymSlot(s *sentence, first, n int) bool {
	if n < s.b && a.toks[n].kind == kWord && a.toks[n].cap {
		return false // "played by Ngoc Le": the name goes on
	}
	if p := first - 1; p-1 >= s.a && a.toks[p].lower == "by" && actedByVerbs[a.toks[p-1].lower] {
		return true
	}
	return a.mononymCastSlot(s, first, n)
}

// actedByVerbs, before "by", make the name after them the actor of a part
// (mononymSlot).
var actedByVerbs = setOf("played", "voiced", "portrayed")

// mononymCastSlot reports whether the one-word name from token first to
// token n of sentence s is the actor of a cast list's item: "as" after it,
// and after "as" a determiner or possessive pronoun (castSlotDeterminers),
// a lower-case describing noun ("as swordsman Zoro") or a capitalised part
// ("and Velkaran as Durga", in a list of pairs: an "as" before it in the
// sentence); before it a cast list's joint (castSlotOpeners), "with" or a
// starring verb ("stars Velkaran as a struggling actor").
func (a *article) mononymCastSlot(s *sentence, first, n int) bool {
	if n+1 >= s.b || a.toks[n].lower != "as" {
		return false
	}
	t := &a.toks[n+1]
	if t.kind != kWord || !castSlotDeterminers[t.lower] && (commonWords[t.lower] || asPhraseWords[t.lower]) {
		return false // "Velkaran as well", "as if", "as of", "as much"
	}
	if castSlotDeterminers[t.lower] && n+2 < s.b {
		t = &a.toks[n+2]
	}
	if companyRoleNouns[t.lower] {
		return false // "with Quorvane as a co-financier": a company's part in a production
	}
	p := first - 1
	if p < s.a {
		return false // "Cast as the psychic", "Hailed as": a participle opening the sentence
	}
	if a.toks[p].lower == "and" && p-1 >= s.a && a.toks[p-1].kind == kWord && a.toks[p-1].cap {
		return false // "Parks and Recreation as": a title joined by "and"
	}
	if starringVerbs[a.toks[p].lower] || a.toks[p].lower == "with" {
		return true
	}
	if !castSlotOpeners[a.toks[p].lower] && !castSlotOpeners[a.toks[p].text] {
		return false
	}
	if !a.toks[n+1].cap {
		return true
	}
	for k := p - 1; k >= s.a; k-- {
		if a.toks[k].lower == "as" {
			return true // a list of pairs: "with A as her husband, Tomas, and Velkaran as Durla"
		}
	}
	return false // "Later, Velkaran as Moss Vane is a surprise": one name and a part, no list
}

// companyRoleNouns, after "as", name a company's part in a production, no
// actor's (mononymCastSlot).
var companyRoleNouns = setOf("co-financier", "financier", "distributor", "co-distributor", "streamer", "partner", "backer",
	"co-producer", "broadcaster", "network", "platform", "sponsor", "studio", "label", "publisher", "home")

// starringVerbs, before a name and "as", open a cast list (mononymCastSlot).
var starringVerbs = setOf("stars", "starred", "starring", "co-stars", "co-starred", "co-starring")

// asPhraseWords after "as" make no part: "as well", "as if", "as of".
var asPhraseWords = setOf("well", "if", "of", "though", "much", "long", "soon", "far", "usual", "such", "part", "per",
	"opposed", "yet", "ever", "always", "expected", "planned", "announced", "reported", "noted", "described", "seen")

// slotMononyms types a person, before the patterns run, each untyped
// one-word name in an actor's slot (mononymSlot) that cuedMononyms would
// take: no common, demonym or lexicon word, not in a title-case line, and
// no word of a longer name of the article (a surname resolves to its full
// name). Typed this early, the name is an actor to the cast patterns, which
// credit a one-word name only when it is a person ("C, played by Velkaran";
// "with Velkaran as the soldier").
func (a *article) slotMononyms() {
	var parts map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		if !m.bareMononym() {
			continue
		}
		s := &a.sents[m.sent]
		w := a.toks[m.a].lower
		if s.titleCase || len(w) < 3 || !a.mononymSlot(s, int(m.a), int(m.b)) || commonWords[w] || nonNames[w] || demonyms[w] {
			continue
		}
		if p := int(m.a) - 1; p >= s.a && placePrepositions[a.toks[p].lower] || strings.ContainsAny(w, "0123456789") || a.sentNamedBefore(mi) {
			continue // "with Film4 as a backer"; "play their children, Ki-woo and Ki-jung: ... Ki-jung as an art therapist"
		}
		if !a.longerNameParts(&parts)[w] {
			m.setType(kg.Person, 1)
		}
	}
}

// sentNamedBefore reports whether an earlier mention of mention mi's sentence
// has its name: a name the sentence named already (the part "Ki-jung" in
// "play their children, Ki-woo and Ki-jung: ... Ki-jung as an art
// therapist") is no actor newly cast.
func (a *article) sentNamedBefore(mi int) bool {
	m := &a.ments[mi]
	for oi := mi - 1; oi >= 0 && a.ments[oi].sent == m.sent; oi-- {
		if a.ments[oi].key == m.key {
			return true
		}
	}
	return false
}
