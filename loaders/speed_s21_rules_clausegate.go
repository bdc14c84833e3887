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

// clauseGate reports whether a rule of clauseFallback's word loops can
// act at word item t (no mention).
func (p *pctx) clauseGate(t int) bool {
	return clauseGateOff || p.in(t, clauseGateWords)
}
