package loaders

// learnKindCodes is learnKind by the learnTypeCode codes of the subject
// and object types: learnCandidates asked learnKind, which compares the
// type strings with every kind's, for each person mention and each object
// type, and has each mention's code already. Codes no kind has give
// learnKinds, as learnKind does for types no kind has.
var learnKindCodes = func() (t [ltcOrg + 1][ltcOrg + 1]uint8) {
	for s := range t {
		for o := range t[s] {
			t[s][o] = learnKinds
		}
	}
	for k := len(learnKindTypes) - 1; k >= 0; k-- { // (backwards: the first kind that fits wins, as in learnKind)
		st := learnKindTypes[k]
		t[learnTypeCode(st[0])][learnTypeCode(st[1])] = uint8(k)
	}
	return t
}()
