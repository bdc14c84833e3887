package loaders

import (
	"slices"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestMergeCompanyTails checks that the last words of the one longer
// organisation name, written after it, join that organisation, and that a
// name joined by a connector or written before the full name stays apart.
func TestMergeCompanyTails(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"fictional body shortened to its head noun",
			"The Tidewater Affair is a 2022 thriller film. Captain Rell Okon serves in the Outer Rim Federation. Okon is a captain in the Federation.",
			[]string{"outer rim federation"}},
		{"company without its first word",
			"The Tidewater Affair is a 2022 thriller film from Marrow Hill Company. Hill Company also produced Dust Road.",
			[]string{"marrow hill company"}},
		{"tail written before the full name stays apart",
			"The Tidewater Affair is a 2022 thriller film distributed by Ashgrove. Ashgrove chief Lena Ott thanked the Drama Unit for the work. The film was made by Ashgrove Studios Drama Unit in Leeds.",
			[]string{"drama unit", "ashgrove studios drama unit"}},
		{"connector before the tail",
			"The Tidewater Affair is a 2022 thriller film streaming on Vellum+ with Kestrel. Kestrel also produced Dust Road.",
			[]string{"vellum+", "kestrel"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := entityKeys(t, c.text, kg.Organisation)
			if !slices.Equal(got, c.want) {
				t.Errorf("organisations %q, want %q", got, c.want)
			}
		})
	}
}

// TestCompanyTailOf checks which last words of a company name are a short
// form of it.
func TestCompanyTailOf(t *testing.T) {
	cases := []struct {
		short, long string
		want        bool
	}{
		{"federation", "outer rim federation", true},
		{"hill company", "marrow hill company", true},
		{"kestrel", "vellum+ with kestrel", false},
		{"finch", "harrow and finch", false},
		{"finch", "harrow & finch", false},
		{"rim federation", "outer rim federation", true},
		{"federation", "federation", false},
		{"ration", "outer rim federation", false},
	}
	for _, c := range cases {
		t.Run(c.short+" of "+c.long, func(t *testing.T) {
			if got := companyTailOf(c.short, c.long); got != c.want {
				t.Errorf("companyTailOf(%q, %q) = %v, want %v", c.short, c.long, got, c.want)
			}
		})
	}
}
