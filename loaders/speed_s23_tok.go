package loaders

// Byte classes for scanWord's loop and an ASCII isAllCaps for tokenize: a
// word's ASCII bytes are classed by one table load instead of a chain of
// range tests and rune checks.

const (
	otherByte = iota // non-ASCII, or one of - ' ` . (scanWord's rune tests decide)
	wordByte         // an ASCII letter or digit
	stopByte         // any other ASCII byte: it ends the word
)

// asciiWordClass is the class of each byte value.
var asciiWordClass = func() (c [256]uint8) {
	for b := 0; b < 0x80; b++ {
		switch {
		case asciiAlnum(byte(b)):
			c[b] = wordByte
		case b == '-' || b == '\'' || b == '`' || b == '.':
			c[b] = otherByte
		default:
			c[b] = stopByte
		}
	}
	return c
}()

// asciiAllCaps is isAllCaps for an ASCII s: no lower-case letter and more
// than one upper-case letter.
func asciiAllCaps(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			n++
		}
	}
	return n > 1
}
