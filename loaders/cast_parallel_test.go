package loaders

import (
	"testing"
)

// TestParallelAsCredits checks parallelAsCredits on invented sentences: an
// "X as Y" pair in a sentence that already holds a credit "P as C" is a
// credit too, a one-word stage name included; guards keep a thing, a place
// and a name cut after a number out.
func TestParallelAsCredits(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a stage name after a credit", "The Tide Line 2 is dated. The sequel brings back Luke Reyes as federal agent Ty Frell and adds Zenna as Kai Moro, a surfer.",
			[]string{"ACTED_IN zenna -> tide line 2 (kai moro)", "ACTED_IN luke reyes -> tide line 2 (ty frell)"}, nil},
		{"a list after a colon", "The Tide Line 2 is dated. New to the cast: Ovela as Lina Park, a medic, and Tom Reyes as Detective Vantry.",
			[]string{"ACTED_IN ovela -> tide line 2 (lina park)", "ACTED_IN tom reyes -> tide line 2 (detective vantry)"}, nil},
		{"guard: a thing ruled", "The Tide Line 2 is dated. Lee Harrower again rules the Empire as Brother Noon, with Cass Tumbrel as Brother Ember.",
			[]string{"ACTED_IN lee harrower -> tide line 2 (brother noon)"}, []string{"ACTED_IN empire -> tide line 2 (brother noon)"}},
		{"guard: no credit to follow", "The Tide Line 2 is dated. Zenna as Kai Moro would be a stretch.",
			nil, []string{"ACTED_IN zenna -> tide line 2 (kai moro)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, claims, c.want, c.not)
		})
	}
}

// TestListedCredits checks listedCredits on invented sentences: the last
// name of a list of credited actors is credited too, a one-word stage name
// included; a name that goes on into another phrase is not.
func TestListedCredits(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a stage name ends the list", "Tide Line 2 is dated. Tide Line 2 stars Matt Dorn, Tom Hale and Zenna.",
			[]string{"ACTED_IN zenna -> tide line 2", "ACTED_IN tom hale -> tide line 2"}, nil},
		{"the list ends before a new predicate", "Tide Line 2 is dated. Tide Line 2 stars Matt Dorn, Tom Hale and Zenna and, like the first film, was shot in Malta.",
			[]string{"ACTED_IN zenna -> tide line 2"}, nil},
		{"guard: a name that goes on", "Tide Line 2 is dated. Tide Line 2 stars Matt Dorn, Tom Hale and Zenna Films regulars.",
			nil, []string{"ACTED_IN zenna films -> tide line 2"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, claims, c.want, c.not)
		})
	}
}
