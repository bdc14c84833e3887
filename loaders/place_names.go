package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// isPlaceName reports whether the mention names a place by general
// vocabulary: a country, US state, region or major city of placeNames or
// countries, a street ("Madison Avenue") or a place ending in a placeHeads
// noun ("Echo Valley"), or a "-based" adjective
// ("Budapest-based", "New York-based").
func isPlaceName(m *mention) bool {
	if m.key == "" || m.quoted || m.the || m.digit || m.words > 3 {
		return false
	}
	if strings.HasSuffix(m.key, "-based") {
		return true
	}
	// (one vocabulary look-up for both sets: rowIn)
	if r := vocabRow(m.key); rowIn(r, m.key, placeNames) || m.words == 1 && rowIn(r, m.key, countries) {
		return true
	}
	if m.words < 2 {
		return false
	}
	last := lastKeyWord(m.key)
	r := vocabRow(last)
	return rowIn(r, last, streetHeads) || rowIn(r, last, placeHeads)
}

// clearPlaceNames takes the organisation type, and but for a street's the
// person type, away from the mentions that name places (isPlaceName),
// whatever cue gave them: "France's
// M6", "a London studio" and "New York society" name no company. A place
// a strong cue made a character or a production keeps that type (a
// character called "Paris", the series "Sesame Street"), except a
// "-based" adjective, which is never a name; a name ending in a
// placeHeads noun loses only the organisation type, and only a weak one
// (strength 2 or less: "the Crane Island navy" may be typed strongly).
// A name only the given-name cue typed a person loses that type after a
// locative preposition (locativeName: "races at Merry Valley and Sha
// Lin").
// It returns nothing; the mentions change in place.
func (a *article) clearPlaceNames() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ == kg.Person && m.strength <= 1 && a.locativeName(mi) {
			m.typ, m.strength = "", 0
			continue
		}
		if m.typ == "" || !isPlaceName(m) {
			continue
		}
		place := m.words >= 2 && placeHeads[lastKeyWord(m.key)]
		street := m.words >= 2 && streetHeads[lastKeyWord(m.key)] || place
		if m.typ == kg.Organisation && (!place || m.strength < 3) || m.typ == kg.Person && !street || strings.HasSuffix(m.key, "-based") {
			m.typ, m.strength, m.world, m.kind = "", 0, "", ""
		}
	}
}

// typeRealAgencies types the one-word acronyms of real-world agencies
// (realAgencies: "CIA", "MI6", "KGB") organisations of the real world,
// before the patterns run, so that "the KGB liaison Yuri" or "an MI6
// handler" never make the agency a character. It returns nothing.
func (a *article) typeRealAgencies() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words == 1 && !m.quoted && realAgencies[m.key] && (m.allCaps || len(m.key) > 4) {
			m.typ, m.strength = kg.Organisation, 3
			if m.world == "" {
				m.world = kg.WorldReal
			}
		}
	}
}

// locativePreps before a name make it a place ("at X", "near X").
var locativePreps = setOf("at", "in", "near", "outside", "around", "across", "inside")

// locativeName reports whether mention mi follows a locative preposition,
// alone or as a later name of a list after one ("at A and B"), and owns
// nothing with a possessive ("in Ana Vittor's film" names a person).
func (a *article) locativeName(mi int) bool {
	m := &a.ments[mi]
	s := &a.sents[m.sent]
	if e := int(m.b); e < s.b && a.toks[e].kind == kPoss {
		return false
	}
	for k := mi; ; k-- {
		b := int(a.ments[k].a)
		if b-1 < s.a {
			return false
		}
		if locativePreps[a.toks[b-1].lower] {
			return true
		}
		if k == 0 || a.ments[k-1].sent != m.sent || !a.listNext(&a.ments[k-1], &a.ments[k]) {
			return false
		}
	}
}
