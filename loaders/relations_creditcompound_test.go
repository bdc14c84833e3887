package loaders

import "testing"

// TestCreditCompoundRelations checks creditCompound (relations.go patch):
// "the P-directed F" gives a directing credit, "the P-starrer F" an acting
// one; a credit fused to a prefix ("Co-directed") gives none.
func TestCreditCompoundRelations(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"directed",
			"Box office\n\nThe weekend belonged to the Orla Venn-directed Salt Harbour, which earned $20 million.",
			[]string{"DIRECTED orla venn -> salt harbour"}, nil},
		{"starrer",
			"Box office\n\nNext week the Tavi Mehrotra-starrer Iron Monsoon arrives in cinemas.",
			[]string{"ACTED_IN tavi mehrotra -> iron monsoon"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, c.text), c.want, c.not)
		})
	}
}
