package loaders

// nameAnswerLine reports whether toks, a sentence, is only a personal
// name of two or three capitalised words opening with a given name and
// closed by a full stop: an interview's answer ("Who plays the older
// sister? Dana Morrow. She was my first call."). Not after "!" or "?",
// which a title may end in ("Jeopardy!").
// Such a line is capitalised like a heading but reads as a sentence, so
// that its name is found and typed.
func nameAnswerLine(toks []token) bool {
	n := len(toks)
	if n < 3 || n > 4 {
		return false
	}
	if toks[n-1].text != "." {
		return false
	}
	for i := 0; i < n-1; i++ {
		if t := &toks[i]; t.kind != kWord || !t.cap || tokIn(t, titleFunctionWords) {
			return false
		}
	}
	return isGivenName(toks[0].lower)
}
