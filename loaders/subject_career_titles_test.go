package loaders

import (
	"testing"
)

// TestCareerTitles checks that in a career piece a title a cue typed a
// film once and then named bare is the production the text is at
// (typeCareerTitles), so that the cast the paragraph lists is that
// production's.
func TestCareerTitles(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{
			name: "an obituary's series named bare before its cast list",
			text: "Corwin Ashdale, Copper of the Harbor Tales Years, Dies at 78\n\n" +
				"Corwin Ashdale, the character actor who spent eight series of the Streamly drama Harbor Tales as Inspector Ray Voss, has died. He was 78.\n\n" +
				"Ashdale's first screen role came in 1986 in the film Dust Creek. Ashdale later starred in the film Iron Mesa, and he appeared in the film Red Gulch.\n\n" +
				"It was Harbor Tales, though, that made his face familiar. Created by Tom Vell, the series followed a crew of grifters. " +
				"Kit Moss starred as the crew's leader, Nora Bell, with Lia Serro as the roper Jo Vance.",
			want: []string{"ACTED_IN kit moss -> harbor tales (nora bell)", "ACTED_IN lia serro -> harbor tales (jo vance)"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
