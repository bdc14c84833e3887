package loaders

import (
	"fmt"
	"slices"
	"testing"
)

// uniqueGoldRelations returns rels with second copies of one fact folded
// into the first: two gold relations are one fact when keys gives both the
// same non-empty list (the same types and the same gold ends). A gold file
// that lists an actor's character once per series it names ("P -> C" in
// two entries) states one PORTRAYED edge, and a graph can hold it only
// once, so counting both would make one copy a miss no extractor can find.
// The kept copy cites the sources and characters of every copy, each once.
func uniqueGoldRelations[K comparable](rels []goldRelation, keys func(goldRelation) []K) []goldRelation {
	out := make([]goldRelation, 0, len(rels))
	first := map[string]int{}
	for _, r := range rels {
		ks := keys(r)
		if len(ks) == 0 {
			out = append(out, r)
			continue
		}
		sig := fmt.Sprint(ks)
		i, dup := first[sig]
		if !dup {
			first[sig] = len(out)
			out = append(out, r)
			continue
		}
		kept := out[i]
		kept.Sources = appendNew(slices.Clone(kept.Sources), r.Sources)
		kept.Character = appendNew(slices.Clone(kept.Character), r.Character)
		out[i] = kept
	}
	return out
}

// appendNew appends to dst the strings of src it does not hold yet.
func appendNew[S ~[]string](dst, src S) S {
	for _, v := range src {
		if !slices.Contains(dst, v) {
			dst = append(dst, v)
		}
	}
	return dst
}

func TestUniqueGoldRelations(t *testing.T) {
	type key struct {
		t        string
		from, to int
	}
	ends := map[string]int{"Perrin Vasquez": 0, "Ollo Brandt": 1, "The Salt Ledger": 2, "Salt Ledger II": 3}
	keys := func(r goldRelation) []key {
		var ks []key
		for _, t := range r.Type {
			f, okf := ends[r.From]
			to, okt := ends[r.To]
			if !okf || !okt {
				return nil
			}
			ks = append(ks, key{t, f, to})
		}
		return ks
	}
	tests := []struct {
		name    string
		rels    []goldRelation
		want    int
		sources []string
		chars   []string
	}{
		{"one fact listed twice counts once, citing both sources",
			[]goldRelation{
				{Type: strs{"PORTRAYED"}, From: "Perrin Vasquez", To: "Ollo Brandt", Sources: []string{"a"}},
				{Type: strs{"PORTRAYED"}, From: "Perrin Vasquez", To: "Ollo Brandt", Sources: []string{"b", "a"}},
			}, 1, []string{"a", "b"}, nil},
		{"a credit in two films is two facts",
			[]goldRelation{
				{Type: strs{"ACTED_IN"}, From: "Perrin Vasquez", To: "The Salt Ledger", Character: strs{"Ollo Brandt"}},
				{Type: strs{"ACTED_IN"}, From: "Perrin Vasquez", To: "Salt Ledger II", Character: strs{"Ollo Brandt"}},
			}, 2, nil, []string{"Ollo Brandt"}},
		{"the same ends under another type are another fact",
			[]goldRelation{
				{Type: strs{"DIRECTED"}, From: "Perrin Vasquez", To: "The Salt Ledger"},
				{Type: strs{"WROTE"}, From: "Perrin Vasquez", To: "The Salt Ledger"},
			}, 2, nil, nil},
		{"copies of a credit keep both characters",
			[]goldRelation{
				{Type: strs{"ACTED_IN"}, From: "Perrin Vasquez", To: "The Salt Ledger", Character: strs{"Ollo Brandt"}},
				{Type: strs{"ACTED_IN"}, From: "Perrin Vasquez", To: "The Salt Ledger", Character: strs{"Brandt"}},
			}, 1, nil, []string{"Ollo Brandt", "Brandt"}},
		{"relations with an end the gold does not list are never merged",
			[]goldRelation{
				{Type: strs{"ACTED_IN"}, From: "Unlisted Person", To: "The Salt Ledger"},
				{Type: strs{"ACTED_IN"}, From: "Unlisted Person", To: "The Salt Ledger"},
			}, 2, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := uniqueGoldRelations(tc.rels, keys)
			if len(got) != tc.want {
				t.Fatalf("got %d relations, want %d: %+v", len(got), tc.want, got)
			}
			if tc.sources != nil && !slices.Equal(got[0].Sources, tc.sources) {
				t.Errorf("sources %v, want %v", got[0].Sources, tc.sources)
			}
			if tc.chars != nil && !slices.Equal([]string(got[0].Character), tc.chars) {
				t.Errorf("characters %v, want %v", got[0].Character, tc.chars)
			}
			if len(tc.rels[0].Sources) > 0 && len(tc.rels[0].Sources) != 1 {
				t.Errorf("the input's first relation was changed: %v", tc.rels[0].Sources)
			}
		})
	}
}
