package loaders

import "testing"

// TestSalesAgentDistributes checks, on invented sentences, that a company
// handling a film's international (or worldwide) sales distributes it, the
// film at hand when the sentence names none (companyRelease, "sales").
func TestSalesAgentDistributes(t *testing.T) {
	const head = " date 2026-05-01\n'The Salt Ledger' Wins in Park City\n\nThe Salt Ledger, the drama directed by Perrin Vasquez, premiered at the festival on Friday. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"handles international sales", "Marla Quince produced; Kestrel Sales handles international sales.",
			[]string{"DISTRIBUTED kestrel sales -> salt ledger"}, nil},
		{"and O handled", "Quince produced it, and Bellwether Releasing handled international sales.",
			[]string{"DISTRIBUTED bellwether releasing -> salt ledger"}, nil},
		{"with O handling worldwide sales", "The drama is a co-production, with Kestrel Sales handling worldwide sales.",
			[]string{"DISTRIBUTED kestrel sales -> salt ledger"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
