package loaders

import "testing"

// TestPartOfStoryAtHand checks partOfStoryAtHand: "P's C" in a sentence
// that names no film is P's part in the production the article is about,
// in any tense ("ended the second season", "starts as", "came to us");
// a denial in the part's clause, a comparison, a company's or a maker's
// possessive, a relative clause after the name or a title opening the
// sentence leave it who plays C only.
func TestPartOfStoryAtHand(t *testing.T) {
	const head = "Tallow Shoals Season 3: Everything We Know\n\nTallow Shoals returns to Vellum next month for its third season. Tessa Rowe leads the cast as Mara Quint.\n\n"
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"past tense, a season named",
			"Dario Fenn's Lucas Marrow ended the second season in a coma.",
			[]string{"ACTED_IN dario fenn -> tallow shoals (lucas marrow)"}, nil},
		{"a verb the present-tense list lacks",
			"Ilse Marrick's Nadia Brand starts as a dockside fixer and ends up running the port.",
			[]string{"ACTED_IN ilse marrick -> tallow shoals (nadia brand)"}, nil},
		{"the other clause's denial",
			"Omar Kest will not return, but Ilse Marrick's Nadia Brand turns up in a video call.",
			[]string{"ACTED_IN ilse marrick -> tallow shoals (nadia brand)"}, nil},
		{"guard: denied in the clause",
			"Ilse Marrick's Nadia Brand has not been confirmed.",
			[]string{"PORTRAYED ilse marrick -> nadia brand"}, []string{"ACTED_IN ilse marrick -> tallow shoals (nadia brand)"}},
		{"guard: neither",
			"Omar Kest is not back, and neither is Ilse Marrick's Nadia Brand.",
			nil, []string{"ACTED_IN ilse marrick -> tallow shoals (nadia brand)"}},
		{"guard: a comparison",
			"The masked figure in the teaser looks a lot like Ilse Marrick's Nadia Brand.",
			nil, []string{"ACTED_IN ilse marrick -> tallow shoals (nadia brand)"}},
		{"guard: a company's possessive",
			"Before the show she was best known for the Quayside Theatre's Nadia Brand.",
			nil, []string{"ACTED_IN quayside theatre -> tallow shoals (nadia brand)"}},
		{"guard: the sentence names a film",
			"Twenty years after Ilse Marrick's Nadia Brand vanished at sea, Pell Aster directed Copper Road II.",
			nil, []string{"ACTED_IN ilse marrick -> tallow shoals (nadia brand)"}},
		{"guard: a title opens the sentence",
			"On Copper Road she played a nurse who once treated Ilse Marrick's Nadia Brand.",
			nil, []string{"ACTED_IN ilse marrick -> tallow shoals (nadia brand)"}},
		{"guard: a relative clause makes the name a work",
			"Ilse Marrick's Nadia Brand, in which a sailor goes missing, screened at Cannes.",
			nil, []string{"ACTED_IN ilse marrick -> tallow shoals (nadia brand)"}},
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
	text := "Tallow Shoals Season 3: Everything We Know\n\nTallow Shoals returns to Vellum next month. The season was directed by Pell Aster. Tessa Rowe leads the cast as Mara Quint.\n\nAster's Greyfield won him an award.\n"
	_, claims := subjectFacts(text)
	checkLines(t, claims, nil, []string{"ACTED_IN pell aster -> tallow shoals (greyfield)"})
}
