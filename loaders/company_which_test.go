package loaders

import "testing"

// TestCompanyWhich checks, on invented sentences, a company's credit in a
// relative clause after it: produced, released, both, backed; and the
// guards: a catalogue ("X titles") and a clause with no film.
func TestCompanyWhich(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"distributed the film", "Marlow Pictures, which distributed the film domestically, had tracked it lower.",
			[]string{"DISTRIBUTED marlow pictures -> ashen coulee"}, nil},
		{"produced and released", "Harbor Light Films, which produced and released Ashen Coulee, will distribute the sequel.",
			[]string{"PRODUCED harbor light films -> ashen coulee", "DISTRIBUTED harbor light films -> ashen coulee"}, nil},
		{"backed, after a partner", "Neon is producing with Oakvale Entertainment, which backed Ashen Coulee.",
			[]string{"PRODUCED oakvale entertainment -> ashen coulee"}, nil},
		{"guard: a catalogue", "Tamsin Media, which distributes Orchard Row titles, reported a strong weekend.",
			nil, []string{"DISTRIBUTED tamsin media -> orchard row"}},
		{"guard: no film after the verb", "Tamsin Media, which released a statement, declined to comment.",
			nil, []string{"DISTRIBUTED tamsin media -> ashen coulee"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
