package loaders

import "testing"

// TestServiceListAfter checks, on invented sentences, that every service
// of a list after "streaming on" or "premiere on" distributes the show,
// and that a list with "or" (a negated availability) and "available on"
// give no further credit.
func TestServiceListAfter(t *testing.T) {
	const head = " date 2026-05-01\nWhere to Watch 'Salt Meridian'\n\nSalt Meridian is a 2023 crime series created by Orla Brennick. "
	cases := []lineCase{
		{"two services", "The show is streaming on Veltrix and Pomona+.",
			[]string{"DISTRIBUTED veltrix -> salt meridian", "DISTRIBUTED pomona+ -> salt meridian"}, nil},
		{"three services", "The show premieres on Corrin, Halvard and Tessel on Monday.",
			[]string{"DISTRIBUTED corrin -> salt meridian", "DISTRIBUTED halvard -> salt meridian", "DISTRIBUTED tessel -> salt meridian"}, nil},
		{"a list with or", "It streams on Veltrix, and is not available on Pomona or Tessel.",
			[]string{"DISTRIBUTED veltrix -> salt meridian"}, []string{"DISTRIBUTED tessel -> salt meridian"}},
	}
	runLineCases(t, head, cases)
}
