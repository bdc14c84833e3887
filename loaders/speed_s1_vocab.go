package loaders

import (
	"strings"
	"sync"
	"unsafe"
)

// One look-up per word instead of one per rule: every set made by setOf is
// registered, and when the package's variables are initialised the
// registered sets are frozen into a vocabulary (each word any set holds,
// with one bit per set). A word item looks its word up in the vocabulary
// once, on its first query; (*pctx).in then answers from the item's bits,
// finding the set's bit by the map's identity in a small table, and looks
// the word up in the map only for a set made otherwise (setOf called after
// initialisation, or a map made by hand). Items' words are edited through
// setW, which drops the entry. Everything here is written by init and
// read-only after.

var (
	regMu     sync.Mutex
	regSets   []map[string]bool
	regFrozen bool

	vocabIDs  map[string]int32 // word → row offset in vocabBits (>= vocabW)
	vocabBits []uint64         // rows of vocabW words; the first row is the empty row
	vocabW    int32
	slots     [slotCount]vocabSlot // open addressing: map identity → bit
)

const (
	slotCount = 4096
	slotBits  = 12
	maxSets   = slotCount / 2 // sets beyond these fall back to the map
)

type vocabSlot struct {
	key uintptr // the set's identity, 0 for an empty slot
	off int32   // the set's word in a row
	sh  uint32  // the set's bit in that word
}

// registerSet records a set made at package initialisation.
func registerSet(m map[string]bool) {
	regMu.Lock()
	if !regFrozen && len(regSets) < maxSets {
		regSets = append(regSets, m)
	}
	regMu.Unlock()
}

// setKey is the identity of a set: a map value is a pointer to the map
// (the address only, never turned back into a pointer).
func setKey(m map[string]bool) uintptr { return *(*uintptr)(unsafe.Pointer(&m)) }

func slotHash(key uintptr) uint64 { return uint64(key) * 0x9E3779B97F4A7C15 >> (64 - slotBits) }

func init() {
	// (init functions run after every package variable is initialised:
	// the sets are complete)
	regMu.Lock()
	regFrozen = true
	sets := regSets
	regMu.Unlock()
	w := int32((len(sets) + 63) / 64)
	ids := map[string]int32{}
	for _, s := range sets {
		for word := range s {
			if _, ok := ids[word]; !ok {
				ids[word] = int32(len(ids)+1) * w
			}
		}
	}
	bits := make([]uint64, int(w)*(len(ids)+1))
	for k, s := range sets {
		for word := range s {
			bits[int(ids[word])+k>>6] |= 1 << (k & 63)
		}
		h := slotHash(setKey(s))
		for slots[h].key != 0 {
			h = (h + 1) % slotCount
		}
		slots[h] = vocabSlot{key: setKey(s), off: int32(k >> 6), sh: uint32(k & 63)}
	}
	vocabIDs, vocabBits, vocabW = ids, bits, w
	for word := range ids {
		vocabMaxLen = max(vocabMaxLen, len(word))
	}
	emptyWordRow = ids[""] // (0, the empty row, when no set holds "")
	initFastSlots()
	buildMidTable()
	for word, row := range ids {
		if k, ok := shortKey(word); ok {
			h := shortHash(k)
			for shortKeys[h] != 0 {
				h = (h + 1) % shortSlots
			}
			shortKeys[h], shortRows[h] = k, row
		}
	}
}

// keysOf returns the keys of m as a registered set: a gate by (*pctx).in
// before a look-up in m (m must not change after initialisation).
func keysOf[V any](m map[string]V) map[string]bool {
	s := make(map[string]bool, len(m))
	for k := range m {
		s[k] = true
	}
	registerSet(s)
	return s
}

var (
	spinKeys      = keysOf(spinWords)
	dealVerbKeys  = keysOf(companyDealVerbs)
	ledByKeys     = keysOf(ledByVerbs)
	craftOfItKeys = keysOf(craftOfIt)
)

// crewVerbWords is every word isCrewVerb accepts, in one set. It is made
// while the package's variables are initialised (after the six verb sets
// it copies), so it is registered and in the vocabulary: (*pctx).in and
// tokIn answer it from a word's row.
var crewVerbWords = func() map[string]bool {
	s := setOf("directed", "produced", "co-directed", "co-produced")
	for _, v := range []map[string]bool{shootVerbs, designVerbs, directVerbs, writeVerbs, produceVerbs, composeVerbs} {
		for w := range v {
			s[w] = true
		}
	}
	return s
}()

// vocabRow returns the offset of w's row in vocabBits (the empty row for
// a word no registered set holds). A word of up to seven bytes is looked
// up as a number in a table of its own (no string hashing, no key to
// follow).
func vocabRow(w string) int32 {
	if k, ok := shortKey(w); ok {
		for h := shortHash(k); ; h = (h + 1) % shortSlots {
			switch shortKeys[h] {
			case k:
				return shortRows[h]
			case 0:
				return 0
			}
		}
	}
	if midReady && len(w) >= 8 && len(w) <= 16 {
		return midRow(w)
	}
	if len(w) > vocabMaxLen {
		return 0 // (no hashing a long mention key no set can hold)
	}
	if e, ok := vocabIDs[w]; ok {
		return e
	}
	return 0
}

// vocabMaxLen is the length of the vocabulary's longest word (set by init).
var vocabMaxLen int

// The vocabulary's words of one to seven bytes: open addressing on the
// word's bytes and length packed into a number (never 0).
const (
	shortSlots = 1 << shortBits
	shortBits  = 13
)

var (
	shortKeys [shortSlots]uint64
	shortRows [shortSlots]int32
)

func shortKey(w string) (uint64, bool) {
	n := len(w)
	if n == 0 || n > 7 {
		return 0, false
	}
	k := uint64(n) << 56
	for i := 0; i < n; i++ {
		k |= uint64(w[i]) << (8 * i)
	}
	return k, true
}

func shortHash(k uint64) uint64 { return k * 0x9E3779B97F4A7C15 >> (64 - shortBits) }

// emptyWordRow is the row of the word "" in vocabBits (set by init).
var emptyWordRow int32

// inEmpty is set[""], from the vocabulary's bits for a registered set.
func inEmpty(set map[string]bool) bool {
	if s := slotOf(set); s != nil {
		return s.bit(emptyWordRow)
	}
	return set[""]
}

// slotOf returns set's slot in slots, nil when set is not registered. The
// first probe, where nearly every set sits, is inlined in the callers; the
// others are slotProbe's.
func slotOf(set map[string]bool) *vocabSlot {
	key := setKey(set)
	h := slotHash(key)
	if s := &slots[h]; s.key == key {
		return s
	}
	return slotProbe(key, h)
}

// slotProbe is slotOf past the first probe, at h.
func slotProbe(key uintptr, h uint64) *vocabSlot {
	for {
		s := &slots[h]
		if s.key == key {
			return s
		}
		if s.key == 0 {
			return nil
		}
		h = (h + 1) % slotCount
	}
}

// bit reports whether the slot's set holds the word whose row is at row
// in vocabBits.
func (s *vocabSlot) bit(row int32) bool {
	return vocabBits[int(row)+int(s.off)]>>(s.sh&63)&1 != 0
}

// inVocab is (*pctx).in: itemIn for a word item, false for a mention,
// whether set holds "" out of the sentence.
func (p *pctx) inVocab(i int, set map[string]bool) bool {
	if uint(i) >= uint(len(p.it)) {
		return inEmpty(set)
	}
	it := &p.it[i]
	if it.m >= 0 {
		return false
	}
	return itemIn(it, set)
}

// itemIn reports whether word item it (no mention) is in set.
func itemIn(it *item, set map[string]bool) bool {
	s := slotOf(set)
	if s == nil {
		return set[it.w]
	}
	if it.v == 0 {
		it.v = vocabRow(it.w) + 1
	}
	return s.bit(it.v - 1)
}

// setW changes the word of item i (a rule reading it as another word).
func (p *pctx) setW(i int, w string) {
	p.it[i].w, p.it[i].v = w, 0
}

// hasSuffixAfter is strings.HasSuffix(s, sep+suf) without building the
// string.
func hasSuffixAfter(s, sep, suf string) bool {
	return len(s) >= len(sep)+len(suf) && strings.HasSuffix(s, suf) && strings.HasSuffix(s[:len(s)-len(suf)], sep)
}

// hasPrefixBefore is strings.HasPrefix(s, pre+sep) without building the
// string.
func hasPrefixBefore(s, pre, sep string) bool {
	return len(s) >= len(pre)+len(sep) && strings.HasPrefix(s, pre) && strings.HasPrefix(s[len(pre):], sep)
}

// wIn is p.wIn(i, set) (for a mention item too, and "" out of the
// sentence), answered from the item's vocabulary bits when the item is a
// word and set is a registered set: no string hashing.
func (p *pctx) wIn(i int, set map[string]bool) bool {
	if uint(i) >= uint(len(p.it)) {
		return inEmpty(set)
	}
	it := &p.it[i]
	if it.m >= 0 {
		return set[it.w]
	}
	if s := fastSlotOf(set); s != nil {
		if it.v == 0 {
			it.v = vocabRow(it.w) + 1
		}
		return rowBit(it.v, s) // (speed_s21_rules_in.go)
	}
	return itemIn(it, set)
}

// rowIn is set[w] for the word w whose vocabulary row is row
// (vocabRow(w)): from the row's bits when set is registered.
func rowIn(row int32, w string, set map[string]bool) bool {
	if s := slotOf(set); s != nil {
		return s.bit(row)
	}
	return set[w]
}
