package loaders

// instalmentNouns name a release part of a season or a film ("Part 2",
// "Volume 1"): with a number alone they label an instalment, no title.
var instalmentNouns = setOf("part", "volume", "vol.")

// dropInstalmentLabels clears the bare instalment labels ("Part 1 debuts
// in January and Part 2 in February", "Before Volume 1 of the season
// lands"): a name of an instalment noun and a number (digits or a number
// word) only, unquoted, that stands on its own (at the sentence's start
// or after a lower-case word, a comma, a bracket, a semicolon, or a colon
// after a lower-case word) and so names a part of something, not a film.
// A label after a title's dash or colon ("Breaking Point - Part 2") is
// left to the joins. The cleared mention takes no type and no key.
func (a *article) dropInstalmentLabels() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.quoted || m.b != m.a+2 || !tokIn(&a.toks[m.a], instalmentNouns) {
			continue
		}
		if n := &a.toks[m.a+1]; n.kind != kNum && !numberWords[n.lower] || len(n.text) > 2 {
			continue
		}
		if !a.labelStandsAlone(int(m.a), a.sents[m.sent].a) {
			continue
		}
		m.typ, m.strength, m.key = "", 0, ""
	}
}

// labelStandsAlone reports whether token t, in a sentence starting at
// token s0, opens no longer name: it starts the sentence or follows a
// lower-case word, a comma, an opening bracket, a semicolon, or a colon
// after a lower-case word ("in three parts: Part 1").
func (a *article) labelStandsAlone(t, s0 int) bool {
	if t <= s0 {
		return true
	}
	p := &a.toks[t-1]
	switch {
	case p.kind == kWord:
		return !p.cap
	case p.text == "," || p.text == "(" || p.text == ";":
		return true
	case p.text == ":":
		return t-2 >= s0 && a.toks[t-2].kind == kWord && !a.toks[t-2].cap
	}
	return false
}
