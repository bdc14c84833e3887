package loaders

import "testing"

// TestLaterEntrySubject checks that a subtitled film the lede names stays
// the subject over its base named later, and that a series written with
// its own season after a possessive ("X's final season") is no maker
// (ownSeasons).
func TestLaterEntrySubject(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{
			name: "the subtitled film named in the lede stays the subject",
			text: "'Harbor Lights' Sequel Sets Its Cast\n\n" +
				"Harbor Lights: The Return has found its lead. Kit Moss will star in the film, which Ada Quist directs.\n\n" +
				"Harbor Lights was a hit in 2019. Lia Serro joins the cast as well.",
			want: "harbor lights: the return",
		},
		{
			name: "a series' own final season is no maker's possessive",
			text: "Ada Quist spent eight seasons inside the school gates. Now that Tarnwood, the teen thriller she created, has wrapped, " +
				"she looks back.\n\n" +
				"Tarnwood was a hit from the start. Tarnwood's final season premiered on Streamly on July 26. " +
				"Kit Moss starred in Tarnwood as Nora.",
			want: "tarnwood",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := subjectKey(c.text); got != c.want {
				t.Errorf("subject film %q, want %q", got, c.want)
			}
		})
	}
}
