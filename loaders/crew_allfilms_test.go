package loaders

import "testing"

// TestAllFilmsCredits checks credits over every film of a franchise ("all
// three films", "the trilogy was produced by", "every installment"),
// spread over the films the article ties to it, and the phrases that name
// only some of them: invented articles, each with claims that must and
// must not be found.
func TestAllFilmsCredits(t *testing.T) {
	const head = " date 2026-05-01\n'Ember 3' Closes the Trilogy\n\nEmber 3 arrives on Friday. The film follows Ember (2019) and Ember 2 (2021), and Nora Quennick again plays the firefighter Jo Vance.\n\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"verbs over all three films", "Lena Ford wrote, directed and edited all three films.",
			[]string{"WROTE lena ford -> ember", "DIRECTED lena ford -> ember 2", "DIRECTED lena ford -> ember 3", "WORKED_ON lena ford -> ember"}, nil},
		{"the trilogy as the subject of a by-phrase", "The trilogy was produced by Omar Haddad and Tess Vidal.",
			[]string{"PRODUCED omar haddad -> ember", "PRODUCED tess vidal -> ember 2", "PRODUCED tess vidal -> ember 3"}, nil},
		{"a company distributed every installment", "Neon distributed every installment.",
			[]string{"DISTRIBUTED neon -> ember", "DISTRIBUTED neon -> ember 2", "DISTRIBUTED neon -> ember 3"}, nil},
		{"the first two films: some films only", "Kai Moss directed the first two films.",
			nil, []string{"DIRECTED kai moss -> ember", "DIRECTED kai moss -> ember 2", "DIRECTED kai moss -> ember 3"}},
		{"every film since the first: not all", "Rita Sol has produced every film since the first.",
			nil, []string{"PRODUCED rita sol -> ember", "PRODUCED rita sol -> ember 2"}},
		{"both films with three named: the subject film its paragraph names", "Ember 3 is the finale. Ruth Salas wrote both films.",
			[]string{"WROTE ruth salas -> ember 3"}, []string{"WROTE ruth salas -> ember", "WROTE ruth salas -> ember 2"}},
		{"both films with three named, the subject film not in the paragraph: nothing", "Ruth Salas wrote both films.",
			nil, []string{"WROTE ruth salas -> ember", "WROTE ruth salas -> ember 2", "WROTE ruth salas -> ember 3"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
