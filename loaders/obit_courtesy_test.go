package loaders

import (
	"slices"
	"strings"
	"testing"
)

// obitPiece is an obituary of the invented Bertil Kranefors that names his
// daughter and his wife (who share his surname) and calls him "Mr.
// Kranefors" from its second paragraph on, as newspapers do.
func obitPiece(body string) string {
	return "Bertil Kranefors, Face of the Courtroom Drama, Dies at 88\n\n" +
		"Bertil Kranefors, the stooped character actor who played judges and clerks for forty years, died on Monday at his home. He was 88. " +
		"His daughter, the editor Lena Kranefors, confirmed the death.\n\n" +
		"Mr. Kranefors trained in Malmo and worked on the stage for a decade. " + body +
		" Mr. Kranefors is survived by his wife, Agnes Kranefors, and by his daughter."
}

// TestCourtesyNames checks that an obituary's "Mr. X" is its subject (one
// person, credited with his parts) even when relatives share his surname,
// and what is left alone: a title of the other gender, and a news item
// that is no obituary.
func TestCourtesyNames(t *testing.T) {
	for _, c := range []struct {
		name            string
		text            string
		want, not       []string // claims
		wantEnt, notEnt []string
	}{
		{
			name: "Mr. and the surname shared with relatives: the subject",
			text: obitPiece("Mr. Kranefors played the clerk Otto Brand in the film Gull Beacon. " +
				"Later Mr. Kranefors played Judge Ivo Lamm in the film Winter Court."),
			want:    []string{"ACTED_IN bertil kranefors -> gull beacon (otto brand)", "ACTED_IN bertil kranefors -> winter court (judge ivo lamm)"},
			not:     []string{"ACTED_IN lena kranefors -> gull beacon (otto brand)"},
			notEnt:  []string{"Person:mr. kranefors"},
			wantEnt: []string{"Person:bertil kranefors"},
		},
		{
			name: "the name with a middle name, where he was born",
			text: obitPiece("Bertil Anders Kranefors was born in 1936 in Malmo. " +
				"Bertil Anders Kranefors played the clerk Otto Brand in the film Gull Beacon. He starred in the film Winter Court."),
			want:   []string{"ACTED_IN bertil kranefors -> gull beacon (otto brand)"},
			notEnt: []string{"Person:bertil anders kranefors"},
		},
		{
			name: "Ms. in an obituary of a man: not read as him",
			text: obitPiece("Ms. Kranefors played the clerk Otto Brand in the film Gull Beacon. " +
				"He starred in the film Winter Court and the film Grey Mile."),
			not: []string{"ACTED_IN bertil kranefors -> gull beacon (otto brand)"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
}

// TestCourtesyNamesOutsideObituaries checks that a news item calling an
// actor "Mr Dorn" stays a piece about its film: courtesyNames reads only
// obituaries.
func TestCourtesyNamesOutsideObituaries(t *testing.T) {
	text := "Harrow Point Sequel Sets Its Cast\n\n" +
		"The sequel Harrow Point 2 has added Felix Dorn to its cast, the studio said on Monday. " +
		"Mr Dorn will play the lighthouse keeper Abel Voss. Mr Dorn starred in the film Grey Mile. " +
		"Filming begins in May, and Mr Dorn joins Ada Crane, who returns as Lena Voss."
	a := testArticle(text, "")
	for si := range a.sents {
		a.findMentions(si)
	}
	a.courtesyNames()
	for _, m := range a.ments {
		if strings.HasPrefix(m.text, "Mr ") && m.key != strings.ToLower(m.text) {
			t.Errorf("%q read as %q outside an obituary", m.text, m.key)
		}
	}
	if ents, _ := subjectFacts(text); slices.Contains(ents, "Person:mr dorn") && !slices.Contains(ents, "Person:felix dorn") {
		t.Errorf("entities %v", ents)
	}
}
