package loaders

import "testing"

// TestCompanyJoins checks the two company-name edges of extendRun: a number
// between a name and a company word stays inside the name, and a slash
// after a company word parts two companies; a slash between two founders'
// names stays inside one company's name.
func TestCompanyJoins(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"number inside a company", "Vantor 1880 Entertainment produced the remake, and the studio sold it abroad.",
			[]string{"Organisation:vantor 1880 entertainment"}, []string{"Organisation:1880 entertainment"}},
		{"year-like number inside a company", "The rights went to Halden 2000 Pictures, which made the film.",
			[]string{"Organisation:halden 2000 pictures"}, []string{"Organisation:2000 pictures"}},
		{"slash after a company word", "Dockside (Kestrel Entertainment/Orrin Studios) opened on Friday.",
			[]string{"Organisation:kestrel entertainment", "Organisation:orrin studios"}, []string{"Organisation:kestrel entertainment/orrin studios"}},
		{"guard: founders joined by a slash", "The special was made by Halvard/Quist Productions in 1964.",
			[]string{"Organisation:halvard/quist productions"}, []string{"Organisation:quist productions"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
