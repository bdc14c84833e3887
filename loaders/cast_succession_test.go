package loaders

import "testing"

// TestPartSuccession checks who played a part before: "P takes over as C
// from the late Q" and "C, a role originated by Q".
func TestPartSuccession(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"takes over as C from the late Q", "Dana Frell takes over as Tilly Fox from the late Omar Reyes, and she is uncannily close.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox", "PORTRAYED omar reyes -> tilly fox"},
			[]string{"ACTED_IN omar reyes -> iron creek"}},
		{"no succession verb", "Dana Frell returns as Tilly Fox from the first film.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}, nil},
		{"P, C himself,", "Dana Frell, Tilly Fox herself, appeared in a pre-taped bit from a boat.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}, nil},
		{"P himself will again voice C", "The director himself is back: Dana Frell himself will again voice Tilly Fox, the elderly iguana.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}, nil},
		{"second part after an interjection", "Dana Frell returns as Pip and, in a neat trick, also voices Moss Vane, a gruff space cowboy.",
			[]string{"ACTED_IN dana frell -> iron creek as pip", "ACTED_IN dana frell -> iron creek as moss vane"}, nil},
		{"second clause with another subject", "Dana Frell returns as Pip and Omar Reyes voices Moss Vane.",
			nil, []string{"ACTED_IN dana frell -> iron creek as moss vane"}},
		{"a role originated by Q", "Lin Chao, who played the priest Father Moss, a role originated by Ezra Pell in 1976, is in talks to return.",
			[]string{"PORTRAYED ezra pell -> father moss"}, []string{"ACTED_IN ezra pell -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
