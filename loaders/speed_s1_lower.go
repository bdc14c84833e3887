package loaders

import "strings"

// isGivenNameLower is isGivenName(strings.ToLower(s)) without allocating
// for a short ASCII s: the lower-cased copy lives in a stack buffer
// (isGivenName keeps nothing of its argument).
func isGivenNameLower(s string) bool {
	var buf [32]byte
	if len(s) > len(buf) {
		return isGivenName(strings.ToLower(s))
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return isGivenName(strings.ToLower(s))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return isGivenName(string(buf[:len(s)]))
}
