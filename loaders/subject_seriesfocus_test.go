package loaders

import "testing"

// TestSeriesOverSubject checks when "the series" names the headline's
// subject rather than a title with a series cue named further down as
// someone's credit (seriesOverSubject): in series news whose opening
// calls the subject a series, not in a look back at a feature film.
func TestSeriesOverSubject(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"series news: the headline's subject",
			"EXCLUSIVE: Streamline's 'Quillmarsh' Series Adds Tomas Verrill and Mara Olsk\n\n" +
				"Streamline's Quillmarsh has rounded out the core cast of its first season. Tomas Verrill (Copperfield Row) has been tapped to play Sam Ashgrave, the heroine's oldest friend, while Mara Olsk will play Ida Penn.\n\n" +
				"Jorun Bellweather created the series, writes it and serves as showrunner.\n\n" +
				"Verrill previously starred in the BBC drama Copperfield Row and will next be seen in the feature Saltgrass.\n",
			"quillmarsh"},
		{"no series word in the opening: the cued title",
			"Tomas Verrill Looks Back on 'Quillmarsh'\n\n" +
				"Fifteen years ago this week, Hal Brenner's Quillmarsh opened in theaters, and Tomas Verrill got his first award nomination for it.\n\n" +
				"The chase scenes were shot in the summer heat. Brenner wore a mask on set.\n\n" +
				"Verrill now stars in the BBC drama Copperfield Row. Jorun Bellweather created the series, and he writes every episode.\n",
			"copperfield row"},
		{"the opening's series word is the other title's",
			"'Quillmarsh' Sets Its Cast\n\n" +
				"Quillmarsh, a western from Streamline, arrives in September. It is a prequel to the series Copperfield Row.\n\n" +
				"Jorun Bellweather created the series, and he writes every episode.\n",
			"copperfield row"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := runArticle(t, c.text)
			sj, se := -1, -1
			for e := range a.ents {
				switch a.ents[e].key {
				case "quillmarsh":
					sj = a.find(e)
				case "copperfield row":
					se = a.find(e)
				}
			}
			if sj < 0 || se < 0 {
				t.Fatalf("films not found: %d %d", sj, se)
			}
			if got, want := a.seriesOverSubject(sj, se), c.want == "quillmarsh"; got != want {
				t.Errorf("seriesOverSubject() = %v, want %v", got, want)
			}
		})
	}
}
