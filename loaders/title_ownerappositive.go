package loaders

// ownerPossessiveEnd returns the token after an owner's possessive that
// opens at token k of sentence s: one to three capitalised words, initials
// with their full stops among them ("Tam Wells's", "T.J. Rowe's",
// "Starz's"), then "'s" or a bare apostrophe; -1 when none opens there.
func ownerPossessiveEnd(toks []token, s *sentence, k int) int {
	words := 0
	for x := k; x < s.b && x < k+6; x++ {
		t := &toks[x]
		switch {
		case t.kind == kWord && t.cap && t.nl == 0:
			words++
			if words > 3 {
				return -1
			}
		case t.text == "." && !t.space && words > 0:
		case t.kind == kPoss && words > 0 && x+1 < s.b:
			return x + 1
		default:
			return -1
		}
	}
	return -1
}
