package loaders

import (
	"testing"
)

// TestSplitSentencesNameSuffix checks that a full stop after "Jr."/"Sr."
// ends the sentence only when a capitalised function word opens the next
// one, and that the other abbreviations keep the sentence together.
func TestSplitSentencesNameSuffix(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"suffix then new sentence", "The drama stars Tomas Brell Jr. The film opens in June.",
			[]string{"The drama stars Tomas Brell Jr.", "The film opens in June."}},
		{"suffix then pronoun", "The lead is Ana Vell Sr. She trained for months.",
			[]string{"The lead is Ana Vell Sr.", "She trained for months."}},
		{"suffix inside the sentence", "Tomas Brell Jr. plays the boxer.",
			[]string{"Tomas Brell Jr. plays the boxer."}},
		{"suffix then a name", "It stars Tomas Brell Jr. Ana Vell joins him.",
			[]string{"It stars Tomas Brell Jr. Ana Vell joins him."}},
		{"title abbreviation", "It stars Dr. The Great Zarko.",
			[]string{"It stars Dr. The Great Zarko."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.text, 0, nil)
			sents := splitSentences(tt.text, toks, nil)
			var got []string
			for _, s := range sents {
				got = append(got, tt.text[s.start:s.end])
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for k := range got {
				if got[k] != tt.want[k] {
					t.Errorf("sentence %d = %q, want %q", k, got[k], tt.want[k])
				}
			}
		})
	}
}
