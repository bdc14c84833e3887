package loaders

// possessorBeforeActor reports whether the clause subject at item subj is
// an owner's possessive ("P's", "P'") and a personal name not itself a
// possessive stands between it and the "as" at item t: in "Q's comedy
// stars A as C" the part is A's, and Q made the film ("Q's haunted turn
// as C", with no other name, stays Q's part).
func (p *pctx) possessorBeforeActor(subj, t int) bool {
	if w := p.w(subj + 1); w != "'s" && w != "'" {
		return false
	}
	for j := subj + 2; j < t; j++ {
		if p.isM(j) && p.isPersonLike(j) && p.w(j+1) != "'s" && p.w(j+1) != "'" {
			return true
		}
	}
	return false
}
