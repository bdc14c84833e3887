package loaders

// spinPairGuard switches off the typing of the second of two names joined
// by "and" before a spin-off word as the spin-off's franchise (tests
// switch it off).
var spinPairGuard = true

// pairedName reports whether the name at item i is the second of two names
// joined by "and" or "&" ("the Mara and Tobin spinoff"): the pair names
// the spin-off's leads, not the work it spins off, and the second name
// alone is no franchise.
func (p *pctx) pairedName(i int) bool {
	w := p.w(i - 1)
	return (w == "and" || w == "&") && p.isM(i-2)
}
