package loaders

import "testing"

// TestCharFirstSentence checks pairOrder's sentence convention on
// invented sentences: a pair that plainly reads character first (a
// one-word part, a full personal name in brackets) makes the undecided
// pairs of its sentence read character first too, even in a list after
// "with" or "includes"; a list that reads person first, and a one-word
// name that is the surname of a person of the article, are left alone.
func TestCharFirstSentence(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    []string
		notWant []string
	}{
		{"with, a one-word part later in the sentence", "The Vell Affair\n\nThe Vell Affair opens in May. The new film finds the family in 1931, with Lady Anne Vell (Ula Brandt) at the centre of a scandal, and her brother Wex (Dana Morrow) arriving from Lisbon.",
			[]string{"ACTED_IN ula brandt -> vell affair (lady anne vell)"}, []string{"ACTED_IN lady anne vell -> vell affair (ula brandt)"}},
		{"includes, a one-word part last in the list", "The Vell Affair\n\nThe Vell Affair opens in May. The girls assemble a band that includes Tomas Reed (Kelt Ormond), Corwen Vance (Jory Pell) and Quillon (Dana Morrow).",
			[]string{"ACTED_IN kelt ormond -> vell affair (tomas reed)", "ACTED_IN dana morrow -> vell affair (quillon)"}, []string{"ACTED_IN tomas reed -> vell affair (kelt ormond)"}},
		{"a list that reads person first", "The Vell Affair\n\nThe Vell Affair opens in May. Her co-stars Ula Brandt (Anne Vell) and Dana Morrow (Wex) are back.",
			[]string{"ACTED_IN ula brandt -> vell affair (anne vell)"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
}
