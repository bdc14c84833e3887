package loaders

import "testing"

// TestCourtesyCharacters checks typeCourtesyCharacters and
// mergeTitledFirstNames: a courtesy title before a name no person of the
// article bears makes a part; the polite form of a person named in full,
// a second name after a comma and a short form stay no second part.
func TestCourtesyCharacters(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"mr before a surname", "The Vane Affair is a period drama. Orvandel Kreutz is the charming, untrustworthy Mr. Pellwick, and Lady Orla Brisk arrives late.",
			[]string{"Character:mr. pellwick", "Character:lady orla brisk"}, nil},
		{"guard: a person named in full", "Tobias Pennycook died on Sunday. Mr. Pennycook began on the stage.",
			nil, []string{"Character:mr. pennycook"}},
		{"guard: a second name after a comma", "The Vane Affair is a period drama. Quilvane Marsk plays Dorrit Hale, now Lady Vance, in the sequel.",
			nil, []string{"Character:lady vance"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
