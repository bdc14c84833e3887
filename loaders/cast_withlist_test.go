package loaders

import "testing"

// TestWithListFilm checks withListFilm: a ", with" cast list after a
// title the sentence names (typed or not yet typed by the time the list is
// read) credits that title, not the film the article is about.
func TestWithListFilm(t *testing.T) {
	const lead = "'Gravfolk' Tops the Ratings Again\n\nFour million viewers watched Gravfolk on Sunday. "
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"paired list after a title opening with The",
			lead + "Mara Lind created The Salt Harbour (Salthamn) for a streamer in 2021, adapting her own novel, with Tove Aska and Nils Brede as the detectives Eva Holm and Jon Vik.",
			[]string{"ACTED_IN tove aska -> salt harbour (eva holm)", "ACTED_IN nils brede -> salt harbour (jon vik)"}, nil},
		{"a numbered title in a repeat",
			lead + "The weakest offering was a repeat of a Harbour Watch 110 from Lund, with Tove Aska as the profiler Eva Holm and Nils Brede as Jon Vik, which reached 2 million.",
			[]string{"ACTED_IN tove aska -> harbour watch 110 (eva holm)", "ACTED_IN nils brede -> harbour watch 110 (jon vik)"},
			[]string{"ACTED_IN tove aska -> gravfolk (eva holm)"}},
		{"no title before the list: the film at hand",
			lead + "It aired at nine, with Tove Aska as the profiler Eva Holm and Nils Brede as Jon Vik.",
			[]string{"ACTED_IN tove aska -> gravfolk (eva holm)"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
