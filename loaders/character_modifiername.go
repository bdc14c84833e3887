package loaders

import "strings"

// modifiesNextName reports whether mention k modifies the part's name
// that follows it: one to three lower-case describing words (the last no
// "-ly" adverb, none a crew noun or an article) lead from it straight to
// the sentence's next mention, and modifierMention reads it as that
// name's modifier ("as the volcanic Harbour City gangster C", "as
// fictional FBI agent C", "as Tarrow team manager C"). Such a name is a
// place, a company or a team, never the part itself.
func (a *article) modifiesNextName(k int) bool {
	m := &a.ments[k]
	if k+1 >= len(a.ments) || a.ments[k+1].sent != m.sent || m.pronoun {
		return false
	}
	nx := &a.ments[k+1]
	n := int(nx.a) - int(m.b)
	if n < 1 || n > 3 {
		return false
	}
	for t := int(m.b); t < int(nx.a); t++ {
		w := &a.toks[t]
		if !a.describingAfter(t) || asDescriptors[w.lower] || crewAfterAs[w.lower] || strings.HasSuffix(w.lower, "ly") {
			return false
		}
	}
	return a.modifierMention(k+1, int(m.b)-1, n) == k
}
