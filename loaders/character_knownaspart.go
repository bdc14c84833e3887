package loaders

// partVerbBefore reports whether a part verb (ownedPlayVerbs) stands among
// the items after item b and before item i ("P plays the ghost, known
// simply as C", "P, who played the hired killer known as the C"): the name
// after "known as" is then the part's, not another title of the name at b,
// and aliasRule leaves it to knownAsParts.
func (p *pctx) partVerbBefore(b, i int) bool {
	for j := b + 1; j < i; j++ {
		if !p.isM(j) && p.in(j, ownedPlayVerbs) {
			return true
		}
	}
	return false
}
