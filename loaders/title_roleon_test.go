package loaders

import "testing"

// TestPartOnTitles checks typePartOnTitles: a title named after a part
// and "on" is a film; a place after a part and "in" is not.
func TestPartOnTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a part on a show",
			"News\n\nPeople know Kit Moss as Dora Vance on Harbor Lights, and he was Tully on Glass Orchard.",
			[]string{"Film:harbor lights", "Film:glass orchard"}, nil},
		{"a part with an adverb before it",
			"News\n\nKit Moss was already Denny on Night Courier when he met her.",
			[]string{"Film:night courier"}, nil},
		{"a place after a part",
			"News\n\nKit Moss was Tully in London for a week.",
			nil, []string{"Film:london"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.not)
		})
	}
}
