package loaders

import "strings"

// monthKeys are the keys of months as a registered set: a word item's
// vocabulary bits answer whether it names a month (see
// speed_s1_vocab.go) before months is looked up.
var monthKeys = keysOf(months)

// fictionalOrgKeys are the keys of fictionalOrgNouns, a gate the same way.
// It is built before org_institutions.go's init adds the institution nouns
// ("high", "college", "university", "hospital", "sect") to
// fictionalOrgNouns, so the rule it gates in mentionCues (a mention followed
// by a group noun is that group) does not fire before them, on purpose:
// measured over the 884-article pool, letting it fire types the place
// before "University" or "High" as an organisation (4 entity FPs in 4
// sets) for 2 fewer relation FPs in one.
var fictionalOrgKeys = keysOf(fictionalOrgNouns)

// lowerWordRow is lowerWord(s) with the vocabulary row of the result
// (vocabRow), ok false when it was not looked up (a long or non-ASCII s).
// A lower-cased word outside the vocabulary is cut from ar (nil: allocated).
func lowerWordRow(s string, ar *strArena) (w string, row int32, ok bool) {
	var buf [32]byte
	if len(s) > len(buf) {
		return strings.ToLower(s), 0, false
	}
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToLower(s), 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[i] = c
	}
	if !upper {
		return s, vocabRow(s), true
	}
	if row := vocabRow(string(buf[:len(s)])); row > 0 {
		return vocabWords[row/vocabW], row, true
	}
	return ar.bytes(buf[:len(s)]), 0, true
}

// tokRow caches row, the vocabulary row of t.lower, in t as tokIn would
// (once the vocabulary is built, when it leaves room for the index).
func tokRow(t *token, row int32) {
	if vocabW > 0 && len(vocabIDs) < 1<<16-1 {
		t.vr = uint16(row/vocabW) + 1
	}
}

// loneNonNames and versionCues are built by hand (not by setOf):
// registered here, before the vocabulary is frozen, so that tokIn answers
// them from the token's row (the sets are never changed after).
var _ = func() bool {
	registerSet(loneNonNames)
	registerSet(versionCues)
	return true
}()

// Gates on the keys of three look-up tables (never changed after
// initialisation), so that the common word, in none of them, is answered
// from its vocabulary row instead of hashed into the table:
// appositiveJobs asks jobNouns of the next eight words, subjectRuns asks
// runVerbs and pluralRunVerbs after every character name, typeKindPairs
// asks kindRels after every title.
var (
	jobNounKeys       = keysOf(jobNouns)
	runVerbKeys       = keysOf(runVerbs)
	pluralRunVerbKeys = keysOf(pluralRunVerbs)
	kindRelKeys       = keysOf(kindRels)
)
