package loaders

import "testing"

// TestPairedAsParts checks pairedAsParts on invented sentences: the names
// listed after "as C" or "voices C" that end their clause are parts the
// same actor portrays; an actor after "and" who is cast in his own clause,
// an appositive title and parts with actors of their own are not.
func TestPairedAsParts(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two parts", "Omar Feld doubles as the Duke of Varn and Tomas Reiner, and Ada Vantry plays Queen Lise in Glasswork.",
			[]string{"Character:tomas reiner", "PORTRAYED omar feld -> tomas reiner"}, []string{"Person:tomas reiner"}},
		{"a part verb and a list of three", "In Glasswork, Omar Feld, who voices Pim, Professor Ada Vask and Captain Rell; Ines Calder as Moll.",
			[]string{"PORTRAYED omar feld -> professor ada vask", "PORTRAYED omar feld -> captain rell"}, []string{"PORTRAYED omar feld -> moll"}},
		{"two voiced pairs", "Glasswork returns in May. Ines Calder voices Pim and Tovo; Omar Feld voices Rell and Moss.",
			[]string{"PORTRAYED ines calder -> tovo", "PORTRAYED omar feld -> moss"}, []string{"PORTRAYED ines calder -> rell"}},
		{"guard: an appositive title", "Ines Calder returns as Mira, Princess of Varn, in Glasswork.",
			nil, []string{"PORTRAYED ines calder -> princess of varn"}},
		{"guard: parts with actors of their own", "Omar Feld voices Pim and Tovo (Ines Calder) in Glasswork.",
			nil, []string{"PORTRAYED omar feld -> tovo"}},
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
