package loaders

// adaptedSource reports whether the "adapted" at item i has a source work
// as its subject ("the novel was adapted by P", "his graphic novel F was
// adapted by O"): a source noun among the four words before it, or right
// before the title there; the film then is not the subject.
func (p *pctx) adaptedSource(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if p.isM(k) {
			return p.wIn(k-1, sourceMediumNouns) || p.wIn(k-1, sourceNouns) // "the novel F was adapted by P"
		}
		if p.wIn(k, sourceMediumNouns) || p.wIn(k, sourceNouns) {
			return true
		}
	}
	return false
}
