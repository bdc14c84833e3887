package loaders

// thatWorkNouns, after "in that" or "on that", point back at a production
// named before: "P stars in that series as C", "Q was Maggie in that
// version".
var thatWorkNouns = setOf("film", "movie", "picture", "feature", "series", "show", "miniseries", "sitcom", "drama",
	"version", "adaptation", "remake", "sequel", "prequel", "spin-off", "spinoff", "reboot")

// inThatWork reports whether sentence si holds "in that" or "on that" and
// a thatWorkNouns noun: its credits are in the production named before
// it (demonstrativeFilm), not in the article's own.
func (a *article) inThatWork(si int) bool {
	s := &a.sents[si]
	for k := s.a + 1; k+1 < s.b; k++ {
		if a.toks[k].lower != "that" || a.toks[k+1].kind != kWord || !thatWorkNouns[a.toks[k+1].lower] {
			continue
		}
		if w := a.toks[k-1].lower; w == "in" || w == "on" {
			return true
		}
	}
	return false
}
