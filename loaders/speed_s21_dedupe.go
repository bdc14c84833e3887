package loaders

import (
	"slices"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// dedupeScratch holds dedupeClaims' working arrays, reused from article to
// article (emitBufs): the claims' order and their qualifier keys. The keys
// are cut from one string per article instead of one per qualified claim.
type dedupeScratch struct {
	idx   []int
	quals []string
	buf   []byte
	spans [][2]int32 // (per claim: the key's offsets in buf)
	pairs []string   // (one claim's "k=v" pairs, to sort)
}

// qualKeys returns, per claim of cs, its qualifier key: "" with no
// qualifiers, else its "k=v" pairs sorted and joined by "\x00" (the order
// dedupeClaims sorts claims of the same relation, ends and value by). The
// slice is b's until done.
func (b *dedupeScratch) qualKeys(cs []kg.Claim) []string {
	b.quals = slices.Grow(b.quals[:0], len(cs))[:len(cs)]
	b.spans = slices.Grow(b.spans[:0], len(cs))[:len(cs)]
	buf := b.buf[:0]
	some := false
	for i := range cs {
		q := cs[i].Qualifiers
		start := len(buf)
		switch {
		case len(q) == 1:
			for k, v := range q {
				buf = append(append(append(buf, k...), '='), v...)
			}
		case len(q) > 1:
			pairs := b.pairs[:0]
			for k, v := range q {
				pairs = append(pairs, k+"="+v)
			}
			slices.Sort(pairs)
			for n, p := range pairs {
				if n > 0 {
					buf = append(buf, 0)
				}
				buf = append(buf, p...)
			}
			clear(pairs)
			b.pairs = pairs[:0]
		}
		b.spans[i] = [2]int32{int32(start), int32(len(buf))}
		some = some || len(buf) > start
	}
	b.buf = buf
	var all string
	if some {
		all = string(buf)
	}
	for i, sp := range b.spans {
		b.quals[i] = all[sp[0]:sp[1]]
	}
	return b.quals
}

// order returns 0..n-1, b's until done.
func (b *dedupeScratch) order(n int) []int {
	b.idx = slices.Grow(b.idx[:0], n)[:n]
	for i := range b.idx {
		b.idx[i] = i
	}
	return b.idx
}

// done drops the keys (no article's strings stay in b).
func (b *dedupeScratch) done() {
	clear(b.quals)
	b.quals = b.quals[:0]
}
