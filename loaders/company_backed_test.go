package loaders

import "testing"

// TestCompanyBacked checks, on invented sentences, a company that backed,
// bankrolled or co-financed a film (it produced it), and the guard: a
// person's possessive after the verb is no film.
func TestCompanyBacked(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"backed the film", "Quarry Lane Pictures backed Iron Creek.",
			[]string{"PRODUCED quarry lane pictures -> iron creek"}, nil},
		{"bankrolled the film", "Quarry Lane Pictures bankrolled the film.",
			[]string{"PRODUCED quarry lane pictures -> iron creek"}, nil},
		{"guard: a person's film", "Quarry Lane Pictures backed Varga's grandest film, and he spent the money on the cast.",
			nil, []string{"PRODUCED quarry lane pictures -> varga"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
