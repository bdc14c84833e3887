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
	for i := 0; i < len(key); i++ {
		c := sigByteClass[key[i]]
		if c == sigPlain { // (most bytes: a letter of a word)
			ivx = false
			continue
		}
		if c == sigIVX {
			continue
		}
		if c == sigStop { // (a digit or a non-ASCII byte)
			return false
		}
		if i > start && (ivx || numberWord(key[start:i])) { // (a separator closes a word)
			return false
		}
		start, ivx = i+1, true
	}
	return !(len(key) > start && (ivx || numberWord(key[start:])))
}

// The classes of sigByteClass.
const (
	sigPlain uint8 = iota // any other ASCII byte
	sigIVX                // i, v, x: a roman numeral's letters
	sigSep                // ASCII white space and the colon: word separators
	sigStop               // a digit or a non-ASCII byte: titleSigNone says no
)

// sigByteClass is the class of each byte for titleSigNone.
var sigByteClass = func() (t [256]uint8) {
	for c := 0x80; c < 0x100; c++ {
		t[c] = sigStop
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = sigStop
	}
	for _, c := range " :\t\n\v\f\r" {
		t[c] = sigSep
	}
	t['i'], t['v'], t['x'] = sigIVX, sigIVX, sigIVX
	return t
}()

// numberWord reports whether w is a number word partWordNumeral reads.
func numberWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five":
		return true
	}
	return false
}
