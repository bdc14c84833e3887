package loaders

import "testing"

// TestItsSequel checks "X and its sequel Y" over a year in parentheses
// and a year or describing words before the spin word.
func TestItsSequel(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a year before the follow-up", "Tom Ashgrove played him in two films, 2012's \"Jack Ranklin\" and its 2016 follow-up \"Jack Ranklin: Never Look Down.\"",
			[]string{"SEQUEL_OF jack ranklin: never look down -> jack ranklin"}, nil},
		{"years in parentheses", "The Owl Queen (2005) and its sequel Prince Aldric (2008) were distributed by Walt Disney Pictures.",
			[]string{"SEQUEL_OF prince aldric -> owl queen"}, nil},
		{"guard: a person's sequel", "Tom Ashgrove and his sequel plans were discussed.",
			nil, []string{"SEQUEL_OF iron creek -> tom ashgrove"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
