package loaders

import "testing"

// TestWhoPersonCue checks whoPersonCue and castSlotAs through cuedName and
// cuedMononyms: a name the gazetteer does not know, or a mononym, before
// ", who" and a person's verb (maybe after an adverb), or in a cast list's
// actor slot ("with X as the soldier"), is a person; a place before the
// clause and a participle opening the sentence are not.
func TestWhoPersonCue(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"mononym who played", "Velkaran, who played the volatile son in the first two seasons, does not return.",
			[]string{"Person:velkaran"}, nil},
		{"full name who also produced", "Orvandel Kreutz, who also produced the pilot, is back for the sequel.",
			[]string{"Person:orvandel kreutz"}, nil},
		{"cast slot: mononym and full name after with", "The sequel opens Friday, with Velkaran as the soldier and Orvandel Kreutz as his wife Tulsi.",
			[]string{"Person:velkaran", "Person:orvandel kreutz"}, nil},
		{"cast slot: mononym after a one-word part and and", "The sequel stars Orvandel Kreutz as Tomo, Dorrit Hale as his wife Pam and Velkaran as a street-smart pigeon.",
			[]string{"Person:velkaran"}, nil},
		{"cast slot: after a semicolon and after are", "Orla Vance stars as Solenne, a singer; Quilvane Marsk as her manager, Tevel. The sisters are Ozrith Pellow as the eldest, Jane.",
			[]string{"Person:quilvane marsk", "Person:ozrith pellow"}, nil},
		{"person verb: choreographed, edited", "Quilvane Marsk choreographed the fights, and Ozrith Pellow edited it.",
			[]string{"Person:quilvane marsk", "Person:ozrith pellow"}, nil},
		{"guard: a participle opening the sentence", "Cast as the psychic in the sequel, she stole the film.",
			nil, []string{"Person:cast"}},
		{"guard: a place before the clause", "The lead goes to a former champion from Quorvath, who plays the courier.",
			nil, []string{"Person:quorvath"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
