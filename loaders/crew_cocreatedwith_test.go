package loaders

import "testing"

// TestCoCreatedTitleWith checks, on invented sentences, that the "with"
// list after a writing verb's own title shares the credit ("co-created F
// with A and B", "went on to co-create F with A", "co-wrote F with A"),
// a show's writer named after "with" ("with F writer A": A, not the
// show), and the guard: after another verb's title ("directed F with A")
// the list is no co-credit.
func TestCoCreatedTitleWith(t *testing.T) {
	const head = " date 2026-05-01\nObituary\n\nThe actor Dorn Vasquez has died. He was a regular on the sitcom Harbor Lights and the drama Salt Ledger. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"co-created F with A and B", "\"He gave every line a life,\" said Perrin Vale, who co-created Harbor Lights with Dace Lund and Mara Ives.",
			[]string{"WROTE dace lund -> harbor lights", "WROTE mara ives -> harbor lights"}, nil},
		{"went on to co-create F with A", "Perrin Vale went on to co-create Salt Ledger with Dace Lund.",
			[]string{"WROTE dace lund -> salt ledger"}, nil},
		{"a quoted title", "Perrin Vale, who co-created \"Harbor Lights\" with Dace Lund and Mara Ives in 1996, spoke at the service.",
			[]string{"WROTE dace lund -> harbor lights", "WROTE mara ives -> harbor lights"}, nil},
		{"a show's writer after with", "Perrin Vale later co-created Salt Ledger with Harbor Lights writer Dace Lund for the streamer.",
			[]string{"WROTE dace lund -> salt ledger"}, []string{"WROTE harbor lights -> salt ledger"}},
		{"guard: directed F with A", "Perrin Vale directed Salt Ledger with Dace Lund in the lead.",
			nil, []string{"DIRECTED dace lund -> salt ledger"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
