package loaders

// givenEpithetName reports whether mention m is a given name and its
// epithet ("Orrin the Bold", "Tobiah the Tinker": three words, "the" in
// the middle, the first a given name of the gazetteer and no common word,
// the last no film, series or format noun): a being's name, which
// defaultTitles leaves untyped instead of taking it for a title.
func (a *article) givenEpithetName(m *mention) bool {
	if m.words != 3 || int(m.b-m.a) != 3 || a.toks[m.a+1].lower != "the" {
		return false
	}
	first, last := &a.toks[m.a], &a.toks[m.a+2]
	if first.kind != kWord || !first.cap || first.allCaps || commonWords[first.lower] || !isGivenName(foldKey(first.text)) {
		return false
	}
	return last.kind == kWord && last.cap && !filmNouns[last.lower] && !seriesNouns[last.lower] && !productionNoun(last.lower)
}
