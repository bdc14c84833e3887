package loaders

// adjectiveJoin reports whether token t of sentence s joins two describing
// words of a part: a comma or "but" between two lower-case words that are
// no clause words, prepositions or part verbs ("the dim but lovable C",
// "a lordly, menacing C").
func (a *article) adjectiveJoin(s *sentence, t int) bool {
	if t-1 <= s.a || t+1 >= s.b {
		return false
	}
	if w := &a.toks[t]; !(w.kind == kPunct && w.text == ",") && !(w.kind == kWord && w.lower == "but") {
		return false
	}
	for _, x := range [2]int{t - 1, t + 1} {
		w := &a.toks[x]
		if w.kind != kWord || w.cap || notPartWords[w.lower] || clauseWords[w.lower] || playedVerbs[w.lower] || partVerbs[w.lower] || verbNounLeads[w.lower] {
			return false
		}
	}
	return true
}
