package loaders

import "testing"

// TestDemonstrativeComparison checks demonstrativeFilm: a sentence opening
// with "That film" whose only film of its own is the article's subject,
// named later as a comparison ("like F"), gives its credits to the film
// named just before it, not to the subject.
func TestDemonstrativeComparison(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{
			name: "the subject named later as a comparison",
			text: "'Copper Orbit' Returns to Cinemas in May\n\n" +
				"Ada Quist's Copper Orbit is heading back to big screens for one week, Northgate said Monday. " +
				"The 2014 space epic stars Kit Moss as a pilot. Copper Orbit grossed $700 million in its first run.\n\n" +
				"The reissue lands ahead of The Tin Causeway, Quist's next film, due next year. " +
				"That film stars Bo Reyes and Lia Serro and, like Copper Orbit, was shot on large-format cameras.",
			want: []string{"ACTED_IN bo reyes -> tin causeway"},
			not:  []string{"ACTED_IN bo reyes -> copper orbit"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, c.text), c.want, c.not)
		})
	}
}
