package loaders

import "testing"

// TestFranchiseTitleLinks checks franchiseTitleLinks on invented
// articles: the film that shares the name of a franchise the article
// names is part of it when at least two other films extend the name; not
// when fewer do, nor when the film is written "The X" and the franchise
// only "X".
func TestFranchiseTitleLinks(t *testing.T) {
	const head = " date 2026-05-01\nEvery Film Ranked\n\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the first film and two entries extend the franchise's name",
			"The Gorvath franchise turns thirty this year.\n\nGorvath (1996) was directed by Ada Pell. Gorvath 2: Deep Water followed in 1999. Gorvath 3 arrived in 2004 with Ned Marsh.",
			[]string{"PART_OF gorvath -> gorvath"}, nil},
		{"guard: one entry only",
			"The Gorvath franchise turns thirty this year.\n\nGorvath (1996) was directed by Ada Pell. Gorvath 2: Deep Water followed in 1999.",
			nil, []string{"PART_OF gorvath -> gorvath"}},
		{"guard: the film has a The the franchise lacks",
			"Fans of the Gorvath Clause franchise mark thirty years.\n\nIn the 1996 film The Gorvath Clause, Ada Pell starred. The Gorvath Clause 2 followed in 1999. The Gorvath Clause 3: Frost arrived in 2004.",
			nil, []string{"PART_OF gorvath clause -> gorvath clause"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}

// TestFranchiseTitleLinksOff checks that the first case needs the rule.
func TestFranchiseTitleLinksOff(t *testing.T) {
	defer func(v bool) { linkFranchiseTitles = v }(linkFranchiseTitles)
	linkFranchiseTitles = false
	got := localFacts(t, " date 2026-05-01\nEvery Film Ranked\n\nThe Gorvath franchise turns thirty this year.\n\nGorvath (1996) was directed by Ada Pell. Gorvath 2: Deep Water followed in 1999. Gorvath 3 arrived in 2004 with Ned Marsh.\n")
	checkLines(t, got, nil, []string{"PART_OF gorvath -> gorvath"})
}
