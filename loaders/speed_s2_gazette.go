package loaders

// headingWords returns the lower-case words of the heading sentences
// heads: a gazette candidate whose first word is none of them can match
// nowhere, so gazette skips it.
func (a *article) headingWords(heads []int) map[string]bool {
	ws := map[string]bool{}
	for _, si := range heads {
		s := &a.sents[si]
		for i := s.a; i < s.b; i++ {
			ws[a.toks[i].lower] = true
		}
	}
	return ws
}

// firstUnquoted returns the lower form of the first token of toks that is
// not a quotation mark, or "" when there is none.
func firstUnquoted(toks []token) string {
	for i := range toks {
		if toks[i].kind != kQuote {
			return toks[i].lower
		}
	}
	return ""
}
