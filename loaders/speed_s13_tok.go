package loaders

// tokIn is set[a.toks[k].lower], answered from the token's vocabulary
// bits when set is registered (speed_s1_vocab.go): the token's word is
// looked up once, on its first query, instead of hashed for every set.
// A token's lower is set by tokenize and never changed after, and
// tokenize makes each token afresh (vr 0).
func (a *article) tokIn(k int, set map[string]bool) bool {
	return tokIn(&a.toks[k], set)
}

func tokIn(t *token, set map[string]bool) bool {
	key := setKey(set)
	for h := slotHash(key); ; h = (h + 1) % slotCount {
		s := &slots[h]
		if s.key == key {
			if t.vr == 0 {
				if len(vocabIDs) >= 1<<16-1 {
					return set[t.lower] // (no room for the index)
				}
				t.vr = uint16(vocabRow(t.lower)/vocabW) + 1
			}
			return vocabBits[int(t.vr-1)*int(vocabW)+int(s.off)]>>s.sh&1 != 0
		}
		if s.key == 0 {
			return set[t.lower]
		}
	}
}
