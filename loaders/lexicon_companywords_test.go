package loaders

import "testing"

// TestSoftwareCompanies checks that a name ending in "Software" (a
// company word of realOrgWords) reads as a company, not as a film.
func TestSoftwareCompanies(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"games from a software company",
			"News\n\nBased on the hit looter-shooter games from Kestrel Software, Harbour's long-delayed adaptation was shot in 2021, sat on a shelf, and now finally arrives in theaters Friday.",
			[]string{"kestrel software=Organisation"}, []string{"kestrel software=Film"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}
