package loaders

import "testing"

// TestCastPairsDescribedParts checks castPairs on parts with describing words:
// "A and B return as the Quarle children, C and D" (after "the" and a
// describing name) and "A and B as X's mother C and Y's patient D" (each
// part owned by a possessive) pair the people with the parts in order,
// up to a ", and" that opens a clause of its own; a single part is the
// last person's.
func TestCastPairsDescribedParts(t *testing.T) {
	const head = "Tallow Shoals Season 3: Everything We Know\n\nTallow Shoals returns to Vellum next month for its third season. Tessa Rowe leads the cast as Mara Quarle.\n\n"
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"after the and a describing name",
			"Ilse Marrick and Dario Fenn return as the Quarle children, Nadia and Lucas.",
			[]string{"ACTED_IN ilse marrick -> tallow shoals (nadia)", "ACTED_IN dario fenn -> tallow shoals (lucas)"},
			[]string{"ACTED_IN dario fenn -> tallow shoals (nadia)"}},
		{"each part owned by a possessive",
			"Also new: Ilse Marrick and Dario Fenn as Tessa's mother Nadia and Mara's patient Lucas.",
			[]string{"ACTED_IN ilse marrick -> tallow shoals (nadia)", "ACTED_IN dario fenn -> tallow shoals (lucas)"},
			[]string{"ACTED_IN dario fenn -> tallow shoals (nadia)"}},
		{"a clause of its own after the parts",
			"Ilse Marrick and Dario Fenn reprise their roles as Nadia Brand and Lucas Marrow, and Pell Aster and Omar Kest are back at the helm.",
			[]string{"ACTED_IN ilse marrick -> tallow shoals (nadia brand)", "ACTED_IN dario fenn -> tallow shoals (lucas marrow)"},
			[]string{"ACTED_IN dario fenn -> tallow shoals (nadia brand)"}},
		{"guard: one part is the last person's",
			"Ilse Marrick and Dario Fenn return, Fenn as the Quarle heir, Lucas.",
			[]string{"ACTED_IN dario fenn -> tallow shoals (lucas)"},
			[]string{"ACTED_IN ilse marrick -> tallow shoals (lucas)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(head + c.text + "\n")
			checkLines(t, claims, c.want, c.not)
		})
	}
}
