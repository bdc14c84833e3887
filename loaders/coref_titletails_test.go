package loaders

import (
	"slices"
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestTitleTails checks that a film named again by the distinctive end of
// its title joins it: the part after "and the", "&" or a comma, and the
// subtitle after a colon when another title opens with the same words; a
// title ending in another's words after "of the" stays apart, as does a
// short title named before the longer one.
func TestTitleTails(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"after and the", "Ravi Stone stars in Orrin Vale and the Crypt of Ashes (2024), directed by Otto Lind.\n" +
			"In Crypt of Ashes, Stone plays a ferry pilot.\n",
			[]string{"orrin vale and the crypt of ashes"}, []string{"crypt of ashes"}},
		{"after an ampersand", "Ravi Stone stars in Ada & Bo Outrun Winter (2024), directed by Otto Lind.\n" +
			"In Outrun Winter, Stone plays a ferry pilot.\n",
			[]string{"ada & bo outrun winter"}, []string{"outrun winter"}},
		{"after a comma", "Ravi Stone stars in Honey, I Melted the Dog (2024), directed by Otto Lind.\n" +
			"In Melted the Dog, Stone plays a ferry pilot.\n",
			[]string{"honey, i melted the dog"}, []string{"melted the dog"}},
		{"subtitle with a book of the same opening", "Ravi Stone stars in Crown: Gallowsmoor (2024), directed by Otto Lind.\n" +
			"It adapts the book Gallowsmoor: The Making of Crown, a history of the tour.\n" +
			"Gallowsmoor was shot in Malta in 2023.\n",
			[]string{"crown: gallowsmoor"}, []string{"gallowsmoor"}},
		{"guard: of the sequel", "Ravi Stone stars in Beyond the Vault of the Ravens (2024), directed by Otto Lind.\n" +
			"It follows Vault of the Ravens (2019), which Ida Kroll directed.\n",
			[]string{"beyond the vault of the ravens", "vault of the ravens"}, nil},
		{"guard: the short title first", "Outrun Winter (2019) made Ravi Stone a star.\n" +
			"He now stars in Ada & Bo Outrun Winter (2024), directed by Otto Lind.\n",
			[]string{"ada & bo outrun winter", "outrun winter"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			keys := entityKeys(t, c.text, kg.Film)
			for _, w := range c.want {
				if !slices.Contains(keys, w) {
					t.Errorf("no film %q in %s", w, strings.Join(keys, " | "))
				}
			}
			for _, n := range c.not {
				if slices.Contains(keys, n) {
					t.Errorf("film %q stands apart in %s", n, strings.Join(keys, " | "))
				}
			}
		})
	}
}
