package loaders

import "testing"

// TestOppositeFilmCredits checks co-stars after "opposite" in a film the
// sentence names when no cast claim of the clause carries the film, and
// the shapes that give nothing, on invented sentences.
func TestOppositeFilmCredits(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"film before opposite", "He was a corrupt sergeant in Ada Brandt's 2008 thriller The Salt Vault, opposite Lena Frey.",
			[]string{"ACTED_IN lena frey -> salt vault"}, nil},
		{"film after the co-star", "Fans can find him in the limited series Quay Eleven, the streamer's biggest hit, opposite Jonas Ekberg.",
			[]string{"ACTED_IN jonas ekberg -> quay eleven"}, nil},
		{"a crew participle after the co-star", "The comedy 2015's Tin Kettles opened with Ostrand in the lead opposite Lena Frey and Jonas Ekberg directing.",
			[]string{"ACTED_IN lena frey -> tin kettles"}, []string{"ACTED_IN jonas ekberg -> tin kettles"}},
		{"a part played after", "Anna Roos, who broke out opposite Lena Frey in 2019's Queen of Tides, would play the colonel, an officer named Tess Varga.",
			nil, []string{"ACTED_IN lena frey -> queen of tides as tess varga"}},
		{"no film named", "His weary deadpan opposite Lena Frey became a running gag.",
			nil, []string{"ACTED_IN lena frey -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
