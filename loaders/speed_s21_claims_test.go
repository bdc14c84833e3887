package loaders

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestCutSources checks that the entities' mention slices share one array
// without overlapping.
func TestCutSources(t *testing.T) {
	for _, sizes := range [][]int{{1}, {2, 1, 3}, {1, 1, 1, 1}} {
		t.Run(fmt.Sprint(sizes), func(t *testing.T) {
			total := 0
			for _, n := range sizes {
				total += n
			}
			all := make([]kg.Source, total)
			var cuts [][]kg.Source
			for i, n := range sizes {
				var c []kg.Source
				c, all = cutSources(all, n)
				for k := 0; k < n; k++ {
					c = append(c, kg.Source{Sentence: i})
				}
				cuts = append(cuts, c)
			}
			for i, c := range cuts {
				if len(c) != sizes[i] || cap(c) != sizes[i] {
					t.Fatalf("cut %d: len %d cap %d, want %d", i, len(c), cap(c), sizes[i])
				}
				for _, s := range c {
					if s.Sentence != i {
						t.Fatalf("cut %d holds %v: the cuts overlap", i, c)
					}
				}
			}
		})
	}
}

// TestKeepClaims checks that the kept claims are a copy of their exact
// length, independent of the recycled array.
func TestKeepClaims(t *testing.T) {
	for _, n := range []int{0, 1, 5, 100} {
		t.Run(fmt.Sprintf("claims_%d", n), func(t *testing.T) {
			cs, b := scratchClaims(4)
			for i := 0; i < n; i++ {
				cs = append(cs, lclaim{subj: int32(i), job: "director"})
			}
			out := keepClaims(cs, b)
			if out == nil || len(out) != n || cap(out) != n {
				t.Fatalf("kept len %d cap %d (nil %v), want %d", len(out), cap(out), out == nil, n)
			}
			again, b2 := scratchClaims(4)
			again = append(again, lclaim{subj: -7})
			for i := range out {
				if out[i].subj != int32(i) || out[i].job != "director" {
					t.Fatalf("claim %d = %+v after the array was reused", i, out[i])
				}
			}
			keepClaims(again, b2)
		})
	}
}

// TestQualKeys checks dedupeClaims' qualifier keys against the "k=v"
// pairs sorted and joined by NUL that it compares claims by.
func TestQualKeys(t *testing.T) {
	cases := []struct {
		name string
		qs   []map[string]string
	}{
		{"none", []map[string]string{nil, {}}},
		{"one", []map[string]string{{"character": "Perrin Vasquez"}}},
		{"two_sorted", []map[string]string{{"role": "host", "character": "Nell"}, nil, {"job": "score"}}},
		{"three", []map[string]string{{"precision": "year", "asOf": "2020", "job": "editor"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var cs []kg.Claim
			for _, q := range c.qs {
				cs = append(cs, kg.Claim{Qualifiers: q})
			}
			var b dedupeScratch
			for round := 0; round < 2; round++ { // (the second on reused arrays)
				got := b.qualKeys(cs)
				for i, q := range c.qs {
					var pairs []string
					for k, v := range q {
						pairs = append(pairs, k+"="+v)
					}
					sort.Strings(pairs)
					if want := strings.Join(pairs, "\x00"); got[i] != want {
						t.Fatalf("claim %d: key %q, want %q", i, got[i], want)
					}
				}
				if idx := b.order(len(cs)); !slices.Equal(idx, []int{0, 1, 2}[:len(cs)]) && len(cs) <= 3 {
					t.Fatalf("order %v", idx)
				}
				b.done()
			}
		})
	}
}
