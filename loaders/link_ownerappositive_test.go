package loaders

import "testing"

// TestOwnerAppositiveHead checks the later work an appositive follow-up
// noun describes when an owner's possessive or a bracketed gloss stands
// between it and the title ("Y, O's long-gestating sequel to X", "Y (Alt),
// the prequel to X"), and the earlier work named behind describing words
// ("a spin-off of its space drama X", "the follow-up to 2015's surprise
// hit X", "a sequel to P's 1982 X").
func TestOwnerAppositiveHead(t *testing.T) {
	const lead = "Maro Venn Boards 'Harrow Vale'\n\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"Y, a person's long-gestating follow-up to X: not an earlier title",
			lead + "Maro Venn, a stage regular known for the crime series Kestrel Point, has joined the cast of Harrow Vale, Tessaly Brant's long-gestating follow-up to Dunmore Bay, sources tell us.\n",
			[]string{"SEQUEL_OF film:harrow-vale -> film:dunmore-bay"}, []string{"SEQUEL_OF film:kestrel-point -> film:dunmore-bay"}},
		{"Y, a company's spin-off of X: not the name before it",
			lead + "Maro Venn is back for Harrow Vale, Orbis's spin-off of Dunmore Bay, the coastal drama that ended last year.\n",
			[]string{"SPIN_OFF_OF film:harrow-vale -> film:dunmore-bay"}, nil},
		{"Y (Alt), the six-part prequel to the beloved film X",
			lead + "Maro Venn has landed the lead in Harrow Vale (Velmara), the six-part prequel to the beloved fairy-tale film Dunmore Bay, sources tell us.\n",
			[]string{"PREQUEL_OF film:harrow-vale -> film:dunmore-bay"}, nil},
		{"Y (Alt), the follow-up to a year's described hit X",
			lead + "That is the quiet strength of Harrow Vale (Velmara), the follow-up to 2015's surprise international hit Dunmore Bay.\n",
			[]string{"SEQUEL_OF film:harrow-vale -> film:dunmore-bay"}, nil},
		{"Y, O's spin-off of its described drama X",
			lead + "Maro Venn has boarded Harrow Vale, Orbis's spinoff of its alt-history space drama Dunmore Bay, in a recurring role.\n",
			[]string{"SPIN_OFF_OF film:harrow-vale -> film:dunmore-bay"}, nil},
		{"Y, P's sequel to Q's dated X: not the maker",
			lead + "Maro Venn designed Harrow Vale, Tessaly Brant's sequel to Corrigan Halden's 1982 Dunmore Bay, in Budapest.\n",
			[]string{"SEQUEL_OF film:harrow-vale -> film:dunmore-bay"}, []string{"SEQUEL_OF film:harrow-vale -> film:corrigan-halden"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, docLines(t, c.text), c.want, c.not)
		})
	}
}
