package loaders

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// scanWordRef is scanWord before its byte-class table (the reference the
// table must agree with).
func scanWordRef(text string, i int) int {
	start := i
	letters := 0
	for i < len(text) {
		if asciiAlnum(text[i]) {
			i++
			letters++
			continue
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if isLetter(r) || isDigit(r) {
			i += n
			letters++
			continue
		}
		if isHyphen(r) || isApos(r) && r != '\u2018' {
			next := peekRune(text, i+n)
			if isLetter(next) || isDigit(next) && isHyphen(r) {
				if isApos(r) && (next == 's' || next == 'S') && !isLetter(peekRune(text, i+n+1)) {
					return i
				}
				i += n
				continue
			}
		}
		if r == '.' && letters == 1 && i+2 < len(text) && isLetter(peekRune(text, i+1)) && text[i+2] == '.' {
			j := i
			for j+2 < len(text) && text[j] == '.' && isLetter(rune(text[j+1])) && text[j+1] < utf8.RuneSelf && (text[j+2] == '.') {
				j += 2
			}
			return j + 1
		}
		break
	}
	if i == start {
		_, n := utf8.DecodeRuneInString(text[i:])
		return i + n
	}
	return i
}

func TestScanWordByteClasses(t *testing.T) {
	fixed := []string{"Perrin Vasquez's", "a.k.a. The Salt Ledger", "co-star, well-known", "U.S.-based", "rock 'n' roll",
		"O\u2019Hara\u2019s", "naïve café", "X-2 and 3-D", "`quoted`", "end.", "tab\there", "Zoë-Ann's", "J.J. Orme"}
	alphabet := []string{"a", "Z", "7", "-", "'", "`", ".", " ", ",", "s", "S", "\u2019", "\u2018", "é", "\u2010", "(", "\t", "x"}
	rng := rand.New(rand.NewSource(23))
	for n := 0; n < 20000; n++ {
		b := make([]byte, 0, 16)
		for k := rng.Intn(12) + 1; k > 0; k-- {
			b = append(b, alphabet[rng.Intn(len(alphabet))]...)
		}
		fixed = append(fixed, string(b))
	}
	for _, s := range fixed {
		for i := 0; i < len(s); i++ {
			if got, want := scanWord(s, i), scanWordRef(s, i); got != want {
				t.Fatalf("scanWord(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

func TestASCIIAllCaps(t *testing.T) {
	for _, s := range []string{"BBC", "B", "Bb", "ABC-2", "HBO's", "X2Y", "", "abc", "A.B.", "NASA"} {
		t.Run(s, func(t *testing.T) {
			if got, want := asciiAllCaps(s), isAllCaps(s); got != want {
				t.Fatalf("asciiAllCaps(%q) = %v, want %v", s, got, want)
			}
		})
	}
}
