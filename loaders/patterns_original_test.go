package loaders

import "testing"

// TestOriginalBeforeAnd checks that "the original" followed by "and" and a
// second verb ("who directed the original and has since made ...") and
// "the first installment" name the series' first film, and that "the
// original and its sequel" is left to the rules before (still crediting
// the sequel).
func TestOriginalBeforeAnd(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 2' Sets Its Cast\n\nIron Creek 2, the sequel to the 2019 western Iron Creek, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the original and a second verb", "Ana Vittor, who directed the original and has now made four features with Bo Lee, is back behind the camera.",
			[]string{"DIRECTED ana vittor -> iron creek"}, nil},
		{"the first installment", "Ana Vittor, who also penned the first installment, returns.",
			[]string{"WROTE ana vittor -> iron creek"}, nil},
		{"guard: the original and its sequel is no verb phrase", "Tom Li played Dora in the original and its sequel.",
			[]string{"ACTED_IN tom li -> iron creek 2 as dora"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
