package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalisation works token by token: the tokenizer reads the original text
// and gives every token its byte offsets in it plus a normalised form (NFC,
// straight apostrophes and quotes, one dash). Nothing is ever rewritten in
// place, so every offset the pipeline reports points into the original text.

// isApos reports whether r is an apostrophe or a single quote.
func isApos(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '\u2032' || r == '`'
}

// isDQuote reports whether r is a double quotation mark.
func isDQuote(r rune) bool {
	switch r {
	case '"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033':
		return true
	}
	return false
}

// isDash reports whether r belongs to the dash family (hyphen included).
func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d':
		return true
	}
	return false
}

// isHyphen reports whether r joins the parts of a word ("Tyler-Joyce").
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// isLetter reports whether r can be part of a word.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// normWord returns the normalised form of a word token: NFC, apostrophes
// made straight, hyphens made ASCII. ASCII input is returned as is (no
// allocation).
func normWord(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	if !strings.ContainsAny(s, "\u2019\u2018\u02bc\u2010\u2011`") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case isApos(r):
			b.WriteByte('\'')
		case isHyphen(r):
			b.WriteByte('-')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// NormalizeSurface returns s as a display name: NFC, straight apostrophes and
// quotes, dashes between words written " – ", hyphens inside words "-", and
// white space collapsed.
func NormalizeSurface(s string) string {
	if plainSurface(s) {
		return strings.Clone(s) // (a copy, as the general path makes: no article text kept)
	}
	return normalizeSurface(s)
}

// normalizeSurface is NormalizeSurface's general path.
func normalizeSurface(s string) string {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	space := false
	for i, r := range rs {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case isApos(r):
			r = '\''
		case isDQuote(r):
			r = '"'
		case isDash(r):
			spacedBefore := i > 0 && unicode.IsSpace(rs[i-1])
			spacedAfter := i+1 < len(rs) && unicode.IsSpace(rs[i+1])
			if spacedBefore || spacedAfter || r == '\u2013' || r == '\u2014' {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString("\u2013")
				space = true
				continue
			}
			r = '-'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
