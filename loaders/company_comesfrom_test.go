package loaders

import "testing"

// TestComesFrom checks, on invented sentences, the companies a production
// comes from ("The show comes from O1 and The O2 in association with O3",
// "The film comes from O, the studio arm of ..."), and the guards: a
// place after "from", and a plural subject.
func TestComesFrom(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two and an associate", "The show comes from Harbor Studios and The Tern Company in association with Gull Media, which also sells it abroad.",
			[]string{"PRODUCED harbor studios -> ashen coulee", "PRODUCED tern company -> ashen coulee", "PRODUCED gull media -> ashen coulee"}, nil},
		{"one with an appositive", "The film comes from Harbor Content Productions, the studio arm of a conglomerate.",
			[]string{"PRODUCED harbor content productions -> ashen coulee"}, nil},
		{"guard: a place", "The film comes from Portugal, where it was a hit.",
			nil, []string{"PRODUCED portugal -> ashen coulee"}},
		{"guard: all three", "All three series come from Harbor Studios and Tern Television.",
			nil, []string{"PRODUCED harbor studios -> ashen coulee"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
