package loaders

import (
	"slices"
	"testing"
)

// TestListedPeople checks typeListedPeople (untyped names listed with a
// person are people; not a title after "the", a role, or parts after
// "as") and that a surname before a relative's full name in its sentence
// stays with the person named earlier.
func TestListedPeople(t *testing.T) {
	ents, claims := subjectFacts("News\n\nAlso appearing are Jennessa Walden, Nicky M. Jameson, Arty Frousher and Clark Jessup. " +
		"Bertie Callowden will play the heir to the Iron Chair, and Sam Sprague joins.\n\n" +
		"John Tremayne wrote the film. Tremayne, who co-wrote the score with his son Cody Tremayne and Daniel Pike, stayed home.")
	for _, w := range []string{"Person:jennessa walden", "Person:arty frousher", "Person:cody tremayne"} {
		if !slices.Contains(ents, w) {
			t.Errorf("missing %q; got %v", w, ents)
		}
	}
	for _, w := range []string{"Person:iron chair"} {
		if slices.Contains(ents, w) {
			t.Errorf("unwanted %q; got %v", w, ents)
		}
	}
	_ = claims
}

// TestTitleNamedPeople checks that a name a weak cue typed a person, the
// subtitle of a film of the article, is that film.
func TestTitleNamedPeople(t *testing.T) {
	ents, _ := subjectFacts("'The Shambling Dead: Dead Town' Showrunner Exits\n\n" +
		"Eli Varn, who has run AMC's The Shambling Dead: Dead Town since 2023, is stepping down. " +
		"Dead Town stars Laurel Cowan and Jeffrey Dane Morrow.")
	if slices.Contains(ents, "Person:dead town") {
		t.Errorf("a film's subtitle typed a person: %v", ents)
	}
}
