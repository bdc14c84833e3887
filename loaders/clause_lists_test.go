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
		{"a description inside a co-writer list", "Orrin Valk co-wrote the screenplay with Danny McTurlough, his longtime collaborator, and Scott Arlow.",
			[]string{"WROTE orrin valk -> iron creek", "WROTE danny mcturlough -> iron creek", "WROTE scott arlow -> iron creek"}, nil},
		{"a name before the team of", "Richard Pellow and the team of Art Delvane and Matt Corrigal wrote the screenplay.",
			[]string{"WROTE richard pellow -> iron creek", "WROTE art delvane -> iron creek", "WROTE matt corrigal -> iron creek"}, nil},
		{"shares screenplay credit with", "Thaddeus Orvel, the sequel's director, shares writing credit with Brian Sollek.",
			[]string{"WROTE thaddeus orvel -> iron creek", "WROTE brian sollek -> iron creek"}, nil},
		{"a credit, shared with", "Lin Marrow kept a screenplay credit, shared with Dan Pritt.",
			[]string{"WROTE lin marrow -> iron creek", "WROTE dan pritt -> iron creek"}, nil},
		{"guard: a description ending the list", "Orrin Valk co-wrote the screenplay with Danny McTurlough, his longtime collaborator, and the film opens in May.",
			[]string{"WROTE danny mcturlough -> iron creek"}, nil},
		{"guard: a credit with no writing", "Tom Vardell shares top billing credit with Ana Vittor.",
			nil, []string{"WROTE ana vittor -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
