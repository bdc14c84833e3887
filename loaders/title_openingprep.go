package loaders

// openingPreps are prepositions (and the question verb "Is") that open a
// sentence before a capitalised name: "In Harrow QC, ...", "At No 2, ...",
// "Is Wolf Hollow 3 happening?". "For", "Like", "Until" and "Without"
// are left out: they open well-known kinds of titles too.
var openingPreps = setOf("in", "at", "on", "with", "unlike", "is", "after", "during", "since", "despite", "from")

// openingPreposition reports whether the capitalised word at i, the first
// of its sentence, is a preposition of openingPreps followed by a
// capitalised word or a number on the same line: the preposition belongs
// to the sentence, not to the name after it ("In Harrow QC, Carlton's
// drama, she played ..." names "Harrow QC"), unless the article met the
// whole run as a name before.
func (a *article) openingPreposition(s *sentence, i int) bool {
	toks := a.toks
	if !tokIn(&toks[i], openingPreps) || i+1 >= s.b {
		return false
	}
	n := &toks[i+1]
	if n.nl > 0 || !(n.kind == kWord && n.cap || n.kind == kNum) || n.kind == kWord && n.lower == "the" {
		return false
	}
	return !a.metEarlier(s, i, a.extendRun(s, i))
}
