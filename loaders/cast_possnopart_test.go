package loaders

import "testing"

// TestPossNoPart checks that "P's C" names no part when either name is a
// place or an institution or when the sentence is a festival, prize or
// chart line and C opens with no given name or title, and that a part
// named by a given name in such a line stays a credit, on invented
// sentences; with the checks switched off the unwanted lines come back.
func TestPossNoPart(t *testing.T) {
	const head = " date 2026-05-01\nReview: 'Iron Creek'\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"person before a venue", "The first screening was held at Tova Brandt's Harrow Playhouse in March.",
			nil, []string{"ACTED_IN tova brandt -> iron creek as harrow playhouse", "PORTRAYED tova brandt -> harrow playhouse"}},
		{"person before a forest", "Perrin Vasquez's Greyling Forest scenes were shot in a single week.",
			nil, []string{"ACTED_IN perrin vasquez -> iron creek as greyling forest", "PORTRAYED perrin vasquez -> greyling forest"}},
		{"person before a city", "Ada Brannock's Lisbon is a city of rain and rumour.",
			nil, []string{"ACTED_IN ada brannock -> iron creek as lisbon", "PORTRAYED ada brannock -> lisbon"}},
		{"festival line title", "It shared the Jury Prize with Tobin Marek's Quiet Harbour, and it opens in May.",
			nil, []string{"ACTED_IN tobin marek -> iron creek as quiet harbour", "PORTRAYED tobin marek -> quiet harbour"}},
		{"chart line title", "That is ahead of the $8.8 million opening of Colm Seward's Saltmarsh in July.",
			nil, []string{"ACTED_IN colm seward -> iron creek as saltmarsh", "PORTRAYED colm seward -> saltmarsh"}},
		{"given name part in a festival line", "At the festival, Mina Dorrel's Vera Holt is the film's best creation.",
			[]string{"ACTED_IN mina dorrel -> iron creek as vera holt"}, nil},
		{"part outside an event line", "Mina Dorrel's Saltmarsh is the film's best creation, a rancher with a grudge.",
			[]string{"ACTED_IN mina dorrel -> iron creek as saltmarsh"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
	t.Run("switched off", func(t *testing.T) {
		possNoPartOn = false
		defer func() { possNoPartOn = true }()
		for _, c := range cases {
			got := localFacts(t, head+c.text)
			if c.not == nil {
				continue
			}
			found := false
			for _, n := range c.not {
				for _, g := range got {
					found = found || g == n
				}
			}
			if !found {
				t.Errorf("%s: with the checks off, none of %q in\n%v", c.name, c.not, got)
			}
		}
	})
}
