package loaders

import "testing"

// TestAnimationStudioCredit checks, on invented sentences, that a company
// animating the production at hand produces it: after "animated by",
// "animation handled by" and "animation services from", before
// "animates it", ", which animates", "is animating", and in "with O
// handling the animation" (animationCredit); and that a company only
// described as animated, a person, or an animated title is no credit.
func TestAnimationStudioCredit(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Gets a Second Season\n\nAshen Coulee, the adult comedy created by Perrin Vasquez, returns in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"animated by the studio", "The show is animated by the Danish studio Hollowmere Animation.",
			[]string{"PRODUCED hollowmere animation -> ashen coulee"}, nil},
		{"animation handled by", "The show comes from Lantern Road Studios, with animation handled by Hollowmere Animation.",
			[]string{"PRODUCED hollowmere animation -> ashen coulee", "PRODUCED lantern road studios -> ashen coulee"}, nil},
		{"animation services from", "The show is made by Lantern Road Studios, with animation services from Hollowmere Animation.",
			[]string{"PRODUCED hollowmere animation -> ashen coulee"}, nil},
		{"animates it", "Quillfeather animates it, and Lantern Road Studios produces it.",
			[]string{"PRODUCED quillfeather -> ashen coulee"}, nil},
		{"which animates", "I run a team of forty at Hollowmere Animation, which animates the new show.",
			[]string{"PRODUCED hollowmere animation -> ashen coulee"}, nil},
		{"is animating past an appositive", "Quillfeather, the studio behind Lantern Road Studios' first series, is animating again.",
			[]string{"PRODUCED quillfeather -> ashen coulee"}, nil},
		{"handling the animation", "The season is written by Vasquez, with Hollowmere Animation handling the animation.",
			[]string{"PRODUCED hollowmere animation -> ashen coulee"}, nil},
		{"an animated series is no credit", "Hollowmere Animation also runs the Streamwell animated series Dunmore Yard.",
			nil, []string{"PRODUCED hollowmere animation -> ashen coulee"}},
		{"a person animating", "Vasquez animates the opening titles himself.",
			nil, []string{"PRODUCED perrin vasquez -> ashen coulee", "PRODUCED vasquez -> ashen coulee"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
