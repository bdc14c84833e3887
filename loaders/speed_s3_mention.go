package loaders

import "strings"

// mentionTextKey returns NormalizeSurface(raw) and nameKey of it. For a
// plain surface (speed_s2_norm.go) with a capital, both are cut from one
// allocation: the text, then its fold (foldKey of a plain surface is its
// ASCII lower-casing: no white space to collapse, no backquote).
func mentionTextKey(raw string) (text, key string) {
	return mentionTextKeyIn(raw, nil)
}

// mentionTextKeyIn is mentionTextKey with the strings of a plain surface
// cut from ar (nil: allocated).
func mentionTextKeyIn(raw string, ar *strArena) (text, key string) {
	if !plainSurface(raw) {
		text = normalizeSurface(raw)
		return text, nameKey(text)
	}
	n := len(raw)
	upper := false
	for i := 0; i < n; i++ {
		if c := raw[i]; 'A' <= c && c <= 'Z' {
			upper = true
			break
		}
	}
	if !upper {
		b, start := ar.builder(n)
		b.WriteString(raw)
		text = cut(b, start)
		return text, strings.TrimPrefix(text, "the ")
	}
	b, start := ar.builder(2 * n)
	b.WriteString(raw)
	for i := 0; i < n; i++ {
		c := raw[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	s := cut(b, start)
	return s[:n], strings.TrimPrefix(s[n:], "the ")
}
