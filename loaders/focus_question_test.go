package loaders

import "testing"

// TestQuestionTopicCredits checks that the credits of an interview's
// answer go to the one film its question names, and the shapes where they
// stay with the article's film, on invented sentences.
func TestQuestionTopicCredits(t *testing.T) {
	const head = " date 2026-05-01\n'Harbour Lights' review: a quiet triumph\n\nHarbour Lights, a drama from Neon, opens in September. Mara Lindqvist stars as the widow Ilse Brandt.\n\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a title-cased question", "Her first film was the drama Copper Ridge.\n\nAnd Copper Ridge?\n\nThat one is about a mother. Dana Pell plays Mona, and Tom Baske is Roger.",
			[]string{"ACTED_IN dana pell -> copper ridge as mona"}, []string{"ACTED_IN dana pell -> harbour lights as mona"}},
		{"a question naming the film", "And what about the drama Copper Ridge?\n\nThat one is about a mother. Dana Pell plays Mona, and Tom Baske is Roger.",
			[]string{"ACTED_IN dana pell -> copper ridge as mona"}, []string{"ACTED_IN dana pell -> harbour lights as mona"}},
		{"a question naming no film", "What about the new cast?\n\nThat one is about a mother. Dana Pell plays Mona, and Tom Baske is Roger.",
			[]string{"ACTED_IN dana pell -> harbour lights as mona"}, nil},
		{"a statement, not a question", "We also talked about the drama Copper Ridge.\n\nThat one is about a mother. Dana Pell plays Mona, and Tom Baske is Roger.",
			[]string{"ACTED_IN dana pell -> harbour lights as mona"}, []string{"ACTED_IN dana pell -> copper ridge as mona"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
