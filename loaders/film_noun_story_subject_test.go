package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestStorySubjectAfterFilmNoun checks that the name opening the clause of
// "In the movie, X climbs ..." or "In the film X becomes ..." is not typed
// a film (it is who the story is about), while "In the film X, ..." and
// "the film X" elsewhere still name a film.
func TestStorySubjectAfterFilmNoun(t *testing.T) {
	const lead = "Weekend box office\n\nThe Salt Ledger opened to $13 million over the weekend, topping the chart.\n\n"
	cases := []struct {
		name, text, key string
		want            kg.NodeType
		is              bool
	}{
		{"comma then a verb: the story's subject",
			lead + "In the movie, Ardo drops down the chimney of a wealthy family's estate on Christmas Eve.\n",
			"ardo", kg.Film, false},
		{"no comma then a verb: the story's subject",
			lead + "In the film Perrin becomes Perrin Vasquez, played by Lina Marsh.\n",
			"perrin", kg.Film, false},
		{"an adjective before the noun: the story's subject",
			lead + "In the new series, Tolliver has a partner from the city.\n",
			"tolliver", kg.Film, false},
		{"the sequel, then a verb: the story's subject",
			lead + "In the sequel, Tolliver has moved to the coast and Perrin Vasquez is working undercover.\n",
			"tolliver", kg.Film, false},
		{"a title with a comma after it stays a film",
			lead + "In the film Gravelmouth, Lina Marsh plays a ferry captain.\n",
			"gravelmouth", kg.Film, true},
		{"a title with a pronoun subject after it stays a film",
			lead + "In the series Gravelmouth he played the bishop, Ned Oswick.\n",
			"gravelmouth", kg.Film, true},
		{"the film noun mid-sentence still types",
			lead + "Lina Marsh starred in the film Gravelmouth opposite Tarn Oswick.\n",
			"gravelmouth", kg.Film, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := entityType(t, c.text, c.key); (got == c.want) != c.is {
				t.Errorf("%q typed %q, want %q %v", c.key, got, c.want, c.is)
			}
		})
	}
}
