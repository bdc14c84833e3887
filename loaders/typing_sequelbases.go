package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// typeSequelBases types as films, before the patterns run, the names
// (untyped, or typed a film only weakly) that an article also writes with
// a sequel number after them ("Skyreach" beside "Skyreach 2", "Tidebound"
// beside "Tidebound III: The Drowning"): a title and its numbered sequel are two films, and the
// bare one is the first, so the credits the text gives it ("starred in
// Skyreach", "Skyreach opened in 2016 ...") find their film instead of
// going to whatever other name a weak cue typed a film. The numbered name
// is typed too when nothing typed it. Only numbers up to nine (or II to
// IX) count, so "Studio 40" or "Route 77" make no base. Names typed
// anything else, personal names led by a given name ("Elinor II"), and a
// base written before a production noun ("the Skyreach franchise", "a
// Skyreach series") are left alone.
func (a *article) typeSequelBases() {
	var bases map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		if !strings.Contains(m.key, " ") || m.typ != "" && m.typ != kg.Film || !numberedShape(m) || m.personShaped() && givenFirst(m.text) {
			continue // (the given-name test last: most names have no number)
		}
		base, n := titleSig(m.key)
		if base == "" || len(n) != 1 || n == "1" || n == "0" || !strings.HasPrefix(m.key, base) {
			continue
		}
		if !strings.Contains(base, " ") && isGivenName(base) {
			continue // "Elinor II": a monarch, not a sequel
		}
		if bases == nil {
			bases = map[string]bool{}
		}
		bases[base] = true
	}
	if bases == nil {
		return
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; bases[m.key] && (m.typ != "" && m.typ != kg.Film || a.beingUse(m)) {
			bases[m.key] = false // a person, a part, a place or a company of that name
		}
	}
	found := false
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != "" && !(m.typ == kg.Film && m.strength < 2) || !bases[m.key] || m.words >= 2 && givenFirst(m.text) {
			continue
		}
		k := int(m.b)
		if k < a.sents[m.sent].b && a.toks[k].kind == kQuote {
			k++
		}
		if k < a.sents[m.sent].b && (tokIn(&a.toks[k], productionNouns3) || tokIn(&a.toks[k], franchiseNouns)) {
			continue // "the Skyreach franchise", "the 'Skyreach' spinoff": the base names the series
		}
		if p := int(m.a) - 1; p >= a.sents[m.sent].a && p < len(a.toks) && (a.toks[p].kind == kQuote && p > a.sents[m.sent].a && seriesOrdinals[a.toks[p-1].lower] || seriesOrdinals[a.toks[p].lower]) {
			continue // "a third Skyreach film": the series, not its first film
		}
		m.setType(kg.Film, 2)
		found = true
	}
	if !found {
		return
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != "" || !strings.Contains(m.key, " ") || m.personShaped() && givenFirst(m.text) {
			continue
		}
		if !numberedShape(m) {
			continue
		}
		if base, n := titleSig(m.key); base != "" && len(n) == 1 && bases[base] && strings.HasPrefix(m.key, base) {
			m.setType(kg.Film, 2)
		}
	}
}

// beingUse reports whether mention m is written as a being, not a title:
// a part after "as" or a playing verb ("as Skyreach", "voices Skyreach"),
// a possessor ("Skyreach's armour") or a possessed one ("Lund's
// Skyreach").
func (a *article) beingUse(m *mention) bool {
	s := &a.sents[m.sent]
	if k := int(m.b); k < s.b && a.toks[k].kind == kPoss {
		return true
	}
	if k := int(m.b); k+1 < s.b && a.toks[k].text == "(" && a.toks[k+1].kind == kWord && a.toks[k+1].cap {
		return true // "Skyreach (Ada Quill)": a part and its player
	}
	p := int(m.a) - 1
	if m.the {
		p--
	}
	if p < s.a {
		return false
	}
	if a.toks[p].lower == "as" {
		// "released as Skyreach: Dawn": a title
		return !(int(m.b) < s.b && a.toks[m.b].text == ":")
	}
	return a.toks[p].kind == kPoss || beingCues[a.toks[p].lower]
}

// beingCues before a name make it a part someone plays.
var beingCues = setOf("as", "plays", "played", "playing", "voices", "voiced", "voicing", "portrays", "portrayed")

// seriesOrdinals before a base name make it the name of the series ("the
// third Skyreach", "a new 'Skyreach' film").
var seriesOrdinals = setOf("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "new", "next", "latest")

// numberedShape reports cheaply whether mention m may hold a sequel
// number: a digit, a word starting with "i" or "v" after a space (the
// roman numerals II to IX, "vol."), or an instalment word before a
// numeral ("part three", "chapter two", "book one"); titleSig decides.
func numberedShape(m *mention) bool {
	k := m.key
	return m.digit || strings.Contains(k, " i") || strings.Contains(k, " v") ||
		strings.Contains(k, "part ") || strings.Contains(k, "chapter ") || strings.Contains(k, "book ")
}
