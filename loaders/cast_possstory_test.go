package loaders

import "testing"

// TestPartOfStoryAtHand checks partOfStoryAtHand: "P's C" in a sentence
// that names no film is P's part in the production the article is about,
// in any tense ("ended the second season", "starts as", "came to us");
// a denial in the part's clause, a comparison, a company's or a maker's
// possessive, a relative clause after the name or a title opening the
// sentence leave it who plays C only.
func TestPartOfStoryAtHand(t *testing.T) {
	const head = "Harbor Lights Season 3: Everything We Know\n\nHarbor Lights returns to Vellum next month for its third season. Tessa Rowe leads the cast as Mara Quint.\n\n"
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"past tense, a season named",
			"Dario Fenn's Lucas Marrow ended the second season in a coma.",
			[]string{"ACTED_IN dario fenn -> harbor lights (lucas marrow)"}, nil},
		{"a verb the present-tense list lacks",
			"Ilse Varga's Nadia Brand starts as a dockside fixer and ends up running the port.",
			[]string{"ACTED_IN ilse varga -> harbor lights (nadia brand)"}, nil},
		{"the other clause's denial",
			"Omar Kest will not return, but Ilse Varga's Nadia Brand turns up in a video call.",
			[]string{"ACTED_IN ilse varga -> harbor lights (nadia brand)"}, nil},
		{"guard: denied in the clause",
			"Ilse Varga's Nadia Brand has not been confirmed.",
			[]string{"PORTRAYED ilse varga -> nadia brand"}, []string{"ACTED_IN ilse varga -> harbor lights (nadia brand)"}},
		{"guard: neither",
			"Omar Kest is not back, and neither is Ilse Varga's Nadia Brand.",
			nil, []string{"ACTED_IN ilse varga -> harbor lights (nadia brand)"}},
		{"guard: a comparison",
			"The masked figure in the teaser looks a lot like Ilse Varga's Nadia Brand.",
			nil, []string{"ACTED_IN ilse varga -> harbor lights (nadia brand)"}},
		{"guard: a company's possessive",
			"Before the show she was best known for the Quayside Theatre's Nadia Brand.",
			nil, []string{"ACTED_IN quayside theatre -> harbor lights (nadia brand)"}},
		{"guard: the sentence names a film",
			"Twenty years after Ilse Varga's Nadia Brand vanished at sea, Pell Aster directed Copper Road II.",
			nil, []string{"ACTED_IN ilse varga -> harbor lights (nadia brand)"}},
		{"guard: a title opens the sentence",
			"On Copper Road she played a nurse who once treated Ilse Varga's Nadia Brand.",
			nil, []string{"ACTED_IN ilse varga -> harbor lights (nadia brand)"}},
		{"guard: a relative clause makes the name a work",
			"Ilse Varga's Nadia Brand, in which a sailor goes missing, screened at Cannes.",
			nil, []string{"ACTED_IN ilse varga -> harbor lights (nadia brand)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(head + c.text + "\n")
			checkLines(t, claims, c.want, c.not)
		})
	}
}

// TestPartOfStoryAtHandMaker checks that a maker's possessive stays a
// work of the maker: a person credited as director earlier owns a title,
// not a part.
func TestPartOfStoryAtHandMaker(t *testing.T) {
	text := "Harbor Lights Season 3: Everything We Know\n\nHarbor Lights returns to Vellum next month. The season was directed by Pell Aster. Tessa Rowe leads the cast as Mara Quint.\n\nAster's Greyfield won him an award.\n"
	_, claims := subjectFacts(text)
	checkLines(t, claims, nil, []string{"ACTED_IN pell aster -> harbor lights (greyfield)"})
}
