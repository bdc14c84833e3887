package loaders

import (
	"sync"
	"unsafe"
)

// One look-up per word instead of one per rule: every set made by setOf is
// registered; on first use the registered sets are frozen into a vocabulary
// (each word any set holds, with one bit per set), and patterns gives each
// word item its vocabulary entry once. (*pctx).in then answers from the
// item's bits, finding the set's bit by the map's identity in a small
// table, and looks the word up in the map only for a set made otherwise,
// an item without an entry, or an edited word (setW resets the entry).
// Everything here is written once, under vocabOnce, and read-only after.

var (
	regMu     sync.Mutex
	regSets   []map[string]bool
	regFrozen bool

	vocabOnce sync.Once
	vocabIDs  map[string]int32 // word → entry (>= 2)
	vocabBits []uint64         // entry e's bits at [e*vocabW, (e+1)*vocabW)
	vocabW    int
	slotKeys  []uintptr // open addressing: map identity → set index
	slotVals  []int32
	slotShift uint
)

// vocabNone is the entry of a word no registered set holds (all bits
// clear); 0 means the item has no entry.
const vocabNone = 1

// registerSet records a set made at package initialisation. Sets made
// after the vocabulary is built are not registered (look-ups in them go
// to the map).
func registerSet(m map[string]bool) {
	regMu.Lock()
	if !regFrozen {
		regSets = append(regSets, m)
	}
	regMu.Unlock()
}

// setKey is the identity of a set: a map value is a pointer to the map
// (the address only, never turned back into a pointer).
func setKey(m map[string]bool) uintptr { return *(*uintptr)(unsafe.Pointer(&m)) }

func buildVocab() {
	regMu.Lock()
	regFrozen = true
	sets := regSets
	regMu.Unlock()
	ids := map[string]int32{}
	for _, s := range sets {
		for w := range s {
			if _, ok := ids[w]; !ok {
				ids[w] = int32(len(ids) + 2)
			}
		}
	}
	w := (len(sets) + 63) / 64
	bits := make([]uint64, (len(ids)+2)*w)
	for k, s := range sets {
		for word := range s {
			e := int(ids[word])
			bits[e*w+k>>6] |= 1 << (k & 63)
		}
	}
	size, shift := 16, uint(64-4)
	for size < 4*len(sets) {
		size, shift = size*2, shift-1
	}
	keys, vals := make([]uintptr, size), make([]int32, size)
	for k, s := range sets {
		h := slotHash(setKey(s), shift)
		for keys[h] != 0 {
			h = (h + 1) & (size - 1)
		}
		keys[h], vals[h] = setKey(s), int32(k)
	}
	vocabIDs, vocabBits, vocabW = ids, bits, w
	slotKeys, slotVals, slotShift = keys, vals, shift
	crewVerbWords = setOf("directed", "produced", "co-directed", "co-produced")
	for _, s := range []map[string]bool{shootVerbs, designVerbs, directVerbs, writeVerbs, produceVerbs, composeVerbs} {
		for w := range s {
			crewVerbWords[w] = true
		}
	}
}

// crewVerbWords is every word isCrewVerb accepts, in one set.
var crewVerbWords map[string]bool

func slotHash(key uintptr, shift uint) int {
	return int(uint64(key) * 0x9E3779B97F4A7C15 >> shift)
}

// vocabEntry returns w's vocabulary entry; the vocabulary must be built.
func vocabEntry(w string) int32 {
	if e, ok := vocabIDs[w]; ok {
		return e
	}
	return vocabNone
}

// setSlot returns the index of a registered set, or -1; the vocabulary
// must be built.
func setSlot(set map[string]bool) int {
	key := setKey(set)
	mask := len(slotKeys) - 1
	for h := slotHash(key, slotShift); ; h = (h + 1) & mask {
		switch slotKeys[h] {
		case key:
			return int(slotVals[h])
		case 0:
			return -1
		}
	}
}

// itemIn reports whether word item it (no mention) is in set.
// The item's entry is looked up on its first query.
func itemIn(it *item, set map[string]bool) bool {
	vocabOnce.Do(buildVocab)
	k := setSlot(set)
	if k < 0 {
		return set[it.w]
	}
	if it.v == 0 {
		it.v = vocabEntry(it.w)
	}
	return vocabBits[int(it.v)*vocabW+k>>6]>>(k&63)&1 != 0
}

// setW changes the word of item i (a rule reading it as another word).
func (p *pctx) setW(i int, w string) {
	p.it[i].w, p.it[i].v = w, 0
}
