package loaders

import "testing"

// TestAsPartAfterPreposition checks partAfterAs on invented sentences: a
// name right after a preposition that follows the part's description is
// the preposition's object (a film's owner, a place, the actor after
// "by"), not the part; a second part after "and" still is one.
func TestAsPartAfterPreposition(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"owner after in", "Tomas Arkell had a small role as a police photographer in Dora Hale's thriller Night Ledger (1980).",
			nil, []string{"Character:dora hale"}},
		{"actor after by", "Elsewhere, the landlord Ken Marrow, played as ever by Willem Roach, delivered the week's best line.",
			nil, []string{"Character:willem roach"}},
		{"guard: a part after and", "Brigid Quarles joins the series as his wife and fellow agent Cressida Pellinore.",
			[]string{"Character:cressida pellinore"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
