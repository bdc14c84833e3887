package loaders

import "testing"

// TestWorkerTitles checks typeWorkerTitles: untyped names, alone or in a
// list, between "the" (or a possessive pronoun and "former") and a worker
// noun with no name after it are films; a place, a demonym, a scene word,
// a worker noun before a relative clause and a name opening the sentence
// are left alone.
func TestWorkerTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the title star",
			"News\n\nThe studio has signed the Salt Hollow star for two more films.",
			[]string{"salt hollow=Film"}, nil},
		{"a list of titles before director",
			"News\n\nMoss, the Salt Hollow and Gray Tides director, is an odd choice.",
			[]string{"salt hollow=Film", "gray tides=Film"}, nil},
		{"a possessive pronoun and former",
			"News\n\nShe cast Tam Reyes, her former Copper Road co-star, as the mayor.",
			[]string{"copper road=Film"}, nil},
		{"a place",
			"News\n\nThe London director, Ada Pell, will shoot in spring.",
			nil, []string{"london=Film"}},
		{"a demonym of two words",
			"News\n\nThe drama was taken on by Moss, the South African director, last year.",
			nil, []string{"south african=Film"}},
		{"a scene word",
			"News\n\nThey hired Vey Larsen, the Broadway star, to sing.",
			nil, []string{"broadway=Film"}},
		{"a relative clause",
			"News\n\nMoss, the Salt Hollow director who grew up there, returns.",
			nil, []string{"salt hollow=Film"}},
		{"opening the sentence",
			"News\n\nThe Salt Hollow star will play the sheriff.",
			nil, []string{"salt hollow=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
