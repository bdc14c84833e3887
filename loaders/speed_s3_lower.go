package loaders

import "strings"

// vocabWords holds each vocabulary word (every word a registered set
// holds, speed_s1_vocab.go) at its row number (row offset / vocabW):
// lowerWord hands back these strings instead of allocating a lower-cased
// copy. Written by init, read-only after.
var vocabWords []string

func init() {
	// (runs after speed_s1_vocab.go's init: files initialise in name order)
	vocabWords = make([]string, len(vocabIDs)+1)
	for w, row := range vocabIDs {
		vocabWords[row/vocabW] = w
	}
}

// lowerWord is strings.ToLower(s) (the same bytes); a short ASCII s whose
// lower-cased form is a vocabulary word comes back without allocating.
func lowerWord(s string) string {
	var buf [32]byte
	if len(s) > len(buf) {
		return strings.ToLower(s)
	}
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToLower(s)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[i] = c
	}
	if !upper {
		return s
	}
	if row := vocabRow(string(buf[:len(s)])); row > 0 {
		return vocabWords[row/vocabW]
	}
	return string(buf[:len(s)])
}

// appendLower appends strings.ToLower(s) to b. With b on a stack array
// and the string(...) of the result kept local, the lower-cased word
// costs no allocation: string(appendLower(buf[:0], s)) is
// strings.ToLower(s).
func appendLower(b []byte, s string) []byte {
	n := len(b)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return append(b[:n], strings.ToLower(s)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
