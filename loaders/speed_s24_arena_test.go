package loaders

import (
	"slices"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestStrArena checks that strings cut from an arena keep their bytes
// while more is written after them, within a block and across blocks, and
// that a long string gets a block of its own.
func TestStrArena(t *testing.T) {
	var ar strArena
	var got, want []string
	for i := 0; i < 400; i++ {
		w := strings.Repeat(string(rune('a'+i%26)), 1+i%9) + itoa(i)
		got = append(got, ar.bytes([]byte(w)))
		want = append(want, w)
	}
	long := strings.Repeat("Perrin Vasquez ", 10)
	got = append(got, ar.bytes([]byte(long)))
	want = append(want, long)
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("string %d = %q, want %q", i, got[i], want[i])
		}
	}
	if c := ar.b.Cap(); c > arenaBlock {
		t.Errorf("arena block of %d bytes, want at most %d", c, arenaBlock)
	}
	var none *strArena
	if s := none.bytes([]byte("Salt")); s != "Salt" {
		t.Errorf("nil arena: %q", s)
	}
}

// TestArenaTextsMatchAllocated checks tokenizeIn, lowerWordRow and
// mentionTextKeyIn with an arena against the same calls without one.
func TestArenaTextsMatchAllocated(t *testing.T) {
	texts := []string{
		"The Salt Ledger, directed by Perrin Vasquez, opens in MAY.",
		"Orla Dempsey-Quinn joins THE LATTICE: A New Dawn as Captain Moreau.",
		"Café Society meets the iPlayer crowd; O'Brien and McAllister star.",
		"Tabitha\tNorthcott's “Glass Harbour” returns — with Jr. Kessler.",
	}
	for _, text := range texts {
		t.Run(text[:12], func(t *testing.T) {
			var ar strArena
			a, b := tokenize(text, 0, nil), tokenizeIn(text, 0, nil, &ar)
			if !slices.Equal(a, b) {
				t.Fatalf("tokenizeIn with an arena differs:\n%v\n%v", a, b)
			}
			for _, tk := range a {
				raw := text[tk.start:tk.end]
				w1, r1, ok1 := lowerWordRow(raw, nil)
				w2, r2, ok2 := lowerWordRow(raw, &ar)
				if w1 != w2 || r1 != r2 || ok1 != ok2 {
					t.Errorf("lowerWordRow(%q): %q %d %v with an arena, %q %d %v without", raw, w2, r2, ok2, w1, r1, ok1)
				}
			}
			for i := range a {
				for j := i + 1; j <= len(a) && j <= i+4; j++ {
					raw := text[a[i].start:a[j-1].end]
					t1, k1 := mentionTextKey(raw)
					t2, k2 := mentionTextKeyIn(raw, &ar)
					if t1 != t2 || k1 != k2 {
						t.Errorf("mentionTextKeyIn(%q) = %q, %q; want %q, %q", raw, t2, k2, t1, k1)
					}
				}
			}
		})
	}
}

// TestMentionListBlocks checks that the mention lists cut from one block
// are independent: appending past one's four copies it.
func TestMentionListBlocks(t *testing.T) {
	a := &article{}
	ls := make([][]int, 3*mentionBlock)
	for i := range ls {
		ls[i] = a.mentionList()
		if len(ls[i]) != 0 || cap(ls[i]) != 4 {
			t.Fatalf("list %d: len %d cap %d, want 0, 4", i, len(ls[i]), cap(ls[i]))
		}
	}
	for n := 0; n < 7; n++ {
		for i := range ls {
			ls[i] = append(ls[i], 100*i+n)
		}
	}
	for i := range ls {
		for n, v := range ls[i] {
			if v != 100*i+n {
				t.Fatalf("list %d entry %d = %d, want %d", i, n, v, 100*i+n)
			}
		}
	}
}

// TestCutSource checks that the one-source slices cut from a block are
// independent and that a full block still gives a slice.
func TestCutSource(t *testing.T) {
	block := make([]kg.Source, 0, 3)
	var ones [][]kg.Source
	for i := 0; i < 5; i++ {
		var one []kg.Source
		one, block = cutSource(block, kg.Source{Sentence: i})
		ones = append(ones, one)
	}
	ones[0] = append(ones[0], kg.Source{Sentence: 99})
	for i, one := range ones {
		if len(one) == 0 || one[0].Sentence != i || i > 0 && (len(one) != 1 || cap(one) != 1) {
			t.Fatalf("slice %d = %v (cap %d)", i, one, cap(one))
		}
	}
}

// TestNewProp checks that property claims keep their values across the
// blocks newProp cuts them from.
func TestNewProp(t *testing.T) {
	a := &article{}
	var ps []*lprop
	for i := 0; i < 3*propBlock; i++ {
		ps = append(ps, a.newProp(lprop{prop: "budget", val: itoa(i)}))
	}
	for i, p := range ps {
		if p.val != itoa(i) {
			t.Fatalf("property %d = %q", i, p.val)
		}
	}
}
