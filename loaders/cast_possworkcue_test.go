package loaders

import (
	"strings"
	"testing"
)

// TestPossessedWork checks possessedWork on invented sentences: "Q's F"
// followed by a cast list, a plot or a genre noun names a filmmaker's
// work, not a part Q plays (no credit names F; a title is typed a film),
// while an actor's possessive before a part stays a credit.
func TestPossessedWork(t *testing.T) {
	cases := []struct {
		name     string
		text     string
		want     []string // entities
		notWant  []string
		noCredit string // this person has no cast credit (ACTED_IN, PORTRAYED)
	}{
		{"starring after the title", "The Wexmoor\n\nThe Wexmoor opened on Friday. Halvard Oxlade's Ember Lantern, starring Mirela Dunsford and Aldo Tollerud, sold to Streamly after its first screening.",
			[]string{"Film:ember lantern"}, []string{"Character:ember lantern"}, "halvard oxlade"},
		{"with a cast member as a part", "The Wexmoor\n\nThe Wexmoor opened on Friday. Halvard Oxlade's Glass Orchard, with Mirela Dunsford as a ferry pilot, took the jury prize.",
			[]string{"Film:glass orchard"}, []string{"Character:glass orchard"}, "halvard oxlade"},
		{"with two cast members", "The Wexmoor\n\nThe Wexmoor opened on Friday. Halvard Oxlade's Glass Orchard, with Mirela Dunsford and Aldo Tollerud as a couple on the run, took the jury prize.",
			[]string{"Film:glass orchard"}, []string{"Character:glass orchard"}, "halvard oxlade"},
		{"in which", "The Wexmoor\n\nThe Wexmoor opened on Friday. Halvard Oxlade's Salt Meadows, in which Mirela Dunsford plays a ferry pilot, closed the festival.",
			[]string{"Film:salt meadows"}, []string{"Character:salt meadows"}, "halvard oxlade"},
		{"set in", "The Wexmoor\n\nThe Wexmoor opened on Friday. The prize went to Halvard Oxlade's Salt Meadows, set in a fishing village in the north.",
			nil, []string{"Character:salt meadows"}, "halvard oxlade"},
		{"a genre noun after describing words", "The Wexmoor\n\nThe Wexmoor opened on Friday. Halvard Oxlade's Kettering revenge drama slipped to fifth with $2 million.",
			nil, []string{"Character:kettering"}, "halvard oxlade"},
		{"a genre noun right after", "The Wexmoor\n\nThe Wexmoor opened on Friday. Halvard Oxlade's Marrowby comedy slipped to fifth with $2 million.",
			nil, []string{"Character:marrowby"}, "halvard oxlade"},
		{"which and a verb", "The Wexmoor\n\nThe Wexmoor opened on Friday. Critics compared it with Halvard Oxlade's Salt Meadows, which won the jury prize four years ago.",
			[]string{"Film:salt meadows"}, []string{"Character:salt meadows"}, "halvard oxlade"},
		{"an appositive with another and a genre noun", "The Wexmoor\n\nThe Wexmoor opened on Friday. Some rank it alongside Halvard Oxlade's Glass Orchard, another desert epic about men at war.",
			[]string{"Film:glass orchard"}, []string{"Character:glass orchard"}, "halvard oxlade"},
		{"an appositive with a year and a genre noun", "The Wexmoor\n\nThe Wexmoor opened on Friday. Its director grew up on Halvard Oxlade's Ember Lantern, a 1964 thriller.",
			[]string{"Film:ember lantern"}, []string{"Character:ember lantern"}, "halvard oxlade"},
		{"an actor's part described stays", "The Wexmoor\n\nThe Wexmoor opened on Friday. Mirela Dunsford's Captain Orla Feldane, the stern harbour master who runs the docks, gets the best lines.",
			[]string{"Character:captain orla feldane"}, nil, ""},
		{"an actor's part stays", "The Wexmoor\n\nThe Wexmoor opened on Friday. Mirela Dunsford's Captain Orla Feldane is my favourite character, and she gets the best lines.",
			[]string{"Character:captain orla feldane"}, nil, ""},
		{"an actor's part with another actor's part stays", "The Wexmoor\n\nThe Wexmoor opened on Friday. Mirela Dunsford's Captain Orla Feldane, with Aldo Tollerud's Kit Aldage, leads the crew.",
			[]string{"Character:captain orla feldane"}, nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.notWant)
			if c.noCredit == "" {
				return
			}
			for _, cl := range claims {
				if strings.HasPrefix(cl, "ACTED_IN "+c.noCredit+" ") || strings.HasPrefix(cl, "PORTRAYED "+c.noCredit+" ") {
					t.Errorf("%q has a cast credit: %v", c.noCredit, claims)
				}
			}
		})
	}
}
