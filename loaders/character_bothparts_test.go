package loaders

import "testing"

// TestBothSecondParts checks bothSecondParts on invented sentences: the
// second part of "plays both A, <description>, and B" goes to the player
// of A; a name after "and" that is no part of the list stays apart.
func TestBothSecondParts(t *testing.T) {
	const head = "Harbor Lights\n\nHarbor Lights returns on Streamly in May. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"described first part", head + "Dana Wexley plays both the Warden, a noseless hunter who has been alive for two centuries, and Cooper Vance, the cowboy star he was before the war.",
			[]string{"PORTRAYED dana wexley -> warden", "PORTRAYED dana wexley -> cooper vance"}, nil},
		{"voices both", head + "Dana Wexley voices both Mel Jorvik, Cora's harried real mother, and the Other Aunt, a double role.",
			[]string{"PORTRAYED dana wexley -> mel jorvik", "PORTRAYED dana wexley -> other aunt"}, nil},
		{"described second part", head + "Dana Wexley plays both King Ludo and his imprisoned twin, Philo, in the film.",
			[]string{"PORTRAYED dana wexley -> king ludo", "PORTRAYED dana wexley -> philo"}, nil},
		{"guard: no both", head + "Dana Wexley plays the Warden, a noseless hunter, and Jory Kell directs the film.",
			[]string{"PORTRAYED dana wexley -> warden"}, []string{"PORTRAYED dana wexley -> jory kell"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
