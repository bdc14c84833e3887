package loaders

import "strings"

// Lexicon look-ups on a word the hot rules already hold as a token or an
// item, answered from the word's vocabulary row (speed_s1_vocab.go: a
// word's memberships, looked up once per token or item) instead of hashing
// the string into the set at every call. Each is the plain map look-up it
// replaces, for every word (lexicon_rows_test.go checks them against it).

// crewVerbAt is isCrewVerb(p.w(i)); a mention's word (and "" out of the
// sentence) is looked up as isCrewVerb would.
func (p *pctx) crewVerbAt(i int) bool {
	return p.wIn(i, crewVerbWords)
}

// tokLeadNoun is leadNoun(t.lower): only a hyphenated word the set does
// not hold goes on to leadNoun's parts.
func tokLeadNoun(t *token) bool {
	return tokIn(t, leadNouns) || strings.IndexByte(t.lower, '-') >= 0 && leadNoun(t.lower)
}

// tokTrimIn is set[r] for r, t's word with at most a final dot trimmed
// (strings.TrimSuffix(t.lower, ".")): from the token's row when nothing was
// trimmed.
func tokTrimIn(t *token, r string, set map[string]bool) bool {
	if len(r) == len(t.lower) {
		return tokIn(t, set)
	}
	return set[r]
}

// tokMonth is months[t.lower] != 0: a word out of monthKeys is no month.
func tokMonth(t *token) bool {
	return tokIn(t, monthKeys) && months[t.lower] != 0
}
