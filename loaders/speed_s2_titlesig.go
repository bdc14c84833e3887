package loaders

import "strings"

// titleSigASCII is titleSig for an ASCII key of at most 32 words, read in
// place (titleSigFields split and joined a copy of every key it was
// asked about, and most keys have no number); ok is false for any other
// key.
func titleSigASCII(key string) (base, num string, ok bool) {
	var spans [32][2]int32
	n := 0
	for i := 0; i < len(key); {
		c := key[i]
		switch {
		case c >= 0x80:
			return "", "", false
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			i++
			continue
		}
		if n == len(spans) {
			return "", "", false
		}
		j := i + 1
		if c != ':' { // (a colon is a word of its own)
			for j < len(key) {
				d := key[j]
				if d >= 0x80 {
					return "", "", false
				}
				if d == ':' || d == ' ' || d == '\t' || d == '\n' || d == '\v' || d == '\f' || d == '\r' {
					break
				}
				j++
			}
		}
		spans[n] = [2]int32{int32(i), int32(j)}
		n++
		i = j
	}
	word := func(k int) string { return key[spans[k][0]:spans[k][1]] }
	for i := 0; i < n; i++ {
		w := word(i)
		num := romanOrNumber(w)
		if num == "" && i > 0 {
			// "chapter i", "part one": partNumeral(w) is partWordNumeral(w)
			// when romanOrNumber gave none, asked before the look-up of the
			// previous word since it is "" for nearly every word
			if pn := partWordNumeral(w); pn != "" && instalmentWords[word(i-1)] {
				num = pn
			}
		}
		if num == "" {
			continue
		}
		if i == 0 {
			if n == 1 {
				return "", num, true
			}
			continue
		}
		b := i
	trim:
		for b > 0 {
			switch word(b - 1) {
			case ":", "chapter", "part", "episode", "vol.", "vol", "volume", "-", "\u2013":
				b--
				continue
			}
			break trim
		}
		return joinSpans(key, spans[:b]), num, true
	}
	return "", "", true
}

// joinSpans returns the words of key at spans joined by single spaces: a
// substring of key when they stand so in it.
func joinSpans(key string, spans [][2]int32) string {
	if len(spans) == 0 {
		return ""
	}
	plain := true
	for k := 1; k < len(spans); k++ {
		if spans[k][0] != spans[k-1][1]+1 || key[spans[k-1][1]] != ' ' {
			plain = false
			break
		}
	}
	if plain {
		return key[spans[0][0]:spans[len(spans)-1][1]]
	}
	var sb strings.Builder
	for k, sp := range spans {
		if k > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(key[sp[0]:sp[1]])
	}
	return sb.String()
}
