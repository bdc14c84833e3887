package loaders

// plainSurface reports whether NormalizeSurface(s) is s itself: ASCII
// (so NFC), no backquote, and white space only as single spaces between
// other characters, none beside a hyphen.
func plainSurface(s string) bool {
	if len(s) == 0 || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80 || c == '`' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ':
			if s[i+1] == ' ' || s[i+1] == '-' || s[i-1] == '-' {
				return false
			}
		}
	}
	return true
}

// asciiAlnum reports whether c is an ASCII letter or digit (isLetter or
// isDigit of the rune c, for c below utf8.RuneSelf).
func asciiAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// asciiUpper reports whether s is all ASCII and, if so, whether it has an
// upper-case letter.
func asciiUpper(s string) (ascii, upper bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false, false
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	return true, upper
}
