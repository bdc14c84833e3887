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
	if placeNames[m.key] || m.words == 1 && countries[m.key] {
		return true
	}
	return m.words >= 2 && (streetHeads[lastKeyWord(m.key)] || placeHeads[lastKeyWord(m.key)])
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
// It returns nothing; the mentions change in place.
func (a *article) clearPlaceNames() {
	for mi := range a.ments {
		m := &a.ments[mi]
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
