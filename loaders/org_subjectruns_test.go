package loaders

import "testing"

// TestSubjectRuns checks subjectRuns on invented sentences: a character
// or a list of characters as the subject of a verb of leading, founding
// or joining with a body as its object; and the objects it leaves alone.
func TestSubjectRuns(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. Ana Hale plays Dot Vance and Tom Li plays Eli Crane. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a character joins a body", "Dot Vance joined the Night Watch in the second act.",
			[]string{"MEMBER_OF dot vance -> night watch"}, nil},
		{"a character leads a body", "Dot Vance leads Copper Squad, the unit Eli Crane trains.",
			[]string{"MEMBER_OF dot vance -> copper squad"}, nil},
		{"two characters secretly run a body", "Dot Vance and Eli Crane secretly run the Ember Compact.",
			[]string{"MEMBER_OF dot vance -> ember compact", "MEMBER_OF eli crane -> ember compact"}, nil},
		{"guard: a list of places", "Dot Vance joined the Salt Pans and Harbor Town.",
			nil, []string{"MEMBER_OF dot vance -> salt pans"}},
		{"guard: a player joins a streamer", "Ana Hale joined Netflix in May.",
			nil, []string{"MEMBER_OF ana hale -> netflix"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
