package loaders

import "sync"

// givenFirst is isGivenName(lowerFirst(s)) without allocating when the
// first word is short ASCII with no white space or backquote (foldKey is
// then plain lower-casing).
func givenFirst(s string) bool {
	w := firstWord(s)
	var buf [32]byte
	if len(w) > len(buf) {
		return isGivenName(lowerFirst(s))
	}
	hyphen := -1
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || c == '`' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			return isGivenName(lowerFirst(s))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c == '-' && hyphen < 0 {
			hyphen = i
		}
		buf[i] = c
	}
	if givenIn(buf[:len(w)]) {
		return true
	}
	if hyphen > 0 { // (strings.Cut's first part, when not empty)
		return givenIn(buf[:hyphen])
	}
	return false
}

// givenIn reports whether the gazetteer holds the word b: a word of one to
// seven bytes is looked up as a number (shortKey) in a table of its own,
// no string hashing; a longer one in the set.
func givenIn(b []byte) bool {
	n := len(b)
	if n == 0 || n > 7 {
		_, ok := givenNames()[string(b)]
		return ok
	}
	k := uint64(n) << 56
	for i := 0; i < n; i++ {
		k |= uint64(b[i]) << (8 * i)
	}
	return givenShort(k)
}

// givenWord is givenIn for a string: the gazetteer holds w (a word of one to
// seven bytes looked up as a number, no string hashing).
func givenWord(w string) bool {
	if k, ok := shortKey(w); ok {
		return givenShort(k)
	}
	_, ok := givenNames()[w]
	return ok
}

// givenShort reports whether the gazetteer holds the word of one to seven
// bytes whose shortKey is k.
func givenShort(k uint64) bool {
	givenShortOnce.Do(buildGivenShort)
	for h := givenShortHash(k); ; h = (h + 1) % givenShortSlots {
		switch givenShortKeys[h] {
		case k:
			return true
		case 0:
			return false
		}
	}
}

// The gazetteer's words of one to seven bytes, by shortKey: open
// addressing, under half full.
const (
	givenShortBits  = 16
	givenShortSlots = 1 << givenShortBits
)

var (
	givenShortOnce sync.Once
	givenShortKeys *[givenShortSlots]uint64
)

func givenShortHash(k uint64) uint64 { return k * 0x9E3779B97F4A7C15 >> (64 - givenShortBits) }

func buildGivenShort() {
	keys := new([givenShortSlots]uint64)
	for w := range givenNames() {
		k, ok := shortKey(w)
		if !ok {
			continue
		}
		h := givenShortHash(k)
		for keys[h] != 0 && keys[h] != k {
			h = (h + 1) % givenShortSlots
		}
		keys[h] = k
	}
	givenShortKeys = keys
}
