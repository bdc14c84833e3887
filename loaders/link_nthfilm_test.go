package loaders

import "testing"

// TestNthFranchiseFilm checks nthFranchiseFilm and ordinalSubject on
// invented sentences: "F, the third X film", "F is the fourth X movie",
// "F will be the eighth film in the X franchise"; and a person's
// appositive it leaves alone.
func TestNthFranchiseFilm(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"appositive, franchise before the film noun", "Neon's Angel Vael Rising, the third Vael Rising film with Tom Ferris, slipped to second place.",
			[]string{"PART_OF angel vael rising -> vael rising"}, nil},
		{"appositive after a set", "We are on the set of Bride-In-Law, the fourth Meet the Cobblers movie and the first since Little Cobblers in 2010.",
			[]string{"PART_OF bride-in-law -> meet the cobblers"}, nil},
		{"will be the nth film in the franchise", "Iron Creek will be the eighth film in the Dark Harbor franchise.",
			[]string{"PART_OF iron creek -> dark harbor"}, nil},
		{"guard: a person before the ordinal", "Tom Ferris, the third Vael Rising star to return, spoke on Monday.",
			nil, []string{"PART_OF tom ferris -> vael rising"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
