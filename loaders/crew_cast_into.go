package loaders

// castObjects stand between "cast" and "in" as the person cast ("cast
// him in X").
var castObjects = setOf("him", "her", "them", "me", "us", "you")

// castInto reports whether the "in" at item k closes "cast him in", "cast
// P in" or "cast her as C in": the name after it is what the person was
// cast in.
func (p *pctx) castInto(k int) bool {
	j := k - 1
	if p.isM(j) && p.w(j-1) == "as" {
		j -= 2 // "as C"
	}
	if p.in(j, castObjects) || p.isM(j) {
		j--
	}
	return j < k-1 && p.w(j) == "cast" && !p.isM(j)
}
