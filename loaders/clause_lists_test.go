package loaders

import "testing"

// TestCreditLists checks person lists with a description inside ("A, his
// longtime collaborator, and B"), a team credited as one ("A and the
// team of B and C") and shared writing credits ("P shares screenplay
// credit with Q", "P kept a screenplay credit, shared with Q").
func TestCreditLists(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a description inside a co-writer list", "Green Dav co-wrote the screenplay with Danny McBrid, his longtime collaborator, and Scott Teem.",
			[]string{"WROTE green dav -> iron creek", "WROTE danny mcbrid -> iron creek", "WROTE scott teem -> iron creek"}, nil},
		{"a name before the team of", "Richard Wenk and the team of Art Marc and Matt Hollo wrote the screenplay.",
			[]string{"WROTE richard wenk -> iron creek", "WROTE art marc -> iron creek", "WROTE matt hollo -> iron creek"}, nil},
		{"shares screenplay credit with", "Thurop Orman, the sequel's director, shares writing credit with Brian Hohl.",
			[]string{"WROTE thurop orman -> iron creek", "WROTE brian hohl -> iron creek"}, nil},
		{"a credit, shared with", "Lin Justo kept a screenplay credit, shared with Dan Maz.",
			[]string{"WROTE lin justo -> iron creek", "WROTE dan maz -> iron creek"}, nil},
		{"guard: a description ending the list", "Green Dav co-wrote the screenplay with Danny McBrid, his longtime collaborator, and the film opens in May.",
			[]string{"WROTE danny mcbrid -> iron creek"}, nil},
		{"guard: a credit with no writing", "Tom Sell shares top billing credit with Ana Vittor.",
			nil, []string{"WROTE ana vittor -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
