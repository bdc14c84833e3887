package loaders

import "testing"

// TestOriginalFilms checks typeOriginalFilms: a franchise's name written
// as its first production ("the original X", "the 1996 X", "Q's 1990
// original, X") is that film, while the name's other mentions stay the
// franchise; without franchise evidence, or before a noun the name
// modifies, nothing changes.
func TestOriginalFilms(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the original, a franchise noun elsewhere",
			"News\n\nTobin Hale returns to the Pewter Bay franchise this autumn.\n\nHe directed episodes of the original Pewter Bay, which ran for three seasons.",
			[]string{"pewter bay=Film", "pewter bay=Franchise"}, nil},
		{"the year, a subtitled entry",
			"News\n\nPewter Bay: Slack Water opens on Friday.\n\nThe story began with the 1996 Pewter Bay, starring Mara Voss.",
			[]string{"pewter bay=Film"}, nil},
		{"year original, appositive",
			"News\n\nThe reboot is the sixth entry in the Pewter Bay franchise.\n\nIt is set in the same world as Tobin Hale's 1990 original, Pewter Bay, which Mara Voss wrote.",
			[]string{"pewter bay=Film", "pewter bay=Franchise"}, nil},
		{"in X in a year",
			"News\n\nHe spent years in the Pewter Bay films.\n\nHis signature part came in Pewter Bay in 1985, as a desk sergeant.",
			[]string{"pewter bay=Film", "pewter bay=Franchise"}, nil},
		{"the year and describing words",
			"News\n\nPewter Bay: Slack Water opens on Friday.\n\nThe series is set before the 1988 action classic Pewter Bay, the studio said.",
			[]string{"pewter bay=Film"}, nil},
		{"a kind noun after the name elsewhere",
			"News\n\nThe network wants a Pewter Bay reboot.\n\nIt is set in the years before the 1988 action classic Pewter Bay, the streamer said.",
			[]string{"pewter bay=Film"}, nil},
		{"a kind noun after the name opening the sentence",
			"News\n\nA Pewter Bay remake is in the works.\n\nThe 1988 action classic Pewter Bay made Mara Voss a star.",
			[]string{"pewter bay=Film"}, nil},
		{"guard: no franchise evidence",
			"News\n\nTobin Hale directed episodes of the original Pewter Bay, which ran for three seasons.",
			nil, []string{"pewter bay=Film"}},
		{"guard: a noun the name modifies",
			"News\n\nThe Pewter Bay franchise is back.\n\nThe original Pewter Bay cast will return for one episode.",
			nil, []string{"pewter bay=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
