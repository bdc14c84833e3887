package loaders

import "testing"

// TestWithdrawnAnyRule checks that an actor the article says will not be
// back loses every credit in the article's production, whatever rule
// made it, while credits in an earlier film stay.
func TestWithdrawnAnyRule(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek 2' Sets Its Cast\n\nIron Creek 2, the sequel to Iron Creek from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"joins then exits", "Dana Frell has joined the cast of Iron Creek 2. Frell has since exited over scheduling.",
			nil, []string{"ACTED_IN dana frell -> iron creek 2"}},
		{"original credit stays", "Dana Frell, who appeared in the original as Tilly Fox, will not be back.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}, []string{"ACTED_IN dana frell -> iron creek 2 as tilly fox"}},
		{"others keep theirs", "Omar Reyes has joined the cast of Iron Creek 2. Dana Frell will not be back.",
			[]string{"ACTED_IN omar reyes -> iron creek 2"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
