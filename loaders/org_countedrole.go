package loaders

// memberCounts open a plural appositive that describes a list of
// characters ("A and B, two agents of X", "A and B, both members of X",
// "A and B, the two least competent knights of the X").
var memberCounts = setOf("two", "three", "four", "both")

// countedRole reads, from item k, "[the] two|three|four|both [up to three
// describing words] ROLEs PREP": it returns the item of the preposition
// and the singular role noun (a roleWords or memberJobNouns noun in the
// plural), or -1 and "".
func (p *pctx) countedRole(k int) (int, string) {
	if p.w(k) == "the" {
		k++
	}
	if !p.in(k, memberCounts) {
		return -1, ""
	}
	n := k + 1
	for c := 0; c < 4 && !p.isM(n) && isWordLike(p.w(n)) && !p.in(n, memberPreps); c++ {
		n++
	}
	if n == k+1 || p.isM(n) || !p.in(n, memberPreps) {
		return -1, ""
	}
	pl := p.w(n - 1)
	if len(pl) < 4 || pl[len(pl)-1] != 's' {
		return -1, ""
	}
	role := pl[:len(pl)-1]
	if !roleWords[role] && !memberJobNouns[role] {
		return -1, ""
	}
	return n, role
}
