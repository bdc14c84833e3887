package loaders

// scoreLeads may open a film's music as a verb's object ("the score",
// "a new score", "its original music").
var scoreLeads = setOf("the", "its", "a", "an", "their", "his", "her")

// scoreObject reports whether the items from k name a film's music as a
// verb's object: a determiner, at most two plain words, then "score",
// "music", "soundtrack" or "songs" ("the score", "a new score", "its
// haunting original music"). "wrote the score" is a composer's credit,
// not a writer's.
func (p *pctx) scoreObject(k int) bool {
	if !p.in(k, scoreLeads) {
		return false
	}
	for n := k + 1; n <= k+3; n++ {
		if p.isM(n) {
			return false
		}
		if p.wIn(n, setRelations_37) {
			return true
		}
		if !isWordLike(p.w(n)) {
			return false
		}
	}
	return false
}
