package loaders

// ratingLabel reports whether the capitalised word at i is an age rating's
// label followed by its grade ("Cert 18.", "Certificate 15.", "Rated
// 14A.", "Rated PG-13."), the closing line of a review: a rating, never a
// name, however the grade makes it look like a numbered title.
func (a *article) ratingLabel(s *sentence, i int) bool {
	w := a.toks[i].lower
	if w != "cert" && w != "certificate" && w != "rated" || i+1 >= s.b {
		return false
	}
	n := &a.toks[i+1]
	if n.nl > 0 {
		return false
	}
	if n.kind == kNum {
		return len(n.text) <= 3
	}
	return n.kind == kWord && len(n.text) <= 5 && n.text[0] >= 'A' && n.text[0] <= 'Z' && (n.allCaps || len(n.text) >= 2 && n.text[1] >= '0' && n.text[1] <= '9' || len(n.text) == 1)
}
