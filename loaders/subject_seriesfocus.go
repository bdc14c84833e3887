package loaders

// seriesOverSubject reports whether "the series" of an article names its
// subject film (local entity sj) rather than the film a series cue typed
// (local entity se): the subject is named in the headline line and
// carries no feature-film cue, the series-cued film is not named there,
// and the headline or the first two body sentences use a series word
// ("'X' Series Adds ...", "X has found its next threat ... in the third
// season of the comedy series"). A title with a series cue named only
// further down ("P (Y)", "best known for the sitcom Y") is then a credit
// in passing, not the series the article is about.
func (a *article) seriesOverSubject(sj, se int) bool {
	return a.headlined(sj) && !a.filmFormat(sj) && !a.headlined(se) && a.seriesWordInOpening(se)
}

// seriesWordInOpening reports whether the headline line or the first two
// body sentences hold a series word (seriesNouns: "series", "show",
// "season", ...) in a sentence that does not name local entity se (not
// "a prequel to the series Y": that word is Y's).
func (a *article) seriesWordInOpening(se int) bool {
	for si := 0; si < len(a.sents) && si <= 2; si++ {
		s := &a.sents[si]
		word := false
		for k := s.a; k < s.b && !word; k++ {
			t := &a.toks[k]
			word = t.kind == kWord && tokIn(t, seriesNouns)
		}
		if word && !a.namesEntity(si, se) {
			return true
		}
	}
	return false
}

// namesEntity reports whether a mention of sentence si belongs to local
// entity e.
func (a *article) namesEntity(si, e int) bool {
	ms, me := a.sentMentions(si)
	for mi := ms; mi < me; mi++ {
		if m := &a.ments[mi]; m.ent >= 0 && a.find(int(m.ent)) == e {
			return true
		}
	}
	return false
}
