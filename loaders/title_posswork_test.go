package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestPossessiveWorkCue checks that the name after a full personal name's
// possessive is typed a film when a clause after its comma describes a
// work ("starring", "with A as", "in which", "set in", "about"), and that
// a job after "with A as", a one-word possessor and a possessive with no
// such clause leave it alone.
func TestPossessiveWorkCue(t *testing.T) {
	cases := []struct {
		name, text, key string
		want            kg.NodeType
		film            bool
	}{
		{"starring after the name",
			"Festival report\n\nBram Keltering's Saltfields, starring Ina Vesnic and Tomas Haldorsen, sold to a distributor on Sunday.",
			"saltfields", kg.Film, true},
		{"with names as parts",
			"Festival report\n\nSovrin Dravelle's Glassmere, with Ina Vesnic and Tomas Haldorsen as estranged sisters, opened in third place.",
			"glassmere", kg.Film, true},
		{"in which",
			"Festival report\n\nLena Vantongeren's Tallowmere, in which Tomas Haldorsen plays a ferryman, climbed to second.",
			"tallowmere", kg.Film, true},
		{"set in",
			"Festival report\n\nThe prize went to Okka Holmqvist's Ambergate, set in a mining town in the north.",
			"ambergate", kg.Film, true},
		{"about",
			"Festival report\n\nThe jury also praised Ruta Ferrinkel's Eskdrun, about a widow who runs a ferry.",
			"eskdrun", kg.Film, true},
		{"a job after with A as is no part",
			"Festival report\n\nSovrin Dravelle's Coldharbour Marbleton, with Tomas Haldorsen as executive producer, is now a company.",
			"coldharbour marbleton", kg.Film, false},
		{"a one-word possessor is left alone",
			"Festival report\n\nIn the sequel, Pirrwick's Tindra, with Tomas Haldorsen as her rival, returns.",
			"tindra", kg.Film, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := entityType(t, c.text, c.key)
			if (got == c.want) != c.film {
				t.Errorf("%q typed %q, want film %v", c.key, got, c.film)
			}
		})
	}
}
