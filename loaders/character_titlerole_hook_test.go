package loaders

import "testing"

// TestTitleRoleCredits checks the title-role credits (character_titlerole.go,
// wired by titlerole-hooks.patch): the part is named after the work.
func TestTitleRoleCredits(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"with P in the title role",
			"Weekend Box Office\n\nThe animated Brassfang opened to $40 million, with Norah Veltman in the title role and Ivo Drask as the mayor.",
			[]string{"ACTED_IN norah veltman -> brassfang (brassfang)"}, nil},
		{"plays the title character",
			"Marrowbit Review\n\nMarrowbit is a new animated film from Pell Studios. Tobin Arkwell plays the title character, a lizard who wants to be a sheriff.",
			[]string{"ACTED_IN tobin arkwell -> marrowbit (marrowbit)"}, nil},
		{"part named after the title, not the title",
			"Marrowbit Review\n\nMarrowbit is a new animated film from Pell Studios. Tobin Arkwell plays the title role, Sergeant Lio Marrowbit, with a growl.",
			nil, []string{"ACTED_IN tobin arkwell -> marrowbit (marrowbit)"}},
		{"title with a leading article names no part",
			"Weekend Box Office\n\nThe Tinsmith opened to $40 million, with Norah Veltman in the title role.",
			nil, []string{"ACTED_IN norah veltman -> tinsmith (tinsmith)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
