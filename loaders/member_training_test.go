package loaders

import "testing"

// TestPersonTraining checks that an actor's schooling ("Reyes trained at
// the X School of Drama", a person's short name or full name) makes no
// MEMBER_OF while a character trained at a body still does.
func TestPersonTraining(t *testing.T) {
	const head = " date 2026-05-01\nDana Reyes, Character Actor, Dies at 77\n\nDana Reyes, the character actor who played Mara Quinn in Harbor Lane, has died. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a short name trained at a drama school", "Born in Dayton in 1947, Reyes trained at the Harbor School of Drama and worked in Chicago theatre for a decade.",
			nil, []string{"MEMBER_OF dana reyes -> harbor school of drama"}},
		{"a full name trained at a conservatory", "Dana Reyes trained at the Corvane Conservatory before moving to Chicago.",
			nil, []string{"MEMBER_OF dana reyes -> corvane conservatory"}},
		{"guard: a person trained by a teacher, a character further off", "Lee Marr, the teacher who had trained Reyes at the Harbor Studio, played the banker Cade Roth.",
			nil, []string{"MEMBER_OF cade roth -> harbor studio", "MEMBER_OF dana reyes -> harbor studio"}},
		{"a character trained at a body", "In the film Iron Creek, Reyes played Cade Roth, a gunslinger trained at the Ember Academy.",
			[]string{"MEMBER_OF cade roth -> ember academy"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
