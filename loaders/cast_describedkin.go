package loaders

// describedKinPart returns the item of the part in "plays her father, the
// police officer C," read from item n, the comma after the tie: an article,
// up to three describing words and a castable name that a comma, a full
// stop, a semicolon or the sentence's end closes. Else -1.
func (p *pctx) describedKinPart(n int) int {
	if p.w(n) != "," || !p.in(n+1, setRelations_0) {
		return -1
	}
	c := p.nameAfterDescriptors(n+1, 3)
	if c <= n+2 || !castableName(p.mm(c)) {
		return -1
	}
	if e := p.w(c + 1); e != "," && e != "." && e != ";" && e != "" {
		return -1 // (not "her father, the man Orrin trusts")
	}
	return c
}
