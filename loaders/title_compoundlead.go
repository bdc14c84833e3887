package loaders

import "strings"

// compoundLeadSuffixes end a capitalised compound adjective that describes
// the name after it ("Spanish-language", "Tokyo-set", "Lisbon-born",
// "Depression-era"); such a word is no part of the name.
var compoundLeadSuffixes = []string{"-language", "-set", "-born", "-era", "-made", "-raised", "-speaking"}

// trimCompoundLeads drops a leading compound adjective of compoundLeadSuffixes
// from the name run it was read into ("the Spanish-language Gull Harbour
// (2006)" names "Gull Harbour"), so that the name's own cues (a year, a
// possessive) reach it. Quoted names and names of one word are left alone;
// the mentions change in place.
func (a *article) trimCompoundLeads() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 2 || m.quoted {
			continue
		}
		first := &a.toks[m.a]
		if first.kind != kWord || !first.cap || strings.IndexByte(first.lower, '-') < 0 || !compoundLead(first.lower) {
			continue
		}
		lead, rest, ok := strings.Cut(m.text, " ")
		if !ok || strings.ToLower(lead) != first.lower {
			continue
		}
		m.dropFirstWord(lead, rest)
		m.allCaps, m.acronymLead = false, false
	}
}

// compoundLead reports whether the lower-case word w ends in one of
// compoundLeadSuffixes after at least two letters.
func compoundLead(w string) bool {
	for _, suf := range compoundLeadSuffixes {
		if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
