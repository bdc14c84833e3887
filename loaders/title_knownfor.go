package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// knownForWords come before "for" and a production someone is known or
// honoured for ("best known for F", "an Oscar nominee for F").
var knownForWords = setOf("known", "remembered", "nominee", "nominees", "nominated")

// typeKnownForTitles types as films, after the patterns ran (so that the
// cast patterns of the sentence keep reading the article's own
// production), the untyped names someone is known for in passing: "best
// known for Tallow Shoals", "an Oscar nominee for Salt Hollow", "a
// familiar face to fans of Copper Road". Places, countries, dates, names
// in capitals, one common word, personal names led by a given name,
// surnames of the article's people, heads of a title cut at a small word,
// a name owning the next and one word before "and" ("known for Salt and
// Pepper") are left alone.
func (a *article) typeKnownForTitles() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		b := int(m.a)
		if m.the {
			b--
		}
		if b-2 <= s.a || m.typ != "" {
			continue
		}
		prev, before := a.toks[b-1].lower, a.toks[b-2].lower
		if !(prev == "for" && knownForWords[before] || prev == "of" && before == "fans") {
			continue
		}
		if !a.passingShowTitle(s, m) || m.words == 1 && int(m.b) < s.b && a.toks[m.b].lower == "and" {
			continue
		}
		m.setType(kg.Film, 2)
	}
}
