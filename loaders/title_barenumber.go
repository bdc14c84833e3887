package loaders

// bareNumberTitle reports whether the plain number at token i of sentence s
// (two to four digits, nothing fused to it) is a title named on its own:
// after a production noun ("the 1998 film 54, written by ...", "the
// prequels 1887 and 1931") or an owner's possessive ("on Kestrel's 36;"),
// with nothing it could count after it (a comma, stop, bracket or "and").
func (a *article) bareNumberTitle(s *sentence, i int, listed bool) bool {
	toks := a.toks
	t := &toks[i]
	if len(t.text) < 2 || len(t.text) > 4 || i == s.a || i+1 >= s.b {
		return false
	}
	for k := 0; k < len(t.text); k++ {
		if t.text[k] < '0' || t.text[k] > '9' {
			return false
		}
	}
	p, n := &toks[i-1], &toks[i+1]
	if n.start != t.end && (n.text == "%" || n.kind == kWord && n.start == t.end) {
		return false
	}
	if !(n.kind == kPunct && (n.text == "," || n.text == "." || n.text == ";" || n.text == ")" || n.text == "(") ||
		n.kind == kWord && (n.lower == "and" || n.lower == "or") && i+2 < s.b && toks[i+2].kind == kNum) {
		return false
	}
	if n.text == "." && i+2 < s.b && toks[i+2].kind == kNum {
		return false // a decimal point
	}
	switch {
	case listed:
		return true // the second of "the prequels 1887 and 1931"
	case p.kind == kWord && !p.cap && productionCueNoun(p.lower):
		return true
	case p.kind == kPoss && i >= s.a+2 && toks[i-2].kind == kWord && toks[i-2].cap && !commonWords[toks[i-2].lower]:
		// (not "It's 1931.")
		return true
	}
	return false
}

// productionCueNoun reports whether lower-case word w names a production
// kind, singular or plural ("film", "prequels").
func productionCueNoun(w string) bool {
	if cueJoinNouns[w] {
		return true
	}
	return len(w) > 3 && w[len(w)-1] == 's' && cueJoinNouns[w[:len(w)-1]]
}
