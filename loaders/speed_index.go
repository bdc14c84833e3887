package loaders

import "strings"

// inLower reports whether set holds strings.ToLower(s). A short ASCII s is
// lower-cased into a stack buffer, so the look-up allocates nothing.
func inLower(set map[string]bool, s string) bool {
	var buf [32]byte
	if len(s) > len(buf) {
		return set[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return set[strings.ToLower(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if sl := slotOf(set); sl != nil {
		// a registered set: from the word's vocabulary row, looked up
		// without string hashing for a word of up to sixteen bytes
		return sl.bit(vocabRow(string(buf[:len(s)])))
	}
	return set[string(buf[:len(s)])]
}
