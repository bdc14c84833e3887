package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// workKindWords, written right before a name, say what kind of work the
// name is ("his short Tin Halo", "Quist's hit Harbor Lights", "the
// animated Copper Tide"): words typeKindTitles does not read as production
// nouns.
var workKindWords = setOf("short", "hit", "animated", "telenovela", "serial", "cartoon", "anime")

// workKindDeterminers stand before "short" and "hit" when they are nouns
// of a work ("his short", "a hit", "the 2004 short"), not an adverb or a
// verb ("in short", "the storm hit").
var workKindDeterminers = setOf("the", "a", "his", "her", "their", "its", "my", "our", "your", "first", "latest", "last",
	"biggest", "surprise", "breakout", "sleeper", "cult", "box-office", "animated", "oscar-winning", "award-winning")

// typeWorkKindTitles types as films, before the patterns run, the untyped
// names right after a word of workKindWords (no comma between): "short"
// and "hit" after a possessive, a year or a determiner, the others after
// anything. Personal names led by a given name, the surname or given name
// of a person of the article, countries, places and names in capitals are
// left alone.
func (a *article) typeWorkKindTitles() {
	for mi := range a.ments {
		m := &a.ments[mi]
		k := int(m.a) - 1
		if m.the {
			k--
		}
		s := &a.sents[m.sent]
		if m.typ != "" || k-1 < s.a || s.titleCase || m.allCaps || m.country || m.quoted {
			continue // (cheap tests first)
		}
		t := &a.toks[k]
		if t.kind != kWord || t.cap || !tokIn(t, workKindWords) {
			continue
		}
		if t.lower == "short" || t.lower == "hit" {
			if p := &a.toks[k-1]; !(p.kind == kPoss || p.kind == kNum && isYear(p.text) || p.kind == kWord && !p.cap && workKindDeterminers[p.lower]) {
				continue
			}
		}
		if e := int(m.b); e < s.b && a.toks[e].kind == kWord && !a.toks[e].cap && productionNouns3[a.toks[e].lower] {
			continue // "an animated Harbor series": the name modifies the noun
		}
		if isPlaceName(m) || !a.companyShaped(m) {
			continue
		}
		m.setType(kg.Film, 2)
	}
}
