package loaders

// withRolesClose reports whether the list of people from item i to item
// last follows "with" (or the "and" after a "with P as C" phrase:
// withAsBefore) and closes with a phrase that names them a cast:
// "in support", "in supporting roles" (governedCloseIn), "in the leads",
// "in the lead roles", "in leading roles". Such a list is a cast even when
// the sentence speaks of the crew too ("Q co-wrote the comedy and stars as
// C, with A and B in support; R directed").
func (p *pctx) withRolesClose(i, last int) bool {
	if p.w(i-1) != "with" && !(p.w(i-1) == "and" && p.withAsBefore(i)) || p.w(last+1) != "in" {
		return false
	}
	k := last + 2
	if p.in(k, governedCloseIn) {
		return true
	}
	if p.w(k) == "the" {
		k++
		if p.w(k) == "leads" {
			return true
		}
	}
	return (p.w(k) == "lead" || p.w(k) == "leading" || p.w(k) == "starring") && p.w(k+1) == "roles"
}

// withAsBefore reports whether the "and" before item i continues a "with
// P as C" phrase: "with", a name and "as" a few items back, with no clause
// boundary between ("with Q as a producer and A, B and C in supporting
// roles").
func (p *pctx) withAsBefore(i int) bool {
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		switch p.w(k) {
		case ".", ";", "(", ")":
			return false
		case "with":
			return p.isM(k+1) && p.w(k+2) == "as"
		}
	}
	return false
}
