package loaders

// bareCreditAs reports whether the words from item v after the brackets
// closing at item k+1 may introduce the part of the person before them,
// though no casting verb stands right after the brackets: "as" ("stars P
// (Tidemark) as Lucy Vane", "P (The Long Quiet) as Odile, a widow") or,
// after ", who", a passive casting ("P (Tidemark), who has been cast as
// C"). The bracketed name k must be title-like (two words or more, or
// after "the") or the casting passive, so that the brackets hold an
// earlier credit, not the part.
func (p *pctx) bareCreditAs(k, v int) bool {
	m := p.mm(k)
	if m == nil || p.w(k+1) != ")" {
		return false
	}
	if p.is(v, "as") {
		return m.words >= 2 || m.the
	}
	return (p.is(v, "has") || p.is(v, "have") || p.is(v, "had")) && p.is(v+1, "been") && p.is(v+2, "cast") && p.is(v+3, "as")
}
