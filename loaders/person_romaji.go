package loaders

// romajiMorae counts the morae of w when w, in lower case, is spelt
// entirely in the morae of Hepburn romanisation ("hiroshi" hi-ro-shi,
// "kanemura", "tannoumi" ta-n-no-u-mi): an optional doubled consonant,
// an optional onset (one consonant or ky, sh, ch, ts, ...) and a vowel
// making a syllable Hepburn writes (hepburnSyllable), or
// a moraic n before no vowel; else 0.
func romajiMorae(w string) int {
	n := 0
	for i := 0; i < len(w); {
		c := w[i]
		if romajiVowel(c) {
			i++
			n++
			continue
		}
		if c == 'n' && (i+1 == len(w) || !romajiVowel(w[i+1]) && w[i+1] != 'y') {
			i++
			n++ // the moraic n
			continue
		}
		if i+1 < len(w) && (w[i+1] == c && (c == 'k' || c == 's' || c == 't' || c == 'p') || c == 't' && w[i+1] == 'c') {
			i++ // a doubled consonant ("kk", "tch")
			n++
			c = w[i]
		}
		single := false
		switch {
		case i+2 < len(w) && w[i+1] == 'y' && romajiOnsetY(c):
			i += 2
		case i+2 < len(w) && (c == 's' || c == 'c') && w[i+1] == 'h', i+2 < len(w) && c == 't' && w[i+1] == 's':
			i += 2
		case romajiOnset(c):
			i, single = i+1, true
		default:
			return 0
		}
		if i >= len(w) || !romajiVowel(w[i]) || single && !hepburnSyllable(c, w[i]) {
			return 0
		}
		i++
		n++
	}
	return n
}

// hepburnSyllable reports whether the consonant c and the vowel v make a
// syllable Hepburn writes so: not "ti", "tu", "si", "zi", "di", "du",
// "hu" (Hepburn has "chi", "tsu", "shi", "ji", "fu"), no "f" but in "fu",
// no "y" before "i" or "e", no "w" but before "a" or "o" ("-tion", "time",
// "side", "wine" are English).
func hepburnSyllable(c, v byte) bool {
	switch c {
	case 't', 'd':
		return v != 'i' && v != 'u'
	case 's', 'z':
		return v != 'i'
	case 'h':
		return v != 'u'
	case 'f':
		return v == 'u'
	case 'y':
		return v != 'i' && v != 'e'
	case 'w':
		return v == 'a' || v == 'o'
	}
	return true
}

func romajiVowel(c byte) bool { return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o' }

// romajiOnset reports whether c opens a mora alone.
func romajiOnset(c byte) bool {
	switch c {
	case 'k', 'g', 's', 'z', 't', 'd', 'n', 'h', 'f', 'b', 'p', 'm', 'y', 'r', 'w', 'j':
		return true
	}
	return false
}

// romajiOnsetY reports whether c opens a mora with a "y" after it (kya, ryo).
func romajiOnsetY(c byte) bool {
	switch c {
	case 'k', 'g', 'n', 'h', 'b', 'p', 'm', 'r':
		return true
	}
	return false
}

// romajiName reports whether mention m is a personal name written in
// Hepburn romanisation, given name and family name ("Hiroshi Kanemura",
// "Tsumika Ose"), which the given-names gazetteer lacks: two capitalised
// words of ASCII letters, no word of the extractor's lexicons, each of two
// morae or more (romajiMorae) and five or more between them.
func (a *article) romajiName(m *mention) bool {
	if m.words != 2 || m.b-m.a != 2 {
		return false
	}
	total := 0
	for k := m.a; k < m.b; k++ {
		t := &a.toks[k]
		if t.kind != kWord || !t.cap || t.allCaps || len(t.lower) < 3 || !asciiLetters(t.lower) || lexiconWord(t.lower) {
			return false
		}
		n := romajiMorae(t.lower)
		if n < 2 {
			return false
		}
		total += n
	}
	return total >= 5
}
