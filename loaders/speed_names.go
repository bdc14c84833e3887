package loaders

// givenFirst is isGivenName(lowerFirst(s)) without allocating when the
// first word is short ASCII with no white space or backquote (foldKey is
// then plain lower-casing).
func givenFirst(s string) bool {
	w := firstWord(s)
	var buf [32]byte
	if len(w) > len(buf) {
		return isGivenName(lowerFirst(s))
	}
	hyphen := -1
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || c == '`' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			return isGivenName(lowerFirst(s))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c == '-' && hyphen < 0 {
			hyphen = i
		}
		buf[i] = c
	}
	set := givenNames()
	if _, ok := set[string(buf[:len(w)])]; ok {
		return true
	}
	if hyphen > 0 { // (strings.Cut's first part, when not empty)
		_, ok := set[string(buf[:hyphen])]
		return ok
	}
	return false
}
