package loaders

import "testing"

// TestAdaptedBy checks "F was adapted by P" and "F, adapted by A and B
// from the novel, ...": the adapters wrote F; a source work as the
// subject ("the novel was adapted by P") and a company adapter give no
// credit.
func TestAdaptedBy(t *testing.T) {
	const head = " date 2026-05-01\n'Copper Vale' Sets Cast\n\nCopper Vale, a thriller from Neon, starts shooting in May. Glass Orchard opened in 2001. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"F was adapted by P", "Copper Vale was adapted by Dace Lund and directed by Omar Lisle.",
			[]string{"WROTE dace lund -> copper vale"}, nil},
		{"F, adapted by A and B from a novel", "The series, adapted by Dace Lund and Omar Lisle from Ada Voss's novel, stars Tim Roe.",
			[]string{"WROTE dace lund -> copper vale", "WROTE omar lisle -> copper vale"}, nil},
		{"guard: the novel was adapted by P", "The novel was adapted by Dace Lund as a radio play in 2023.",
			nil, []string{"WROTE dace lund -> copper vale"}},
		{"guard: the novel F was adapted by P", "Her novel Harrow Gate was adapted by Dace Lund as a radio play in 2023.",
			nil, []string{"WROTE dace lund -> copper vale", "WROTE dace lund -> harrow gate"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
