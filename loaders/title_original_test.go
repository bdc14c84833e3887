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
			"News\n\nTobin Hale returns to the Glass Harbour franchise this autumn.\n\nHe directed episodes of the original Glass Harbour, which ran for three seasons.",
			[]string{"glass harbour=Film", "glass harbour=Franchise"}, nil},
		{"the year, a subtitled entry",
			"News\n\nGlass Harbour: Low Tide opens on Friday.\n\nThe story began with the 1996 Glass Harbour, starring Mara Voss.",
			[]string{"glass harbour=Film"}, nil},
		{"year original, appositive",
			"News\n\nThe reboot is the sixth entry in the Glass Harbour franchise.\n\nIt is set in the same world as Tobin Hale's 1990 original, Glass Harbour, which Mara Voss wrote.",
			[]string{"glass harbour=Film", "glass harbour=Franchise"}, nil},
		{"in X in a year",
			"News\n\nHe spent years in the Glass Harbour films.\n\nHis signature part came in Glass Harbour in 1985, as a desk sergeant.",
			[]string{"glass harbour=Film", "glass harbour=Franchise"}, nil},
		{"the year and describing words",
			"News\n\nGlass Harbour: Low Tide opens on Friday.\n\nThe series is set before the 1988 action classic Glass Harbour, the studio said.",
			[]string{"glass harbour=Film"}, nil},
		{"a kind noun after the name elsewhere",
			"News\n\nHarbour+ has ordered a Glass Harbour prequel series.\n\nIt is set in the years before the 1988 action classic Glass Harbour, the streamer said.",
			[]string{"glass harbour=Film"}, nil},
		{"guard: no franchise evidence",
			"News\n\nTobin Hale directed episodes of the original Glass Harbour, which ran for three seasons.",
			nil, []string{"glass harbour=Film"}},
		{"guard: a noun the name modifies",
			"News\n\nThe Glass Harbour franchise is back.\n\nThe original Glass Harbour cast will return for one episode.",
			nil, []string{"glass harbour=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
