package loaders

import "testing"

// TestPossessorParts checks that a part described through another
// character ("X's nervous associate, C") is C, not X: the possessor's
// credit is dropped when C is credited too, or takes C as its part; and
// that a plain possessive part stays.
func TestPossessorParts(t *testing.T) {
	for _, c := range []struct {
		name      string
		body      string
		want, not []string
	}{
		{
			name: "the article's person: the possessor dropped",
			body: "She played Ivo Lamm's nervous associate, Ada Crane, in the thriller Harbour Lights. " +
				"She starred in the film Holy Orders and the film Bench Summons.",
			want: []string{"ACTED_IN odile pellegrini -> harbour lights (ada crane)"},
			not:  []string{"ACTED_IN odile pellegrini -> harbour lights (ivo lamm)", "PORTRAYED odile pellegrini -> ivo lamm"},
		},
		{
			name: "another actor: the possessor replaced",
			body: "In the comedy Harbour Lights, Gerald Brill played Ivo's best mate, Munro, and she played his sister. " +
				"She starred in the film Holy Orders and the film Bench Summons.",
			not: []string{"PORTRAYED gerald brill -> ivo", "ACTED_IN gerald brill -> harbour lights (ivo)"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := obitFacts(careerPiece(c.body))
			checkLines(t, claims, c.want, c.not)
		})
	}
}

// TestPossessedName checks the shape possessorParts reads: "'s", one to
// six lower-case words, a comma and a castable name; not "X's mother in
// F", nor "X's mother, a widow".
func TestPossessedName(t *testing.T) {
	for _, c := range []struct {
		name, body, want string
	}{
		{"a name after the comma", "She played Ivo Lamm's nervous associate, Ada Crane, in the thriller Harbour Lights.", "Ada Crane"},
		{"no comma", "She played Ivo Lamm's mother in the thriller Harbour Lights, opposite Ada Crane.", ""},
		{"a description after the comma", "She played Ivo Lamm's mother, a widow, in the thriller Harbour Lights.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := runArticle(t, careerPiece(c.body))
			got := ""
			for mi := range a.ments {
				if a.ments[mi].text == "Ivo Lamm" {
					if n := a.possessedName(mi); n >= 0 {
						got = a.ments[n].text
					}
				}
			}
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
