package loaders

import "unsafe"

// tokIn is set[a.toks[k].lower], answered from the token's vocabulary
// bits when set is registered (speed_s1_vocab.go): the token's word is
// looked up once, on its first query, instead of hashed for every set.
// A token's lower is set by tokenize and never changed after, and
// tokenize makes each token afresh (vr 0).
func (a *article) tokIn(k int, set map[string]bool) bool {
	return tokIn(&a.toks[k], set)
}

func tokIn(t *token, set map[string]bool) bool {
	s := slotOf(set)
	if s == nil {
		return set[t.lower]
	}
	if t.vr == 0 {
		if len(vocabIDs) >= 1<<16-1 {
			return set[t.lower] // (no room for the index)
		}
		t.vr = uint16(vocabRow(t.lower)/vocabW) + 1
	}
	return s.bit(int32(t.vr-1) * vocabW)
}

// The vocabulary's words of eight to sixteen bytes, looked up without
// string hashing: a word's first and last eight bytes (they cover every
// byte) and its length are its key; open addressing as for shortKeys.
const (
	midSlots = 1 << midBits
	midBits  = 13
)

type midSlot struct {
	k0, k1 uint64
	n      int32 // the word's length, 0 for an empty slot
	row    int32
}

var midTable [midSlots]midSlot

func midKey(w string) (k0, k1 uint64) {
	p := unsafe.Pointer(unsafe.StringData(w))
	k0 = *(*uint64)(p)
	k1 = *(*uint64)(unsafe.Add(p, len(w)-8))
	return k0, k1
}

func midHash(k0, k1 uint64, n int) uint64 {
	return (k0*0x9E3779B97F4A7C15 ^ k1*0xC2B2AE3D27D4EB4F ^ uint64(n)) * 0x9E3779B97F4A7C15 >> (64 - midBits)
}

// midRow is vocabRow(w) for a word of 8 to 16 bytes.
func midRow(w string) int32 {
	k0, k1 := midKey(w)
	n := int32(len(w))
	for h := midHash(k0, k1, len(w)); ; h = (h + 1) % midSlots {
		s := &midTable[h]
		if s.n == 0 {
			return 0
		}
		if s.k0 == k0 && s.k1 == k1 && s.n == n {
			return s.row
		}
	}
}

// buildMidTable fills midTable from vocabIDs (called by the vocabulary's
// init once vocabIDs is complete).
func buildMidTable() {
	if len(vocabIDs) >= midSlots/2 {
		return // too full: vocabRow keeps to the map
	}
	for w, row := range vocabIDs {
		if len(w) < 8 || len(w) > 16 {
			continue
		}
		k0, k1 := midKey(w)
		h := midHash(k0, k1, len(w))
		for midTable[h].n != 0 {
			h = (h + 1) % midSlots
		}
		midTable[h] = midSlot{k0: k0, k1: k1, n: int32(len(w)), row: row}
	}
	midReady = true
}

var midReady bool

// itemV is the item v (speed_s1_vocab.go) of the token's word when the
// token has looked it up already, else 0.
func (t *token) itemV() int32 {
	if t.vr == 0 {
		return 0
	}
	return int32(t.vr-1)*vocabW + 1
}
