package loaders

// boldEnd returns the end of sentence s without the emphasis signs ("*",
// "_") that close it: a heading line written in bold ("**4. Title
// (2006)**") ends, for the heading readers, at its bracket.
func boldEnd(toks []token, s *sentence) int {
	b := s.b
	for b > s.a+1 && toks[b-1].kind == kPunct && (toks[b-1].text == "*" || toks[b-1].text == "**" || toks[b-1].text == "_") {
		b--
	}
	return b
}
