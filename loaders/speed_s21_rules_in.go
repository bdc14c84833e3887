package loaders

// The fast path of (*pctx).in: a word item whose vocabulary row is known
// (v != 0) and a registered set are answered from fastSlots, a copy of
// slots with the word offset less one folded in (v is 1 + the row), and
// one load from the item's row. Everything else (out of the sentence, a
// mention, a row not looked up yet, a set not registered) goes to
// inVocab, which gives the same answers. initFastSlots is called by the
// vocabulary's init (speed_s1_vocab.go) once slots is filled.

// fastSlot is a slot of slots as the fast path reads it.
type fastSlot struct {
	key  uintptr // the set's identity, 0 for an empty slot
	offm int32   // the set's word in a row, less one
	sh   uint32  // the set's bit in that word
}

// fastSlots has four times the slots of slots, so that few sets (a few
// in a hundred, against about one in five there) sit past their home slot
// and cost a second probe; which sets do depends on where the maps were
// allocated, so the larger table also makes the count steadier.
const (
	fastSlotBits  = slotBits + 2
	fastSlotCount = 1 << fastSlotBits
)

var fastSlots [fastSlotCount]fastSlot

// fastSlotHash is the home slot of a set's key in fastSlots.
func fastSlotHash(key uintptr) uint64 {
	return uint64(key) * 0x9E3779B97F4A7C15 >> (64 - fastSlotBits)
}

// initFastSlots fills fastSlots from slots.
func initFastSlots() {
	for h := range slots {
		if slots[h].key == 0 {
			continue
		}
		f := fastSlotHash(slots[h].key)
		for fastSlots[f].key != 0 {
			f = (f + 1) % fastSlotCount
		}
		fastSlots[f] = fastSlot{key: slots[h].key, offm: slots[h].off - 1, sh: slots[h].sh}
	}
}

// in reports whether item i is one of the words of set (out of the
// sentence, whether set holds "", as p.w gives; a mention is in no set).
func (p *pctx) in(i int, set map[string]bool) bool {
	if uint(i) < uint(len(p.it)) {
		v := p.it[i].v // (0 for a mention: its word is never looked up)
		if v != 0 {
			if s := fastSlotOf(set); s != nil {
				return rowBit(v, s)
			}
		}
	}
	return p.inVocab(i, set)
}

// fastSlotOf returns set's slot in fastSlots, nil when set is not
// registered.
func fastSlotOf(set map[string]bool) *fastSlot {
	key := setKey(set)
	for h := fastSlotHash(key); ; h++ {
		s := &fastSlots[h&(fastSlotCount-1)] // (the mask: no bounds check)
		if s.key == key {
			return s
		}
		if s.key == 0 {
			return nil
		}
	}
}

// rowBit reports whether the vocabulary row v (1 + the row's offset, as
// item.v) holds a word of the set whose slot is s.
func rowBit(v int32, s *fastSlot) bool {
	return vocabBits[int(v)+int(s.offm)]>>(s.sh&63)&1 != 0
}
