package loaders

import "testing"

// TestThroughBanner checks, on invented sentences, the company a credited
// producer works through: after "through" with an owner word, with a
// company noun before or after the name, after a comma, and after "under
// the X banner"; and the guards: "under" without a company noun, and a
// producer credited with two films.
func TestThroughBanner(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a banner noun after the name", "Dorian Welk produced through his Quiet Lantern banner with Mara Ives.",
			[]string{"PRODUCED quiet lantern -> iron creek", "PRODUCED dorian welk -> iron creek"}, nil},
		{"a company noun and a comma before the name", "Hollis Brandt directed the pilot and served as an executive producer through his company, Gravel Moon Industries.",
			[]string{"PRODUCED gravel moon industries -> iron creek"}, nil},
		{"under the banner", "Pella Ross produced it under her Bright Ember banner.",
			[]string{"PRODUCED bright ember -> iron creek"}, nil},
		{"guard: under without a company noun", "Pella Ross produced it under Tobin Marsh.",
			nil, []string{"PRODUCED tobin marsh -> iron creek"}},
		{"guard: two films produced", "Osric Hale, who produced all four films of Red Harbor, is producing Iron Creek through Lantern Tree Pictures.",
			nil, []string{"PRODUCED lantern tree pictures -> red harbor"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
