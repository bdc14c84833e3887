package loaders

import "testing"

// TestCompanyBacked checks, on invented sentences, a company that backed,
// bankrolled or co-financed a film (it produced it), and the guard: a
// person's possessive after the verb is no film.
func TestCompanyBacked(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"backed the film", "Quarry Lane Pictures backed Ashen Coulee.",
			[]string{"PRODUCED quarry lane pictures -> ashen coulee"}, nil},
		{"bankrolled the film", "Quarry Lane Pictures bankrolled the film.",
			[]string{"PRODUCED quarry lane pictures -> ashen coulee"}, nil},
		{"guard: a person's film", "Quarry Lane Pictures backed Marrick's grandest film, and he spent the money on the cast.",
			nil, []string{"PRODUCED quarry lane pictures -> marrick"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
