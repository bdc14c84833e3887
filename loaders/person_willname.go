package loaders

// willOpensName reports whether the capitalised "Will" at token i, the
// first word of sentence s before a capitalised word, is a given name
// rather than a question's modal: the sentence does not end in "?", and
// "Will" opens it or follows only a list bullet ("- Will Tanner as Mark",
// "• Will Tanner (Mark)"). A possessive after the next word ("Will
// Tanner's Mark is back.") is a name only in a sentence ending in a full
// stop: a headline or a question without its mark ("Will Marvel's Blade
// Ever Happen") leaves it a modal.
func (a *article) willOpensName(s *sentence, i int) bool {
	if s.b-1 <= i+1 || a.toks[s.b-1].text == "?" || i+2 >= s.b {
		return false
	}
	if i != s.a && !(i == s.a+1 && bulletToken(&a.toks[s.a])) {
		return false
	}
	return a.toks[i+2].kind != kPoss || a.toks[s.b-1].text == "."
}

// bulletToken reports whether t is a list bullet: a dash, "•" or "*".
func bulletToken(t *token) bool {
	return t.kind == kDash || t.kind == kPunct && (t.text == "\u2022" || t.text == "*")
}
