package loaders

import "testing"

// TestPrevTopicAnaphors checks that "the film" (with or without describing
// words) in a sentence right after one about another film goes to that
// film in a round-up, and stays with the article's film when the
// paragraph names the article's film, when the other film is named in
// passing, or when the other film is in an earlier paragraph.
func TestPrevTopicAnaphors(t *testing.T) {
	const lead = "Brindle Cove Tops the Weekend Box Office\n\n" +
		"Brindle Cove, the coastal drama from Halvard Pictures, opened to $40 million in North America, the studio said on Sunday. " +
		"Osmunda Rell plays the harbour master, Ada Fenn.\n\n"
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"a sequel after the film a sentence is about",
			"First place last week went to Pemberdine Films' The Brackwater Run, which opened to $22 million. " +
				"Tovin Ashgrove returned to direct the animated sequel, with Samuel Rock again voicing Mr. Wolfe and Marcus Marlow back as Mr. Snakes.\n",
			[]string{"ACTED_IN samuel rock -> brackwater run as mr. wolfe", "ACTED_IN marcus marlow -> brackwater run as mr. snakes"},
			[]string{"ACTED_IN samuel rock -> brindle cove as mr. wolfe"}},
		{"the film after a described title",
			"Orsolya Drenn cast him in Tinplate Sky, the Quarrend adaptation of a best-seller, as Saifo, a kite maker. " +
				"Perrin Vasquez wrote the screenplay, and the film, released by Pemberdine Films, starred Ritter Halm as Gary Fulmer.\n",
			[]string{"ACTED_IN ritter halm -> tinplate sky as gary fulmer"},
			[]string{"ACTED_IN ritter halm -> brindle cove as gary fulmer"}},
		{"that series after a described title",
			"Tinplate Sky, an animated spin-off aimed at younger viewers, premiered in February. " +
				"Ritter Halm voices Gary Fulmer in that series too.\n",
			[]string{"ACTED_IN ritter halm -> tinplate sky as gary fulmer"},
			[]string{"ACTED_IN ritter halm -> brindle cove as gary fulmer"}},
		{"the paragraph names the article's film: it stays",
			"Brindle Cove beat Tinplate Sky, a disaster thriller that earned $9 million. " +
				"The film stars Ritter Halm as Gary Fulmer.\n",
			nil, []string{"ACTED_IN ritter halm -> tinplate sky as gary fulmer"}},
		{"a film named in passing: it stays",
			"Critics who saw it compared it to Tinplate Sky. " +
				"The film stars Ritter Halm as Gary Fulmer.\n",
			nil, []string{"ACTED_IN ritter halm -> tinplate sky as gary fulmer"}},
		{"the other film in the paragraph before: it stays",
			"Further down was Tinplate Sky, a disaster thriller that earned $9 million.\n\n" +
				"The film stars Ritter Halm as Gary Fulmer.\n",
			nil, []string{"ACTED_IN ritter halm -> tinplate sky as gary fulmer"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := claimLines(localRun(lead+c.text, "2025-06-01"), " as ", "")
			checkLines(t, got, c.want, c.not)
		})
	}
}
