package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A drop head whose threshold no candidate's score can fall below never
// drops a credit. The committed model writes its unused drop thresholds
// as -1e9 (so m.drops is set and its weights keep all the heads), which
// made learnCandidates score every pair the rules credited, and sum the
// drop heads, for nothing. liveDrops tells the heads that can fire; the
// others are treated as absent.

// learnMaxAcc bounds |acc| of a head for any candidate, far above what
// learnCandidates can add: it adds at most about 300 features to a pair
// (at most learnMaxSent sentences of at most 50 features each, the
// subject-only features of at most 3 mentions, 40 pair-level ones), each
// an int8 weight.
const learnMaxAcc = 1 << 23

// liveDrops reports, per type t, whether drop head learnNT+t can fire:
// m.drops is set, its threshold is one learnCandidates heeds (above
// -1e30), and its score, bias + scale*acc with |acc| <= learnMaxAcc, can
// fall below that threshold; any is whether some head can.
func (m *learnModel) liveDrops() (live [learnNT]bool, any bool) {
	if !m.drops {
		return live, false
	}
	for t := range live {
		h := learnNT + t
		scale := float64(m.scale[h])
		if scale < 0 {
			scale = -scale
		}
		lowest := float64(m.bias[h]) - scale*learnMaxAcc
		live[t] = m.thr[h] > -1e30 && !(float64(m.thr[h]) <= lowest-1)
		any = any || live[t]
	}
	return live, any
}

// The entity types learnCandidates tells apart, as small codes (0: a
// mention of no entity).
const (
	ltcPerson uint8 = 1 + iota
	ltcFilm
	ltcOther
	ltcChar
	ltcOrg
)

// learnObjCodes are the codes of learnObjTypes.
var learnObjCodes = [len(learnObjTypes)]uint8{ltcFilm, ltcChar, ltcOrg}

// learnTypeCode is the code of an entity type.
func learnTypeCode(t kg.NodeType) uint8 {
	switch t {
	case kg.Person:
		return ltcPerson
	case kg.Film:
		return ltcFilm
	case kg.Character:
		return ltcChar
	case kg.Organisation:
		return ltcOrg
	}
	return ltcOther
}
