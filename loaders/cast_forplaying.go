package loaders

// forPlayingVerbs follow "for" in "P won an award for playing C".
var forPlayingVerbs = setOf("playing", "portraying", "voicing")

// forPlaying handles "P got an Oscar nomination for playing C" (item i is
// P): "for" and an acting gerund later in P's clause, no other person and
// no clause break between, and the part (maybe after describing words)
// closing its phrase. P played C in the film the clause names after the
// part, else in the one the text is about. It reports whether it claimed.
func (p *pctx) forPlaying(i int) bool {
	for k := i + 1; k < len(p.it) && k < i+16; k++ {
		if p.isM(k) {
			if p.isPersonLike(k) || pcType(p.mm(k).typ) {
				return false
			}
			continue
		}
		w := p.w(k)
		if w == "for" && p.in(k+1, forPlayingVerbs) {
			c := p.nameAfterDescriptors(k+2, 3)
			return c > 0 && p.castPartAt(i, c)
		}
		if w == "." || w == ";" || w == "," || clauseEnds[w] || w == "and" {
			return false
		}
	}
	return false
}
