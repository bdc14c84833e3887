package loaders

// storySubjectAfterFilmNoun reports whether mention m is the subject of a
// sentence that opens "In the (new) film/movie/sequel/series(,)" and is
// followed right away by a lower-case word: "In the movie, Ardo Venn
// climbs the tower", "In the sequel, Marsh has a new partner". Such a name
// tells what happens in the film at hand (a character or a person); it is
// not the film's title, which a comma or the clause's own subject would
// follow ("In the film Salt Ledger, ...", "In the series Low Tide he
// played ...").
func (a *article) storySubjectAfterFilmNoun(m *mention) bool {
	s := &a.sents[m.sent]
	k := int(m.a) - 1
	if m.the {
		return false
	}
	if k-2 < s.a || a.toks[s.a].lower != "in" || a.toks[s.a+1].lower != "the" {
		return false
	}
	if a.toks[k].text == "," {
		k--
	}
	if k <= s.a+1 || a.toks[k].kind != kWord || a.toks[k].cap || !filmNouns[a.toks[k].lower] && !seriesNouns[a.toks[k].lower] {
		return false
	}
	for j := k - 1; j > s.a+1; j-- {
		if !adjFilm[a.toks[j].lower] {
			return false
		}
	}
	n := int(m.b)
	if n >= s.b || a.toks[n].kind != kWord || a.toks[n].cap {
		return false
	}
	switch a.toks[n].lower {
	case "and", "or", "nor", "of", "&":
		return false // "In the film Salt and Ledger ...": a title's inner word
	case "he", "she", "they", "we", "i", "you", "it", "the", "a", "an", "his", "her", "their":
		return false // "In the series Low Tide he played ...": the title, then the clause's own subject
	}
	return true
}
