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
