package loaders

import "testing"

// obituaryKey finds the mentions of text and returns the key of the
// person obituaryPerson reads it to be about, or "".
func obituaryKey(text string) string {
	a := testArticle(text, "")
	for si := range a.sents {
		a.findMentions(si)
	}
	if mi := a.obituaryPerson(); mi >= 0 {
		return a.ments[mi].key
	}
	return ""
}

// TestObituaryPerson checks the person of an obituary with no headline
// line, or whose headline opens with the name, and that a piece telling
// of no death, or naming its lead once, has none.
func TestObituaryPerson(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
	}{
		{
			name: "no headline line: the name opening the death sentence",
			text: "Odile Pellegrini, the husky-voiced character actress who played nurses and nuns for forty years, has died. She was 83.\n\n" +
				"Pellegrini was born in Lyon. In 1988 she starred in the film Silver Harbour as Sister Agnes. " +
				"Pellegrini later moved to London.",
			want: "odile pellegrini",
		},
		{
			name: "a headline opening with the name, first named later in the body",
			text: "Bruno Kessler, the Judge in Every Courtroom Drama, Dies at 80\n\n" +
				"If you watched television in the eighties, you saw Bruno Kessler. The actor died on Monday. " +
				"Kessler trained in Vienna. In 1990 he starred in the film Iron Gavel as Judge Moss. Kessler retired in 2010.",
			want: "bruno kessler",
		},
		{
			name: "no death told: a profile without a headline has none",
			text: "Odile Pellegrini, the husky-voiced character actress, has a new project. She is 83.\n\n" +
				"Pellegrini was born in Lyon. In 1988 she starred in the film Silver Harbour. Pellegrini later moved to London.",
		},
		{
			name: "a lead named once is not the subject",
			text: "Odile Pellegrini, the character actress, has died. She was 83.\n\n" +
				"The film Silver Harbour starred Tom Reeve. Reeve later moved to London. The film was a hit.",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := obituaryKey(c.text); got != c.want {
				t.Errorf("obituaryPerson = %q, want %q", got, c.want)
			}
		})
	}
}
