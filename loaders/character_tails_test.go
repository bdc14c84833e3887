package loaders

import "testing"

// TestCharacterTails checks cutCharacterTails: the "of"/"in" phrase a
// character's name swallowed is cut ("Ana Vell of the LAPD", "Leo in
// Harbor Lights"); a rank before "of" keeps the name whole.
func TestCharacterTails(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"of the acronym", "Nadia Lind returns as Inspector Ana Vell of the LAPD, chewing gum.",
			[]string{"Character:inspector ana vell"}, []string{"Character:inspector ana vell of the lapd"}},
		{"in the film", "Ivo Serro played a fence named Leo in Harbor Lights (1981).",
			[]string{"Character:leo"}, []string{"Character:leo in harbor lights"}},
		{"two ranks before a full name and of the agency", "Nadia Lind joins the cast as Deputy Director Ana Vell of the Federal Mining Agency, a role that pits her against the crew.",
			[]string{"Character:deputy director ana vell"}, []string{"Character:deputy director ana vell of the federal mining agency"}},
		{"guard: a rank before of", "Nadia Lind returns as the Princess of Varn in Cold Pines.",
			nil, []string{"Character:princess"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
