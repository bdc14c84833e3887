package loaders

import "testing"

// TestAsCastWordForms checks the casting words of castClauseBefore on
// invented sentences: the other forms of the casting verbs and nouns
// ("leading the film as", "whose turn as") make the name after "as" the
// actor's part; a part after ", and" that follows a list of actors is
// given to none of them.
func TestAsCastWordForms(t *testing.T) {
	head := "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. "
	cases := []struct {
		name    string
		text    string
		want    []string
		notWant []string
	}{
		{"leading the film as", "Ilse Kovander, the newcomer leading the film as Maudie Grint, a night-shift nurse, thanked fans.",
			[]string{"PORTRAYED ilse kovander -> maudie grint"}, nil},
		{"whose turn as", "Ilse Kovander, whose turn as the unhinged Corlan was a highlight of season two, is expected to return.",
			[]string{"PORTRAYED ilse kovander -> corlan"}, nil},
		{"guard: a list's last actor", "Later roles included the spy Cal Verrin in Dora Hale's Night Ledger (1998), starring Tomas Arkell and Ilse Kovander, and a memorable turn as Chief Justice Arlo Pennick in the film Recount Nine (2008), directed by Jay Rook.",
			nil, []string{"ACTED_IN ilse kovander -> recount nine (chief justice arlo pennick)"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(head + c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
}
