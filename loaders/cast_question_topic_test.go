package loaders

import (
	"slices"
	"testing"
)

// TestQuestionTopic checks that an interview's question paragraph (labelled
// "Q:" or ending in "?", of one sentence or several) sets the film of the
// answer after it when the answer names none: not the film named last in
// passing, not a film the question names in passing ("since F") or with
// another film ("compared to the first film").
func TestQuestionTopic(t *testing.T) {
	lede := "Vera Holm on Monsters, Trains and Going Back\n\n" +
		"Vera Holm made the 2016 film Brine Road and the 2020 film Tin Harbour, and she created the series Iron Nine for Lumio. We spoke to her.\n\n"
	cases := []struct {
		name, text string
		want, not  []string
		q          string // the question's film ("-": none), when checked
	}{
		{
			name: "a labelled question of two sentences names the film",
			text: lede + "Q: Tin Harbour came four years later. How did you cast it?\n\n" +
				"Holm: Mara Quint plays Tess, a former soldier who goes back.\n\n" +
				"Q: Anything next?\n\nHolm: Nothing yet.",
			want: []string{"ACTED_IN mara quint -> tin harbour (tess)"},
			not:  []string{"ACTED_IN mara quint -> iron nine (tess)"},
			q:    "tin harbour",
		},
		{
			name: "an unlabelled question ending in a question mark",
			text: lede + "Tin Harbour is very different from Brine Road in tone, I think. Was that planned?\n\n" +
				"Not at first. Kit Moss plays Wrenna, and she changed everything.\n\n" +
				"What comes next?\n\nA rest.",
			not: []string{"ACTED_IN kit moss -> tin harbour (wrenna)"},
		},
		{
			name: "a question naming a film and the first film sets no topic",
			text: lede + "Q: Tin Harbour was huge compared to the first film.\n\n" +
				"Holm: The first one was cheap. Mara Quint plays Tess in it.\n\n" +
				"Q: Anything next?\n\nHolm: Nothing yet.",
			q: "-",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			for _, w := range c.want {
				if !slices.Contains(claims, w) {
					t.Errorf("missing %q; got %v", w, claims)
				}
			}
			if c.q != "" {
				a := runArticle(t, c.text)
				got := "-"
				for si := 1; si < len(a.sents); si++ {
					if a.toks[a.sents[si].a].text == "Holm" {
						if mi := a.questionFilm(si - 1); mi >= 0 {
							got = a.ments[mi].key
						}
						break
					}
				}
				if got != c.q {
					t.Errorf("question film %q, want %q", got, c.q)
				}
			}
			for _, w := range c.not {
				if slices.Contains(claims, w) {
					t.Errorf("unwanted %q; got %v", w, claims)
				}
			}
		})
	}
}
