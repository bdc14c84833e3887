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
	return a.headlined(sj) && !a.filmFormat(sj) && !a.headlined(se) && a.seriesWordInOpening()
}

// seriesWordInOpening reports whether the headline line or the first two
// body sentences hold a series word (seriesNouns: "series", "show",
// "season", ...).
func (a *article) seriesWordInOpening() bool {
	for si := 0; si < len(a.sents) && si <= 2; si++ {
		s := &a.sents[si]
		for k := s.a; k < s.b; k++ {
			if t := &a.toks[k]; t.kind == kWord && tokIn(t, seriesNouns) {
				return true
			}
		}
	}
	return false
}
