package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestRunOnOutlet checks, on invented sentences, the outlet named after a
// run noun and "on": the title before the run noun, the subject of "its
// ... season on O", and the guards (a stage, a person, a place).
func TestRunOnOutlet(t *testing.T) {
	const head = " date 2026-05-01\n'Salt Harbour' Returns\n\nSalt Harbour is a crime drama about a harbour town. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the title before the run noun", "Dara Quell co-created the original Salt Harbour series on Kestrel One with friends.",
			[]string{"DISTRIBUTED kestrel one -> salt harbour"}, nil},
		{"its season on an outlet", "The procedural Dockside Nine, now in its 12th season on Verra Kanal, came third.",
			[]string{"DISTRIBUTED verra kanal -> dockside nine"}, nil},
		{"its run on an outlet", "The police procedural Dockside Nine ended its five-season run on QTV in March.",
			[]string{"DISTRIBUTED qtv -> dockside nine"}, nil},
		{"guard: a stage run", "Harbour Lights, the musical, ended its run on Broadway in March.",
			nil, []string{"DISTRIBUTED broadway -> harbour lights"}},
		{"guard: a person", "Dockside Nine ended its run on Marta Quell's watch.",
			nil, []string{"DISTRIBUTED marta quell -> dockside nine"}},
		{"guard: the channel after the outlet's possessive", "The procedural Dockside Nine is in its third series on QTV's Q&Drama.",
			nil, []string{"DISTRIBUTED qtv -> dockside nine"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}

// TestRunOnOutletTypes checks the types the run-on rule gives names with
// no title to credit: an acronym after a show's season is an outlet; a
// name after an actor's guest run is no company, nor a "The" title.
func TestRunOnOutletTypes(t *testing.T) {
	const head = " date 2026-05-01\n'Salt Harbour' Returns\n\nSalt Harbour is a crime drama about a harbour town. "
	cases := []struct {
		name, text, key string
		org             bool
	}{
		{"an acronym after a single season", "A revival followed, then a single season on QTV in 2002.", "qtv", true},
		{"guard: a guest's run on a show", "In 2012 Marta Quell had a three-episode run on Night Desk Tonight as a judge.", "night desk tonight", false},
		{"guard: a The title", "Marta Quell was best known for sketches on The Late Desk.", "late desk", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := entityType(t, head+c.text+"\n", c.key) == kg.Organisation
			if got != c.org {
				t.Errorf("%q typed a company: %v, want %v", c.key, got, c.org)
			}
		})
	}
}
