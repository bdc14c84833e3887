package kg

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// stripMarkers hold accent-stripping transformers: a transform.Chain keeps
// state, so each goroutine takes its own from the pool (sharing one was a
// data race that corrupted parallel extraction).
var stripMarkers = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// stripMarks returns s without combining marks (accents), NFC-normalised.
func stripMarks(s string) (string, error) {
	t := stripMarkers.Get().(transform.Transformer)
	defer stripMarkers.Put(t)
	out, _, err := transform.String(t, s)
	return out, err
}

// Fold returns s case-folded, accent-stripped, with the dash and quote
// families unified and white space collapsed: the key under which names and
// aliases are compared ("Zoë" and "zoe" differ only by a letter).
func Fold(s string) string {
	t, err := stripMarks(s)
	if err != nil {
		t = s
	}
	var b strings.Builder
	b.Grow(len(t))
	space := false
	for _, r := range t {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.Is(unicode.Pd, r):
			r = '-'
		case r == '\u2018' || r == '\u2019' || r == '\u02bc' || r == '`':
			r = '\''
		case r == '\u201c' || r == '\u201d':
			r = '"'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Slug returns the id slug of a canonical name: accents stripped, lower case,
// runs of anything but letters and digits turned into one hyphen
// ("Mission: Impossible – Dead Reckoning" → "mission-impossible-dead-reckoning").
// A "+" is spelled "plus", so that a streamer ("Disney+", "Apple TV+")
// never shares the id of the studio or brand it is named after. A name
// with no letters or digits yields "x".
func Slug(name string) string {
	t, err := stripMarks(name)
	if err != nil {
		t = name
	}
	var b strings.Builder
	hyphen := false
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		if r == '\'' || r == '\u2019' { // "Yoda's" → "yodas"
			continue
		}
		if r == '+' { // "Disney+" → "disney-plus", never Disney's id
			if b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteString("plus")
			hyphen = true
			continue
		}
		hyphen = true
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

// ID returns the stable id "<type>:<slug>" of an entity.
func ID(t NodeType, canonicalName string) string {
	return t.IDPrefix() + ":" + Slug(canonicalName)
}

// TypeOfID returns the node type encoded in an id's prefix, or "" when the
// prefix is unknown.
func TypeOfID(id string) NodeType {
	prefix, _, ok := strings.Cut(id, ":")
	if !ok {
		return ""
	}
	for _, t := range append(EntityTypes, ArticleType) {
		if t.IDPrefix() == prefix {
			return t
		}
	}
	return ""
}
