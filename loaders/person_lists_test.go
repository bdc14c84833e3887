package loaders

import "testing"

// TestListPersons checks listPersons: an untyped name (a mononym, or a name
// whose given name the gazetteer lacks) that shares a list with a person
// typed by a cue is a person; a list after "as" or "of", ", and" joining
// two clauses, an adverb opening the sentence and a first name sharing a
// surname are left alone.
func TestListPersons(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"mononym and a cued name", "Velkaran and Orvandel Kreutz return for the second season.",
			[]string{"Person:velkaran"}, nil},
		{"three names, one cued", "The writers are back: Quilvane Marsk, Ozrith Pellow and Dravik have written it, Quilvane Marsk said.",
			[]string{"Person:dravik", "Person:ozrith pellow"}, nil},
		{"guard: list of parts after as", "Ozrith Pellow has boarded the series as Dravik and Orvandel Kreutz.",
			nil, []string{"Person:dravik"}},
		{"guard: clause joined by comma and", "Orvandel Kreutz plays the doctor's sister Zorvana, and Ozrith Pellow directs.",
			nil, []string{"Person:zorvana"}},
		{"guard: adverb opening the sentence", "Meanwhile, Orvandel Kreutz and Ozrith Pellow said nothing.",
			nil, []string{"Person:meanwhile"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
