package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestCreditListTitles checks that the names listed after a plural noun
// for productions and "include", "included" or (after "credits") "were"
// are typed films, and that a cast or a guest list, or "were" after
// another noun, types nothing.
func TestCreditListTitles(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"productions include a list",
			"News\n\nOrlo Pictures was founded in 2012. Its productions include Marrow Creek, Tallis Gate and Vellum Road.",
			[]string{"marrow creek", "tallis gate", "vellum road"}, nil},
		{"previous credits were two titles",
			"News\n\nThe director, whose previous credits were Marrow Creek and Tallis Gate, was hired in May.",
			[]string{"marrow creek", "tallis gate"}, nil},
		{"titles include",
			"News\n\nThe market's early titles include Vellum Road and Harrow Mill.",
			[]string{"vellum road", "harrow mill"}, nil},
		{"films included",
			"News\n\nHer early films included Marrow Creek and Tallis Gate.",
			[]string{"marrow creek", "tallis gate"}, nil},
		{"a guest list",
			"News\n\nThe guests include Marrow Creek and Tallis Gate.",
			nil, []string{"marrow creek", "tallis gate"}},
		{"were after another noun",
			"News\n\nThe films were Marrow Creek and Tallis Gate.",
			nil, []string{"marrow creek", "tallis gate"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, entityKeys(t, c.text+"\n", kg.Film), c.want, c.not)
		})
	}
}
