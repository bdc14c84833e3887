package loaders

import "testing"

// TestHeadlineTitleSubject checks that a title the headline quotes is the
// subject even when a company word typed it a company, and a title role
// the headline reviews even when a cue typed it a character
// (headlineTitleFilm), that a name met once deep in the body of an
// article whose headline names its title is never the subject
// (loneLateName, headlineTitleElse), nor an episode's name (episodeTitle).
func TestHeadlineTitleSubject(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{
			name: "a quoted headline title a company word typed a company",
			text: "'The Harbor Brothers' Review: A Western With a Soft Heart\n\n" +
				"There is a moment early in The Harbor Brothers when Eli, a hired killer, discovers the toothbrush. " +
				"Kit Moss plays Eli, and it is the best work of his career.\n\n" +
				"Ada Quist directed the film from a script by Bo Reyes. The Harbor Brothers is in cinemas now.",
			want: "harbor brothers",
		},
		{
			name: "the title role a review's headline names is the film",
			text: "Iron Maid review: Lia Serro swings hard, but the revival never finds its edge\n\n" +
				"There is a moment about forty minutes into Iron Maid when the film becomes the romp it keeps promising. " +
				"Iron Maid (Lia Serro), chained in an arena, kicks a shield into a gladiator's throat.\n\n" +
				"Ada Quist directed the film from a script by Bo Reyes. Kit Moss plays the emperor.",
			want: "iron maid",
		},
		{
			name: "an episode the headline quotes is no subject",
			text: "'Prism' Creator Ada Quist on Heists in Any Order and Why 'Gold' Comes Last\n\n" +
				"Streamly's Prism arrived on New Year's Day with a gimmick: eight episodes, each named for a color, " +
				"that can be watched in any order before the finale, \"Gold\", which depicts the heist itself. " +
				"The limited series stars Kit Moss as a master thief.\n\n" +
				"Where did the idea come from?\n\nI wanted a puzzle box. It was always meant to be shuffled. \"Gold\" had to come last.",
			want: "prism",
		},
		{
			name: "a country a cue typed once deep in a review is no subject",
			text: "Iron Maid, reviewed: Lia Serro swings hard, but the revival never finds its edge\n\n" +
				"There is a moment about forty minutes into Iron Maid when the film becomes the romp it promises. " +
				"Lia Serro is fierce.\n\n" +
				"The writing is thin. The pacing drags. The villain is loud. The score is forgettable. The jokes land rarely.\n\n" +
				"The location work in Moldavia, shot by cinematographer Ivo Brandt, has a dirty grandeur.",
			want: "",
		},
		{
			name: "a set visit's one late title with no headline title stays the subject",
			text: "It is raining sideways on the quay, and nobody on the crew seems to mind. Ada Quist watches a monitor. " +
				"Two actors run the scene again.\n\n" +
				"This is day 41 of 68 on Slack Tide, the eight-part adaptation of the novel. Quist directs the series for Streamly.",
			want: "slack tide",
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
