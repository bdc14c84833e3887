package loaders

// The word gate of clauseFallback's word loops: at a word item (no
// mention) the rules there act only at words of a few fixed sets (their
// first, cheap test, which returns before any side effect), so one look-up
// of the item's vocabulary bits decides whether any of them can act.
// clauseGateWords is the union of those sets:
//   - the first loop: orgMembersOfList (copulas), ledBy (ledByVerbs'
//     keys), orgRoleObject (castRoleVerbs)
//   - the second loop: crewOnFilms ("on", "of"), directingDebut
//     ("debut"), crewParts (partCreditVerbSet), pluralCrewList
//     (pluralCrewNouns), and the fallback itself (fallbackWords, its
//     first test)
//
// TestClauseGateWords checks that every trigger set is in the union;
// TestClauseGateComplete extracts the test pool with the gate on and off.
var clauseGateWords = clauseGateUnion()

// clauseGateSets are the trigger sets clauseGateWords joins.
func clauseGateSets() []map[string]bool {
	return []map[string]bool{copulas, ledByKeys, castRoleVerbs, partCreditVerbSet, pluralCrewNouns, fallbackWords,
		setOf("on", "of", "debut")}
}

func clauseGateUnion() map[string]bool {
	var words []string
	for _, s := range clauseGateSets() {
		for w := range s {
			words = append(words, w)
		}
	}
	return setOf(words...)
}

// clauseGateOff lets a test switch the gate off (every word item passes).
var clauseGateOff = false

// clauseGateOffset and clauseGateShift locate clauseGateWords' bit in a
// vocabulary row (set by init, after the vocabulary is frozen: this
// file's name sorts after speed_s1_vocab.go).
var (
	clauseGateOffset int
	clauseGateShift  uint32
)

func init() {
	clauseGateOffset, clauseGateShift = vocabBit(clauseGateWords, "clauseGateWords")
}

// clauseGate reports whether a rule of clauseFallback's word loops can
// act at word item t (no mention): p.in(t, clauseGateWords), read from
// the item's row at the set's known bit (no look-up of the set's slot).
func (p *pctx) clauseGate(t int) bool {
	if clauseGateOff {
		return true
	}
	if uint(t) >= uint(len(p.it)) || p.it[t].m >= 0 {
		return p.in(t, clauseGateWords)
	}
	it := &p.it[t]
	if it.v == 0 {
		it.v = vocabRow(it.w) + 1
	}
	return vocabBits[int(it.v-1)+clauseGateOffset]>>clauseGateShift&1 != 0
}
