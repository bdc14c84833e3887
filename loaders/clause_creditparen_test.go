package loaders

import "testing"

// TestCreditParenSubject checks, on invented sentences, a subject whose
// earlier credits follow it in brackets ("P (F1, F2) directed from a
// screenplay by Q"): the verb reaches P over the brackets; brackets that
// hold a person do not count as credits.
func TestCreditParenSubject(t *testing.T) {
	const head = " date 2026-05-01\n'Salt Marsh' tops the box office with $24 million\n\nSalt Marsh opened to $24 million this weekend. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two credits in brackets", "Tom Ek (Iron Bay, Red Dune) directed from a screenplay by Lia Dore.",
			[]string{"DIRECTED tom ek -> salt marsh", "WROTE lia dore -> salt marsh"}, nil},
		{"guard: a person in brackets", "Tom Ek (with Ada Fenn, Red Dune) directed from a screenplay by Lia Dore.",
			nil, []string{"DIRECTED tom ek -> salt marsh"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
