package loaders

import "testing"

// TestCompanyAppositive checks a title described by an appositive that
// ends in a company's possessive: the company made it.
func TestCompanyAppositive(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"next installment in a studio's franchise", "Kate Lind has joined Dust Road 3, the next installment in Lionsgate's gritty heist franchise, sources say.",
			[]string{"PRODUCED lionsgate -> dust road 3"}, nil},
		{"a studio's new take", "Joe Hart has boarded Salt Pans: The Thicket, Paramount Pictures' new big-screen take on the novels.",
			[]string{"PRODUCED paramount pictures -> salt pans: the thicket"}, nil},
		{"guard: the company's own title named after", "Dust Road 3, the sequel to Lionsgate's 2019 film Cold River, opens Friday.",
			nil, []string{"PRODUCED lionsgate -> dust road 3"}},
		{"guard: a character", "Kate Lind plays Grimwald, Marvel's version of the devil.",
			nil, []string{"PRODUCED marvel -> grimwald"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
