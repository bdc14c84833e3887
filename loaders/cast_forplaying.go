package loaders

// forPlayingVerbs follow "for" in "P won an award for playing C".
var forPlayingVerbs = setOf("playing", "portraying", "voicing")

// forPlaying handles "P got an Oscar nomination for playing C" (item i is
// P): "for" and an acting gerund later in P's clause, no other person and
// no clause break between, and the part (maybe after describing words)
// closing its phrase. P played C in the film the clause names after the
// part, else in the one the text is about. It reports whether it claimed.
func (p *pctx) forPlaying(i int) bool {
	// find "for playing" first (plain word compares), then check the words
	// between
	f := -1
	for k := i + 1; k < len(p.it) && k < i+16; k++ {
		w := p.w(k)
		if w == "." || w == ";" || w == "," || w == "and" {
			return false
		}
		if w == "for" && p.in(k+1, forPlayingVerbs) {
			f = k
			break
		}
	}
	if f < 0 {
		return false
	}
	for k := i + 1; k < f; k++ {
		if p.isM(k) && (p.isPersonLike(k) || pcType(p.mm(k).typ)) || !p.isM(k) && p.wIn(k, clauseEnds) {
			return false
		}
	}
	c := p.nameAfterDescriptors(f+2, 3)
	return c > 0 && p.castPartAt(i, c)
}
