package loaders

import "testing"

// TestOpeningShortTitleRelated checks that a one-word film named only in
// the opening line is not merged into the longer title ending in it when
// the line makes one a prequel of the other ("Wexmoor, a prequel series to
// Red Wexmoor"): two films.
func TestOpeningShortTitleRelated(t *testing.T) {
	ents, _ := subjectFacts("Kit Moss spent six years in writers' rooms before Hulu handed her the keys to Wexmoor, a prequel series to Red Wexmoor, " +
		"the 2018 spy thriller that starred Ada Quist as Dora Vance. The series premieres on Hulu on March 12.")
	checkLines(t, ents, []string{"Film:wexmoor", "Film:red wexmoor"}, nil)
}
