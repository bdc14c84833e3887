package loaders

import "testing"

// TestLaterEntryMerge checks that a series named in the opening is not
// merged into a subtitled entry of it ("X: The Movie") first named deep in
// the piece (laterEntry): two productions, the series the subject.
func TestLaterEntryMerge(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{
			name: "a later movie of the series named deep in an anniversary piece",
			text: "'Harbor Lights' at 20: How a Cable Western Found Its Voice\n\n" +
				"Twenty years ago tonight, Streamly sent viewers into a muddy camp. Harbor Lights premiered on March 21, 2004, and ran three seasons.\n\n" +
				"The series was created by Ada Quist. Bo Reyes directed the pilot. Kit Moss played the sheriff. " +
				"Lia Serro played the saloon keeper. The cast loved the mud. The sets were cold. The ratings were modest.\n\n" +
				"Years later the cast came back for Harbor Lights: The Movie, which Ivo Brandt directed in 2019.",
			want: "harbor lights",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := subjectKey(c.text); got != c.want {
				t.Errorf("subject film %q, want %q", got, c.want)
			}
		})
	}
}
