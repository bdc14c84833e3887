package loaders

// titleSigNone reports whether titleSig(key) is certainly ("", ""): key
// is ASCII and none of its words (split at ASCII white space and colons,
// as titleSigASCII splits them) could give a number. titleSig's numbers
// come only from romanOrNumber (one or two digits, or "ii" to "ix" and
// "v": words of digits or of the letters i, v and x only) and from
// partWordNumeral ("i", "one" to "five"), so a key with no digit, no word
// of i, v and x only and no number word has none. Most keys are such, and
// one pass over their bytes answers them without splitting them into
// words and asking about each. A non-ASCII key is left to titleSig (its
// white space may be Unicode's).
func titleSigNone(key string) bool {
	start, ivx := 0, true // the current word's start; all its letters i, v or x so far
	for i := 0; i <= len(key); i++ {
		c := byte(' ') // (the end of key closes its last word)
		if i < len(key) {
			c = key[i]
		}
		switch {
		case c >= 0x80 || c >= '0' && c <= '9':
			return false
		case c == ' ' || c == ':' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			if i > start && (ivx || numberWord(key[start:i])) {
				return false
			}
			start, ivx = i+1, true
		case c != 'i' && c != 'v' && c != 'x':
			ivx = false
		}
	}
	return true
}

// numberWord reports whether w is a number word partWordNumeral reads.
func numberWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five":
		return true
	}
	return false
}
