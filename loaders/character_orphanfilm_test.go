package loaders

import "testing"

// TestOrphanPartFilmBefore checks appearOrphanParts: a part no credit
// names appears in the one film of its sentence typed by a middling cue
// when that film stands before it ("a tiny role in F (1993) as C"), not in
// the article's production.
func TestOrphanPartFilmBefore(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"film before the part", "Remembering Dorran Vale\n\nDorran Vale, the character actor best known for the sitcom Harbour Lane, has died aged 80.\n\n" +
			"The director saw him in a play and cast him in a tiny role in Pellmark Hall (1993) as Kittel, the old servant who refuses to go near the locked wing.",
			[]string{"APPEARS_IN kittel -> pellmark hall"}, []string{"APPEARS_IN kittel -> harbour lane"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text + "\n")
			checkLines(t, claims, c.want, c.not)
		})
	}
}
