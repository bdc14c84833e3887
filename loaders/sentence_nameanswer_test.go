package loaders

import "testing"

// TestNameAnswerLine checks that a sentence that is only a personal name
// and a full stop, an interview's answer, reads as a sentence whose name
// is a person, and that other short capitalised lines stay headings.
func TestNameAnswerLine(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"answer", "Interview\n\nWho plays the older sister?\n\nDana Morrow. She was the first person I called.\n", []string{"Person:dana morrow"}, nil},
		{"answer after a question on one line", "Interview\n\nWho surprised you? Omar Pellacott. He came in to read for a small part.\n", []string{"Person:omar pellacott"}, nil},
		{"three words", "Interview\n\nWho narrates?\n\nDana Lise Morrow. She recorded it in one afternoon.\n", []string{"Person:dana lise morrow"}, nil},
		{"guard: no given name", "Interview\n\nWhat is next?\n\nVell Harbour. It shoots in May.\n", nil, []string{"Person:vell harbour"}},
		{"guard: an exclamation", "Interview\n\nWho hosts?\n\nDana Morrow! She was the first person I called.\n", nil, []string{"Person:dana morrow!"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
