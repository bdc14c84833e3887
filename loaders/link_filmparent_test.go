package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestFilmParents checks filmParents on invented entities: a spin-off,
// sequel or prequel claim whose parent is a franchise moves to the film of
// the same name and leaves PART_OF to the franchise; without such a film,
// or for the film itself, or for other relations, nothing changes.
func TestFilmParents(t *testing.T) {
	ents := []outEnt{
		{typ: kg.Franchise, key: "harbor nights"}, // 0
		{typ: kg.Film, key: "harbor nights"},      // 1
		{typ: kg.Film, key: "harbor nights: riptide"},
		{typ: kg.Franchise, key: "glass kings"}, // 3
		{typ: kg.Film, key: "glass kings: ember"},
	}
	claim := func(rel kg.RelType, s, o int32) lclaim {
		return lclaim{rel: rel, subj: s, obj: o, subjCharOf: -1, char: -1, charOf: -1}
	}
	line := func(c lclaim) string {
		return string(c.rel) + " " + ents[c.subj].key + " -> " + string(ents[c.obj].typ) + " " + ents[c.obj].key
	}
	cases := []struct {
		name string
		in   lclaim
		want []string
	}{
		{"spin-off of a franchise that is also a film", claim(kg.SpinOffOf, 2, 0),
			[]string{"SPIN_OFF_OF harbor nights: riptide -> Film harbor nights", "PART_OF harbor nights: riptide -> Franchise harbor nights"}},
		{"prequel of a franchise that is also a film", claim(kg.PrequelOf, 2, 0),
			[]string{"PREQUEL_OF harbor nights: riptide -> Film harbor nights", "PART_OF harbor nights: riptide -> Franchise harbor nights"}},
		{"guard: no film of the franchise's name", claim(kg.SequelOf, 4, 3),
			[]string{"SEQUEL_OF glass kings: ember -> Franchise glass kings"}},
		{"guard: the film itself", claim(kg.SpinOffOf, 1, 0),
			[]string{"SPIN_OFF_OF harbor nights -> Franchise harbor nights"}},
		{"guard: PART_OF stays", claim(kg.PartOf, 2, 0),
			[]string{"PART_OF harbor nights: riptide -> Franchise harbor nights"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := filmParents(ents, []lclaim{c.in})
			if len(got) != len(c.want) {
				t.Fatalf("got %d claims, want %d", len(got), len(c.want))
			}
			for i, g := range got {
				if line(g) != c.want[i] {
					t.Errorf("claim %d = %q, want %q", i, line(g), c.want[i])
				}
			}
		})
	}
}
