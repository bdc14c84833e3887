package loaders

import "testing"

// TestThroughBanner checks, on invented sentences, the company a credited
// producer works through: after "through" with an owner word, with a
// company noun before or after the name, after a comma, and after "under
// the X banner"; and the guards: "under" without a company noun, and a
// producer credited with two films.
func TestThroughBanner(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a banner noun after the name", "Dorian Welk produced through his Quiet Lantern banner with Mara Ives.",
			[]string{"PRODUCED quiet lantern -> ashen coulee", "PRODUCED dorian welk -> ashen coulee"}, nil},
		{"a company noun and a comma before the name", "Hollis Penbury directed the pilot and served as an executive producer through his company, Gravel Moon Industries.",
			[]string{"PRODUCED gravel moon industries -> ashen coulee"}, nil},
		{"under the banner", "Pella Ross produced it under her Bright Ember banner.",
			[]string{"PRODUCED bright ember -> ashen coulee"}, nil},
		{"guard: under without a company noun", "Pella Ross produced it under Tobin Marsh.",
			nil, []string{"PRODUCED tobin marsh -> ashen coulee"}},
		{"guard: two films produced", "Osric Hale, who produced all four films of Red Harbor, is producing Ashen Coulee through Lantern Tree Pictures.",
			nil, []string{"PRODUCED lantern tree pictures -> red harbor"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
