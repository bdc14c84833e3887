package loaders

import "testing"

// TestCompanyHeadlineCredits checks, on invented headlines, that a
// title-case headline credits a company the body types with the quoted
// title it runs ("'F' Renewed at O", "'F' Returns Big on O", "O Cancels
// P's 'F'", "Join O Series", "as O Reboot Casts", "How O's 'F' Lost Its
// Way", a follow-up's own title), and that a title
// followed by a sequel noun, a company's possessive or a sentence-case
// line is no such credit.
func TestCompanyHeadlineCredits(t *testing.T) {
	const body = "\n\nThe Salt Ledger is a 2021 thriller series directed by Perrin Vasquez. Iron Orchard is a 2026 drama series created by Dana Reyes. Executives at Kestrel Network and Quillon+ declined to comment on Monday.\n"
	cases := []struct {
		name      string
		head      string
		want, not []string
	}{
		{"renewed at", "'The Salt Ledger' Renewed for Season 3 at Quillon+",
			[]string{"DISTRIBUTED quillon+ -> salt ledger"}, nil},
		{"on the network", "Ratings: 'The Salt Ledger' Returns Big on Kestrel Network",
			[]string{"DISTRIBUTED kestrel network -> salt ledger"}, nil},
		{"company cancels", "Kestrel Network Cancels Perrin Vasquez's 'The Salt Ledger' After Two Seasons",
			[]string{"DISTRIBUTED kestrel network -> salt ledger"}, nil},
		{"joins the company's series", "'The Salt Ledger' Season 2 Finds Its Villain as Ana Lopez Joins Quillon+ Series",
			[]string{"DISTRIBUTED quillon+ -> salt ledger"}, nil},
		{"the company's possessive title", "How Quillon+'s 'The Salt Ledger' Lost Its Way",
			[]string{"DISTRIBUTED quillon+ -> salt ledger"}, nil},
		{"a follow-up's own title", "Ana Lopez Boards Quillon+'s 'The Salt Ledger' Follow-Up 'Iron Orchard'",
			[]string{"DISTRIBUTED quillon+ -> iron orchard"}, []string{"DISTRIBUTED quillon+ -> salt ledger"}},
		{"a sequel series", "'The Salt Ledger' Sequel Series in the Works at Quillon+",
			nil, []string{"DISTRIBUTED quillon+ -> salt ledger"}},
		{"the company's possessive", "'The Salt Ledger' Lifts Kestrel Network's Wednesday",
			nil, []string{"DISTRIBUTED kestrel network -> salt ledger"}},
		{"not title case", "Why 'The Salt Ledger' keeps its fans at Quillon+ and beyond",
			nil, []string{"DISTRIBUTED quillon+ -> salt ledger"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, " date 2026-05-01\n"+c.head+body), c.want, c.not)
		})
	}
}
