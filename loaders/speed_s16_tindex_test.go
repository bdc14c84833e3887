package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestTindex: the per-type index answers as a map on (type, key) would,
// for the five entity types and for any other type.
func TestTindex(t *testing.T) {
	x := newTindex()
	ref := map[tkey]int32{}
	types := []kg.NodeType{kg.Person, kg.Character, kg.Film, kg.Organisation, kg.Franchise, kg.ArticleType, "", "Other"}
	keys := []string{"", "ann", "bo dell", "the long road"}
	n := int32(0)
	for _, typ := range types {
		for _, k := range keys[:1+int(n)%len(keys)] {
			x.set(typ, k, n)
			ref[tkey{typ, k}] = n
			n++
		}
	}
	for _, typ := range types {
		for _, k := range keys {
			t.Run(string(typ)+"/"+k, func(t *testing.T) {
				got, ok := x.get(typ, k)
				want, wok := ref[tkey{typ, k}]
				if got != want || ok != wok {
					t.Errorf("get(%q, %q) = %d, %v; want %d, %v", typ, k, got, ok, want, wok)
				}
			})
		}
	}
}
