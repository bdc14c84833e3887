package loaders

import "testing"

// TestPairedAsParts checks pairedAsParts on invented sentences: the second
// name of "as C and D" that ends its clause is a part the same actor
// portrays; an actor after "and" who is cast in his own clause is not.
func TestPairedAsParts(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two parts", "Omar Feld doubles as the Duke of Varn and Tomas Reiner, and Ada Kell plays Queen Lise in Glasswork.",
			[]string{"Character:tomas reiner", "PORTRAYED omar feld -> tomas reiner"}, []string{"Person:tomas reiner"}},
		{"guard: an actor cast after and", "Omar Feld returns as the sloth Grimble and Tomas Reiner as the tiger Vask in Glasswork.",
			nil, []string{"Character:tomas reiner"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, append(ents, claims...), c.want, c.not)
		})
	}
}
