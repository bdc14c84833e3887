package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestRomanceTitleJoiners checks that the small lower-case words of a
// Spanish, French or Italian title between its capitalised words keep the
// title whole and that such a title is no personal name, while an English
// list of names stays apart.
func TestRomanceTitleJoiners(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"one small word",
			"News\n\nMara Voss directed Tom Reyes in the 2011 film Niebla o Tormenta, shot in Cádiz.",
			[]string{kg.ID(kg.Film, "Niebla o Tormenta")}, []string{kg.ID(kg.Film, "Niebla"), kg.ID(kg.Film, "Tormenta")}},
		{"two small words, not a person",
			"News\n\nTom Reyes went on to lead Kestrel's El Rey de los Mares as Aurelio Brandt for a decade.",
			[]string{kg.ID(kg.Film, "El Rey de los Mares")}, []string{kg.ID(kg.Person, "El Rey de los Mares")}},
		{"a French title",
			"News\n\nMara Voss won the award for playing a singer in La Nuit en Bleu, the 2007 biopic.",
			[]string{kg.ID(kg.Film, "La Nuit en Bleu")}, nil},
		{"an English sentence",
			"News\n\nThe film stars Mara Voss and Tom Reyes, and Nell Ashby directed it.",
			[]string{kg.ID(kg.Person, "Mara Voss"), kg.ID(kg.Person, "Tom Reyes")}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, documentIDs(t, c.text), c.want, c.not)
		})
	}
}
