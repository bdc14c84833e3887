package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// typeListedPeople types as people the untyped personal names of a list
// (names joined by commas and "and") that holds a personal name typed a
// person and nothing typed otherwise: "Also appearing are Genna Walden,
// Nicky M. Jameson, Arto Frousher and Clark Jessup", "from Bill Mossgiel and
// Mandy Korrigan". Only names of two to four words take the type, and only
// from a person of two words or more: one-word names in lists are as
// often parts ("Mungo, Sorrel, Pibb and Quenna"); a list right after "as"
// is one of parts, a list holding a name right after a possessive is one
// of owned names ("P's C and Q's D": parts or works), a last name that
// owns what follows is no member ("F, P's adaptation of the novel": a
// name and its appositive), and a name with a
// lower-case word, a sequel number or a plural job noun first ("Son of
// Ezra", "Glacier II", "Songwriters P") is left alone.
func (a *article) typeListedPeople() {
	for i := 0; i < len(a.ments); {
		j := i + 1
		for j < len(a.ments) && a.ments[j].sent == a.ments[i].sent && a.listNext(&a.ments[j-1], &a.ments[j]) {
			j++
		}
		next := j
		if e := int(a.ments[j-1].b); e < len(a.toks) && a.toks[e].kind == kPoss {
			j-- // (the last name owns what follows: no list member)
		}
		if j-i >= 2 && !a.sents[a.ments[i].sent].titleCase && !a.afterAs(&a.ments[i]) {
			person, other := false, false
			for k := i; k < j; k++ {
				switch m := &a.ments[k]; {
				case m.typ == kg.Person && m.words >= 2:
					person = true
				case m.typ != "" && m.typ != kg.Person:
					other = true
				case m.a > 0 && a.toks[m.a-1].kind == kPoss && !m.the:
					// "P's C and Q's D": owned names, parts or works, no people
					other = true
				}
			}
			if person && !other {
				for k := i; k < j; k++ {
					if m := &a.ments[k]; m.typ == "" && m.personShaped() && !m.short && a.plainName(m) {
						m.setType(kg.Person, 1)
					}
				}
			}
		}
		i = next
	}
}

// afterAs reports whether "as" comes right before mention m.
func (a *article) afterAs(m *mention) bool {
	b := int(m.a) - 1
	if m.the {
		b--
	}
	return b >= 0 && a.toks[b].lower == "as"
}

// epithetHeads end a character's epithet rather than a personal name
// ("the Tuesday Killer").
var epithetHeads = setOf("killer", "slayer", "hunter", "master", "maker", "knight", "ghost", "witch", "wizard")

// plainName reports whether mention m reads as a plain personal name:
// every word capitalised, none a title, role or epithet word ("Vice
// President", "Tuesday Killer"), no article before it, no sequel number last, no plural noun ending in
// "-ers" first.
func (a *article) plainName(m *mention) bool {
	for k := m.a; k < m.b; k++ {
		t := &a.toks[k]
		if t.kind == kWord && (!t.cap || nameTitles[t.lower] || roleWords[t.lower] || epithetNouns[t.lower] || epithetHeads[t.lower]) {
			return false
		}
	}
	if m.a > 0 && (a.toks[m.a-1].lower == "the" || a.toks[m.a-1].lower == "a") {
		return false // "the Iron Chair"
	}
	switch a.toks[m.b-1].text {
	case "II", "III", "IV", "VI", "VII", "VIII", "IX", "X":
		return false
	}
	w := a.toks[m.a].lower
	return !(len(w) > 4 && w[len(w)-3:] == "ers") && !commonWords[w]
}

// retypeTitleNamedPeople gives the film type to the names a weak cue typed
// a person that are, in full, the name or the subtitle of a film of the
// article ("Dead Town stars Laurel Cowan" after "The Shambling Dead: Dead
// Town"): one name, one sense.
func (a *article) retypeTitleNamedPeople() {
	var titles map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Film || m.strength < 2 {
			continue
		}
		if titles == nil {
			titles = map[string]bool{}
		}
		titles[m.key] = true
		if _, sub, ok := strings.Cut(m.key, ": "); ok {
			titles[strings.TrimPrefix(sub, "the ")] = true
		}
	}
	if titles == nil {
		return
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == kg.Person && m.strength <= 1 && m.words >= 2 && titles[m.key] {
			m.typ, m.strength = kg.Film, 2
		}
	}
}
