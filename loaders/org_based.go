package loaders

import "strings"

// trimBasedPrefixes drops a place's "-based" adjective from the name run
// it was read into ("Harbourton-based Quill Lantern Media" becomes "Quill
// Lantern Media") and types the rest a real-world organisation: what is
// said to be based somewhere, named right after it, is a company or an
// agency. The rest must be one or more capitalised words with no quotes;
// names a strong cue typed already keep their type. It returns nothing;
// the mentions change in place.
func (a *article) trimBasedPrefixes() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 2 || m.quoted || m.digit || m.colon || m.typ != "" && m.strength >= 3 {
			continue
		}
		if first := &a.toks[m.a]; first.kind != kWord || !strings.HasSuffix(first.lower, "-based") {
			continue
		}
		lead, rest, ok := strings.Cut(m.text, " ")
		if !ok || !strings.HasSuffix(strings.ToLower(lead), "-based") {
			continue
		}
		m.dropFirstWord(lead, rest)
		m.allCaps, m.acronymLead = false, false
		m.setRealOrg()
	}
}
