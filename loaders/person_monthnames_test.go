package loaders

import "testing"

// TestMonthGivenNames checks joinMonthGivenNames: a "Jan" or "Jun" before a
// name, a full month opening the sentence or after a describing word, and
// a "Jan" before a particle name stay in the name; a month after a date
// word, "May" opening a sentence and a dated "Jan." stay out.
func TestMonthGivenNames(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"short month after a crew noun", "Cinematographer Jan Voskuil shot Brackmoor Hollow in the winter of 2019.",
			[]string{"Person:jan voskuil"}, []string{"Person:voskuil"}},
		{"short month after by", "Brackmoor Hollow was written by Jun Tarrow and Dana Quillby.",
			[]string{"Person:jun tarrow"}, []string{"Person:tarrow"}},
		{"short month before a particle name", "Brackmoor Hollow was directed by Jan van Roost in 1996.",
			[]string{"Person:jan van roost"}, []string{"Person:roost"}},
		{"full month opens the sentence", "June Ellery Pellow and Tom Fennick play the parents in Brackmoor Hollow.",
			[]string{"Person:june ellery pellow"}, []string{"Person:ellery pellow"}},
		{"full month after a describing noun", "Dana Quillby plays the ambitious producer September Vane in Brackmoor Hollow.",
			[]string{"Character:september vane"}, []string{"Character:vane"}},
		{"guard: a date word before the month", "In June Tom Fennick joined the cast of Brackmoor Hollow.",
			[]string{"Person:tom fennick"}, []string{"Person:june tom fennick"}},
		{"guard: a verb before the month", "The first season of Brackmoor Hollow followed September Vane as a nurse, and Tom Fennick directed.",
			nil, []string{"Person:september vane", "Character:september vane"}},
		{"guard: May opens the sentence", "May Tom Fennick never read the script of Brackmoor Hollow.",
			nil, []string{"Person:may tom fennick"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
