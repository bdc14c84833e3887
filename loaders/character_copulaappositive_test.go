package loaders

import "testing"

// TestCopulaAppositiveParts checks typeCopulaAppositiveParts: the name
// after "is", "was" or "will be" that a comma and "a", "an" or "the" with a
// lower-case description follow is a character when a name or "he"/"she"
// is the subject right before the copula; a subject that is no name, a
// description of a real person's job and a description of a thing are
// left alone.
func TestCopulaAppositiveParts(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a one-word subject", "Lantern Bay has a strong cast. Ardelle is Mirel Osk, the courier at the centre of the plot.",
			[]string{"Character:mirel osk"}, []string{"Person:mirel osk"}},
		{"a pronoun and will always be", "For a generation of fans he will always be Tobin Marsh, the boastful swordsman of Lantern Bay.",
			[]string{"Character:tobin marsh"}, nil},
		{"once more", "In Lantern Bay Jacques Ombre is once more Merle, the enchanter nobody listens to.",
			[]string{"Character:merle"}, nil},
		{"guard: no name before the copula", "Behind the music of Lantern Bay was Ida Rusk, a former singer from the coast.",
			nil, []string{"Character:ida rusk"}},
		{"guard: a real person's job", "Lantern Bay has a strong cast. Ardelle is Mirel Osk, the voice of the harbour crow.",
			nil, []string{"Character:mirel osk"}},
		{"guard: a thing", "Lantern Bay has a strong cast. Ardelle is Kestrel Yard, the show that made her name.",
			nil, []string{"Character:kestrel yard"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
