package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord  uint8 = iota + 1 // letters (with inner hyphens, apostrophes, abbreviation dots)
	kNum                    // digits, maybe with , . and a letter suffix (7th, 1990s)
	kPunct                  // any other single character
	kQuote                  // an opening or closing quotation mark
	kDash                   // a dash standing alone (not inside a word)
	kPoss                   // possessive marker: 's or a lone apostrophe after s
)

// token is one token of an article, with offsets into the original text.
type token struct {
	start, end int32
	kind       uint8
	nl         uint8 // newlines in the white space before (capped at 2)
	space      bool  // white space before
	open       bool  // for kQuote: opening mark
	cap        bool  // first rune upper case
	allCaps    bool  // every letter upper case (and more than one)

	vr uint16 // 1 + the word's index in the vocabulary (speed_s13_tok.go), 0 until looked up

	text  string
	lower string
}

// punct returns the punctuation rune of a kPunct/kDash/kQuote token.
func (t *token) punct() rune {
	r, _ := utf8.DecodeRuneInString(t.text)
	return r
}

// tokenize splits text[from:] into tokens, appending to buf.
func tokenize(text string, from int, buf []token) []token {
	return tokenizeIn(text, from, buf, nil)
}

// tokenizeIn is tokenize with the lower-cased words outside the vocabulary
// cut from ar (nil: allocated).
func tokenizeIn(text string, from int, buf []token, ar *strArena) []token {
	i := from
	nl, space := uint8(0), false
	openSingle := false
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			space = true
			i++
			continue
		}
		if c == '\n' {
			space = true
			if nl < 2 {
				nl++
			}
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
				space = true
				if r == '\u2028' || r == '\u2029' {
					nl = 2
				}
				i += n
				continue
			}
		}
		t := token{start: int32(i), nl: nl, space: space}
		nl, space = 0, false
		switch {
		case isLetter(r):
			j := scanWord(text, i)
			if 'A' <= text[i] && text[i] <= 'Z' {
				j = creditSuffixCut(text, i, j)
			}
			t.kind = kWord
			t.end = int32(j)
			i = j
		case isDigit(r):
			j := i + 1
			for j < len(text) {
				d := text[j]
				if isDigit(rune(d)) || (d == ',' || d == '.') && j+1 < len(text) && isDigit(rune(text[j+1])) && isDigit(rune(text[j-1])) {
					j++
					continue
				}
				if d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' {
					k := j
					for k < len(text) && (text[k] >= 'a' && text[k] <= 'z' || text[k] >= 'A' && text[k] <= 'Z') {
						k++
					}
					if k-j <= 2 {
						j = k
					}
				}
				break
			}
			t.kind = kNum
			t.end = int32(j)
			i = j
		case isApos(r):
			// possessive after a word, closing/opening single quote, or stray apostrophe
			prevWord := len(buf) > 0 && buf[len(buf)-1].end == int32(i) && (buf[len(buf)-1].kind == kWord || buf[len(buf)-1].kind == kNum && isYear(buf[len(buf)-1].text))
			if n := len(buf); !prevWord && n > 1 && buf[n-1].end == int32(i) && (buf[n-1].text == "+" || buf[n-1].text == "*") &&
				buf[n-2].kind == kWord && buf[n-2].end == buf[n-1].start {
				// "Disney+'s", "Stormbolts*'s": a name ending in a sign
				prevWord = true
			}
			if b := len(buf); !prevWord && b > 1 && channelNumberPoss(buf[b-2], buf[b-1], text, i, n) {
				prevWord = true // "KTV 2's", "Kanal 9's": a channel's number takes the possessive
			}
			// "Warner Bros.' Godzilla": the possessive after an abbreviation's full stop
			if n := len(buf); !prevWord && n > 1 && buf[n-1].end == int32(i) && buf[n-1].text == "." && buf[n-2].end == buf[n-1].start &&
				buf[n-2].kind == kWord && strings.HasSuffix(buf[n-2].lower, "s") && !isLetter(peekRune(text, i+1)) && !openSingle {
				t.kind, t.end = kPoss, int32(i+1)
				i = int(t.end)
				t.text, t.lower = "'s", "'s"
				buf = append(buf, t)
				continue
			}
			next, _ := utf8.DecodeRuneInString(text[i+n:])
			switch {
			case !prevWord && (t.nl == 0 && len(buf) > 0) && isDigit(next) && isDigit(peekRune(text, i+n+1)) && !isLetter(peekRune(text, i+n+2)) && !isDigit(peekRune(text, i+n+2)):
				// "Harbour's '62", "Z-Men '97": an elided year is one number
				t.kind, t.end = kNum, int32(i+n+2)
			case prevWord && (next == 's' || next == 'S') && !isLetter(peekRune(text, i+n+1)):
				t.kind, t.end = kPoss, int32(i+n+1)
			case prevWord && !openSingle && strings.HasSuffix(buf[len(buf)-1].lower, "s") && !isLetter(next):
				t.kind, t.end = kPoss, int32(i+n)
			case !prevWord && r != '\u2019' && (isLetter(next) || isDigit(next)) || r == '\u2018' && !prevWord:
				t.kind, t.end, t.open = kQuote, int32(i+n), true
				openSingle = true
			default:
				t.kind, t.end = kQuote, int32(i+n)
				openSingle = false
			}
			i = int(t.end)
		case isDQuote(r):
			t.kind, t.end = kQuote, int32(i+n)
			switch r {
			case '\u201c', '\u201e', '\u00ab':
				t.open = true
			case '\u201d', '\u00bb':
			default:
				t.open = t.space || len(buf) == 0 || buf[len(buf)-1].kind == kPunct && strings.ContainsRune("([{", buf[len(buf)-1].punct()) || buf[len(buf)-1].kind == kDash
			}
			i += n
		case isDash(r):
			t.kind, t.end = kDash, int32(i+n)
			i += n
		default:
			t.kind, t.end = kPunct, int32(i+n)
			i += n
		}
		raw := text[t.start:t.end]
		switch t.kind {
		case kWord, kNum:
			if ascii, upper := asciiUpper(raw); ascii {
				// (normWord's, hasUpper's and IsUpper's answers for ASCII)
				t.text, t.lower = raw, raw
				t.cap = 'A' <= raw[0] && raw[0] <= 'Z'
				if upper && !t.cap && lowerLedCaps(raw) {
					// "BBC iPlayer", "myCanal", "tvN": a brand written with a
					// lower-case head is a capitalised name all the same
					t.cap = true
				}
				if upper {
					var row int32
					var ok bool
					t.lower, row, ok = lowerWordRow(raw, ar)
					if ok {
						tokRow(&t, row)
					}
					t.allCaps = t.cap && asciiAllCaps(raw)
				} else if len(raw) <= 32 {
					tokRow(&t, vocabRow(raw))
				}
				break
			}
			t.text = normWord(raw)
			first, _ := utf8.DecodeRuneInString(t.text)
			t.cap = unicode.IsUpper(first)
			t.lower = t.text
			if hasUpper(t.text) {
				t.lower = strings.ToLower(t.text)
				t.allCaps = t.cap && isAllCaps(t.text)
			}
		case kPoss:
			t.text, t.lower = "'s", "'s"
		case kQuote:
			t.text, t.lower = "\"", "\""
		case kDash:
			t.text, t.lower = "-", "-"
		default:
			t.text, t.lower = raw, raw
		}
		buf = append(buf, t)
	}
	return buf
}

func peekRune(s string, i int) rune {
	if i >= len(s) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// scanWord returns the end of the word starting at i.
// creditSuffixes are the lower-case participles and nouns a credit fuses
// to a name with a hyphen ("the P-directed F", "the P-starrer F").
var creditSuffixes = setOf("directed", "starrer", "helmed", "produced", "penned", "fronted", "scripted", "written", "created", "starring")

// wordPrefixes, capitalised at a sentence's start, make one word with a
// credit ("Self-directed", "Well-written"), not a name and its credit.
var wordPrefixes = setOf("Self", "Well", "Co", "Non", "Over", "Under", "Semi", "Ill", "Badly", "Poorly", "Newly", "Hand", "Tightly", "Star", "Big")

// creditSuffixCut returns the end of the capitalised word text[i:j]
// before a hyphen and a credit suffix ("Kessler-directed": "Kessler",
// then the hyphen and "directed" as tokens of their own), else j.
func creditSuffixCut(text string, i, j int) int {
	h := j - 1
	for h > i && text[h] != '-' {
		h--
	}
	if h <= i+2 || !creditSuffixes[text[h+1:j]] || wordPrefixes[text[i:h]] {
		return j
	}
	return h
}

func scanWord(text string, i int) int {
	start := i
	letters := 0
	for i < len(text) {
		switch asciiWordClass[text[i]] {
		case wordByte:
			i++
			letters++
			continue
		case stopByte:
			// (an ASCII byte the tests below all reject)
			goto done
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
					return i // possessive
				}
				i += n
				continue
			}
		}
		if r == '.' && letters == 1 && i+2 < len(text) && isLetter(peekRune(text, i+1)) && text[i+2] == '.' {
			// abbreviation with dots: a.k.a., U.S., J.J.
			j := i
			for j+2 < len(text) && text[j] == '.' && isLetter(rune(text[j+1])) && text[j+1] < utf8.RuneSelf && (text[j+2] == '.') {
				j += 2
			}
			return j + 1
		}
		break
	}
done:
	if i == start {
		_, n := utf8.DecodeRuneInString(text[i:])
		return i + n
	}
	return i
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			return true
		}
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if unicode.IsUpper(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n > 1
}

// lowerLedCaps reports whether an ASCII word opens with one or two
// lower-case letters followed by a capital ("iPlayer", "myCanal", "tvN"):
// a brand's spelling, not a hyphenated prefix ("ex-Marine", "mid-July").
func lowerLedCaps(raw string) bool {
	if len(raw) < 3 || raw[0] < 'a' || raw[0] > 'z' {
		return false
	}
	if 'A' <= raw[1] && raw[1] <= 'Z' {
		return true
	}
	return 'a' <= raw[1] && raw[1] <= 'z' && 'A' <= raw[2] && raw[2] <= 'Z'
}
