package loaders

import "testing"

// TestDescribedKinPart checks "P plays her father, the police officer C":
// a tie, a comma, an article with describing words and the part's name, after
// an earlier clause of the same sentence, on invented sentences.
func TestDescribedKinPart(t *testing.T) {
	const head = " date 2026-05-01\n'Marrow Flats' Sets Its Cast\n\nMarrow Flats, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"after a clause with a shared surname", "Ana Prell is Wrenna Dosk, the girl Ezra loves, while Omar Reyes plays her father, the police officer Orrin Dosk, whose son Pim vanishes.",
			[]string{"ACTED_IN omar reyes -> marrow flats as orrin dosk", "ACTED_IN ana prell -> marrow flats as wrenna dosk"}, nil},
		{"inside a list of credits", "Lin Chao voices Hessa, Omar Reyes plays her father, the tech magnate Orrin Dosk, and Kip Lorne voices her best friend, Brin.",
			[]string{"ACTED_IN omar reyes -> marrow flats as orrin dosk", "ACTED_IN kip lorne -> marrow flats as brin"}, nil},
		{"at the sentence's end", "Lin Chao voices Hessa, and Omar Reyes plays his uncle, a retired sheriff Orrin Dosk.",
			[]string{"ACTED_IN omar reyes -> marrow flats as orrin dosk"}, nil},
		{"guard: a clause after the name", "Lin Chao voices Hessa, and Omar Reyes plays her father, the man Orrin Dosk trusts most.",
			nil, []string{"ACTED_IN omar reyes -> marrow flats as orrin dosk"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
